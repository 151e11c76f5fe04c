package org.harmattan.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.harmattan.core.ConfigException;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.catalog.TableCatalog;
import org.harmattan.core.config.HarmattanConfig;
import org.harmattan.core.job.JobContext;
import org.harmattan.core.testing.SharedSpark;
import org.harmattan.core.time.Period;
import org.harmattan.reports.lineage.ReportRuns;
import org.harmattan.reports.text.ReportText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One report run over a tiny lakehouse (incidents, ledger, quarantine, requests, queries, travel
 * documents), every edition in every language, then the PDFs read back with PDFBox.
 */
class BuildThreatReportJobTest {
  static final String PASSWORD = "sample-report-password";
  @TempDir
  static Path dir;
  static ReportResult result;
  static List<String> sampleDocuments;

  static JobContext context(Path lakehouse) {
    SparkSession spark = SharedSpark.session();
    HarmattanConfig config = SharedSpark.config(lakehouse, "");
    return new JobContext(spark, config, new TableCatalog(lakehouse.toString()), JobContext.newRunId(),
        Optional.empty(), Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC));
  }

  @BeforeAll
  static void buildEveryEditionAndLanguage() throws Exception {
    Path lakehouse = dir.resolve("lakehouse");
    JobContext ctx = context(lakehouse);
    TinyLakehouse lake = new TinyLakehouse(ctx.spark(), ctx.catalog());
    LocalDate oct = LocalDate.of(2026, 10, 12);
    LocalDate sep = LocalDate.of(2026, 9, 8);
    LocalDate lastYear = LocalDate.of(2025, 10, 20);
    lake.incidents(12, "ARMS_TRAFFICKING", "NER", 16.97, 7.99, oct)
        .incidents(3, "FUEL_SMUGGLING", "LBY", 27.04, 14.43, oct)
        .incidents(7, "MIGRANT_SMUGGLING", "MLI", 16.27, -0.04, oct)
        .incidents(8, "ARMS_TRAFFICKING", "NER", 16.97, 7.99, sep)
        .incidents(9, "FUEL_SMUGGLING", "LBY", 27.04, 14.43, sep)
        .incidents(7, "MIGRANT_SMUGGLING", "MLI", 16.27, -0.04, sep)
        .incidents(6, "ARMS_TRAFFICKING", "NER", 16.97, 7.99, lastYear)
        .incidents(4, "FUEL_SMUGGLING", "LBY", 27.04, 14.43, lastYear)
        .incidents(5, "ARMS_TRAFFICKING", "NER", 16.97, 7.99, LocalDate.of(2026, 4, 2))
        // A feed whose October is still to come: 8 attacks in September, none yet in October.
        .feed("ucdp-candidate").incidents(8, "TERRORIST_ATTACK", "MLI", 15.0, -1.5, sep).feed("test-feed")
        .writeIncidents();
    lake.ledgerAndQuarantine("ner-police", 120, 6);
    lake.requestsAndQueries(List.of(
            new Object[] {"NER", "LBY", "URGENT", "2026-10-01T08:00:00Z", "2026-10-01T20:00:00Z"},
            new Object[] {"NER", "MLI", "NORMAL", "2026-10-02T08:00:00Z", "2026-10-05T08:00:00Z"},
            new Object[] {"LBY", "NER", "HIGH", "2026-10-10T08:00:00Z", null},
            new Object[] {"MLI", "NER", "LOW", "2026-10-20T08:00:00Z", null}),
        List.of(new Object[] {"NER", "SLTD", "2026-10-03T10:00:00Z", true},
            new Object[] {"NER", "SLTD", "2026-10-04T10:00:00Z", false},
            new Object[] {"LBY", "NOMINAL", "2026-10-05T10:00:00Z", false}));
    sampleDocuments = SampleReferenceData.documentNumbers();
    lake.travelDocuments(Map.of(sampleDocuments.get(0), LocalDate.of(2026, 10, 15), sampleDocuments.get(1),
        LocalDate.of(2026, 11, 20), sampleDocuments.get(2), LocalDate.of(2026, 10, 3)));
    ReportRequest request = ReportRequest.of(Period.parse("2026-10"), List.of(Edition.values()),
        List.of(ReportLanguage.values()), Optional.of(ReportPassword.of(PASSWORD))).withOutputDir(dir.resolve("out"));
    result = BuildThreatReportJob.run(ctx, request);
  }

  static Path file(Edition e, ReportLanguage l) {
    return result.files().stream().filter(f -> f.edition() == e && f.language() == l).findFirst().orElseThrow().file();
  }

  static String password(Edition e) {
    return e == Edition.RESTRICTED ? PASSWORD : null;
  }

  static String heading(ReportLanguage l, String key) {
    return PdfText.normalise(new ReportText(l.locale()).get(key));
  }

  @Test
  void writesOnePdfPerEditionAndLanguageUnderTheOutputFolder() throws Exception {
    assertEquals(9, result.files().size());
    for (ReportResult.ReportFile f : result.files()) {
      assertTrue(Files.isRegularFile(f.file()), f.file() + " exists");
      assertEquals(dir.resolve("out"), f.file().getParent());
      assertTrue(f.pages() >= 4, f.reportId() + " has " + f.pages() + " pages");
    }
    try (var listing = Files.list(dir.resolve("out"))) {
      assertTrue(listing.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
    }
  }

  @Test
  void headingsAndFiguresAppearInEveryLanguage() throws Exception {
    String en = PdfText.text(file(Edition.CONFERENCE, ReportLanguage.EN), null);
    assertTrue(en.contains("Executive summary"), en);
    assertTrue(en.contains("22 incidents were recorded in October 2026"), en);
    assertTrue(en.contains("Arms trafficking 12 8 +50% 6 +100%"), en);
    assertTrue(en.contains("Fuel smuggling <5 9"), "3 fuel incidents are suppressed in the conference edition: " + en);

    String fr = PdfText.text(file(Edition.CONFERENCE, ReportLanguage.FR), null);
    assertTrue(fr.contains("Synthèse"), fr);
    assertTrue(fr.contains("22 incidents ont été enregistrés en octobre 2026"), fr);
    assertTrue(fr.contains("Trafic d'armes 12 8 +50 % 6 +100 %"), fr);

    String ar = PdfText.text(file(Edition.CONFERENCE, ReportLanguage.AR), null);
    for (String key : List.of("section.summary", "section.figures", "section.map", "section.quality", "section.method")) {
      assertTrue(ar.contains(heading(ReportLanguage.AR, key)), key + " in " + ar);
    }
    assertTrue(ar.contains("٢٢"), "the total in Arabic-Indic digits: " + ar);
  }

  @Test
  void aFeedWithoutDataForThePeriodIsNamedAndLeftOutOfTheComparisons() throws Exception {
    String en = PdfText.text(file(Edition.CONFERENCE, ReportLanguage.EN), null);
    assertTrue(en.contains("No data yet for October 2026 from ucdp-candidate (data up to September 2026): this feed is"
        + " left out of every comparison"), en);
    // Not "the largest fall was in terrorist attacks: 0 against 8", which is a delivery still to come.
    assertTrue(en.contains("The largest fall was in Fuel smuggling"), en);
    assertFalse(en.contains("Terrorist attack 0"), "no row for the feed's category in the comparisons: " + en);
    assertTrue(PdfText.text(file(Edition.CONFERENCE, ReportLanguage.FR), null)
        .contains("Pas encore de données pour octobre 2026 de la part de ucdp-candidate"));
    String ar = PdfText.text(file(Edition.CONFERENCE, ReportLanguage.AR), null);
    assertTrue(ar.contains("ucdp-candidate"), ar);
  }

  @Test
  void restrictedEditionIsEncryptedAndTheOthersAreNot() throws Exception {
    for (ReportResult.ReportFile f : result.files()) {
      try (PDDocument doc = PdfText.open(f.file(), password(f.edition()))) {
        assertEquals(f.edition() == Edition.RESTRICTED, doc.isEncrypted(), f.reportId());
      }
    }
  }

  @Test
  void pdfMetadataGiveTitleSubjectKeywordsAndLanguage() throws Exception {
    for (ReportResult.ReportFile f : result.files()) {
      try (PDDocument doc = PdfText.open(f.file(), password(f.edition()))) {
        assertEquals(f.language().code(), doc.getDocumentCatalog().getLanguage(), f.reportId());
        var info = doc.getDocumentInformation();
        ReportText text = new ReportText(f.language().locale());
        assertTrue(info.getTitle().startsWith(text.get("cover.title")), info.getTitle());
        assertTrue(info.getSubject().contains(text.get("edition." + f.edition().id())), info.getSubject());
        assertTrue(info.getKeywords().contains(f.edition().id()) && info.getKeywords().contains("2026-10"),
            info.getKeywords());
      }
    }
  }

  @Test
  void everyFontOfEveryPageIsEmbedded() throws Exception {
    for (ReportResult.ReportFile f : result.files()) {
      assertEquals(List.of(), PdfText.fontsNotEmbedded(f.file(), password(f.edition())), f.reportId());
    }
  }

  @Test
  void bookmarksListTheSectionsInOrder() throws Exception {
    for (ReportLanguage l : ReportLanguage.values()) {
      List<String> marks = PdfText.bookmarks(file(Edition.CONFERENCE, l), null);
      assertEquals(11, marks.size(), marks.toString());
      assertTrue(marks.get(0).endsWith(heading(l, "section.summary")), marks.toString());
      assertTrue(marks.get(10).endsWith(heading(l, "section.method")), marks.toString());
    }
  }

  @Test
  void onlyTheRestrictedEditionListsDocumentNumbersAndNoEditionNamesAPerson() throws Exception {
    String restricted = PdfText.text(file(Edition.RESTRICTED, ReportLanguage.EN), PASSWORD);
    assertTrue(restricted.contains(sampleDocuments.get(0)), "the restricted edition lists the expired document");
    List<String> names = SampleReferenceData.personNames();
    for (Edition e : List.of(Edition.CONFERENCE, Edition.TRAINING)) {
      for (ReportLanguage l : ReportLanguage.values()) {
        String text = PdfText.text(file(e, l), null);
        List<String> leaked = new ArrayList<>();
        for (String n : sampleDocuments) {
          if (text.contains(n)) {
            leaked.add(n);
          }
        }
        for (String n : names) {
          if (text.contains(PdfText.normalise(n))) {
            leaked.add(n);
          }
        }
        assertEquals(List.of(), leaked, e + " " + l);
      }
    }
  }

  @Test
  void sectionsWhoseTablesDoNotExistSaySoInTheReadersLanguage() throws Exception {
    String en = PdfText.text(file(Edition.CONFERENCE, ReportLanguage.EN), null);
    assertTrue(en.contains("Not available in this edition: hot spot analysis has not been run for this period."), en);
    assertTrue(en.contains("Not available in this edition: cluster analysis has not been run for this period."), en);
    String fr = PdfText.text(file(Edition.CONFERENCE, ReportLanguage.FR), null);
    assertTrue(fr.contains("Non disponible dans cette édition : l’analyse des points chauds n’a pas été effectuée"), fr);
  }

  @Test
  void reportRunsRecordsEveryFileWithItsChecksumAndTableVersions() {
    JobContext ctx = context(dir.resolve("lakehouse"));
    List<Row> rows = ctx.catalog().read(ctx.spark(), Table.REPORT_RUNS).where("run_id = '" + result.runId() + "'")
        .select("report_id", "sha256", "table_versions", "period", "edition", "language").collectAsList();
    assertEquals(9, rows.size());
    for (Row r : rows) {
      ReportResult.ReportFile f = result.files().stream().filter(x -> x.reportId().equals(r.getString(0))).findFirst()
          .orElseThrow();
      assertEquals(f.sha256(), r.getString(1));
      Map<String, Object> versions = scala.jdk.javaapi.CollectionConverters.asJava(r.<String, Object>getMap(2));
      assertTrue(versions.containsKey("silver.incidents") && versions.containsKey("ops.run_ledger"), versions.toString());
      assertFalse(versions.containsKey("gold.hotspot_trends"), "a table that does not exist has no version");
      assertEquals("2026-10", r.getString(3));
    }
  }

  @Test
  void aReportRebuiltFromItsStoredVersionsHasTheSameFiguresAfterMoreDataArrives() {
    JobContext ctx = context(dir.resolve("lakehouse"));
    String reportId = result.files().stream().filter(f -> f.edition() == Edition.CONFERENCE
        && f.language() == ReportLanguage.EN).findFirst().orElseThrow().reportId();
    new TinyLakehouse(ctx.spark(), ctx.catalog())
        .incidents(4, "ARMS_TRAFFICKING", "NER", 16.97, 7.99, LocalDate.of(2026, 10, 28)).writeIncidents();

    ReportRuns.StoredReport stored = new ReportRuns(ctx.spark(), ctx.catalog()).find(reportId);
    assertEquals(Edition.CONFERENCE, stored.edition());
    ReportRequest again = ReportRequest.of(stored.period(), List.of(stored.edition()), List.of(stored.language()),
        Optional.empty()).withOutputDir(dir.resolve("rebuilt")).pinnedAt(stored.versions());
    ReportResult rebuilt = BuildThreatReportJob.run(ctx, again);
    assertEquals(result.facts().aggregates(), rebuilt.facts().aggregates(), "same versions, same figures");
    assertEquals(result.tableVersions(), rebuilt.tableVersions());

    assertEquals(22, rebuilt.facts().incidents().orElseThrow().total().current());
    assertEquals(26, ctx.catalog().read(ctx.spark(), Table.INCIDENTS).where("event_month = '2026-10'").count(),
        "the table itself has moved on");
  }

  @Test
  void restrictedEditionWithoutPasswordStopsBeforeAnyWorkWithAClearMessage() {
    JobContext ctx = context(dir.resolve("empty-lakehouse"));
    ReportRequest request = ReportRequest.of(Period.parse("2026-10"), List.of(Edition.RESTRICTED),
        List.of(ReportLanguage.EN), Optional.empty()).withOutputDir(dir.resolve("never"));
    ConfigException e = assertThrows(ConfigException.class, () -> BuildThreatReportJob.run(ctx, request));
    assertTrue(e.getMessage().contains("HARMATTAN_REPORT_PASSWORD"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("never")), "nothing written");
  }
}
