package org.harmattan.bench.stage;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.harmattan.bench.measure.ChildJvm;
import org.harmattan.bench.measure.ChildReport;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.config.HarmattanConfig;
import org.harmattan.core.job.JobContext;
import org.harmattan.core.spark.SparkSessions;
import org.harmattan.core.time.Period;
import org.harmattan.jobs.ingest.IngestFeedsJob;
import org.harmattan.jobs.ingest.IngestRequest;
import org.harmattan.jobs.ingest.IngestResult;
import org.harmattan.reports.BuildThreatReportJob;
import org.harmattan.reports.Edition;
import org.harmattan.reports.ReportLanguage;
import org.harmattan.reports.ReportRequest;
import org.harmattan.reports.ReportResult;

/**
 * Runs one Harmattan stage in its own JVM, as the CLI would: Harmattan's configuration (with the
 * benchmark's lakehouse, feeds and master), one SparkSession, one job. Usage:
 * {@code StageMain <stage> key=value... <report.json>} with stage {@code ingest} (key {@code feeds}),
 * {@code job} (keys {@code class}, {@code period}: any job with {@code run(JobContext)}), {@code pipeline}
 * (keys {@code feeds}, {@code classes}, {@code period}: the ingest, then each job, in this JVM), {@code report}
 * (keys {@code period}, {@code languages}, {@code out}) or
 * {@code export} (keys {@code feeds}, {@code out}: silver incidents and quarantine counts of the
 * compared feeds as Parquet, for the agreement check). Keys {@code lakehouse}, {@code samples},
 * {@code master} set Harmattan's configuration.
 */
public final class StageMain {
  private static final Pattern SECONDS = Pattern.compile("\\(([0-9.]+) s\\)");

  private StageMain() {}

  public static void main(String[] args) throws Exception {
    String stage = args[0];
    Map<String, String> opts = new LinkedHashMap<>();
    for (String a : Arrays.asList(args).subList(1, args.length - 1)) {
      int eq = a.indexOf('=');
      opts.put(a.substring(0, eq), a.substring(eq + 1));
    }
    Path report = Path.of(args[args.length - 1]);
    Class<?> jobClass = null;
    if (stage.equals("job")) {
      try {
        jobClass = Class.forName(opts.get("class"));
      } catch (ClassNotFoundException e) {
        System.out.println("STAGE MISSING " + opts.get("class") + " is not on the classpath");
        System.exit(ChildJvm.STAGE_MISSING);
      }
    }
    Map<String, String> overrides = new LinkedHashMap<>();
    overrides.put("lakehouse", opts.get("lakehouse"));
    overrides.put("samples.dir", opts.get("samples"));
    overrides.put("spark.master", opts.get("master"));
    Path home = Path.of(System.getProperty("harmattan.home", ".")).toAbsolutePath().normalize();
    HarmattanConfig config = HarmattanConfig.load(home, null, System.getenv(), overrides);
    long t0 = System.nanoTime();
    SparkSession spark = SparkSessions.create(config);
    spark.sparkContext().setLogLevel("WARN");
    long started = System.nanoTime();
    Optional<Period> period = Optional.ofNullable(opts.get("period")).map(Period::parse);
    JobContext ctx = JobContext.create(spark, config, period);
    Map<String, Object> details = new LinkedHashMap<>();
    switch (stage) {
      case "ingest" -> ingest(ctx, feeds(opts), details);
      case "job" -> job(ctx, jobClass, details);
      case "pipeline" -> pipeline(spark, config, period, feeds(opts),
          Arrays.stream(opts.getOrDefault("classes", "").split(",")).filter(c -> !c.isBlank()).toList(), details);
      case "export" -> export(ctx, feeds(opts), Path.of(opts.get("out")));
      case "report" -> report(ctx, period.orElseThrow(), List.of(opts.get("languages").split(",")),
          Path.of(opts.get("out")), details);
      default -> throw new IllegalArgumentException("Unknown stage " + stage);
    }
    details.put("work_seconds", (System.nanoTime() - started) / 1e9);
    details.put("session_start_seconds", (started - t0) / 1e9);
    spark.stop();
    ChildReport.write(report, details);
  }

  private static List<String> feeds(Map<String, String> opts) {
    String f = opts.getOrDefault("feeds", "");
    return f.isBlank() ? List.of() : List.of(f.split(","));
  }

  private static void ingest(JobContext ctx, List<String> feeds, Map<String, Object> details) {
    List<String> steps = new ArrayList<>();
    IngestResult r = new IngestFeedsJob().run(ctx, new IngestRequest(feeds, false, steps::add));
    if (r.anyFailed()) {
      throw new IllegalStateException("A feed failed: " + r.feeds());
    }
    details.put("read", r.read());
    details.put("accepted", r.accepted());
    details.put("quarantined", r.quarantined());
    details.put("duplicates", r.duplicates());
    details.put("inserted", r.inserted());
    details.put("updated", r.updated());
    details.put("steps", steps);
    // Consolidation is not a job of its own: it is the MERGE into silver.incidents and the
    // double-report linking inside the ingest run, timed by the job's own progress lines.
    double merge = 0;
    double link = 0;
    for (String s : steps) {
      Matcher m = SECONDS.matcher(s);
      if (m.find()) {
        if (s.startsWith("merged into silver.incidents")) {
          merge += Double.parseDouble(m.group(1));
        } else if (s.startsWith("linked cross-border double reports")) {
          link += Double.parseDouble(m.group(1));
        }
      }
    }
    details.put("merge_incidents_seconds", merge);
    details.put("link_double_reports_seconds", link);
  }

  /**
   * Ingest and every analytics job in this one JVM, as {@code harmattan pipeline} runs them: each
   * step with a new job context (run id), its in-JVM seconds and the process's CPU seconds.
   */
  private static void pipeline(SparkSession spark, HarmattanConfig config, Optional<Period> period, List<String> feeds,
      List<String> classes, Map<String, Object> details) throws Exception {
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    List<Map<String, Object>> steps = new ArrayList<>();
    long t0 = System.nanoTime();
    long c0 = os.getProcessCpuTime();
    Map<String, Object> ingest = new LinkedHashMap<>();
    ingest(JobContext.create(spark, config, period), feeds, ingest);
    steps.add(step("ingest", t0, c0, os, ingest));
    for (String name : classes) {
      long t = System.nanoTime();
      long c = os.getProcessCpuTime();
      Map<String, Object> d = new LinkedHashMap<>();
      job(JobContext.create(spark, config, period), Class.forName(name), d);
      steps.add(step(name.substring(name.lastIndexOf('.') + 1), t, c, os, d));
    }
    details.put("steps", steps);
  }

  private static Map<String, Object> step(String name, long startNanos, long startCpu,
      com.sun.management.OperatingSystemMXBean os, Map<String, Object> details) {
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("name", name);
    step.put("seconds", (System.nanoTime() - startNanos) / 1e9);
    step.put("cpu_seconds", (os.getProcessCpuTime() - startCpu) / 1e9);
    step.putAll(details);
    return step;
  }

  private static void job(JobContext ctx, Class<?> jobClass, Map<String, Object> details) throws Exception {
    Method run;
    try {
      run = jobClass.getMethod("run", JobContext.class);
    } catch (NoSuchMethodException e) {
      System.out.println("STAGE MISSING " + jobClass.getName() + " has no run(JobContext)");
      System.exit(ChildJvm.STAGE_MISSING);
      return;
    }
    try {
      Object result = run.invoke(jobClass.getDeclaredConstructor().newInstance(), ctx);
      details.put("result", String.valueOf(result));
      // How much of its period a run recomputed, where the job says (record components).
      for (String part : List.of("monthsRebuilt", "monthsComputed", "retrained", "kChosen")) {
        try {
          details.put(part, result.getClass().getMethod(part).invoke(result));
        } catch (NoSuchMethodException e) {
          // not this job's
        }
      }
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception ex ? ex : e;
    }
  }

  /**
   * The quarterly report, conference edition (no password needed): one run in every language to
   * warm up (Jasper compiles its templates, Spark plans its queries), then one run per language,
   * timed. The figure of the target is the file's own time (compose, fill, export, write); the
   * run's wall time, which also collects the figures from the lakehouse, is recorded beside it.
   */
  private static void report(JobContext ctx, Period period, List<String> languages, Path out,
      Map<String, Object> details) {
    List<ReportLanguage> langs = languages.stream().map(ReportLanguage::parse).toList();
    long w0 = System.nanoTime();
    ReportResult warm = BuildThreatReportJob.run(ctx,
        ReportRequest.of(period, List.of(Edition.CONFERENCE), langs, Optional.empty()).withOutputDir(out));
    details.put("warm_up_seconds", (System.nanoTime() - w0) / 1e9);
    details.put("warm_up_files", warm.files().size());
    Map<String, Object> perLanguage = new LinkedHashMap<>();
    for (ReportLanguage lang : langs) {
      long t0 = System.nanoTime();
      ReportResult r = BuildThreatReportJob.run(ctx,
          ReportRequest.of(period, List.of(Edition.CONFERENCE), List.of(lang), Optional.empty()).withOutputDir(out));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("run_seconds", (System.nanoTime() - t0) / 1e9);
      m.put("facts_seconds", r.factsMillis() / 1000.0);
      m.put("fill_export_seconds", r.files().stream().mapToLong(ReportResult.ReportFile::millis).sum() / 1000.0);
      m.put("pages", r.files().stream().mapToInt(ReportResult.ReportFile::pages).sum());
      m.put("bytes", r.files().stream().mapToLong(ReportResult.ReportFile::bytes).sum());
      perLanguage.put(lang.code(), m);
    }
    details.put("period", period.toString());
    details.put("languages", perLanguage);
  }

  /** Not a timed stage: the rows the agreement check compares, written where DuckDB can read them. */
  private static void export(JobContext ctx, List<String> feeds, Path out) {
    Dataset<Row> incidents = ctx.catalog().read(ctx.spark(), Table.INCIDENTS)
        .where(col("source_feed").isin(feeds.toArray()));
    incidents.select(col("source_feed").as("feed"), col("source_record_id").as("record_id"), col("prio_gid").as("gid"),
            col("event_month").as("month"), col("category"), col("duplicate_of").isNotNull().as("double_report"))
        .write().mode("overwrite").parquet(out.resolve("rows").toString());
    ctx.catalog().read(ctx.spark(), Table.QUARANTINE).where(col("_feed").isin(feeds.toArray()))
        .groupBy(col("_feed").as("feed"), col("reason")).agg(count(lit(1)).as("records"))
        .write().mode("overwrite").parquet(out.resolve("quarantine").toString());
  }
}
