package org.harmattan.jobs.ingest.validate;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.harmattan.core.geo.CountryBorders;
import org.harmattan.core.geo.PrioGrid;
import org.harmattan.core.vocab.Vocabulary;
import org.harmattan.jobs.ingest.feed.ColumnSource;
import org.harmattan.jobs.ingest.feed.FeedSpec;
import org.harmattan.jobs.ingest.read.RawRecord;

/**
 * Maps a feed record to the canonical incident columns and checks it. Runs on the executors,
 * one record at a time: parsing dates with several patterns, local digits, units, and the
 * point-in-country test (JTS) are plain Java here rather than a dozen Spark UDFs, and every
 * refusal carries a message that names the feed, line, column and value.
 */
public final class IncidentMapper implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern ACTOR_SEPARATOR = Pattern.compile("\\s*[;|]\\s*");

  private final FeedSpec feed;
  private final Vocabulary vocabulary;
  private final CountryBorders borders;
  private final IngestLimits limits;
  private final LocalDate today;
  private transient List<DateTimeFormatter> formatters;

  public IncidentMapper(FeedSpec feed, Vocabulary vocabulary, CountryBorders borders, IngestLimits limits, LocalDate today) {
    this.feed = feed;
    FeedSpec.FeedValues v = feed.values();
    this.vocabulary = vocabulary.withFeedValues(v.category(), v.unit(), v.transportMode(), v.country());
    this.borders = borders;
    this.limits = limits;
    this.today = today;
  }

  public MappedIncident map(RawRecord record) {
    MappedIncident m = new MappedIncident();
    m.source = feed.source();
    m.sourceFeed = feed.name();
    if (!record.readable()) {
      m.refuse(record.errorCode(), null, record.errorMessage());
      return m;
    }
    Map<String, String> fields = record.fields();
    checkText(fields, m, record.line());
    m.sourceRecordId = recordId(fields);
    if (m.sourceRecordId == null) {
      m.refuse(ReasonCodes.MISSING_REQUIRED_FIELD, String.join("+", feed.recordIdColumns()),
          where(record.line(), String.join("+", feed.recordIdColumns())) + "the record id is empty");
    } else {
      m.incidentId = incidentId(feed.source(), m.sourceRecordId);
    }
    for (String r : feed.required()) {
      if (value(fields, r) == null && !(r.equals("reporting_country") && feed.reportingCountry() != null)) {
        m.refuse(ReasonCodes.MISSING_REQUIRED_FIELD, sourceName(r), where(record.line(), sourceName(r)) + "required value is empty");
      }
    }
    m.admin1 = value(fields, "admin1");
    m.placeName = value(fields, "place_name");
    m.item = value(fields, "item");
    m.narrative = value(fields, "narrative");
    mapDate(fields, m, record.line());
    mapCountry(fields, m, record.line());
    mapCoordinates(fields, m, record.line());
    mapCategory(fields, m, record.line());
    mapQuantity(fields, m, record.line());
    m.smallArms = count(fields, "small_arms", m, record.line());
    m.ammunitionRounds = count(fields, "ammunition_rounds", m, record.line());
    m.heavyWeapons = count(fields, "heavy_weapons", m, record.line());
    m.fatalities = count(fields, "fatalities", m, record.line());
    m.arrests = count(fields, "arrests", m, record.line());
    m.explosivesKg = amount(fields, "explosives_kg", m, record.line());
    String actors = value(fields, "actors");
    m.actors = actors == null ? List.of()
        : List.of(ACTOR_SEPARATOR.split(actors)).stream().filter(s -> !s.isBlank()).toList();
    String mode = value(fields, "transport_mode");
    if (mode != null) {
      Optional<String> code = vocabulary.transportMode(mode);
      if (code.isPresent()) {
        m.transportMode = code.get();
      } else {
        m.refuse(ReasonCodes.UNKNOWN_TRANSPORT_MODE, sourceName("transport_mode"),
            where(record.line(), sourceName("transport_mode")) + "unknown transport mode '" + mode + "'");
      }
    }
    return m;
  }

  /** Stable key of an incident: SHA-256 of source and source record id, first 128 bits in hex. */
  public static String incidentId(String source, String sourceRecordId) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256")
          .digest((source + '\u0001' + sourceRecordId).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String where(long line, String column) {
    return "Feed '" + feed.name() + "' line " + line + (column == null ? "" : " column '" + column + "'") + ": ";
  }

  private String sourceName(String canonical) {
    ColumnSource c = feed.columns().get(canonical);
    return c == null ? canonical : c.column();
  }

  /** Canonical value: the mapped source column, else a constant of the feed, else null. */
  private String value(Map<String, String> fields, String canonical) {
    ColumnSource c = feed.columns().get(canonical);
    if (c != null) {
      String v = c.valueIn(fields);
      if (v != null) {
        return v;
      }
    }
    return feed.constants().get(canonical);
  }

  private String recordId(Map<String, String> fields) {
    ColumnSource mapped = feed.columns().get("source_record_id");
    if (mapped != null) {
      return mapped.valueIn(fields);
    }
    List<String> parts = new ArrayList<>();
    for (String col : feed.recordIdColumns()) {
      String v = ColumnSource.of(col).valueIn(fields);
      if (v == null) {
        return null;
      }
      parts.add(v);
    }
    return String.join("|", parts);
  }

  private void checkText(Map<String, String> fields, MappedIncident m, long line) {
    ColumnSource narrative = feed.columns().get("narrative");
    java.util.Set<String> checked = new java.util.LinkedHashSet<>(feed.expectedSourceColumns());
    for (String col : checked) {
      String v = fields.get(col);
      if (v == null) {
        continue;
      }
      int max = narrative != null && narrative.column().equals(col) ? limits.maxNarrativeLength() : limits.maxFieldLength();
      if (v.length() > max) {
        m.refuse(ReasonCodes.FIELD_TOO_LONG, col, where(line, col) + v.length() + " characters, at most " + max
            + " allowed (starts '" + v.substring(0, Math.min(40, v.length())) + "')");
      }
      UnsafeText.controlCharacter(v).ifPresent(msg -> m.refuse(ReasonCodes.CONTROL_CHARACTERS, col, where(line, col) + msg));
      UnsafeText.bidiOverride(v).ifPresent(msg -> m.refuse(ReasonCodes.BIDI_OVERRIDE, col, where(line, col) + msg));
    }
  }

  private List<DateTimeFormatter> formatters() {
    if (formatters == null) {
      List<DateTimeFormatter> list = new ArrayList<>(UnsafeText.strictDateFormatters(feed.datePatterns()));
      if (feed.format() == org.harmattan.jobs.ingest.feed.FeedFormat.XLSX) {
        // The XLSX reader renders real date cells as ISO dates, whatever the sheet's display format.
        list.add(DateTimeFormatter.ISO_LOCAL_DATE);
      }
      formatters = list;
    }
    return formatters;
  }

  private void mapDate(Map<String, String> fields, MappedIncident m, long line) {
    String raw = value(fields, "event_date");
    if (raw == null) {
      return;
    }
    String text = LocalNumbers.asciiDigits(raw);
    LocalDate date = null;
    for (DateTimeFormatter f : formatters()) {
      try {
        TemporalAccessor t = f.parse(text);
        date = LocalDate.of(t.get(ChronoField.YEAR), t.get(ChronoField.MONTH_OF_YEAR), t.get(ChronoField.DAY_OF_MONTH));
        break;
      } catch (RuntimeException e) {
        // try the next pattern
      }
    }
    String col = sourceName("event_date");
    if (date == null) {
      m.refuse(ReasonCodes.UNPARSEABLE_DATE, col, where(line, col) + "cannot parse '" + raw + "' as "
          + String.join(" or ", feed.datePatterns()));
    } else if (date.isAfter(today)) {
      m.refuse(ReasonCodes.DATE_IN_FUTURE, col, where(line, col) + "date " + date + " is after today (" + today + ")");
    } else if (date.isBefore(feed.minDate())) {
      m.refuse(ReasonCodes.DATE_BEFORE_RANGE, col, where(line, col) + "date " + date + " is before the feed's first date "
          + feed.minDate());
    } else {
      m.eventDate = date;
    }
  }

  private void mapCountry(Map<String, String> fields, MappedIncident m, long line) {
    if (feed.reportingCountry() != null && feed.columns().get("reporting_country") == null) {
      m.reportingCountry = feed.reportingCountry();
      return;
    }
    String raw = value(fields, "reporting_country");
    if (raw == null) {
      return;
    }
    String col = sourceName("reporting_country");
    Optional<String> code = vocabulary.country(raw);
    if (code.isEmpty()) {
      m.refuse(ReasonCodes.UNKNOWN_COUNTRY, col, where(line, col) + "unknown country '" + raw + "'");
    } else if (!vocabulary.countries().get(code.get()).region()) {
      m.refuse(ReasonCodes.OUTSIDE_REGION, col, where(line, col) + "country '" + raw + "' (" + code.get()
          + ") is outside the region Harmattan analyses");
    } else {
      m.reportingCountry = code.get();
    }
  }

  private void mapCoordinates(Map<String, String> fields, MappedIncident m, long line) {
    String rawLat = value(fields, "latitude");
    String rawLon = value(fields, "longitude");
    if (rawLat == null && rawLon == null) {
      return;
    }
    String latCol = sourceName("latitude");
    String lonCol = sourceName("longitude");
    if (rawLat == null || rawLon == null) {
      String missing = rawLat == null ? latCol : lonCol;
      m.refuse(ReasonCodes.MISSING_REQUIRED_FIELD, missing, where(line, missing) + "a coordinate is given without the other");
      return;
    }
    Double lat = LocalNumbers.parse(rawLat, feed.decimalComma());
    Double lon = LocalNumbers.parse(rawLon, feed.decimalComma());
    if (lat == null) {
      m.refuse(ReasonCodes.UNPARSEABLE_NUMBER, latCol, where(line, latCol) + "cannot read '" + rawLat + "' as a latitude");
    }
    if (lon == null) {
      m.refuse(ReasonCodes.UNPARSEABLE_NUMBER, lonCol, where(line, lonCol) + "cannot read '" + rawLon + "' as a longitude");
    }
    if (lat == null || lon == null) {
      return;
    }
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      String col = lat < -90 || lat > 90 ? latCol : lonCol;
      m.refuse(ReasonCodes.COORDINATES_OUT_OF_RANGE, col, where(line, col) + "(" + rawLat + ", " + rawLon
          + ") is not a position: latitude must lie in [-90, 90] and longitude in [-180, 180]");
      return;
    }
    m.latitude = lat;
    m.longitude = lon;
    m.prioGid = PrioGrid.gid(lat, lon);
    Optional<String> at = borders.countryAt(lat, lon);
    String reporting = m.reportingCountry;
    if (!feed.strictCountryCheck() || reporting == null) {
      m.country = at.orElse(reporting);
      return;
    }
    if (inCountry(reporting, at, lat, lon)) {
      m.country = at.orElse(reporting);
      return;
    }
    String message = where(line, latCol + "/" + lonCol) + "(" + rawLat + ", " + rawLon + ") lies "
        + (at.map(c -> "in " + c).orElse("outside any country")) + ", more than " + fmt(feed.borderToleranceKm())
        + " km from the reporting country " + reporting;
    if (inCountry(reporting, Optional.empty(), lon, lat)) {
      message += "; swapped latitude/longitude? (" + rawLon + ", " + rawLat + ") lies in " + reporting;
    }
    m.refuse(ReasonCodes.OUTSIDE_REPORTING_COUNTRY, latCol, message);
  }

  /**
   * In the reporting country, a territory it covers, or within the border tolerance of either.
   * {@code at} is the country already found to hold the point, if known: when it is one of those,
   * the point is in, without measuring its distance to each of them.
   */
  private boolean inCountry(String reporting, Optional<String> at, double lat, double lon) {
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      return false;
    }
    List<String> areas = new ArrayList<>();
    areas.add(reporting);
    Vocabulary.Country c = vocabulary.countries().get(reporting);
    if (c != null) {
      areas.addAll(c.covers());
    }
    if (at.isPresent() && areas.contains(at.get())) {
      return true;
    }
    for (String a : areas) {
      if (borders.distanceKm(lat, lon, a) <= feed.borderToleranceKm()) {
        return true;
      }
    }
    return false;
  }

  private void mapCategory(Map<String, String> fields, MappedIncident m, long line) {
    String raw = value(fields, "category");
    if (raw == null) {
      return;
    }
    Optional<String> code = vocabulary.category(raw);
    if (code.isPresent()) {
      m.category = code.get();
    } else {
      String col = sourceName("category");
      m.refuse(ReasonCodes.UNKNOWN_CATEGORY, col, where(line, col) + "unknown category '" + raw + "'");
    }
  }

  private void mapQuantity(Map<String, String> fields, MappedIncident m, long line) {
    String rawQty = value(fields, "quantity");
    String rawUnit = value(fields, "unit");
    m.quantityReported = rawQty;
    m.unitReported = rawUnit;
    if (rawQty == null) {
      return;
    }
    String qCol = sourceName("quantity");
    Double q = LocalNumbers.parse(rawQty, feed.decimalComma());
    if (q == null) {
      m.refuse(ReasonCodes.UNPARSEABLE_NUMBER, qCol, where(line, qCol) + "cannot read '" + rawQty + "' as a quantity");
      return;
    }
    if (q < 0) {
      m.refuse(ReasonCodes.NEGATIVE_QUANTITY, qCol, where(line, qCol) + "quantity " + rawQty + " is negative");
      return;
    }
    String uCol = sourceName("unit");
    if (rawUnit == null) {
      m.refuse(ReasonCodes.UNKNOWN_UNIT, uCol, where(line, uCol) + "quantity " + rawQty + " has no unit");
      return;
    }
    Optional<Vocabulary.Unit> unit = vocabulary.unit(rawUnit);
    if (unit.isEmpty()) {
      m.refuse(ReasonCodes.UNKNOWN_UNIT, uCol, where(line, uCol) + "unknown unit '" + rawUnit + "'");
      return;
    }
    m.quantity = q * unit.get().factor();
    m.unit = unit.get().canonical();
  }

  private Integer count(Map<String, String> fields, String canonical, MappedIncident m, long line) {
    String raw = value(fields, canonical);
    if (raw == null) {
      return null;
    }
    String col = sourceName(canonical);
    Double d = LocalNumbers.parse(raw, feed.decimalComma());
    if (d == null || d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
      m.refuse(ReasonCodes.UNPARSEABLE_NUMBER, col, where(line, col) + "cannot read '" + raw + "' as a whole number");
      return null;
    }
    if (d < 0) {
      m.refuse(ReasonCodes.NEGATIVE_COUNT, col, where(line, col) + "count " + raw + " is negative");
      return null;
    }
    return d.intValue();
  }

  private Double amount(Map<String, String> fields, String canonical, MappedIncident m, long line) {
    String raw = value(fields, canonical);
    if (raw == null) {
      return null;
    }
    String col = sourceName(canonical);
    Double d = LocalNumbers.parse(raw, feed.decimalComma());
    if (d == null) {
      m.refuse(ReasonCodes.UNPARSEABLE_NUMBER, col, where(line, col) + "cannot read '" + raw + "' as a number");
      return null;
    }
    if (d < 0) {
      m.refuse(ReasonCodes.NEGATIVE_QUANTITY, col, where(line, col) + "amount " + raw + " is negative");
      return null;
    }
    return d;
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
