package org.harmattan.reports;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.harmattan.core.time.Period;
import org.harmattan.reports.data.ReportFacts;

/**
 * What a report run produced.
 *
 * @param tableVersions the Delta version of every table read ({@code silver.incidents -> 12})
 * @param facts the figures every file of the run was built from (for comparison with a rebuild)
 * @param factsMillis time spent computing the figures in Spark
 * @param millis whole run
 */
public record ReportResult(String runId, Period period, Map<String, Long> tableVersions, ReportFacts facts,
    List<ReportFile> files, long factsMillis, long millis) {

  /**
   * One PDF written.
   *
   * @param millis time to compose, fill, export and write this file
   */
  public record ReportFile(String reportId, Edition edition, ReportLanguage language, Path file, String sha256,
      long bytes, int pages, long millis) {}
}
