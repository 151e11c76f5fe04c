package org.harmattan.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.harmattan.bench.check.Agreement;
import org.harmattan.bench.check.AgreementCheck;
import org.harmattan.bench.duck.DuckDbPeerMain;
import org.harmattan.bench.feeds.GenerateMain;
import org.harmattan.bench.feeds.MonthStaging;
import org.harmattan.bench.floor.BareSparkFloorMain;
import org.harmattan.bench.measure.ChildJvm;
import org.harmattan.bench.measure.StageRun;
import org.harmattan.bench.peer.PeerFeeds;
import org.harmattan.bench.peer.PeerJob;
import org.harmattan.bench.peer.Synonyms;
import org.harmattan.bench.report.BenchmarksMarkdown;
import org.harmattan.bench.report.Machine;
import org.harmattan.bench.stage.StageMain;
import org.harmattan.core.config.ConfigKeys;
import org.harmattan.core.config.HarmattanConfig;
import org.harmattan.core.vocab.Vocabulary;
import org.harmattan.jobs.ingest.feed.FeedCatalog;
import org.harmattan.jobs.ingest.feed.FeedSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The benchmark: generates (or reuses) feeds at the requested scale, runs Harmattan's stages, the
 * bare-Spark floor and DuckDB on them, each in its own measured JVM, checks that the three agree on
 * the cell-month-category aggregate, optionally runs the incremental case (history, then one more
 * month, against the full rebuild), and writes the results as JSON and BENCHMARKS.md.
 */
@Command(name = "bench/run", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Harmattan against the bare-Spark floor and DuckDB on the same generated feeds.")
public final class BenchMain implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--scale", defaultValue = "1000000", description = "Incidents to generate (default ${DEFAULT-VALUE}).")
  long scale;

  @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--history-years", defaultValue = "3",
      description = "Years of monthly feeds, ending with --last-month (default ${DEFAULT-VALUE}: the samples' window).")
  int historyYears;

  @Option(names = "--last-month", defaultValue = "2026-10", description = "Last month of the feeds (default ${DEFAULT-VALUE}).")
  String lastMonth;

  @Option(names = "--incremental", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Also run the incremental case: history without the last month, then the month (default on).")
  boolean incremental;

  @Option(names = "--analytics", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Run the reference ingest, the analytics stages and the report after the incident ingest "
          + "(default on; the CI smoke leaves them out).")
  boolean analytics;

  @Option(names = "--reference", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Ingest the reference feeds too (not compared; the report reads them; default on).")
  boolean reference;

  @Option(names = "--repeat", defaultValue = "1",
      description = "Runs of the floor and DuckDB, each in a new JVM; the median is reported (default ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--smoke", description = "CI smoke run: results stay under the work folder, BENCHMARKS.md is not written.")
  boolean smoke;

  @Option(names = "--feeds", split = ",", description = "Feeds compared (default: bench.feeds in bench.conf).")
  List<String> feeds;

  @Option(names = "--work-dir", description = "Work folder (default: bench.work-dir, bench/work).")
  Path workDir;

  @Option(names = "--heap", description = "Driver heap of every Spark JVM (default: bench.heap, 2g).")
  String heap;

  @Option(names = "--markdown-only", description = "Only regenerate BENCHMARKS.md from the newest results file of each scale.")
  boolean markdownOnly;

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchMain()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Path home = Path.of(System.getProperty("harmattan.home", ".")).toAbsolutePath().normalize();
    BenchSettings loaded = BenchSettings.load(home);
    BenchSettings settings = heap == null ? loaded : new BenchSettings(loaded.home(), loaded.workDir(),
        loaded.resultsDir(), loaded.markdown(), loaded.feeds(), heap, loaded.sparkMaster(), loaded.duckdbThreads(),
        loaded.stages(), loaded.reportLanguages());
    if (markdownOnly) {
      List<Path> newest = BenchmarksMarkdown.latestPerScale(settings.resultsDir());
      BenchmarksMarkdown.write(withTargets(home, newest), settings.markdown());
      System.out.println("wrote " + settings.markdown() + " from " + newest);
      return 0;
    }
    Path work = (workDir != null ? workDir : settings.workDir()).toAbsolutePath().normalize();
    if (smoke) {
      work = work.resolve("smoke");
    }
    List<String> compared = feeds != null ? feeds : settings.feeds();
    YearMonth last = YearMonth.parse(lastMonth);
    YearMonth first = last.minusYears(historyYears).plusMonths(1);
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    Instant started = Instant.now();
    ChildJvm jvm = new ChildJvm(home, work.resolve("runs"), settings.heap());
    MonthStaging.deleteTree(work.resolve("runs"));

    Map<String, Object> results = new LinkedHashMap<>();
    results.put("started_at", started.toString());
    results.put("kind", smoke ? "smoke" : "run");
    results.put("machine", Machine.describe());
    results.put("load_average_at_start", Machine.loadAverage());
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("scale", scale);
    params.put("seed", seed);
    params.put("months", first + " .. " + last);
    params.put("history_years", historyYears);
    params.put("feeds", compared);
    params.put("heap", settings.heap());
    params.put("spark_master", settings.sparkMaster());
    params.put("repeat", repeat);
    params.put("analytics", analytics);
    params.put("reference", reference);
    results.put("parameters", params);

    // 1. Feeds.
    Path generated = work.resolve("feeds").resolve("s" + scale + "-seed" + seed + "-" + first + "_" + last);
    Path marker = generated.resolve("generated.json");
    StageRun generate;
    if (Files.isRegularFile(marker)) {
      generate = new StageRun("generate", "reused", -1, -1, -1, -1, -1, -1,
          Map.of("generated", JSON.readValue(marker.toFile(), Map.class)));
    } else {
      MonthStaging.deleteTree(generated);
      generate = jvm.run("generate", GenerateMain.class,
          List.of(String.valueOf(scale), String.valueOf(seed), generated.toString(), first.toString(), last.toString()));
      if (!generate.ok()) {
        return fail("feed generation failed, see " + generate.details());
      }
      JSON.writeValue(marker.toFile(), run(generate));
    }
    say("feeds: " + generated + " (" + generate.status() + ")");
    results.put("generate", run(generate));

    HarmattanConfig config = HarmattanConfig.load(home, null, System.getenv(),
        Map.of("samples.dir", generated.toString()));
    Vocabulary vocabulary = Vocabulary.load(config.localPath(ConfigKeys.VOCABULARY));
    Synonyms synonyms = Synonyms.load(config.localPath(ConfigKeys.VOCABULARY));
    int shuffle = Integer.parseInt(config.sparkSettings().getOrDefault("spark.sql.shuffle.partitions", "200"));
    int threads = settings.duckdbThreads() > 0 ? settings.duckdbThreads() : Runtime.getRuntime().availableProcessors();

    // 2. Harmattan's pipeline on a fresh lakehouse.
    Path lakehouse = work.resolve("lakehouse");
    MonthStaging.deleteTree(lakehouse);
    List<StageRun> pipeline = pipeline(jvm, settings, compared, generated, lakehouse, last, "");
    results.put("harmattan", pipeline.stream().map(BenchMain::run).toList());
    // The reference databases (persons, notices, warrants, documents, requests, queries): part of a real
    // pipeline run and read by the report, but not of the comparison (the peers aggregate incidents only).
    List<String> referenceFeeds = FeedCatalog.load(config, vocabulary).all().stream()
        .filter(f -> !f.target().equals("incidents") && f.paths().stream().allMatch(p -> p.contains(generated.toString())))
        .map(FeedSpec::name).toList();
    StageRun referenceRun = !analytics ? StageRun.notRun("ingest-reference", "--no-analytics")
        : !reference ? StageRun.notRun("ingest-reference", "--no-reference")
        : referenceFeeds.isEmpty() ? StageRun.notRun("ingest-reference", "no reference feeds declared")
        : say(jvm.run("ingest-reference", StageMain.class, stageArgs("ingest", settings, generated, lakehouse,
            "feeds=" + String.join(",", referenceFeeds))));
    results.put("harmattan_reference", run(referenceRun));
    results.put("report", report(jvm, settings, generated, lakehouse, last, pipeline, referenceRun, work.resolve("out")));

    // 3-4. The peers, each run in a new JVM, median of --repeat runs.
    Path out = work.resolve("out");
    PeerJob floorJob = new PeerJob(PeerFeeds.of(config, vocabulary, compared), synonyms.categories(), synonyms.units(),
        today, out.resolve("floor").toString(), settings.sparkMaster(), shuffle, threads);
    PeerJob duckJob = new PeerJob(floorJob.feeds(), floorJob.categories(), floorJob.units(), today,
        out.resolve("duckdb").toString(), settings.sparkMaster(), shuffle, threads);
    floorJob.write(work.resolve("floor-job.json"));
    duckJob.write(work.resolve("duckdb-job.json"));
    StageRun floor = median(repeated(jvm, "floor", BareSparkFloorMain.class, work.resolve("floor-job.json"),
        out.resolve("floor")));
    StageRun duck = median(repeated(jvm, "duckdb", DuckDbPeerMain.class, work.resolve("duckdb-job.json"),
        out.resolve("duckdb")));
    results.put("floor", run(floor));
    results.put("duckdb", run(duck));

    // 5. Agreement, outside the timed runs.
    boolean ok = true;
    StageRun export = jvm.run("export", StageMain.class, stageArgs("export", settings, generated, lakehouse,
        "feeds=" + String.join(",", compared), "out=" + out.resolve("harmattan")));
    StageRun keys = duck.ok() ? jvm.run("duckdb-keys", DuckDbPeerMain.class,
        List.of(work.resolve("duckdb-job.json").toString(), "duplicated-keys")) : duck;
    if (ingestOk(pipeline) && floor.ok() && duck.ok() && export.ok() && keys.ok()) {
      Agreement a = AgreementCheck.compare(out.resolve("floor").resolve("aggregate"), out.resolve("duckdb"),
          out.resolve("harmattan"));
      results.put("agreement", agreement(a));
      say("agreement: " + (a.agrees() ? "the three aggregates agree" : "DISAGREEMENT") + " " + a);
      ok = a.agrees();
    } else {
      results.put("agreement", Map.of("status", "not checked: a run failed"));
      ok = false;
    }

    // 6. Incremental: history without the last month, then the month, against the full rebuild above.
    if (incremental) {
      Map<String, Object> inc = incremental(jvm, settings, compared, generated, work, last, out, pipeline, duck);
      results.put("incremental", inc);
      ok &= Boolean.TRUE.equals(inc.get("same_as_full_rebuild"));
    } else {
      results.put("incremental", Map.of("status", "not run (--no-incremental)"));
    }
    results.put("finished_at", Instant.now().toString());
    results.put("load_average_at_end", Machine.loadAverage());
    results.put("targets", Targets.evaluate(results));

    Path resultsDir = smoke ? work.resolve("results") : settings.resultsDir();
    Files.createDirectories(resultsDir);
    Path file = resultsDir.resolve(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
        .format(started) + ".json");
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), results);
    say("results: " + file);
    if (!smoke) {
      BenchmarksMarkdown.write(withTargets(home, BenchmarksMarkdown.latestPerScale(resultsDir)), settings.markdown());
      say("wrote " + settings.markdown());
    }
    return ok ? 0 : 1;
  }

  /** Results files with their targets evaluated again from their figures (the evaluation may have improved since). */
  @SuppressWarnings("unchecked")
  private static List<BenchmarksMarkdown.Run> withTargets(Path home, List<Path> files) throws IOException {
    List<BenchmarksMarkdown.Run> runs = new ArrayList<>();
    for (Path f : files) {
      Map<String, Object> r = JSON.readValue(f.toFile(), LinkedHashMap.class);
      r.put("targets", Targets.evaluate(r));
      runs.add(new BenchmarksMarkdown.Run(JSON.valueToTree(r), home.relativize(f).toString()));
    }
    return runs;
  }

  /** Ingest of the compared feeds, then every analytics stage. */
  private List<StageRun> pipeline(ChildJvm jvm, BenchSettings settings, List<String> compared, Path samples,
      Path lakehouse, YearMonth last, String suffix) {
    List<StageRun> runs = new ArrayList<>();
    StageRun ingest = jvm.run("ingest" + suffix, StageMain.class, stageArgs("ingest", settings, samples, lakehouse,
        "feeds=" + String.join(",", compared)));
    runs.add(say(ingest));
    if (!ingest.ok()) {
      return runs;
    }
    for (Map.Entry<String, String> s : settings.stages().entrySet()) {
      if (!analytics) {
        runs.add(StageRun.notRun(s.getKey() + suffix, "--no-analytics"));
        continue;
      }
      runs.add(say(jvm.run(s.getKey() + suffix, StageMain.class, stageArgs("job", settings, samples, lakehouse,
          "class=" + s.getValue(), "period=" + last))));
    }
    return runs;
  }

  /** The quarterly report per language after a warm-up ({@code StageMain report}), on the full pipeline's lakehouse. */
  private Map<String, Object> report(ChildJvm jvm, BenchSettings settings, Path samples, Path lakehouse, YearMonth last,
      List<StageRun> pipeline, StageRun referenceRun, Path out) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", "report");
    if (!analytics) {
      m.put("status", "not run (--no-analytics)");
      return m;
    }
    if (!referenceRun.ok()) {
      m.put("status", "not run (it reads the reference tables: ingest-reference " + referenceRun.status() + ")");
      return m;
    }
    if (!pipeline.stream().allMatch(StageRun::ok)) {
      m.put("status", "not run (an earlier stage did not complete)");
      return m;
    }
    // The last complete quarter of the data.
    YearMonth quarterEnd = last.getMonthValue() % 3 == 0 ? last : last.minusMonths(last.getMonthValue() % 3);
    String quarter = quarterEnd.getYear() + "-Q" + (quarterEnd.getMonthValue() / 3);
    StageRun r = say(jvm.run("report", StageMain.class, stageArgs("report", settings, samples, lakehouse,
        "period=" + quarter, "languages=" + String.join(",", settings.reportLanguages()),
        "out=" + out.resolve("reports"))));
    m.putAll(run(r));
    if (r.ok()) {
      @SuppressWarnings("unchecked")
      Map<String, Map<String, Object>> langs = (Map<String, Map<String, Object>>) r.details().get("languages");
      double worst = 0;
      StringBuilder summary = new StringBuilder(quarter + ", conference edition, after a warm-up; fill and export:");
      for (Map.Entry<String, Map<String, Object>> e : langs.entrySet()) {
        double s = ((Number) e.getValue().get("fill_export_seconds")).doubleValue();
        worst = Math.max(worst, s);
        summary.append(String.format(java.util.Locale.ROOT, " %s %.2f s (whole run %.1f s)", e.getKey(), s,
            ((Number) e.getValue().get("run_seconds")).doubleValue()));
      }
      m.put("summary", summary.toString());
      m.put("verdict", worst <= 3.0 ? "met" : "missed");
    }
    return m;
  }

  private static List<String> stageArgs(String stage, BenchSettings settings, Path samples, Path lakehouse,
      String... extra) {
    List<String> args = new ArrayList<>(List.of(stage, "lakehouse=" + lakehouse, "samples=" + samples,
        "master=" + settings.sparkMaster()));
    args.addAll(List.of(extra));
    return args;
  }

  private List<StageRun> repeated(ChildJvm jvm, String name, Class<?> main, Path job, Path outDir) throws IOException {
    List<StageRun> runs = new ArrayList<>();
    for (int i = 0; i < Math.max(1, repeat); i++) {
      MonthStaging.deleteTree(outDir);
      runs.add(say(jvm.run(name, main, List.of(job.toString()))));
    }
    return runs;
  }

  /** The run with the median wall time; a failed run makes the whole measurement failed. */
  static StageRun median(List<StageRun> runs) {
    for (StageRun r : runs) {
      if (!r.ok()) {
        return r;
      }
    }
    List<StageRun> sorted = runs.stream().sorted(java.util.Comparator.comparingDouble(StageRun::wallSeconds)).toList();
    StageRun m = sorted.get(sorted.size() / 2);
    Map<String, Object> d = new LinkedHashMap<>(m.details());
    d.put("runs_wall_seconds", runs.stream().map(StageRun::wallSeconds).toList());
    return new StageRun(m.name(), m.status(), m.wallSeconds(), m.cpuSeconds(), m.peakRssMb(), m.peakHeapMb(),
        m.heapAfterGcMb(), m.maxHeapMb(), d);
  }

  /**
   * The incremental case as an analyst runs it: one JVM that ingests and runs every analytics stage
   * (like {@code harmattan pipeline}) over the history without its last month, then one more such
   * JVM after the month's files arrive. The two are compared with each other (the history run is a
   * full build of all but one month, measured the same way) and with the per-stage full rebuild.
   */
  private Map<String, Object> incremental(ChildJvm jvm, BenchSettings settings, List<String> compared, Path generated,
      Path work, YearMonth last, Path out, List<StageRun> full, StageRun duck) throws Exception {
    Map<String, Object> inc = new LinkedHashMap<>();
    MonthStaging staging = new MonthStaging(generated, work.resolve("incremental").resolve("input"));
    Path lakehouse = work.resolve("incremental").resolve("lakehouse");
    MonthStaging.deleteTree(lakehouse);
    staging.stageHistory(last);
    String classes = "classes=" + (analytics ? String.join(",", settings.stages().values()) : "");
    StageRun history = say(jvm.run("pipeline-history", StageMain.class, stageArgs("pipeline", settings, staging.dir(),
        lakehouse, "feeds=" + String.join(",", compared), classes, "period=" + last.minusMonths(1))));
    int added = staging.addMonth(last);
    StageRun month = say(jvm.run("pipeline-month", StageMain.class, stageArgs("pipeline", settings, staging.dir(),
        lakehouse, "feeds=" + String.join(",", compared), classes, "period=" + last)));
    inc.put("history", run(history));
    inc.put("files_added", added);
    inc.put("month", run(month));
    inc.put("month_wall_seconds", month.ok() ? month.wallSeconds() : null);
    inc.put("history_wall_seconds", history.ok() ? history.wallSeconds() : null);
    List<String> notRun = new ArrayList<>();
    if (!analytics) {
      notRun.add("analytics (--no-analytics)");
    }
    if (!history.ok()) {
      notRun.add(history.name());
    }
    inc.put("stages_not_run", notRun);
    inc.put("full_rebuild_wall_seconds", totalWall(full));
    inc.put("duckdb_full_recompute_wall_seconds", duck.ok() ? duck.wallSeconds() : null);
    StageRun export = jvm.run("export-incremental", StageMain.class, stageArgs("export", settings, staging.dir(),
        lakehouse, "feeds=" + String.join(",", compared), "out=" + out.resolve("harmattan-incremental")));
    if (month.ok() && ingestOk(full) && export.ok()) {
      long differing = AgreementCheck.differingRecords(out.resolve("harmattan"), out.resolve("harmattan-incremental"));
      inc.put("records_differing_from_full_rebuild", differing);
      inc.put("same_as_full_rebuild", differing == 0);
      say("incremental: " + differing + " record(s) differ from the full rebuild");
    } else {
      inc.put("same_as_full_rebuild", false);
    }
    return inc;
  }

  /** Wall time of the stages that ran; null when the ingest failed. */
  static Double totalWall(List<StageRun> runs) {
    if (!ingestOk(runs)) {
      return null;
    }
    return runs.stream().filter(StageRun::ok).mapToDouble(StageRun::wallSeconds).sum();
  }

  private static boolean ingestOk(List<StageRun> runs) {
    return !runs.isEmpty() && runs.get(0).ok();
  }

  private static Map<String, Object> agreement(Agreement a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("agrees", a.agrees());
    m.put("floor_incidents", a.floorIncidents());
    m.put("duckdb_incidents", a.duckdbIncidents());
    m.put("harmattan_incidents", a.harmattanIncidents());
    m.put("harmattan_double_reports", a.harmattanDoubleReports());
    m.put("cells", a.cells());
    m.put("floor_duckdb_cells_differing", a.floorDuckdbCellsDiffering());
    m.put("common_records", a.commonRows());
    m.put("common_records_differing", a.commonRowsDiffering());
    m.put("common_cells_differing", a.commonCellsDiffering());
    m.put("only_peers_by_feed", a.onlyPeers());
    m.put("explained_only_peers_by_feed", a.explainedOnlyPeers());
    m.put("explained_by", AgreementCheck.UNCHECKED_BY_PEERS);
    m.put("only_harmattan", a.onlyHarmattan());
    m.put("only_harmattan_unexplained", a.onlyHarmattanUnexplained());
    m.put("duplicated_keys", a.duplicatedKeys());
    return m;
  }

  static Map<String, Object> run(StageRun r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", r.name());
    m.put("status", r.status());
    if (r.wallSeconds() >= 0) {
      m.put("wall_seconds", round(r.wallSeconds()));
    }
    if (r.cpuSeconds() >= 0) {
      m.put("cpu_seconds", round(r.cpuSeconds()));
      m.put("peak_rss_mb", r.peakRssMb());
      m.put("peak_heap_mb", r.peakHeapMb());
      m.put("heap_after_gc_mb", r.heapAfterGcMb());
      m.put("max_heap_mb", r.maxHeapMb());
    }
    m.put("details", r.details());
    return m;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static StageRun say(StageRun r) {
    System.out.printf("%-22s %-40s wall %7.1f s  cpu %7.1f s  rss %5d MB  heap %5d MB (after GC %5d MB)%n", r.name(),
        r.status(), r.wallSeconds(), r.cpuSeconds(), r.peakRssMb(), r.peakHeapMb(), r.heapAfterGcMb());
    return r;
  }

  private static void say(String line) {
    System.out.println(line);
  }

  private static int fail(String message) {
    System.err.println("bench: " + message);
    return 1;
  }
}
