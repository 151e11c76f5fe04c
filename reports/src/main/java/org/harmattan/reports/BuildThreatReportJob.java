package org.harmattan.reports;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.jasperreports.engine.JasperPrint;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.catalog.TableCatalog;
import org.harmattan.core.config.ConfigKeys;
import org.harmattan.core.geo.CountryBorders;
import org.harmattan.core.job.JobContext;
import org.harmattan.core.vocab.Vocabulary;
import org.harmattan.reports.data.CollectReportFacts;
import org.harmattan.reports.data.ReportFacts;
import org.harmattan.reports.data.TableSnapshot;
import org.harmattan.reports.layout.ReportDocument;
import org.harmattan.reports.layout.ThreatReportComposer;
import org.harmattan.reports.lineage.ReportRuns;
import org.harmattan.reports.render.AtomicFile;
import org.harmattan.reports.render.PdfRenderer;
import org.locationtech.jts.geom.Geometry;

/**
 * Builds the periodic threat report: pins the version of every table it reads, computes the
 * figures once in Spark, then writes one PDF per edition and language (atomically) and records
 * each file with the table versions in gold {@code report_runs}. Reading the same versions again
 * gives the same figures.
 */
public final class BuildThreatReportJob {
  public static final String JOB_NAME = "report";
  private static final Logger LOG = LogManager.getLogger(BuildThreatReportJob.class);

  /** Every table a report reads; those that do not exist yet make their sections say so. */
  public static final List<Table> TABLES_READ = List.of(Table.INCIDENTS, Table.QUARANTINE, Table.RUN_LEDGER,
      Table.REQUESTS, Table.DB_QUERIES, Table.NOTICES, Table.WARRANTS, Table.TRAVEL_DOCUMENTS, Table.HOTSPOT_TRENDS,
      Table.CLUSTER_PROFILES, Table.RISK_SCORES, Table.MODEL_EVALUATIONS);

  private BuildThreatReportJob() {}

  /**
   * Builds the reports asked.
   *
   * @throws org.harmattan.core.ConfigException when the restricted edition is asked without a password (before any
   *     work), when a pinned version cannot be read, or when the configuration is unusable
   */
  public static ReportResult run(JobContext ctx, ReportRequest request) {
    long started = System.nanoTime();
    if (request.editions().contains(Edition.RESTRICTED) && request.password().isEmpty()) {
      throw ReportPassword.missing();
    }
    ReportConf conf = ReportConf.from(ctx.config());
    Path outDir = request.outputDir().orElse(Path.of(conf.outputDir()));
    Vocabulary vocabulary = Vocabulary.load(ctx.config().localPath(ConfigKeys.VOCABULARY));
    Map<String, Geometry> countries = new LinkedHashMap<>();
    Set<String> region = new HashSet<>();
    CountryBorders borders = CountryBorders.loadDefault(vocabulary::alpha3ForNumeric);
    vocabulary.countries().forEach((code, c) -> {
      borders.geometry(code).ifPresent(g -> countries.put(code, g));
      if (c.region()) {
        region.add(code);
      }
    });

    // The training edition reads the anonymised lakehouse when one is configured.
    Map<String, List<Edition>> bySource = new LinkedHashMap<>();
    for (Edition e : request.editions()) {
      boolean separate = e == Edition.TRAINING && !conf.trainingLakehouse().isEmpty();
      bySource.computeIfAbsent(separate ? conf.trainingLakehouse() : "", k -> new ArrayList<>()).add(e);
    }
    List<ReportResult.ReportFile> files = new ArrayList<>();
    Map<String, Long> versionsRead = new LinkedHashMap<>();
    ReportFacts mainFacts = null;
    long factsMillis = 0;
    String shortRun = ctx.runId().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    for (Map.Entry<String, List<Edition>> source : bySource.entrySet()) {
      TableCatalog catalog = source.getKey().isEmpty() ? ctx.catalog() : new TableCatalog(source.getKey());
      long t0 = System.nanoTime();
      TableSnapshot snapshot = request.pinnedVersions().isEmpty()
          ? TableSnapshot.pinCurrent(ctx.spark(), catalog, TABLES_READ)
          : TableSnapshot.pinned(ctx.spark(), catalog, request.pinnedVersions());
      boolean withRecords = source.getValue().contains(Edition.RESTRICTED);
      CollectReportFacts collector = new CollectReportFacts(snapshot, new CollectReportFacts.Settings(conf.topN(),
          conf.trendMonths(), conf.expiringDays(), conf.hotspotMeasure(), slaHours(ctx), withRecords));
      ReportFacts facts = ctx.withJobGroup(JOB_NAME, "Report figures for " + request.period(),
          () -> collector.collect(request.period()));
      factsMillis += (System.nanoTime() - t0) / 1_000_000;
      String prefix = source.getKey().isEmpty() ? "" : "training:";
      facts.tableVersions().forEach((k, v) -> versionsRead.put(prefix + k, v));
      if (mainFacts == null || source.getKey().isEmpty()) {
        mainFacts = facts;
      }
      ThreatReportComposer.Setting setting = new ThreatReportComposer.Setting(facts, vocabulary, countries, region,
          conf.conferenceMinCount(), conf.topN(), ctx.today());
      for (Edition edition : source.getValue()) {
        for (ReportLanguage language : request.languages()) {
          files.add(buildOne(setting, edition, language, request, outDir, shortRun));
        }
      }
    }
    ReportResult result = new ReportResult(ctx.runId(), request.period(), versionsRead, mainFacts, files, factsMillis,
        (System.nanoTime() - started) / 1_000_000);
    ctx.withJobGroup(JOB_NAME, "Report lineage for " + request.period(), () -> {
      new ReportRuns(ctx.spark(), ctx.catalog()).append(result, versionsRead, Instant.now(ctx.clock()));
      return null;
    });
    return result;
  }

  private static ReportResult.ReportFile buildOne(ThreatReportComposer.Setting setting, Edition edition,
      ReportLanguage language, ReportRequest request, Path outDir, String shortRun) {
    long t0 = System.nanoTime();
    String reportId = reportId(request, edition, language, shortRun);
    ReportDocument doc = new ThreatReportComposer(setting, edition, language).compose(reportId);
    JasperPrint print = PdfRenderer.fill(doc);
    byte[] pdf = PdfRenderer.export(print, doc, request.password());
    Path file = outDir.resolve(fileName(request, edition, language));
    AtomicFile.write(file, pdf);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    LOG.info("Report {} ({} edition, {}): {} pages, {} bytes, {} ms -> {}", reportId, edition.id(), language.code(),
        print.getPages().size(), pdf.length, millis, file);
    return new ReportResult.ReportFile(reportId, edition, language, file, sha256(pdf), pdf.length,
        print.getPages().size(), millis);
  }

  /** {@code HTR-2026-10-R-EN-1A2B3C4D}: period, edition initial, language, and the run. */
  static String reportId(ReportRequest request, Edition edition, ReportLanguage language, String shortRun) {
    return "HTR-" + request.period() + "-" + edition.id().substring(0, 1).toUpperCase(Locale.ROOT) + "-"
        + language.code().toUpperCase(Locale.ROOT) + "-" + shortRun;
  }

  /** {@code harmattan-threat-report_2026-Q3_conference_fr.pdf}: a rebuild replaces the file of the same report. */
  static String fileName(ReportRequest request, Edition edition, ReportLanguage language) {
    return "harmattan-threat-report_" + request.period() + "_" + edition.id() + "_" + language.code() + ".pdf";
  }

  private static Map<String, Integer> slaHours(JobContext ctx) {
    Map<String, Integer> sla = new LinkedHashMap<>();
    String key = "harmattan.reference.sla-hours";
    if (ctx.config().hasPath(key)) {
      ctx.config().section(key).entrySet().forEach(e -> sla.put(e.getKey(),
          ((Number) e.getValue().unwrapped()).intValue()));
    }
    return sla;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
