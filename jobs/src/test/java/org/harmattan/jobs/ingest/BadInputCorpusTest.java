package org.harmattan.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.Row;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.testing.TestFiles;
import org.harmattan.jobs.ingest.validate.IncidentMapper;
import org.harmattan.jobs.ingest.validate.ReasonCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of bad input (src/test/resources/bad-input/, plus a workbook and invalid bytes written
 * here): four feeds in four formats, each file mixing good records with one bad record per line,
 * every line's expected fate listed in {@link #BAD} and {@link #GOOD}. Ingested once; each test
 * reads the tables.
 */
class BadInputCorpusTest {
  static final String FR = "bad-fr-csv";
  static final String AR = "bad-ar-csv";
  static final String JSONL = "bad-jsonl";
  static final String XLSX = "bad-xlsx";
  /** JSON Lines whose first record leaves out the category key; kept apart from the four feeds above. */
  static final String SPARSE = "bad-jsonl-sparse";
  /** The workbook of bad-xlsx declared with the text date pattern only, as the sample XLSX confs are. */
  static final String XLSX_FR = "bad-xlsx-french-dates";
  /** Feeds kept apart from the four of {@link #BAD} and {@link #GOOD}: each has its own test. */
  static final Set<String> SIDE = Set.of(SPARSE, XLSX_FR);
  static final String FR_FILE = "mli-2026-10.csv";
  static final String AR_FILE = "lby-2026-09.csv";
  static final String JSONL_FILE = "sahel-2026-08.jsonl";
  static final String XLSX_FILE = "tcd-2026-07.xlsx";
  static final String LONG_PLACE = "Bardaï ".repeat(86).strip();

  /** A bad record: where it is, and the reason, column (null: none) and message fragments expected. */
  record Bad(String feed, String file, long line, String reason, String column, String... fragments) {}

  static final List<Bad> BAD = List.of(
      new Bad(FR, FR_FILE, 6, ReasonCodes.MALFORMED_ROW, null, "13 fields where the header has 14", "delimiter ';'"),
      new Bad(FR, FR_FILE, 7, ReasonCodes.MALFORMED_ROW, null, "15 fields where the header has 14"),
      new Bad(FR, FR_FILE, 8, ReasonCodes.BROKEN_QUOTING, null, "unexpected 'x' after the closing quote of field 3"),
      new Bad(FR, FR_FILE, 9, ReasonCodes.MISSING_REQUIRED_FIELD, "Date", "column 'Date'", "required value is empty"),
      new Bad(FR, FR_FILE, 10, ReasonCodes.MISSING_REQUIRED_FIELD, "Infraction", "column 'Infraction'",
          "required value is empty"),
      new Bad(FR, FR_FILE, 11, ReasonCodes.MISSING_REQUIRED_FIELD, "Référence", "the record id is empty"),
      new Bad(FR, FR_FILE, 12, ReasonCodes.UNPARSEABLE_DATE, "Date", "cannot parse '31/02/2026' as dd/MM/yyyy"),
      new Bad(FR, FR_FILE, 13, ReasonCodes.DATE_IN_FUTURE, "Date", "date 2026-12-15 is after today (2026-11-22)"),
      new Bad(FR, FR_FILE, 14, ReasonCodes.DATE_BEFORE_RANGE, "Date", "date 1995-03-12 is before the feed's first date 2000-01-01"),
      new Bad(FR, FR_FILE, 15, ReasonCodes.COORDINATES_OUT_OF_RANGE, "Latitude", "(95, -4,19) is not a position"),
      new Bad(FR, FR_FILE, 16, ReasonCodes.UNPARSEABLE_NUMBER, "Latitude", "cannot read 'N/A' as a latitude"),
      new Bad(FR, FR_FILE, 17, ReasonCodes.OUTSIDE_REPORTING_COUNTRY, "Latitude",
          "more than 25 km from the reporting country MLI", "swapped latitude/longitude? (16,77, -3,01) lies in MLI"),
      new Bad(FR, FR_FILE, 18, ReasonCodes.OUTSIDE_REPORTING_COUNTRY, "Latitude",
          "(22,79, 5,53) lies in DZA, more than 25 km from the reporting country MLI"),
      new Bad(FR, FR_FILE, 19, ReasonCodes.UNKNOWN_CATEGORY, "Infraction", "unknown category 'Vol de bétail'"),
      new Bad(FR, FR_FILE, 20, ReasonCodes.UNKNOWN_UNIT, "Unité", "unknown unit 'sacs'"),
      new Bad(FR, FR_FILE, 21, ReasonCodes.UNKNOWN_UNIT, "Unité", "quantity 40 has no unit"),
      new Bad(FR, FR_FILE, 22, ReasonCodes.NEGATIVE_QUANTITY, "Quantité", "quantity -3 is negative"),
      new Bad(FR, FR_FILE, 23, ReasonCodes.UNPARSEABLE_NUMBER, "Quantité", "cannot read '12,5kg' as a quantity"),
      new Bad(FR, FR_FILE, 24, ReasonCodes.DUPLICATE_KEY_IN_BATCH, null, "record id 'ML-002' already appears at line 4"),
      new Bad(FR, FR_FILE, 26, ReasonCodes.BROKEN_QUOTING, null, "line 26: a quoted field opened at character",
          "is not closed within 100 lines"),
      new Bad(AR, AR_FILE, 4, ReasonCodes.UNDECODABLE_BYTES, null, "byte 0xC3 at byte", "of line 4 is not valid UTF-8"),
      new Bad(AR, AR_FILE, 5, ReasonCodes.NEGATIVE_COUNT, "عدد الموقوفين", "count -2 is negative"),
      new Bad(AR, AR_FILE, 6, ReasonCodes.UNPARSEABLE_NUMBER, "عدد القتلى", "cannot read '1.5' as a whole number"),
      new Bad(AR, AR_FILE, 7, ReasonCodes.UNKNOWN_TRANSPORT_MODE, "وسيلة النقل", "unknown transport mode 'منطاد'"),
      new Bad(JSONL, JSONL_FILE, 3, ReasonCodes.INVALID_JSON, null, "line 3: "),
      new Bad(JSONL, JSONL_FILE, 4, ReasonCodes.INVALID_JSON, null, "expected a JSON object, found array"),
      new Bad(JSONL, JSONL_FILE, 5, ReasonCodes.UNKNOWN_COUNTRY, "country", "unknown country 'Atlantis'"),
      new Bad(JSONL, JSONL_FILE, 6, ReasonCodes.OUTSIDE_REGION, "country",
          "country 'Spain' (ESP) is outside the region Harmattan analyses"),
      new Bad(JSONL, JSONL_FILE, 7, ReasonCodes.MISSING_REQUIRED_FIELD, "lon", "a coordinate is given without the other"),
      new Bad(JSONL, JSONL_FILE, 8, ReasonCodes.BIDI_OVERRIDE, "notes", "bidirectional override character U+202E at position 4"),
      new Bad(JSONL, JSONL_FILE, 9, ReasonCodes.CONTROL_CHARACTERS, "place", "control character U+0007 at position 7"),
      new Bad(XLSX, XLSX_FILE, 4, ReasonCodes.MALFORMED_ROW, null, "row 4: a value in column J lies beyond the 9 header columns"),
      new Bad(XLSX, XLSX_FILE, 5, ReasonCodes.MISSING_REQUIRED_FIELD, "Infraction", "required value is empty"),
      new Bad(XLSX, XLSX_FILE, 6, ReasonCodes.FIELD_TOO_LONG, "Lieu", LONG_PLACE.length() + " characters, at most 500 allowed"));

  /** A good record and its canonical values; quantity in kg, units or litres. */
  record Good(String feed, String source, String file, long line, String id, String reportingCountry, LocalDate date,
      String category, Double quantity, String unit, Integer prioGid) {}

  static final List<Good> GOOD = List.of(
      new Good(FR, "BAD-FR", FR_FILE, 2, "ML-001", "MLI", LocalDate.of(2026, 10, 5), "DRUG_TRAFFICKING", 1.5, "kg", 153000),
      new Good(FR, "BAD-FR", FR_FILE, 4, "ML-002", "MLI", LocalDate.of(2026, 10, 6), "DRUG_TRAFFICKING", 0.5, "kg", 153714),
      new Good(FR, "BAD-FR", FR_FILE, 5, "ML-003", "MLI", LocalDate.of(2026, 10, 7), "FUEL_SMUGGLING", 2000.0, "kg", 155883),
      new Good(FR, "BAD-FR", FR_FILE, 25, "ML-023", "MLI", LocalDate.of(2026, 10, 12), "ARMS_TRAFFICKING", 3.0, "units", 145789),
      new Good(FR, "BAD-FR", FR_FILE, 27, "ML-025", "MLI", LocalDate.of(2026, 10, 13), "HUMAN_TRAFFICKING", 7.0, "units", 147945),
      new Good(FR, "BAD-FR", FR_FILE, 28, "ML-026", "MLI", LocalDate.of(2026, 10, 14), "MIGRANT_SMUGGLING", 25.0, "units", 148668),
      new Good(AR, "BAD-AR", AR_FILE, 2, "LY-001", "LBY", LocalDate.of(2026, 9, 3), "DRUG_TRAFFICKING", 12.5, "kg", 168869),
      new Good(AR, "BAD-AR", AR_FILE, 3, "LY-002", "LBY", LocalDate.of(2026, 9, 4), "FUEL_SMUGGLING", 3000.0, "kg", 176785),
      new Good(AR, "BAD-AR", AR_FILE, 8, "LY-007", "LBY", LocalDate.of(2026, 9, 7), "ARMS_TRAFFICKING", 4.0, "units", 176081),
      new Good(JSONL, "BAD-JSONL", JSONL_FILE, 1, "J-001", "NER", LocalDate.of(2026, 8, 1), "DRUG_TRAFFICKING", 40.0, "kg", 153736),
      new Good(JSONL, "BAD-JSONL", JSONL_FILE, 2, "J-002", "TCD", LocalDate.of(2026, 8, 2), "TOBACCO_SMUGGLING", 2000.0, "units", 149442),
      new Good(JSONL, "BAD-JSONL", JSONL_FILE, 10, "J-010", "NER", LocalDate.of(2026, 8, 10), "FUEL_SMUGGLING", 2500.0, "kg", null),
      new Good(XLSX, "BAD-XLSX", XLSX_FILE, 2, "X-001", "TCD", LocalDate.of(2026, 7, 5), "GOLD_SMUGGLING", 2.0, "kg", 155199),
      new Good(XLSX, "BAD-XLSX", XLSX_FILE, 3, "X-002", "TCD", LocalDate.of(2026, 7, 6), "ARMS_TRAFFICKING", 12.0, "units", 160235),
      new Good(XLSX, "BAD-XLSX", XLSX_FILE, 7, "X-006", "TCD", LocalDate.of(2026, 7, 8), "GOLD_SMUGGLING", 0.75, "kg", 155199));

  @TempDir
  static Path temp;
  static Path corpus;
  static IngestFixture fx;
  static IngestResult result;
  /** "feed|file name|line" -> row. */
  static final Map<String, Row> quarantine = new HashMap<>();
  static final Map<String, Row> silver = new HashMap<>();
  static final Map<String, Row> bronze = new HashMap<>();
  /** Rows of the side feeds, "feed|file name|line" -> row. */
  static final Map<String, Row> sideQuarantine = new HashMap<>();
  static final Map<String, Row> sideSilver = new HashMap<>();

  @BeforeAll
  static void ingest() throws IOException, URISyntaxException {
    corpus = temp.resolve("corpus");
    Path resources = Path.of(BadInputCorpusTest.class.getResource("/bad-input").toURI());
    TestFiles.copyTree(resources, corpus);
    writeInvalidBytes(corpus.resolve("files/ar/" + AR_FILE));
    writeWorkbook(corpus.resolve("files/xlsx/" + XLSX_FILE));
    fx = new IngestFixture(temp.resolve("lakehouse"), "harmattan.feeds.dir = \"" + corpus.resolve("feeds") + "\"\n"
        + "harmattan.samples.dir = \"" + corpus + "\"\n");
    result = fx.ingest();
    for (Row r : fx.table(Table.QUARANTINE).collectAsList()) {
      if (SIDE.contains(r.<String>getAs("_feed"))) {
        sideQuarantine.put(key(r.getAs("_feed"), r.getAs("_file"), r.<Long>getAs("_line")), r);
        continue;
      }
      assertNull(quarantine.put(key(r.getAs("_feed"), r.getAs("_file"), r.<Long>getAs("_line")), r), "two quarantine rows");
    }
    for (Row r : fx.table(Table.INCIDENTS).collectAsList()) {
      if (SIDE.contains(r.<String>getAs("source_feed"))) {
        sideSilver.put(key(r.getAs("source_feed"), r.getAs("_file"), r.<Long>getAs("_line")), r);
        continue;
      }
      assertNull(silver.put(key(r.getAs("source_feed"), r.getAs("_file"), r.<Long>getAs("_line")), r), "two silver rows");
    }
    for (Row r : fx.table(Table.BRONZE_FEED_RECORDS).where("_feed NOT IN ('" + String.join("', '", SIDE) + "')").collectAsList()) {
      assertNull(bronze.put(key(r.getAs("_feed"), r.getAs("_file"), r.<Long>getAs("_line")), r), "two bronze rows");
    }
  }

  private static String key(String feed, String file, long line) {
    return feed + "|" + file.substring(file.lastIndexOf('/') + 1) + "|" + line;
  }

  /** Replaces the marker of the Arabic CSV with 0xC3 0x28: a UTF-8 lead byte followed by '('. */
  private static void writeInvalidBytes(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    byte[] marker = "@@BAD_BYTES@@".getBytes(StandardCharsets.US_ASCII);
    int at = -1;
    for (int i = 0; i + marker.length <= bytes.length && at < 0; i++) {
      if (java.util.Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
        at = i;
      }
    }
    assertTrue(at > 0, "marker missing from " + file);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(bytes, 0, at);
      out.write(new byte[] {(byte) 0xC3, (byte) 0x28});
      out.write(bytes, at + marker.length, bytes.length - at - marker.length);
    }
  }

  private static void writeWorkbook(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Object[][] rows = {
        {"Référence", "Date", "Infraction", "Quantité", "Unité", "Lieu", "Lat", "Lon", "Observations"},
        {"X-001", LocalDate.of(2026, 7, 5), "Contrebande d'or", 2.0, "kg", "Faya-Largeau", 17.92, 19.11, "RAS"},
        {"X-002", "06/07/2026", "Trafic d'armes", 12.0, "pièces", "Bardaï", 21.35, 17.0, "RAS"},
        {"X-003", "07/07/2026", "Trafic d'armes", 12.0, "pièces", "Bardaï", 21.35, 17.0, "RAS", "hors du tableau"},
        {"X-004", "07/07/2026", null, 12.0, "pièces", "Bardaï", 21.35, 17.0, "RAS"},
        {"X-005", "07/07/2026", "Trafic d'armes", 12.0, "pièces", LONG_PLACE, 21.35, 17.0, "RAS"},
        {"X-006", LocalDate.of(2026, 7, 8), "Contrebande d'or", 750.0, "g", "Faya-Largeau", 17.92, 19.11, "RAS"}};
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("Saisies");
      CellStyle dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      for (int r = 0; r < rows.length; r++) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v == null) {
            continue;
          }
          Cell cell = row.createCell(c);
          if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
          } else if (v instanceof Double d) {
            cell.setCellValue(d);
          } else {
            cell.setCellValue((String) v);
          }
        }
      }
      wb.write(out);
    }
  }

  @Test
  void theCorpusHoldsAtLeastTwentyFiveKindsOfBadRecordCoveringEveryIncidentReasonCode() {
    assertTrue(BAD.size() >= 25, "bad records: " + BAD.size());
    Set<String> covered = new TreeSet<>();
    BAD.forEach(b -> covered.add(b.reason()));
    Set<String> missing = new TreeSet<>(ReasonCodes.ALL);
    missing.removeAll(covered);
    // Reference feeds' own checks are covered by ReferenceFeedsIngestTest and ReferenceMappersTest.
    missing.removeAll(ReasonCodes.REFERENCE_ONLY);
    assertTrue(missing.isEmpty(), "reason codes without a bad record in the corpus: " + missing);
  }

  @Test
  void everyFeedOfTheCorpusSucceedsAndItsCountsAddUp() {
    Map<String, long[]> expected = Map.of(FR, new long[] {26, 20}, AR, new long[] {7, 4}, JSONL, new long[] {10, 7},
        XLSX, new long[] {6, 3});
    assertEquals(Set.of(FR, AR, JSONL, XLSX, SPARSE, XLSX_FR), Set.copyOf(result.feeds().stream().map(FeedRunSummary::feed).toList()));
    for (FeedRunSummary f : result.feeds().stream().filter(x -> !SIDE.contains(x.feed())).toList()) {
      assertEquals("SUCCEEDED", f.status(), f.feed() + ": " + f.message());
      assertEquals(1, f.files(), f.feed());
      assertEquals(expected.get(f.feed())[0], f.read(), f.feed() + " records read");
      assertEquals(expected.get(f.feed())[1], f.quarantined(), f.feed() + " records quarantined");
      assertEquals(f.read(), f.accepted() + f.quarantined(), f.feed());
    }
    List<Row> ledger = fx.table(Table.RUN_LEDGER).where("run_id = '" + result.runId() + "' AND feed NOT IN ('" + String.join("', '", SIDE) + "')")
        .collectAsList();
    assertEquals(4, ledger.size(), "one ledger row per file");
    for (Row r : ledger) {
      String feed = r.getAs("feed");
      assertEquals("SUCCEEDED", r.getAs("status"), feed);
      assertEquals(expected.get(feed)[0], r.<Long>getAs("records_read"), feed);
      assertEquals(expected.get(feed)[1], r.<Long>getAs("quarantined"), feed);
      assertEquals(r.<Long>getAs("records_read"), r.<Long>getAs("accepted") + r.<Long>getAs("quarantined"), feed);
    }
    assertEquals(GOOD.size(), silver.size(), "silver rows");
    assertEquals(BAD.size(), quarantine.size(), "quarantine rows");
  }

  @Test
  void everyBadRecordIsQuarantinedWithItsReasonColumnAndMessage() {
    List<String> failures = new ArrayList<>();
    for (Bad b : BAD) {
      String where = b.feed() + " " + b.file() + ":" + b.line() + " (" + b.reason() + ")";
      Row q = quarantine.get(b.feed() + "|" + b.file() + "|" + b.line());
      if (q == null) {
        Row s = silver.get(b.feed() + "|" + b.file() + "|" + b.line());
        failures.add(where + ": not quarantined" + (s == null ? "" : " but accepted into silver"));
        continue;
      }
      String message = q.getAs("message");
      if (!b.reason().equals(q.getAs("reason"))) {
        failures.add(where + ": reason " + q.getAs("reason") + " (" + message + ")");
      }
      if (!java.util.Objects.equals(b.column(), q.getAs("column"))) {
        failures.add(where + ": column '" + q.getAs("column") + "', expected '" + b.column() + "'");
      }
      for (String fragment : b.fragments()) {
        if (message == null || !message.contains(fragment)) {
          failures.add(where + ": message '" + message + "' lacks '" + fragment + "'");
        }
      }
      if (message == null || !message.matches("(?s).*\\b" + b.line() + "\\b.*")) {
        failures.add(where + ": message '" + message + "' does not name line " + b.line());
      }
      List<Row> violations = q.getList(q.fieldIndex("violations"));
      if (violations.isEmpty() || !b.reason().equals(violations.get(0).getAs("code"))) {
        failures.add(where + ": first violation " + violations);
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " problems:\n" + String.join("\n", failures));
  }

  @Test
  void nothingButThePlantedBadRecordsIsQuarantined() {
    Set<String> expected = new TreeSet<>();
    BAD.forEach(b -> expected.add(b.feed() + "|" + b.file() + "|" + b.line()));
    assertEquals(expected, new TreeSet<>(quarantine.keySet()));
  }

  @Test
  void quarantineRowsKeepFeedFileLineAndTheRawTextAsReceived() throws IOException {
    for (Bad b : BAD) {
      Row q = quarantine.get(b.feed() + "|" + b.file() + "|" + b.line());
      assertNotNull(q, b.toString());
      assertEquals(b.feed(), q.getAs("_feed"));
      String file = q.getAs("_file");
      assertTrue(file.endsWith("/" + b.file()) && file.contains(corpus.getFileName().toString()), file);
      assertEquals(b.line(), q.<Long>getAs("_line"));
      assertEquals(result.runId(), q.getAs("_batch_id"));
      assertEquals(64, q.<String>getAs("_file_sha256").length());
      String raw = q.getAs("raw");
      if (b.feed().equals(XLSX)) {
        assertTrue(raw.startsWith("X-00" + (b.line() - 1) + "\t"), "raw of " + b + ": " + raw);
      } else {
        assertEquals(physicalLine(b.feed(), b.file(), b.line()), raw, "raw of " + b);
      }
    }
    // Undecodable bytes are kept as U+FFFD next to the text around them.
    assertTrue(quarantine.get(AR + "|" + AR_FILE + "|4").<String>getAs("raw").contains("طرابلس\uFFFD(,32.89"));
  }

  /** A physical line of a corpus text file, decoded leniently (bad bytes as U+FFFD). */
  private static String physicalLine(String feed, String file, long line) throws IOException {
    String dir = switch (feed) {
      case FR -> "fr";
      case AR -> "ar";
      default -> "jsonl";
    };
    String text = new String(Files.readAllBytes(corpus.resolve("files/" + dir + "/" + file)), StandardCharsets.UTF_8);
    return text.split("\n", -1)[(int) line - 1];
  }

  @Test
  void bronzeHoldsEveryRecordReadAsReceived() {
    Set<String> expected = new TreeSet<>();
    BAD.forEach(b -> expected.add(b.feed() + "|" + b.file() + "|" + b.line()));
    GOOD.forEach(g -> expected.add(g.feed() + "|" + g.file() + "|" + g.line()));
    assertEquals(expected, new TreeSet<>(bronze.keySet()));
    assertEquals(result.feeds().stream().filter(f -> !SIDE.contains(f.feed())).mapToLong(FeedRunSummary::read).sum(),
        bronze.size());
    Row multiLine = bronze.get(FR + "|" + FR_FILE + "|2");
    assertTrue(multiLine.<String>getAs("_raw").endsWith("\"Saisie au poste; deux véhicules\nsuite du récit\""),
        multiLine.<String>getAs("_raw"));
    Map<String, String> fields = scala.jdk.javaapi.CollectionConverters.asJava(multiLine.<scala.collection.Map<String, String>>getAs("_fields"));
    assertEquals("1,5", fields.get("Quantité"));
    assertEquals("Saisie au poste; deux véhicules\nsuite du récit", fields.get("Observations"));
    Map<String, String> arabic = scala.jdk.javaapi.CollectionConverters.asJava(
        bronze.get(AR + "|" + AR_FILE + "|2").<scala.collection.Map<String, String>>getAs("_fields"));
    assertEquals("١٢٫٥", arabic.get("الكمية"), "bronze keeps the digits as received");
    assertTrue(bronze.get(AR + "|" + AR_FILE + "|4").<scala.collection.Map<String, String>>getAs("_fields").isEmpty(),
        "an undecodable record has no fields");
  }

  @Test
  void goodRecordsHaveTheirCanonicalValues() {
    List<String> failures = new ArrayList<>();
    for (Good g : GOOD) {
      Row s = silver.get(g.feed() + "|" + g.file() + "|" + g.line());
      String where = g.feed() + " " + g.file() + ":" + g.line() + " " + g.id();
      if (s == null) {
        Row q = quarantine.get(g.feed() + "|" + g.file() + "|" + g.line());
        failures.add(where + ": not in silver" + (q == null ? "" : ", quarantined: " + q.getAs("message")));
        continue;
      }
      check(failures, where, "incident_id", IncidentMapper.incidentId(g.source(), g.id()), s.getAs("incident_id"));
      check(failures, where, "source", g.source(), s.getAs("source"));
      check(failures, where, "source_record_id", g.id(), s.getAs("source_record_id"));
      check(failures, where, "reporting_country", g.reportingCountry(), s.getAs("reporting_country"));
      check(failures, where, "event_date", java.sql.Date.valueOf(g.date()), s.getAs("event_date"));
      check(failures, where, "event_month", g.date().toString().substring(0, 7), s.getAs("event_month"));
      check(failures, where, "category", g.category(), s.getAs("category"));
      Double q = s.getAs("quantity");
      if (q == null || Math.abs(q - g.quantity()) > 1e-9) {
        failures.add(where + ": quantity " + q + ", expected " + g.quantity());
      }
      check(failures, where, "unit", g.unit(), s.getAs("unit"));
      check(failures, where, "prio_gid", g.prioGid(), s.getAs("prio_gid"));
      if (g.prioGid() != null) {
        check(failures, where, "country", g.reportingCountry(), s.getAs("country"));
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " problems:\n" + String.join("\n", failures));
  }

  private static void check(List<String> failures, String where, String column, Object expected, Object actual) {
    if (!java.util.Objects.equals(expected, actual)) {
      failures.add(where + ": " + column + " = " + actual + ", expected " + expected);
    }
  }

  @Test
  void readsDecimalCommasArabicIndicDigitsAndQuotedFieldsSpanningLines() {
    Row gao = silver.get(FR + "|" + FR_FILE + "|2");
    assertEquals(16.27, gao.<Double>getAs("latitude"), 1e-12);
    assertEquals(-0.04, gao.<Double>getAs("longitude"), 1e-12);
    assertEquals("1,5", gao.getAs("quantity_reported"));
    assertEquals("Saisie au poste; deux véhicules\nsuite du récit", gao.getAs("narrative"));
    assertEquals("VEHICLE_4X4", gao.getAs("transport_mode"));
    assertEquals(2, gao.<Integer>getAs("arrests"));
    assertEquals(0, gao.<Integer>getAs("fatalities"));
    Row tombouctou = silver.get(FR + "|" + FR_FILE + "|4");
    assertEquals("500", tombouctou.getAs("quantity_reported"));
    assertEquals("g", tombouctou.getAs("unit_reported"));
    Row sebha = silver.get(AR + "|" + AR_FILE + "|2");
    assertEquals(27.04, sebha.<Double>getAs("latitude"), 1e-12);
    assertEquals(14.43, sebha.<Double>getAs("longitude"), 1e-12);
    assertEquals(2, sebha.<Integer>getAs("arrests"));
    assertEquals("TRUCK", sebha.getAs("transport_mode"));
    assertEquals("مخزن أسلحة، \"حي الصابري\"", silver.get(AR + "|" + AR_FILE + "|8").getAs("narrative"));
    Row noPoint = silver.get(JSONL + "|" + JSONL_FILE + "|10");
    assertNull(noPoint.getAs("latitude"));
    assertEquals(1, noPoint.<Integer>getAs("arrests"));
    assertEquals("CAMEL", silver.get(JSONL + "|" + JSONL_FILE + "|2").getAs("transport_mode"));
  }

  @Test
  void linesAfterAnUnclosedQuoteAreReadAsRecordsOfTheirOwn() {
    assertEquals(ReasonCodes.BROKEN_QUOTING, quarantine.get(FR + "|" + FR_FILE + "|26").getAs("reason"));
    assertEquals("ML-025", silver.get(FR + "|" + FR_FILE + "|27").getAs("source_record_id"));
    assertEquals("ML-026", silver.get(FR + "|" + FR_FILE + "|28").getAs("source_record_id"));
  }

  @Test
  void theFirstOccurrenceOfARepeatedRecordIdStandsInSilver() {
    List<Row> ml002 = silver.values().stream().filter(r -> "ML-002".equals(r.getAs("source_record_id"))).toList();
    assertEquals(1, ml002.size());
    assertEquals(4L, ml002.get(0).<Long>getAs("_line"));
    assertEquals(0.5, ml002.get(0).<Double>getAs("quantity"), 1e-12);
  }

  /**
   * Exporters often leave out the keys of empty values. A JSON Lines record without the category
   * key is one record missing a required value (MISSING_REQUIRED_FIELD), like an empty "type";
   * it must not fail the whole feed because it happens to be the first line of the file.
   */
  @Test
  void aJsonLinesRecordWithoutARequiredKeyIsQuarantinedAloneEvenWhenItIsTheFirstLine() {
    FeedRunSummary f = result.feeds().stream().filter(x -> x.feed().equals(SPARSE)).findFirst().orElseThrow();
    assertEquals("SUCCEEDED", f.status(), f.message());
    assertEquals(2, f.read());
    assertEquals(1, f.quarantined());
    Row q = sideQuarantine.get(SPARSE + "|" + JSONL_FILE + "|1");
    assertNotNull(q, "line 1 not quarantined; quarantined: " + sideQuarantine.keySet());
    assertEquals(ReasonCodes.MISSING_REQUIRED_FIELD, q.getAs("reason"));
    assertEquals("type", q.getAs("column"));
    Row s = sideSilver.get(SPARSE + "|" + JSONL_FILE + "|2");
    assertNotNull(s, "line 2 not in silver");
    assertEquals("S-002", s.getAs("source_record_id"));
  }

  /**
   * The XLSX reader turns date cells into ISO text (yyyy-MM-dd) whatever the sheet shows, so a
   * date cell is a date for every XLSX feed, including feeds that declare only the pattern of
   * their text dates (dd/MM/yyyy), as conf/feeds/ner-police.conf and tcd-police.conf do.
   */
  @Test
  void aDateCellIsADateWhateverTextDatePatternsTheXlsxFeedDeclares() {
    FeedRunSummary f = result.feeds().stream().filter(x -> x.feed().equals(XLSX_FR)).findFirst().orElseThrow();
    assertEquals("SUCCEEDED", f.status(), f.message());
    Map<Long, LocalDate> accepted = Map.of(2L, LocalDate.of(2026, 7, 5), 3L, LocalDate.of(2026, 7, 6),
        7L, LocalDate.of(2026, 7, 8));
    List<String> failures = new ArrayList<>();
    for (Map.Entry<Long, LocalDate> e : accepted.entrySet()) {
      String k = XLSX_FR + "|" + XLSX_FILE + "|" + e.getKey();
      Row s = sideSilver.get(k);
      if (s == null) {
        Row q = sideQuarantine.get(k);
        failures.add("row " + e.getKey() + " not in silver" + (q == null ? "" : ": " + q.getAs("reason") + " " + q.getAs("message")));
      } else if (!java.sql.Date.valueOf(e.getValue()).equals(s.getAs("event_date"))) {
        failures.add("row " + e.getKey() + ": event_date " + s.getAs("event_date"));
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
    assertEquals(3, f.quarantined(), "rows 4, 5 and 6 only");
  }
}
