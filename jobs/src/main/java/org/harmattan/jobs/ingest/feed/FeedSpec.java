package org.harmattan.jobs.ingest.feed;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.harmattan.core.vocab.Vocabulary;

/**
 * A feed as declared in {@code conf/feeds/<name>.conf}: how to read its files and how their
 * columns map to the canonical incident columns. Immutable and serializable: Spark ships it to
 * the executors that read the files.
 */
public record FeedSpec(
    String name,
    String description,
    String source,
    String target,
    FeedFormat format,
    List<String> paths,
    String encoding,
    char delimiter,
    char quote,
    String sheet,
    int headerRow,
    boolean decimalComma,
    List<String> datePatterns,
    LocalDate minDate,
    String reportingCountry,
    boolean strictCountryCheck,
    double borderToleranceKm,
    List<String> recordIdColumns,
    Map<String, ColumnSource> columns,
    Map<String, String> constants,
    List<String> required,
    FeedValues values,
    String origin) implements Serializable {

  /**
   * Feed-specific synonyms, added to the vocabulary for this feed only.
   *
   * @param country synonyms of country codes ({@code values.reporting_country} or {@code values.country})
   * @param coded reference code columns (notice_type, status, document_type, sex, priority, request_type,
   *     database, hit): synonym as received to code
   */
  public record FeedValues(Map<String, String> category, Map<String, Vocabulary.Unit> unit,
      Map<String, String> transportMode, Map<String, String> country, Map<String, Map<String, String>> coded)
      implements Serializable {}

  /** The source columns a file of this feed must have: every mapped column and record-id column. */
  public List<String> expectedSourceColumns() {
    java.util.LinkedHashSet<String> cols = new java.util.LinkedHashSet<>(recordIdColumns);
    columns.values().forEach(c -> {
      cols.add(c.column());
      cols.addAll(c.joined());
    });
    return List.copyOf(cols);
  }

  /** Source columns that must be present (those behind required canonical columns, and the record id). */
  public List<String> requiredSourceColumns() {
    java.util.LinkedHashSet<String> cols = new java.util.LinkedHashSet<>(recordIdColumns);
    ColumnSource reference = columns.get(TargetColumns.referenceColumn(target));
    if (reference != null) {
      cols.add(reference.column());
    }
    for (String r : required) {
      ColumnSource c = columns.get(r);
      if (c != null) {
        cols.add(c.column());
      }
    }
    return List.copyOf(cols);
  }
}
