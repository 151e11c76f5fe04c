package org.harmattan.reports;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.harmattan.core.ConfigException;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.time.Period;

/**
 * What to build: one PDF per edition and language for the period.
 *
 * @param outputDir folder for the PDFs; empty means {@code harmattan.reports.output-dir}
 * @param password the restricted edition's password (required when that edition is asked)
 * @param pinnedVersions table versions to read (a rebuild from {@code report_runs}); empty means the current versions
 */
public record ReportRequest(Period period, List<Edition> editions, List<ReportLanguage> languages,
    Optional<Path> outputDir, Optional<ReportPassword> password, Map<Table, Long> pinnedVersions) {

  public ReportRequest {
    editions = List.copyOf(editions);
    languages = List.copyOf(languages);
    pinnedVersions = Map.copyOf(pinnedVersions);
    if (editions.isEmpty()) {
      throw new ConfigException("Report: at least one edition is needed (restricted, conference, training)");
    }
    if (languages.isEmpty()) {
      throw new ConfigException("Report: at least one language is needed (en, fr, ar)");
    }
  }

  /** Every edition and language at the current table versions. */
  public static ReportRequest of(Period period, List<Edition> editions, List<ReportLanguage> languages,
      Optional<ReportPassword> password) {
    return new ReportRequest(period, editions, languages, Optional.empty(), password, Map.of());
  }

  public ReportRequest withOutputDir(Path dir) {
    return new ReportRequest(period, editions, languages, Optional.of(dir), password, pinnedVersions);
  }

  public ReportRequest pinnedAt(Map<Table, Long> versions) {
    return new ReportRequest(period, editions, languages, outputDir, password, versions);
  }
}
