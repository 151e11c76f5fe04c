package org.harmattan.jobs.reference;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.harmattan.core.vocab.TextNormalizer;
import org.harmattan.core.vocab.Vocabulary;
import org.harmattan.jobs.ingest.feed.ColumnSource;
import org.harmattan.jobs.ingest.feed.FeedSpec;
import org.harmattan.jobs.ingest.feed.TargetColumns;
import org.harmattan.jobs.ingest.read.RawRecord;
import org.harmattan.jobs.ingest.validate.IncidentMapper;
import org.harmattan.jobs.ingest.validate.IngestLimits;
import org.harmattan.jobs.ingest.validate.LocalNumbers;
import org.harmattan.jobs.ingest.validate.MappedRecord;
import org.harmattan.jobs.ingest.validate.ReasonCodes;
import org.harmattan.jobs.ingest.validate.UnsafeText;
import org.harmattan.jobs.ingest.validate.RecordMapper;
import org.harmattan.jobs.ingest.validate.Violation;

/**
 * Maps a record of a reference feed to its table's columns and checks it, one record at a time on
 * the executors (dates in local digits and several patterns, codes through the feed's synonyms).
 * A refusal names feed, line, source column and value. The record's versions (status and validity
 * period) are computed here, in business time; a status change with no date in the record starts
 * at the ingestion day (00:00 UTC), unless silver already holds it ({@link ReferenceTarget}).
 */
abstract class ReferenceMapper implements RecordMapper {
  private static final long serialVersionUID = 1L;

  protected final FeedSpec feed;
  protected final Vocabulary vocabulary;
  private final IngestLimits limits;
  private final LocalDate today;
  private final StructType staged;
  private transient List<DateTimeFormatter> formatters;

  ReferenceMapper(FeedSpec feed, Vocabulary vocabulary, IngestLimits limits, LocalDate today, StructType staged) {
    this.feed = feed;
    FeedSpec.FeedValues v = feed.values();
    this.vocabulary = vocabulary.withFeedValues(v.category(), v.unit(), v.transportMode(), v.country());
    this.limits = limits;
    this.today = today;
    this.staged = staged;
  }

  /** Fills the record's columns (and versions, for versioned tables) and adds violations. */
  abstract void mapFields(Rec r);

  /** The column holding the stable key, e.g. {@code notice_id}. */
  abstract String keyColumn();

  @Override
  public MappedRecord map(RawRecord record) {
    Rec r = new Rec(record.line(), record.fields());
    if (!record.readable()) {
      r.violations.add(new Violation(record.errorCode(), null, record.errorMessage()));
      return new MappedRecord(null, null, feed.source(), null, null, null, r.violations);
    }
    checkText(r);
    String refColumn = TargetColumns.referenceColumn(feed.target());
    String ref = r.text(refColumn);
    String key = null;
    if (ref == null) {
      r.refuse(ReasonCodes.MISSING_REQUIRED_FIELD, refColumn, "the record's reference is empty");
    } else {
      key = key(feed.source(), ref);
    }
    for (String c : feed.required()) {
      if (r.text(c) == null && !c.equals(refColumn)) {
        r.refuse(ReasonCodes.MISSING_REQUIRED_FIELD, c, "required value is empty");
      }
    }
    r.put(keyColumn(), key);
    r.put(org.harmattan.core.catalog.ReferenceSchemas.SOURCE_FEED, feed.source());
    r.put(refColumn, ref);
    mapFields(r);
    String personRef = r.values.containsKey("person_ref") ? (String) r.values.get("person_ref") : null;
    return new MappedRecord(key, ref, feed.source(), personRef, personRef == null ? null : sourceName("person_ref"),
        r.row(), r.violations);
  }

  /** Stable key of a reference record: the same hash as an incident's, of the source and the record's reference. */
  static String key(String source, String reference) {
    return IncidentMapper.incidentId(source, reference);
  }

  String sourceName(String canonical) {
    ColumnSource c = feed.columns().get(canonical);
    return c == null ? canonical : c.column();
  }

  private void checkText(Rec r) {
    for (String col : feed.expectedSourceColumns()) {
      String v = r.fields.get(col);
      if (v == null) {
        continue;
      }
      if (v.length() > limits.maxFieldLength()) {
        // No excerpt of the value: reference fields hold names and document numbers.
        r.refuseSource(ReasonCodes.FIELD_TOO_LONG, col, v.length() + " characters, at most " + limits.maxFieldLength()
            + " allowed");
      }
      UnsafeText.controlCharacter(v).ifPresent(msg -> r.refuseSource(ReasonCodes.CONTROL_CHARACTERS, col, msg));
      UnsafeText.bidiOverride(v).ifPresent(msg -> r.refuseSource(ReasonCodes.BIDI_OVERRIDE, col, msg));
    }
  }

  private List<DateTimeFormatter> formatters() {
    if (formatters == null) {
      formatters = UnsafeText.strictDateFormatters(feed.datePatterns());
    }
    return formatters;
  }

  private LocalDate parseDate(String text) {
    for (DateTimeFormatter f : formatters()) {
      try {
        TemporalAccessor t = f.parse(text);
        return LocalDate.of(t.get(ChronoField.YEAR), t.get(ChronoField.MONTH_OF_YEAR), t.get(ChronoField.DAY_OF_MONTH));
      } catch (RuntimeException e) {
        // try the next pattern
      }
    }
    return null;
  }

  static Timestamp startOf(LocalDate day) {
    return Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** The ingestion day at 00:00 UTC: when a status change with no date in the record starts. */
  Timestamp ingestionDay() {
    return startOf(today);
  }

  /** One record being mapped: its fields, the values found so far and the violations. */
  final class Rec {
    final long line;
    final Map<String, String> fields;
    final Map<String, Object> values = new LinkedHashMap<>();
    final List<Violation> violations = new ArrayList<>();
    final List<Row> versions = new ArrayList<>();
    String changeStatus;

    Rec(long line, Map<String, String> fields) {
      this.line = line;
      this.fields = fields;
    }

    boolean ok() {
      return violations.isEmpty();
    }

    void put(String column, Object value) {
      values.put(column, value);
    }

    void refuse(String code, String canonical, String what) {
      refuseSource(code, sourceName(canonical), what);
    }

    void refuseSource(String code, String column, String what) {
      violations.add(new Violation(code, column, "Feed '" + feed.name() + "' line " + line + " column '" + column + "': "
          + what));
    }

    /** Canonical value: the mapped source column, else a constant of the feed, else null. */
    String text(String canonical) {
      ColumnSource c = feed.columns().get(canonical);
      if (c != null) {
        String v = c.valueIn(fields);
        if (v != null) {
          return v;
        }
      }
      return feed.constants().get(canonical);
    }

    LocalDate date(String canonical, boolean past) {
      String raw = text(canonical);
      if (raw == null) {
        return null;
      }
      LocalDate d = parseDate(LocalNumbers.asciiDigits(raw));
      if (d == null) {
        refuse(ReasonCodes.UNPARSEABLE_DATE, canonical, "cannot parse '" + raw + "' as "
            + String.join(" or ", feed.datePatterns()));
      } else if (past && d.isAfter(today)) {
        refuse(ReasonCodes.DATE_IN_FUTURE, canonical, "date " + d + " is after today (" + today + ")");
        return null;
      }
      return d;
    }

    /** A date column stored as a date; returns the parsed date. */
    LocalDate putDate(String canonical, boolean past) {
      LocalDate d = date(canonical, past);
      put(canonical, d == null ? null : Date.valueOf(d));
      return d;
    }

    /** An instant: ISO-8601 with offset, or without one (read as UTC), or a date of the feed's patterns (00:00 UTC). */
    Instant putTimestamp(String canonical) {
      String raw = text(canonical);
      if (raw == null) {
        put(canonical, null);
        return null;
      }
      String text = LocalNumbers.asciiDigits(raw);
      Instant at = null;
      try {
        at = OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e) {
        try {
          at = LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e2) {
          LocalDate d = parseDate(text);
          at = d == null ? null : d.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
      }
      if (at == null) {
        refuse(ReasonCodes.UNPARSEABLE_TIMESTAMP, canonical, "cannot parse '" + raw
            + "' as an ISO-8601 timestamp (2026-06-30T14:05:00Z) or a date " + String.join(" or ", feed.datePatterns()));
      } else if (at.isAfter(today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
        refuse(ReasonCodes.DATE_IN_FUTURE, canonical, "timestamp " + at + " is after today (" + today + ")");
        at = null;
      }
      put(canonical, at == null ? null : Timestamp.from(at));
      return at;
    }

    /** A country as ISO alpha-3, from any synonym of the vocabulary or the feed. */
    String putCountry(String canonical) {
      String raw = text(canonical);
      String code = null;
      if (raw != null) {
        Optional<String> c = vocabulary.country(raw);
        if (c.isPresent()) {
          code = c.get();
        } else if (vocabulary.countries().containsKey(raw.toUpperCase(Locale.ROOT))) {
          code = raw.toUpperCase(Locale.ROOT);
        } else {
          refuse(ReasonCodes.UNKNOWN_COUNTRY, canonical, "unknown country '" + raw + "'");
        }
      }
      put(canonical, code);
      return code;
    }

    /** The offence as received and its category code (a vocabulary synonym or the code itself). */
    void putOffence() {
      String raw = text("offence");
      put("offence_reported", raw);
      String code = null;
      if (raw != null) {
        Optional<String> c = vocabulary.category(raw);
        if (c.isPresent()) {
          code = c.get();
        } else if (vocabulary.categories().containsKey(raw.toUpperCase(Locale.ROOT))) {
          code = raw.toUpperCase(Locale.ROOT);
        } else {
          refuse(ReasonCodes.UNKNOWN_CATEGORY, "offence", "unknown offence category '" + raw + "'");
        }
      }
      put("offence_category", code);
    }

    /**
     * A coded value: the feed's synonym ({@code values.<column>}), else the code itself in any case
     * with spaces and hyphens read as underscores.
     */
    String code(String canonical, Set<String> codes) {
      String raw = text(canonical);
      if (raw == null) {
        return null;
      }
      Map<String, String> synonyms = feed.values().coded().getOrDefault(canonical, Map.of());
      String wanted = TextNormalizer.normalize(raw);
      for (Map.Entry<String, String> e : synonyms.entrySet()) {
        if (TextNormalizer.normalize(e.getKey()).equals(wanted) && codes.contains(e.getValue())) {
          return e.getValue();
        }
      }
      String asCode = raw.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
      if (codes.contains(asCode)) {
        return asCode;
      }
      refuse(ReasonCodes.UNKNOWN_CODE, canonical, "unknown " + canonical.replace('_', ' ') + " '" + raw + "', expected "
          + String.join(", ", codes.stream().sorted().toList()) + " or a synonym in the feed's values." + canonical);
      return null;
    }

    /**
     * Adds a version [from, to) unless it is empty.
     *
     * @param fromChange the start is a status change with no date in the record
     * @param toChange the end is such a change
     */
    void version(String status, Timestamp from, Timestamp to, boolean fromChange, boolean toChange) {
      if (from != null && to != null && !to.after(from)) {
        return;
      }
      versions.add(RowFactory.create(status, from, to, fromChange, toChange));
      if (fromChange) {
        changeStatus = status;
      }
    }

    Row row() {
      Object[] out = new Object[staged.size()];
      int i = 0;
      for (StructField f : staged.fields()) {
        if (f.name().equals(ReferenceTarget.VERSIONS)) {
          out[i++] = ok() ? scala.jdk.javaapi.CollectionConverters.asScala(versions).toSeq() : null;
        } else if (f.name().equals(ReferenceTarget.CHANGE_STATUS)) {
          out[i++] = changeStatus;
        } else {
          out[i++] = ok() ? values.get(f.name()) : null;
        }
      }
      return RowFactory.create(out);
    }
  }
}
