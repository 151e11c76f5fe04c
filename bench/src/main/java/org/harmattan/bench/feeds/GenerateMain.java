package org.harmattan.bench.feeds;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.harmattan.bench.measure.ChildReport;
import org.harmattan.samples.Borders;
import org.harmattan.samples.SampleGenerator;
import org.harmattan.samples.SampleSpec;
import org.harmattan.samples.SampleSummary;

/**
 * Generates the benchmark's feeds with data-samples' generator in a measured JVM. Usage:
 * {@code GenerateMain <scale> <seed> <out> <first yyyy-MM> <last yyyy-MM> <report.json>}.
 */
public final class GenerateMain {
  private GenerateMain() {}

  public static void main(String[] args) throws Exception {
    SampleSpec spec = new SampleSpec(Long.parseLong(args[0]), Long.parseLong(args[1]), Path.of(args[2]),
        YearMonth.parse(args[3]), YearMonth.parse(args[4]));
    long t0 = System.nanoTime();
    SampleSummary s = new SampleGenerator(Borders.load()).generate(spec);
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("work_seconds", (System.nanoTime() - t0) / 1e9);
    d.put("incidents", s.incidents());
    d.put("double_reports", s.doubleReports());
    d.put("planted_bad_records", s.plantedBadRecords());
    d.put("records_per_feed", s.recordsPerFeed());
    ChildReport.write(Path.of(args[5]), d);
  }
}
