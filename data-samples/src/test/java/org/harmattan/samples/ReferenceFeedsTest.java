package org.harmattan.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.harmattan.core.vocab.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the reference feeds back with its own parsers and recomputes every planted property from
 * the files: the truth must list exactly the records that have it.
 */
class ReferenceFeedsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 10, 31);
  private static final Instant NOW = Instant.parse("2026-10-31T23:59:59Z");
  private static final Map<String, Long> SLA_HOURS = Map.of("URGENT", 24L, "HIGH", 72L, "NORMAL", 240L, "LOW", 720L);
  @TempDir static Path tmp;
  private static Path out;
  private static SampleSummary summary;
  private static Set<String> bad;
  private static Vocabulary vocabulary;

  /** One record: its feed, file (relative to out), line, and its values under canonical names. */
  record Rec(String feed, String file, long line, Map<String, String> v) {
    String get(String k) {
      return v.get(k);
    }

    String key() {
      return feed + "|" + file + "|" + line;
    }
  }

  @BeforeAll
  static void generate() throws IOException {
    out = tmp.resolve("a");
    summary = new SampleGenerator(Borders.load()).generate(SampleSpec.of(1000, 42, out));
    bad = new HashSet<>();
    for (List<String> r : truth("reference_bad_records.csv")) {
      bad.add(r.get(0) + "|" + r.get(1) + "|" + r.get(2));
    }
    vocabulary = Vocabulary.load(Path.of(System.getProperty("harmattan.home", "..")).resolve("conf/vocabulary.conf"));
  }

  @Test
  void sameSeedSameBytesAndTheSummaryCountsTheRecords() throws IOException {
    Path again = tmp.resolve("b");
    SampleSummary s2 = new SampleGenerator(Borders.load()).generate(SampleSpec.of(1000, 42, again));
    assertEquals(summary.referenceRecords(), s2.referenceRecords());
    for (String dir : List.of("reference", "truth")) {
      for (Path f : files(out.resolve(dir))) {
        assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(again.resolve(out.relativize(f))), f.toString());
      }
    }
    assertEquals(14, summary.referenceRecords().size());
    for (Map.Entry<String, Long> e : summary.referenceRecords().entrySet()) {
      String[] fe = e.getKey().split("/");
      assertEquals(e.getValue(), (long) read(fe[0], fe[1]).size(), e.getKey());
    }
    assertTrue(persons("mar-bcn").size() + persons("lby-ncb").size() + persons("egy-ncb").size() >= 300 * 1.3);
  }

  @Test
  void badRecordTruthIsExactlyTheImpossibleRecords() throws IOException {
    Set<String> found = new TreeSet<>();
    Map<String, Set<String>> personRefs = new HashMap<>();
    for (String f : List.of("mar-bcn", "lby-ncb", "egy-ncb")) {
      personRefs.put(f, persons(f).stream().map(r -> r.get("ref")).collect(Collectors.toSet()));
    }
    for (String f : List.of("mar-bcn", "lby-ncb", "egy-ncb")) {
      for (Rec r : read(f, "notices")) {
        if (r.get("cancelled") != null && date(r.get("cancelled")).isBefore(date(r.get("issued")))) {
          found.add(r.key() + "|CANCELLATION_BEFORE_ISSUE");
        }
        if (!personRefs.get(f).contains(r.get("person"))) {
          found.add(r.key() + "|UNKNOWN_PERSON_REFERENCE");
        }
      }
      for (Rec r : read(f, "warrants")) {
        if (date(r.get("expiry")).isBefore(date(r.get("issued")))) {
          found.add(r.key() + "|EXPIRY_BEFORE_ISSUE");
        }
        if (!personRefs.get(f).contains(r.get("person"))) {
          found.add(r.key() + "|UNKNOWN_PERSON_REFERENCE");
        }
      }
    }
    for (Rec r : documents()) {
      if (date(r.get("expiry")).isBefore(date(r.get("issued")))) {
        found.add(r.key() + "|EXPIRY_BEFORE_ISSUE");
      }
      if (date(r.get("issued")).isAfter(date(r.get("reported")))) {
        found.add(r.key() + "|ISSUED_AFTER_REPORTED");
      }
    }
    for (Rec r : read("i247", "requests")) {
      if (r.get("answered_at") != null && Instant.parse(r.get("answered_at")).isBefore(Instant.parse(r.get("sent_at")))) {
        found.add(r.key() + "|ANSWER_BEFORE_REQUEST");
      }
    }
    Set<String> planted = truth("reference_bad_records.csv").stream().map(r -> String.join("|", r)).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(planted, found);
    Set<String> reasons = truth("reference_bad_records.csv").stream().map(r -> r.get(3)).collect(Collectors.toSet());
    assertEquals(Set.of("EXPIRY_BEFORE_ISSUE", "CANCELLATION_BEFORE_ISSUE", "ANSWER_BEFORE_REQUEST", "ISSUED_AFTER_REPORTED",
        "UNKNOWN_PERSON_REFERENCE"), reasons);
    assertEquals(38, planted.size());
  }

  @Test
  void expiredWarrantNoticesAreExactlyTheActiveRedNoticesWhoseWarrantLapsed() throws IOException {
    Map<String, Rec> warrants = new HashMap<>();
    for (String f : List.of("mar-bcn", "lby-ncb", "egy-ncb")) {
      for (Rec w : good(read(f, "warrants"))) {
        warrants.put(w.get("ref"), w);
      }
    }
    Map<String, List<Rec>> byRef = noticesByRef();
    Set<String> found = new TreeSet<>();
    for (Map.Entry<String, List<Rec>> e : byRef.entrySet()) {
      Rec first = e.getValue().get(0);
      boolean red = Set.of("Rouge", "حمراء", "red").contains(first.get("type"));
      if (!red) {
        assertEquals(null, first.get("warrant"), e.getKey());
        continue;
      }
      Rec w = warrants.get(first.get("warrant"));
      assertNotNull(w, "red notice " + e.getKey() + " rests on a warrant in the feeds");
      boolean anyActive = e.getValue().stream().anyMatch(ReferenceFeedsTest::active);
      if (anyActive && date(w.get("expiry")).isBefore(TODAY)) {
        found.add(e.getKey() + "|" + w.get("ref") + "|" + w.feed() + "|" + date(w.get("expiry")));
      }
    }
    Set<String> planted = truth("expired_warrant_notices.csv").stream().map(r -> String.join("|", r))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(planted, found);
    assertTrue(planted.size() >= 3, planted.toString());
  }

  @Test
  void statusConflictsAreExactlyTheNoticesCancelledInOneFeedAndActiveInAnother() throws IOException {
    Set<String> found = new TreeSet<>();
    int twoFeeds = 0;
    for (Map.Entry<String, List<Rec>> e : noticeByRefAllFeeds().entrySet()) {
      List<Rec> copies = e.getValue();
      assertTrue(copies.size() <= 2, e.getKey());
      if (copies.size() == 2) {
        twoFeeds++;
        assertTrue(!copies.get(0).feed().equals(copies.get(1).feed()), e.getKey());
        Rec a = active(copies.get(0)) ? copies.get(0) : copies.get(1);
        Rec c = active(copies.get(0)) ? copies.get(1) : copies.get(0);
        if (active(a) && !active(c)) {
          found.add(e.getKey() + "|" + a.feed() + "|" + c.feed() + "|" + date(c.get("cancelled")));
        }
      }
    }
    Set<String> planted = truth("notice_status_conflicts.csv").stream().map(r -> String.join("|", r))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(planted, found);
    assertTrue(planted.size() >= 3 && twoFeeds > planted.size() * 2, planted.size() + " of " + twoFeeds);
  }

  @Test
  void stolenDocumentHitsAreExactlyTheSltdHitsAfterTheReportedDate() throws IOException {
    Map<String, Rec> docs = new HashMap<>();
    for (Rec d : documents()) {
      assertTrue(docs.put(d.get("number"), d) == null, "document number " + d.get("number") + " is unique");
    }
    Set<String> found = new TreeSet<>();
    int nominal = 0;
    Set<String> noticeRefs = noticesByRef().keySet();
    for (Rec q : read("i247", "db_queries")) {
      assertTrue(Set.of("yes", "no").contains(q.get("hit")));
      if (q.get("hit").equals("no")) {
        assertEquals(null, q.get("matched_ref"));
        continue;
      }
      if (q.get("database").equals("SLTD")) {
        Rec d = docs.get(q.get("matched_ref"));
        assertNotNull(d, q.toString());
        LocalDate day = Instant.parse(q.get("timestamp")).atZone(java.time.ZoneOffset.UTC).toLocalDate();
        if (date(d.get("reported")).isBefore(day)) {
          found.add(q.get("query_ref") + "|" + q.get("timestamp") + "|" + q.get("bureau") + "|" + d.get("number") + "|"
              + d.feed() + "|" + date(d.get("reported")));
        }
      } else if (q.get("database").equals("NOMINAL")) {
        assertTrue(noticeRefs.contains(q.get("matched_ref")), q.toString());
        nominal++;
      }
    }
    Set<String> planted = truth("stolen_document_hits.csv").stream().map(r -> String.join("|", r))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(planted, found);
    assertTrue(planted.size() >= 5 && nominal >= 5, planted.size() + " SLTD hits, " + nominal + " nominal hits");
  }

  @Test
  void overdueRequestsAreExactlyTheOpenOnesPastTheirSla() throws IOException {
    Set<String> found = new TreeSet<>();
    int open = 0;
    for (Rec r : good(read("i247", "requests"))) {
      assertTrue(Bureaus.ALL.contains(r.get("from_bureau")) && Bureaus.ALL.contains(r.get("to_bureau")));
      assertTrue(!r.get("from_bureau").equals(r.get("to_bureau")));
      Instant sent = Instant.parse(r.get("sent_at"));
      assertTrue(!sent.isAfter(NOW));
      if (r.get("answered_at") == null) {
        assertEquals("OPEN", r.get("status"));
        open++;
        Instant due = sent.plusSeconds(SLA_HOURS.get(r.get("priority")) * 3600);
        if (due.isBefore(NOW)) {
          found.add(r.get("request_ref") + "|" + r.get("priority") + "|" + r.get("sent_at") + "|" + due);
        }
      } else {
        assertEquals("ANSWERED", r.get("status"));
        assertTrue(!Instant.parse(r.get("answered_at")).isAfter(NOW));
      }
    }
    Set<String> planted = truth("overdue_requests.csv").stream().map(r -> String.join("|", r))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(planted, found);
    assertTrue(planted.size() >= 3 && open > planted.size(), planted.size() + " overdue of " + open + " open");
  }

  @Test
  void expiringListsEveryNoticeWarrantAndDocumentExpiringWithin30Days() throws IOException {
    Set<String> found = new TreeSet<>();
    LocalDate limit = TODAY.plusDays(30);
    for (String f : List.of("mar-bcn", "lby-ncb", "egy-ncb")) {
      for (Rec n : good(read(f, "notices"))) {
        LocalDate d = date(n.get("valid_until"));
        if (active(n) && d.isAfter(TODAY) && !d.isAfter(limit)) {
          found.add("notice|" + f + "|" + n.get("ref") + "|" + d);
        }
      }
      for (Rec w : good(read(f, "warrants"))) {
        LocalDate d = date(w.get("expiry"));
        assertTrue(!d.equals(TODAY));
        if (d.isAfter(TODAY) && !d.isAfter(limit)) {
          found.add("warrant|" + f + "|" + w.get("ref") + "|" + d);
        }
      }
    }
    for (Rec doc : good(documents())) {
      LocalDate d = date(doc.get("expiry"));
      if (d.isAfter(TODAY) && !d.isAfter(limit)) {
        found.add("travel_document|" + doc.feed() + "|" + doc.get("number") + "|" + d);
      }
    }
    Set<String> planted = truth("expiring.csv").stream().map(r -> String.join("|", r)).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(planted, found);
    for (String kind : List.of("notice|", "warrant|", "travel_document|")) {
      assertTrue(planted.stream().anyMatch(s -> s.startsWith(kind)), kind);
    }
  }

  @Test
  void nameVariantsShareThePersonAcrossFeeds() throws IOException {
    Map<String, Map<String, Rec>> byFeed = new HashMap<>();
    for (String f : List.of("mar-bcn", "lby-ncb", "egy-ncb")) {
      Map<String, Rec> m = new HashMap<>();
      for (Rec r : persons(f)) {
        assertTrue(m.put(r.get("ref"), r) == null, "person_ref unique in " + f);
        assertTrue(vocabulary.country(r.get("nationality")).isPresent(), r.get("nationality"));
      }
      byFeed.put(f, m);
    }
    Map<String, List<List<String>>> perPerson = new LinkedHashMap<>();
    for (List<String> v : truth("person_variants.csv")) {
      perPerson.computeIfAbsent(v.get(0), k -> new ArrayList<>()).add(v);
      Rec rec = byFeed.get(v.get(1)).get(v.get(2));
      assertNotNull(rec, v.toString());
      String written = v.get(3).equals("Arab") ? rec.get("name_ar") : rec.get("name_latn");
      assertEquals(v.get(4), written, v.toString());
    }
    int multi = 0;
    int spelledDifferently = 0;
    Set<String> all = new HashSet<>();
    for (List<List<String>> rows : perPerson.values()) {
      Set<String> feeds = rows.stream().map(r -> r.get(1)).collect(Collectors.toSet());
      Set<String> dobs = new HashSet<>();
      Set<String> nats = new HashSet<>();
      for (List<String> r : rows) {
        Rec rec = byFeed.get(r.get(1)).get(r.get(2));
        dobs.add(date(rec.get("dob")).toString());
        nats.add(vocabulary.country(rec.get("nationality")).orElseThrow());
        all.add(r.get(4));
      }
      assertEquals(1, dobs.size(), rows.toString());
      assertEquals(1, nats.size(), rows.toString());
      if (feeds.size() > 1) {
        multi++;
        Set<String> latin = rows.stream().filter(r -> r.get(3).equals("Latn")).map(r -> r.get(4).toLowerCase(java.util.Locale.ROOT))
            .collect(Collectors.toSet());
        if (latin.size() > 1) {
          spelledDifferently++;
        }
      }
    }
    assertTrue(multi >= perPerson.size() / 3, multi + " of " + perPerson.size() + " persons in several feeds");
    assertTrue(spelledDifferently >= multi / 3, spelledDifferently + " of " + multi);
    String joined = String.join(" ", all);
    for (String w : List.of("Mohamed", "Mohammed", "Muhammad", "Mouhamed", "Ould", "ben", "Bin", "Ibn", "El ", "Al-", "Abdallah",
        "Abdellah", "Abdullah", "محمد", "ولد", "بن")) {
      assertTrue(joined.contains(w), w);
    }
  }

  @Test
  void requestAndQueryVolumesGrowAboutThirtyPercentAYear() throws IOException {
    for (String entity : List.of("requests", "db_queries")) {
      String col = entity.equals("requests") ? "sent_at" : "timestamp";
      Map<String, Long> perYear = read("i247", entity).stream().collect(Collectors.groupingBy(r -> r.get(col).substring(0, 4),
          Collectors.counting()));
      double g = (double) perYear.get("2025") / perYear.get("2024");
      assertTrue(g > 1.2 && g < 1.4, entity + " 2025/2024 = " + g);
    }
  }

  @Test
  void offencesAreVocabularyCategoriesAndNoticeTypesAreKnown() throws IOException {
    for (String f : List.of("mar-bcn", "lby-ncb", "egy-ncb")) {
      for (String e : List.of("notices", "warrants")) {
        for (Rec r : read(f, e)) {
          String off = r.get("offence");
          if (off != null) {
            assertTrue(vocabulary.category(off).isPresent(), f + " offence '" + off + "'");
          }
          assertTrue(vocabulary.country(r.get("issuing")).isPresent(), r.get("issuing"));
        }
      }
    }
    Set<String> types = noticeByRefAllFeeds().values().stream().flatMap(List::stream).filter(r -> r.feed().equals("egy-ncb"))
        .map(r -> r.get("type")).collect(Collectors.toSet());
    assertEquals(Set.of("red", "yellow", "blue", "green", "orange", "purple", "black", "diffusion"), types);
  }

  // ------------------------------------------------------------------ reading, independently of the writers

  private static final Map<String, String> CANON = Map.ofEntries(
      // persons
      Map.entry("الرقم المرجعي", "ref"),
      Map.entry("Date de naissance", "dob"), Map.entry("تاريخ الميلاد", "dob"), Map.entry("date_of_birth", "dob"),
      Map.entry("Nationalité", "nationality"), Map.entry("الجنسية", "nationality"), Map.entry("nationality", "nationality"),
      Map.entry("Nom en arabe", "name_ar"), Map.entry("الاسم الكامل", "name_ar"), Map.entry("name_ar", "name_ar"),
      Map.entry("الاسم باللاتينية", "name_latn"), Map.entry("full_name", "name_latn"),
      // notices
      Map.entry("N° notice", "ref"), Map.entry("رقم النشرة", "ref"), Map.entry("notice_ref", "ref"),
      Map.entry("Type", "type"), Map.entry("نوع النشرة", "type"), Map.entry("notice_type", "type"),
      Map.entry("الرقم المرجعي للشخص", "person"),
      Map.entry("Pays émetteur", "issuing"), Map.entry("الدولة المصدرة", "issuing"), Map.entry("issuing_country", "issuing"),
      Map.entry("Infraction", "offence"), Map.entry("الجريمة", "offence"), Map.entry("offence", "offence"),
      Map.entry("Date d'émission", "issued"), Map.entry("تاريخ الإصدار", "issued"), Map.entry("issue_date", "issued"),
      Map.entry("Valable jusqu'au", "valid_until"), Map.entry("صالحة حتى", "valid_until"), Map.entry("valid_until", "valid_until"),
      Map.entry("Statut", "status"), Map.entry("الحالة", "status"), Map.entry("status", "status"),
      Map.entry("Date d'annulation", "cancelled"), Map.entry("تاريخ الإلغاء", "cancelled"), Map.entry("cancellation_date", "cancelled"),
      Map.entry("رقم أمر القبض", "warrant"), Map.entry("warrant_ref", "warrant"),
      // warrants
      Map.entry("Date d'expiration", "expiry"), Map.entry("تاريخ الانتهاء", "expiry"), Map.entry("expiry_date", "expiry"),
      // documents
      Map.entry("N° document", "number"), Map.entry("document_number", "number"),
      Map.entry("Date de délivrance", "issued_doc"), Map.entry("Date de signalement", "reported"), Map.entry("reported_date", "reported"));

  private static boolean active(Rec n) {
    return Set.of("Active", "سارية", "active").contains(n.get("status"));
  }

  private static List<Rec> persons(String feed) throws IOException {
    return read(feed, "persons");
  }

  private static List<Rec> documents() throws IOException {
    List<Rec> all = new ArrayList<>();
    for (String f : List.of("mar-bcn", "egy-ncb", "i247")) {
      all.addAll(read(f, "travel_documents"));
    }
    return all;
  }

  private static List<Rec> good(List<Rec> recs) {
    return recs.stream().filter(r -> !bad.contains(r.key())).collect(Collectors.toList());
  }

  private static Map<String, List<Rec>> noticeByRefAllFeeds() throws IOException {
    Map<String, List<Rec>> m = new LinkedHashMap<>();
    for (String f : List.of("mar-bcn", "lby-ncb", "egy-ncb")) {
      for (Rec r : good(read(f, "notices"))) {
        m.computeIfAbsent(r.get("ref"), k -> new ArrayList<>()).add(r);
      }
    }
    return m;
  }

  private static Map<String, List<Rec>> noticesByRef() throws IOException {
    return noticeByRefAllFeeds();
  }

  static List<Rec> read(String feed, String entity) throws IOException {
    Path dir = out.resolve("reference").resolve(feed);
    Path jsonl = dir.resolve(entity + ".jsonl");
    List<Rec> recs = new ArrayList<>();
    if (Files.exists(jsonl)) {
      List<String> lines = Files.readAllLines(jsonl);
      for (int i = 0; i < lines.size(); i++) {
        recs.add(new Rec(feed, out.relativize(jsonl).toString(), i + 1, canon(json(lines.get(i)))));
      }
      return recs;
    }
    Path csv = dir.resolve(entity + ".csv");
    List<String> lines = Files.readAllLines(csv);
    char delim = lines.get(0).contains(";") ? ';' : ',';
    List<String> header = split(lines.get(0), delim);
    for (int i = 1; i < lines.size(); i++) {
      List<String> cells = split(lines.get(i), delim);
      assertEquals(header.size(), cells.size(), csv + ":" + (i + 1));
      Map<String, String> m = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        m.put(header.get(c), cells.get(c).isEmpty() ? null : cells.get(c));
      }
      recs.add(new Rec(feed, out.relativize(csv).toString(), i + 1, canon(m)));
    }
    return recs;
  }

  private static Map<String, String> canon(Map<String, String> raw) {
    Map<String, String> m = new LinkedHashMap<>(raw);
    for (Map.Entry<String, String> e : raw.entrySet()) {
      String k = CANON.get(e.getKey());
      if (k != null) {
        m.put(k, e.getValue());
      }
    }
    // French and English files name the person column alike in persons, notices and warrants.
    String pref = raw.containsKey("Réf. personne") ? raw.get("Réf. personne") : raw.get("person_ref");
    boolean notice = raw.containsKey("N° notice") || raw.containsKey("notice_ref") || raw.containsKey("رقم النشرة");
    boolean warrant = !notice && (raw.containsKey("N° mandat") || raw.containsKey("warrant_ref") || raw.containsKey("رقم أمر القبض"));
    if (notice) {
      m.put("ref", first(raw, "N° notice", "notice_ref", "رقم النشرة"));
      m.put("warrant", first(raw, "N° mandat", "warrant_ref", "رقم أمر القبض"));
    } else if (warrant) {
      m.put("ref", first(raw, "N° mandat", "warrant_ref", "رقم أمر القبض"));
    } else if (pref != null) {
      m.put("ref", pref);
    }
    if ((notice || warrant) && pref != null) {
      m.put("person", pref);
    }
    if (raw.containsKey("Date de délivrance")) {
      m.put("issued", raw.get("Date de délivrance"));
    }
    if (raw.containsKey("Nom")) {
      m.put("name_latn", raw.get("Prénoms") + " " + raw.get("Nom"));
    }
    return m;
  }

  private static String first(Map<String, String> m, String... keys) {
    for (String k : keys) {
      if (m.containsKey(k)) {
        return m.get(k);
      }
    }
    return null;
  }

  private static LocalDate date(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660') : c);
    }
    String t = b.toString();
    return t.contains("/") ? LocalDate.parse(t, DateTimeFormatter.ofPattern("dd/MM/yyyy")) : LocalDate.parse(t);
  }

  private static List<String> split(String line, char delim) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == delim) {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }

  /** A flat JSON object of strings and nulls. */
  private static Map<String, String> json(String line) {
    Map<String, String> m = new LinkedHashMap<>();
    int i = line.indexOf('{') + 1;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '}') {
        break;
      }
      if (c == ',' || c == ' ') {
        i++;
        continue;
      }
      StringBuilder key = new StringBuilder();
      i = string(line, i, key);
      i = line.indexOf(':', i) + 1;
      if (line.startsWith("null", i)) {
        m.put(key.toString(), null);
        i += 4;
      } else {
        StringBuilder v = new StringBuilder();
        i = string(line, i, v);
        m.put(key.toString(), v.toString());
      }
    }
    return m;
  }

  private static int string(String s, int i, StringBuilder b) {
    assertEquals('"', s.charAt(i), s);
    i++;
    while (s.charAt(i) != '"') {
      if (s.charAt(i) == '\\') {
        i++;
      }
      b.append(s.charAt(i));
      i++;
    }
    return i + 1;
  }

  private static List<List<String>> truth(String name) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(out.resolve("truth").resolve(name));
    for (String l : lines.subList(1, lines.size())) {
      rows.add(split(l, ','));
    }
    return rows;
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
  }
}
