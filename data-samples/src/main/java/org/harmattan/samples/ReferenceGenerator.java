package org.harmattan.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The reference feeds (persons, notices, warrants, travel documents, requests between NCBs,
 * database queries) and their planted truth. Every entity is a pure function of the seed and its
 * index ({@link #person}, {@link #document}), so that records can point at each other (a query
 * hits a document, a notice rests on a warrant) while everything is streamed: memory does not
 * grow with scale.
 */
final class ReferenceGenerator {
  static final String MAR = "mar-bcn";
  static final String LBY = "lby-ncb";
  static final String EGY = "egy-ncb";
  static final String I247 = "i247";
  static final List<String> PERSON_FEEDS = List.of(MAR, LBY, EGY);
  static final Map<String, String> FEED_COUNTRY = Map.of(MAR, "MAR", LBY, "LBY", EGY, "EGY");

  static final List<String> NOTICE_TYPES = List.of("red", "yellow", "blue", "green", "orange", "purple", "black", "diffusion");
  private static final double[] NOTICE_TYPE_W = {45, 8, 14, 7, 4, 3, 2, 17};
  static final List<String> PRIORITIES = List.of("URGENT", "HIGH", "NORMAL", "LOW");
  static final long[] SLA_HOURS = {24, 72, 240, 720};
  private static final double[] PRIORITY_W = {10, 25, 45, 20};
  static final List<String> REQUEST_TYPES = List.of("INFORMATION", "IDENTIFICATION", "LOCATION", "PROVISIONAL_ARREST",
      "EXTRADITION", "ASSET_TRACING");
  private static final double[] REQUEST_TYPE_W = {45, 20, 15, 10, 5, 5};
  static final List<String> DATABASES = List.of("SLTD", "NOMINAL", "SMV", "FIREARMS");
  private static final double[] DATABASE_W = {50, 35, 10, 5};
  private static final double[] HIT_RATE = {0.015, 0.03, 0.01, 0.01};
  /** Year-over-year growth of requests and database queries. */
  static final double YEARLY_GROWTH = 1.30;

  private static final double[] NATIONALITY_W = {10, 10, 8, 12, 12, 6, 8, 8, 6, 5, 10, 5};
  private static final double[] DOC_COUNTRY_W = {14, 10, 8, 8, 16, 5, 6, 6, 5, 4, 8, 10};
  private static final double[] OFFENCE_W = {15, 20, 10, 15, 3, 3, 15, 8, 6, 3, 2};

  static final Map<String, String> FR_COUNTRY = Map.ofEntries(Map.entry("MAR", "Maroc"), Map.entry("DZA", "Algérie"),
      Map.entry("TUN", "Tunisie"), Map.entry("LBY", "Libye"), Map.entry("EGY", "Égypte"), Map.entry("MRT", "Mauritanie"),
      Map.entry("MLI", "Mali"), Map.entry("NER", "Niger"), Map.entry("TCD", "Tchad"), Map.entry("BFA", "Burkina Faso"),
      Map.entry("SDN", "Soudan"), Map.entry("NGA", "Nigéria"));
  static final Map<String, String> AR_COUNTRY = Map.ofEntries(Map.entry("MAR", "المغرب"), Map.entry("DZA", "الجزائر"),
      Map.entry("TUN", "تونس"), Map.entry("LBY", "ليبيا"), Map.entry("EGY", "مصر"), Map.entry("MRT", "موريتانيا"),
      Map.entry("MLI", "مالي"), Map.entry("NER", "النيجر"), Map.entry("TCD", "تشاد"), Map.entry("BFA", "بوركينا فاسو"),
      Map.entry("SDN", "السودان"), Map.entry("NGA", "نيجيريا"));
  private static final Map<String, List<String>> AUTHORITIES = Map.ofEntries(
      Map.entry("MAR", List.of("Parquet général près la Cour d'appel de Rabat", "Juge d'instruction, Casablanca")),
      Map.entry("DZA", List.of("Tribunal de Sidi M'Hamed, Alger", "Parquet de la République, Oran")),
      Map.entry("TUN", List.of("Tribunal de première instance de Tunis", "Pôle judiciaire antiterroriste, Tunis")),
      Map.entry("LBY", List.of("مكتب النائب العام - طرابلس", "نيابة بنغازي الابتدائية")),
      Map.entry("EGY", List.of("Public Prosecution, Cairo", "Supreme State Security Prosecution")),
      Map.entry("MRT", List.of("Parquet de Nouakchott-Ouest", "Pôle antiterroriste, Nouakchott")),
      Map.entry("MLI", List.of("Pôle judiciaire spécialisé, Bamako", "Tribunal de grande instance de Gao")),
      Map.entry("NER", List.of("Pôle judiciaire antiterroriste, Niamey", "Tribunal de grande instance d'Agadez")),
      Map.entry("TCD", List.of("Parquet de N'Djamena", "Tribunal de grande instance d'Abéché")),
      Map.entry("BFA", List.of("Tribunal de grande instance de Ouagadougou", "Pôle judiciaire spécialisé, Ouagadougou")),
      Map.entry("SDN", List.of("Public Prosecution, Khartoum", "Prosecutor, Port Sudan")),
      Map.entry("NGA", List.of("Federal High Court, Abuja", "Magistrate Court, Kano")));
  private static final Map<String, String> ISO2 = Map.ofEntries(Map.entry("MAR", "MA"), Map.entry("DZA", "DZ"),
      Map.entry("TUN", "TN"), Map.entry("LBY", "LY"), Map.entry("EGY", "EG"), Map.entry("MRT", "MR"), Map.entry("MLI", "ML"),
      Map.entry("NER", "NE"), Map.entry("TCD", "TD"), Map.entry("BFA", "BF"), Map.entry("SDN", "SD"), Map.entry("NGA", "NG"));

  /** Planted impossible records. */
  enum BadRef { EXPIRY_BEFORE_ISSUE, CANCELLATION_BEFORE_ISSUE, ANSWER_BEFORE_REQUEST, ISSUED_AFTER_REPORTED, UNKNOWN_PERSON_REFERENCE }

  record Copy(String feed, boolean active, LocalDate cancelled) {}

  record Warrant(long seq, String ref, String feed, String issuing, String authority, Category offence, LocalDate issued,
      LocalDate expiry) {}

  record Notice(long seq, String ref, String type, String issuing, Category offence, LocalDate issued, LocalDate validUntil,
      Warrant warrant, List<Copy> copies) {}

  record Person(long id, String nationality, char sex, LocalDate dob, ArabicNames.Identity identity, List<String> feeds,
      List<Notice> notices, List<Warrant> warrants) {}

  record Document(long index, String number, String type, String issuing, String feed, LocalDate issued, LocalDate expiry,
      LocalDate reported, String status) {}

  private static final long K_PERSON = 1;
  private static final long K_NAME = 2;
  private static final long K_DOC = 3;
  private static final long K_REQUEST = 4;
  private static final long K_QUERY = 5;
  private static final long K_MONTH = 6;
  private static final long K_BAD = 7;

  private static final DateTimeFormatter FR_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private final SampleSpec spec;
  private final long seed;
  /** The data's "now" is the end of the last month: {@code today} 23:59:59Z. */
  final LocalDate today;
  final Instant now;
  final long persons;
  final long documents;
  final long requests;
  final long queries;
  private final LocalDate noticeFrom;
  private final LocalDate docFrom;

  ReferenceGenerator(SampleSpec spec) {
    this.spec = spec;
    this.seed = spec.seed();
    this.today = spec.lastMonth().atEndOfMonth();
    this.now = today.atTime(23, 59, 59).toInstant(ZoneOffset.UTC);
    this.persons = Math.max(300, spec.scale() / 10);
    this.documents = Math.max(250, spec.scale() / 12);
    this.requests = Math.max(600, spec.scale() / 8);
    this.queries = Math.max(1500, spec.scale() / 2);
    this.noticeFrom = today.minusYears(5).plusDays(1);
    this.docFrom = today.minusYears(8).withDayOfYear(1);
  }

  // ---------------------------------------------------------------- entities (pure functions)

  private SplittableRandom rnd(long kind, long i) {
    long z = seed * 0x9E3779B97F4A7C15L + kind * 0xBF58476D1CE4E5B9L + i * 0x94D049BB133111EBL + 0x632BE59BD9B4E019L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new SplittableRandom(z ^ (z >>> 31));
  }

  /** A bijection of [0, 10^7): indexes become references that do not reveal order, and never collide. */
  static long perm7(long x, int k) {
    long[] a = {1_234_567, 2_718_281, 3_141_593, 1_618_033, 5_940_329};
    long[] b = {4_021_977, 913_117, 5_550_123, 88_001, 2_424_242};
    return Math.floorMod(x * a[k] + b[k], 10_000_000L);
  }

  static String personRef(String feed, long id) {
    return switch (feed) {
      case MAR -> String.format("MA-P-%07d", perm7(id, 0));
      case LBY -> String.format("LY/%07d", perm7(id, 1));
      default -> String.format("EG-%07d", perm7(id, 2));
    };
  }

  Person person(long id) {
    SplittableRandom r = rnd(K_PERSON, id);
    String nat = Bureaus.ALL.get(weighted(NATIONALITY_W, r));
    char sex = r.nextDouble() < 0.82 ? 'M' : 'F';
    LocalDate dob = LocalDate.of(1958, 1, 1).plusDays(r.nextInt(365 * 47));
    ArabicNames.Identity identity = ArabicNames.identity(nat, sex, r);
    String home = homeFeed(nat, r);
    List<String> feeds = new ArrayList<>(List.of(home));
    for (String f : PERSON_FEEDS) {
      if (!f.equals(home) && r.nextDouble() < 0.35) {
        feeds.add(f);
      }
    }
    List<Notice> notices = new ArrayList<>();
    List<Warrant> warrants = new ArrayList<>();
    int n = r.nextDouble() < 0.35 ? 0 : r.nextDouble() < 0.7 ? 1 : 2;
    for (int k = 0; k < n; k++) {
      Notice no = notice(id * 4 + k, nat, feeds, r);
      notices.add(no);
      if (no.warrant() != null) {
        warrants.add(no.warrant());
      }
    }
    if (r.nextDouble() < 0.15) {
      // A national warrant without a notice.
      String issuing = r.nextDouble() < 0.6 ? FEED_COUNTRY.get(home) : nat;
      LocalDate issued = docFrom.plusDays(r.nextInt((int) ChronoUnit.DAYS.between(docFrom, today)));
      LocalDate expiry = issued.plusYears(2 + r.nextInt(9)).plusDays(r.nextInt(365));
      if (r.nextDouble() < 0.05) {
        expiry = today.plusDays(1 + r.nextInt(30));
      }
      expiry = notToday(expiry);
      warrants.add(warrant(id * 4 + 3, home, issuing, offence(r), issued, expiry, r));
    }
    return new Person(id, nat, sex, dob, identity, feeds, notices, warrants);
  }

  private static String homeFeed(String nat, SplittableRandom r) {
    double x = r.nextDouble();
    return switch (nat) {
      case "LBY" -> x < 0.7 ? LBY : x < 0.85 ? MAR : EGY;
      case "EGY", "SDN" -> x < 0.7 ? EGY : x < 0.9 ? LBY : MAR;
      case "NGA" -> x < 0.5 ? EGY : x < 0.8 ? MAR : LBY;
      default -> x < 0.6 ? MAR : x < 0.8 ? LBY : EGY;
    };
  }

  private Notice notice(long seq, String nat, List<String> feeds, SplittableRandom r) {
    String type = NOTICE_TYPES.get(weighted(NOTICE_TYPE_W, r));
    String home = feeds.get(0);
    int span = (int) ChronoUnit.DAYS.between(noticeFrom, today.minusDays(10));
    LocalDate issued = r.nextDouble() < 0.02 ? noticeFrom.plusDays(r.nextInt(30)) : noticeFrom.plusDays(r.nextInt(span));
    String issuing = r.nextDouble() < 0.5 ? FEED_COUNTRY.get(home) : r.nextDouble() < 0.6 ? nat : Bureaus.ALL.get(r.nextInt(12));
    Category offence = type.equals("yellow") || type.equals("black") ? null : offence(r);
    LocalDate validUntil = issued.plusYears(5).minusDays(1);
    String ref = String.format("%s-%d/%d-%d", type.equals("diffusion") ? "D" : "A", seq + 1, issued.getMonthValue(), issued.getYear());
    String second = feeds.size() > 1 && r.nextDouble() < 0.4 ? feeds.get(1 + r.nextInt(feeds.size() - 1)) : null;
    Warrant w = null;
    boolean expired = false;
    if (type.equals("red")) {
      LocalDate wIssued = issued.minusDays(10 + r.nextInt(700));
      int[] years = {2, 3, 3, 5, 5, 10, 15};
      LocalDate expiry = wIssued.plusYears(years[r.nextInt(years.length)]).plusDays(r.nextInt(120));
      if (expiry.isBefore(issued.plusDays(30))) {
        expiry = issued.plusDays(30 + r.nextInt(700));
      }
      expiry = notToday(expiry);
      w = warrant(seq, home, issuing, offence, wIssued, expiry, r);
      expired = expiry.isBefore(today);
    }
    boolean plantedExpired = expired && r.nextDouble() < 0.25;
    boolean active;
    LocalDate cancelled = null;
    if (expired && !plantedExpired) {
      // The warrant lapsed: the notice was cancelled, in every bureau that holds it.
      active = false;
      cancelled = min(w.expiry().plusDays(r.nextInt(60)), today);
    } else if (expired) {
      active = true;
    } else if (r.nextDouble() < 0.15) {
      active = false;
      cancelled = issued.plusDays(r.nextInt((int) ChronoUnit.DAYS.between(issued, today) + 1));
    } else {
      active = true;
    }
    List<Copy> copies = new ArrayList<>(List.of(new Copy(home, active, cancelled)));
    if (second != null) {
      if (!expired && r.nextDouble() < 0.2) {
        // Planted status conflict: the other bureau never recorded the cancellation, or recorded one that did not happen.
        copies.add(active
            ? new Copy(second, false, issued.plusDays(r.nextInt((int) ChronoUnit.DAYS.between(issued, today) + 1)))
            : new Copy(second, true, null));
      } else {
        copies.add(new Copy(second, active, cancelled));
      }
    }
    return new Notice(seq, ref, type, issuing, offence, issued, validUntil, w, copies);
  }

  private Warrant warrant(long seq, String feed, String issuing, Category offence, LocalDate issued, LocalDate expiry,
      SplittableRandom r) {
    List<String> auth = AUTHORITIES.get(issuing);
    String ref = String.format("%s-%d-%07d", ISO2.get(issuing), issued.getYear(), perm7(seq, 3));
    return new Warrant(seq, ref, feed, issuing, auth.get(r.nextInt(auth.size())), offence, issued, expiry);
  }

  private static Category offence(SplittableRandom r) {
    return Category.values()[weighted(OFFENCE_W, r)];
  }

  Document document(long i) {
    SplittableRandom r = rnd(K_DOC, i);
    String issuing = Bureaus.ALL.get(weighted(DOC_COUNTRY_W, r));
    String feed = issuing.equals("MAR") ? MAR : issuing.equals("EGY") ? EGY : I247;
    double t = r.nextDouble();
    String type = t < 0.7 ? "PASSPORT" : t < 0.93 ? "NATIONAL_ID" : "LAISSEZ_PASSER";
    LocalDate reported = docFrom.plusDays(r.nextInt((int) ChronoUnit.DAYS.between(docFrom, today) + 1));
    LocalDate issued = reported.minusDays(30 + r.nextInt(3000));
    int years = type.equals("LAISSEZ_PASSER") ? 1 : type.equals("PASSPORT") && r.nextDouble() < 0.5 ? 5 : 10;
    LocalDate expiry = issued.plusYears(years).minusDays(1);
    if (r.nextDouble() < 0.03) {
      expiry = today.plusDays(1 + r.nextInt(30));
    }
    expiry = notToday(expiry);
    double s = r.nextDouble();
    String status = s < 0.55 ? "STOLEN" : s < 0.9 ? "LOST" : "REVOKED";
    return new Document(i, documentNumber(issuing, type, i, r), type, issuing, feed, issued, expiry, reported, status);
  }

  /** Country formats; every number ends with a 7-digit bijection of the index, so numbers never collide. */
  static String documentNumber(String country, String type, long i, SplittableRandom r) {
    String d7 = String.format("%07d", perm7(i, 4));
    if (type.equals("LAISSEZ_PASSER")) {
      return "LP" + d7;
    }
    boolean id = type.equals("NATIONAL_ID");
    return switch (country) {
      case "MAR" -> id ? letters(r, 1 + r.nextInt(2)) + d7 : letters(r, 2) + d7;
      case "DZA" -> id ? "10" + digits(r, 9) + d7 : "1" + digits(r, 1) + d7;
      case "TUN" -> id ? "0" + d7 : letters(r, 1) + d7;
      case "LBY" -> id ? (1 + r.nextInt(2)) + digits(r, 4) + d7 : letters(r, 1) + digits(r, 1) + d7;
      case "EGY" -> id ? "2" + String.format("%02d%02d%02d", 60 + r.nextInt(45), 1 + r.nextInt(12), 1 + r.nextInt(28)) + d7
          : "A" + digits(r, 1) + d7;
      case "MRT" -> id ? digits(r, 3) + d7 : "B" + digits(r, 1) + d7;
      case "NGA" -> id ? digits(r, 4) + d7 : "A" + digits(r, 1) + d7;
      case "SDN" -> id ? digits(r, 4) + d7 : "P" + digits(r, 1) + d7;
      default -> id ? ISO2.get(country) + d7 : letters(r, 2) + d7;
    };
  }

  private static String letters(SplittableRandom r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('A' + r.nextInt(26)));
    }
    return b.toString();
  }

  private static String digits(SplittableRandom r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + r.nextInt(10)));
    }
    return b.toString();
  }

  /** Nothing expires on the day of "now" itself, so that "expired" and "expiring" never hesitate. */
  private LocalDate notToday(LocalDate d) {
    return d.equals(today) ? d.plusDays(1) : d;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  static int weighted(double[] w, SplittableRandom r) {
    double total = 0;
    for (double x : w) {
      total += x;
    }
    double u = r.nextDouble() * total;
    for (int i = 0; i < w.length; i++) {
      u -= w[i];
      if (u < 0) {
        return i;
      }
    }
    return w.length - 1;
  }

  // ---------------------------------------------------------------- writing

  /** The files of one reference feed. */
  private static final class FeedFiles {
    RefFile persons;
    RefFile notices;
    RefFile warrants;
    RefFile documents;
  }

  private final Map<String, FeedFiles> files = new LinkedHashMap<>();
  private Truth truth;

  /** The truth files, written while the feeds are streamed. */
  private static final class Truth {
    final CsvTable variants;
    final CsvTable expiredWarrant;
    final CsvTable conflicts;
    final CsvTable stolenHits;
    final CsvTable overdue;
    final CsvTable bad;
    final CsvTable expiring;

    Truth(Path dir) throws IOException {
      variants = new CsvTable(dir.resolve("person_variants.csv"), "person_id", "feed", "person_ref", "script", "name");
      expiredWarrant = new CsvTable(dir.resolve("expired_warrant_notices.csv"), "notice_ref", "warrant_ref", "warrant_feed",
          "warrant_expiry_date");
      conflicts = new CsvTable(dir.resolve("notice_status_conflicts.csv"), "notice_ref", "feed_active", "feed_cancelled",
          "cancellation_date");
      stolenHits = new CsvTable(dir.resolve("stolen_document_hits.csv"), "query_ref", "query_timestamp", "bureau",
          "document_number", "document_feed", "reported_date");
      overdue = new CsvTable(dir.resolve("overdue_requests.csv"), "request_ref", "priority", "sent_at", "due_at");
      bad = new CsvTable(dir.resolve("reference_bad_records.csv"), "feed", "file", "line", "expected_reason");
      expiring = new CsvTable(dir.resolve("expiring.csv"), "kind", "feed", "ref", "expiry_date");
    }

    void close() throws IOException {
      for (CsvTable t : List.of(variants, expiredWarrant, conflicts, stolenHits, overdue, bad, expiring)) {
        t.close();
      }
    }
  }

  /** Writes every reference feed and its truth; returns records per "feed/entity". */
  Map<String, Long> write(GroupLinks links) throws IOException {
    Path out = spec.outDir();
    truth = new Truth(out.resolve("truth"));
    Map<String, Long> counts = new TreeMap<>();
    try {
      openFiles(out);
      RefFile requestsFile = new RefFile(out, "reference/" + I247 + "/requests.csv", ',', List.of("request_ref", "from_bureau",
          "to_bureau", "request_type", "priority", "sent_at", "answered_at", "status"));
      RefFile queriesFile = new RefFile(out, "reference/" + I247 + "/db_queries.csv", ',', List.of("query_ref", "bureau",
          "database", "timestamp", "hit", "matched_ref"));
      writePersons();
      writeDocuments();
      writeRequests(requestsFile);
      writeQueries(queriesFile);
      requestsFile.close();
      queriesFile.close();
      counts.put(I247 + "/requests", requestsFile.records());
      counts.put(I247 + "/db_queries", queriesFile.records());
      for (Map.Entry<String, FeedFiles> e : files.entrySet()) {
        FeedFiles f = e.getValue();
        RefFile[] all = {f.persons, f.notices, f.warrants, f.documents};
        String[] names = {"persons", "notices", "warrants", "travel_documents"};
        for (int i = 0; i < all.length; i++) {
          if (all[i] != null) {
            all[i].close();
            counts.put(e.getKey() + "/" + names[i], all[i].records());
          }
        }
      }
    } finally {
      truth.close();
    }
    return counts;
  }

  private void openFiles(Path out) throws IOException {
    FeedFiles mar = new FeedFiles();
    String m = "reference/" + MAR + "/";
    mar.persons = new RefFile(out, m + "persons.csv", ';', List.of("Réf. personne", "Nom", "Prénoms", "Nom en arabe",
        "Date de naissance", "Sexe", "Nationalité"));
    mar.notices = new RefFile(out, m + "notices.csv", ';', List.of("N° notice", "Type", "Réf. personne", "Pays émetteur",
        "Infraction", "Date d'émission", "Valable jusqu'au", "Statut", "Date d'annulation", "N° mandat"));
    mar.warrants = new RefFile(out, m + "warrants.csv", ';', List.of("N° mandat", "Réf. personne", "Pays émetteur", "Autorité",
        "Infraction", "Date d'émission", "Date d'expiration"));
    mar.documents = new RefFile(out, m + "travel_documents.csv", ';', List.of("N° document", "Type de document",
        "Pays émetteur", "Date de délivrance", "Date d'expiration", "Date de signalement", "Statut"));
    files.put(MAR, mar);
    FeedFiles lby = new FeedFiles();
    String l = "reference/" + LBY + "/";
    lby.persons = new RefFile(out, l + "persons.csv", ',', List.of("الرقم المرجعي", "الاسم الكامل", "الاسم باللاتينية",
        "تاريخ الميلاد", "الجنس", "الجنسية"));
    lby.notices = new RefFile(out, l + "notices.csv", ',', List.of("رقم النشرة", "نوع النشرة", "الرقم المرجعي للشخص",
        "الدولة المصدرة", "الجريمة", "تاريخ الإصدار", "صالحة حتى", "الحالة", "تاريخ الإلغاء", "رقم أمر القبض"));
    lby.warrants = new RefFile(out, l + "warrants.csv", ',', List.of("رقم أمر القبض", "الرقم المرجعي للشخص", "الدولة المصدرة",
        "الجهة المصدرة", "الجريمة", "تاريخ الإصدار", "تاريخ الانتهاء"));
    files.put(LBY, lby);
    FeedFiles egy = new FeedFiles();
    String e = "reference/" + EGY + "/";
    egy.persons = new RefFile(out, e + "persons.jsonl", (char) 0, List.of("person_ref", "full_name", "name_ar", "date_of_birth",
        "sex", "nationality"));
    egy.notices = new RefFile(out, e + "notices.jsonl", (char) 0, List.of("notice_ref", "notice_type", "person_ref",
        "issuing_country", "offence", "issue_date", "valid_until", "status", "cancellation_date", "warrant_ref"));
    egy.warrants = new RefFile(out, e + "warrants.jsonl", (char) 0, List.of("warrant_ref", "person_ref", "issuing_country",
        "authority", "offence", "issue_date", "expiry_date"));
    egy.documents = new RefFile(out, e + "travel_documents.jsonl", (char) 0, List.of("document_number", "document_type",
        "issuing_country", "issue_date", "expiry_date", "reported_date", "status"));
    files.put(EGY, egy);
    FeedFiles i247 = new FeedFiles();
    i247.documents = new RefFile(out, "reference/" + I247 + "/travel_documents.csv", ',', List.of("document_number",
        "document_type", "issuing_country", "issue_date", "expiry_date", "reported_date", "status"));
    files.put(I247, i247);
  }

  // Bad records: two of each reason per file that can carry it, spread evenly through the stream.
  private static final List<String[]> PERSON_LOOP_BAD = new ArrayList<>();
  private static final List<String[]> DOC_LOOP_BAD = new ArrayList<>();

  static {
    for (int rep = 0; rep < 2; rep++) {
      for (String f : PERSON_FEEDS) {
        PERSON_LOOP_BAD.add(new String[] {f, "notices", BadRef.CANCELLATION_BEFORE_ISSUE.name()});
        PERSON_LOOP_BAD.add(new String[] {f, "notices", BadRef.UNKNOWN_PERSON_REFERENCE.name()});
        PERSON_LOOP_BAD.add(new String[] {f, "warrants", BadRef.EXPIRY_BEFORE_ISSUE.name()});
        PERSON_LOOP_BAD.add(new String[] {f, "warrants", BadRef.UNKNOWN_PERSON_REFERENCE.name()});
      }
      for (String f : List.of(MAR, EGY, I247)) {
        DOC_LOOP_BAD.add(new String[] {f, "travel_documents", BadRef.EXPIRY_BEFORE_ISSUE.name()});
        DOC_LOOP_BAD.add(new String[] {f, "travel_documents", BadRef.ISSUED_AFTER_REPORTED.name()});
      }
    }
  }

  private static long position(int k, int count, long n) {
    return (k + 1) * n / (count + 1);
  }

  private void writePersons() throws IOException {
    int nextBad = 0;
    for (long id = 0; id < persons; id++) {
      Person p = person(id);
      writePerson(p);
      while (nextBad < PERSON_LOOP_BAD.size() && position(nextBad, PERSON_LOOP_BAD.size(), persons) == id) {
        writeBadPersonRecord(nextBad, PERSON_LOOP_BAD.get(nextBad));
        nextBad++;
      }
    }
  }

  private void writePerson(Person p) throws IOException {
    SplittableRandom r = rnd(K_NAME, p.id());
    for (String feed : p.feeds()) {
      String ref = personRef(feed, p.id());
      FeedFiles f = files.get(feed);
      switch (feed) {
        case MAR -> {
          String[] latin = ArabicNames.latin(p.identity(), p.sex(), false, r);
          String nom = latin[1].toUpperCase(Locale.FRENCH);
          String ar = r.nextDouble() < 0.4 ? ArabicNames.arabic(p.identity(), p.sex(), r) : null;
          f.persons.write(Arrays.asList(ref, nom, latin[0], ar, p.dob().format(FR_DATE), String.valueOf(p.sex()),
              FR_COUNTRY.get(p.nationality())));
          truth.variants.row(p.id(), feed, ref, "Latn", latin[0] + " " + nom);
          if (ar != null) {
            truth.variants.row(p.id(), feed, ref, "Arab", ar);
          }
        }
        case LBY -> {
          String ar = ArabicNames.arabic(p.identity(), p.sex(), r);
          String latin = null;
          if (r.nextDouble() < 0.5) {
            String[] l = ArabicNames.latin(p.identity(), p.sex(), false, r);
            latin = (l[0] + " " + l[1]).toUpperCase(Locale.FRENCH);
          }
          f.persons.write(Arrays.asList(ref, ar, latin, lbyDate(p.dob(), r), p.sex() == 'F' ? "أنثى" : "ذكر",
              AR_COUNTRY.get(p.nationality())));
          truth.variants.row(p.id(), feed, ref, "Arab", ar);
          if (latin != null) {
            truth.variants.row(p.id(), feed, ref, "Latn", latin);
          }
        }
        default -> {
          String[] l = ArabicNames.latin(p.identity(), p.sex(), true, r);
          String full = l[0] + " " + l[1];
          String ar = r.nextDouble() < 0.5 ? ArabicNames.arabic(p.identity(), p.sex(), r) : null;
          f.persons.write(Arrays.asList(ref, full, ar, p.dob().format(ISO_DATE), p.sex() == 'F' ? "female" : "male",
              p.nationality()));
          truth.variants.row(p.id(), feed, ref, "Latn", full);
          if (ar != null) {
            truth.variants.row(p.id(), feed, ref, "Arab", ar);
          }
        }
      }
    }
    for (Warrant w : p.warrants()) {
      writeWarrant(w, personRef(w.feed(), p.id()), r);
      if (w.expiry().isAfter(today) && !w.expiry().isAfter(today.plusDays(30))) {
        truth.expiring.row("warrant", w.feed(), w.ref(), w.expiry());
      }
    }
    for (Notice n : p.notices()) {
      for (Copy c : n.copies()) {
        writeNotice(n, c, personRef(c.feed(), p.id()), r);
        if (c.active() && n.validUntil().isAfter(today) && !n.validUntil().isAfter(today.plusDays(30))) {
          truth.expiring.row("notice", c.feed(), n.ref(), n.validUntil());
        }
      }
      boolean anyActive = n.copies().stream().anyMatch(Copy::active);
      if (n.warrant() != null && anyActive && n.warrant().expiry().isBefore(today)) {
        truth.expiredWarrant.row(n.ref(), n.warrant().ref(), n.warrant().feed(), n.warrant().expiry());
      }
      if (n.copies().size() == 2 && n.copies().get(0).active() != n.copies().get(1).active()) {
        Copy a = n.copies().get(0).active() ? n.copies().get(0) : n.copies().get(1);
        Copy c = n.copies().get(0).active() ? n.copies().get(1) : n.copies().get(0);
        truth.conflicts.row(n.ref(), a.feed(), c.feed(), c.cancelled());
      }
    }
  }

  /** Libyan dates: dd/MM/yyyy, in Arabic-Indic digits in about a third of the records. */
  private static String lbyDate(LocalDate d, SplittableRandom r) {
    String s = d.format(FR_DATE);
    return r.nextDouble() < 0.3 ? Numbers.arabicIndic(s) : s;
  }

  private String offenceText(Category c, String feed, SplittableRandom r) {
    if (c == null) {
      return null;
    }
    return switch (feed) {
      case MAR -> Lexicon.category(c, Language.FR, r);
      case LBY -> Lexicon.category(c, Language.AR, r);
      default -> r.nextDouble() < 0.5 ? c.name() : Lexicon.category(c, Language.EN, r);
    };
  }

  private long writeWarrant(Warrant w, String personRef, SplittableRandom r) throws IOException {
    RefFile f = files.get(w.feed()).warrants;
    String off = offenceText(w.offence(), w.feed(), r);
    return switch (w.feed()) {
      case MAR -> f.write(Arrays.asList(w.ref(), personRef, FR_COUNTRY.get(w.issuing()), w.authority(), off,
          w.issued().format(FR_DATE), w.expiry().format(FR_DATE)));
      case LBY -> f.write(Arrays.asList(w.ref(), personRef, AR_COUNTRY.get(w.issuing()), w.authority(), off,
          lbyDate(w.issued(), r), lbyDate(w.expiry(), r)));
      default -> f.write(Arrays.asList(w.ref(), personRef, w.issuing(), w.authority(), off, w.issued().format(ISO_DATE),
          w.expiry().format(ISO_DATE)));
    };
  }

  private static final List<String> FR_TYPES = List.of("Rouge", "Jaune", "Bleue", "Verte", "Orange", "Mauve", "Noire", "Diffusion");
  private static final List<String> AR_TYPES = List.of("حمراء", "صفراء", "زرقاء", "خضراء", "برتقالية", "بنفسجية", "سوداء", "تعميم");

  private long writeNotice(Notice n, Copy c, String personRef, SplittableRandom r) throws IOException {
    RefFile f = files.get(c.feed()).notices;
    int t = NOTICE_TYPES.indexOf(n.type());
    String off = offenceText(n.offence(), c.feed(), r);
    String wref = n.warrant() == null ? null : n.warrant().ref();
    return switch (c.feed()) {
      case MAR -> f.write(Arrays.asList(n.ref(), FR_TYPES.get(t), personRef, FR_COUNTRY.get(n.issuing()), off,
          n.issued().format(FR_DATE), n.validUntil().format(FR_DATE), c.active() ? "Active" : "Annulée",
          c.cancelled() == null ? null : c.cancelled().format(FR_DATE), wref));
      case LBY -> f.write(Arrays.asList(n.ref(), AR_TYPES.get(t), personRef, AR_COUNTRY.get(n.issuing()), off,
          lbyDate(n.issued(), r), lbyDate(n.validUntil(), r), c.active() ? "سارية" : "ملغاة",
          c.cancelled() == null ? null : lbyDate(c.cancelled(), r), wref));
      default -> f.write(Arrays.asList(n.ref(), n.type(), personRef, n.issuing(), off, n.issued().format(ISO_DATE),
          n.validUntil().format(ISO_DATE), c.active() ? "active" : "cancelled",
          c.cancelled() == null ? null : c.cancelled().format(ISO_DATE), wref));
    };
  }

  private void badRow(String feed, RefFile f, long line, String reason) throws IOException {
    truth.bad.row(feed, f.relative, line, reason);
  }

  private void writeBadPersonRecord(int k, String[] plan) throws IOException {
    SplittableRandom r = rnd(K_BAD, k);
    String feed = plan[0];
    BadRef reason = BadRef.valueOf(plan[2]);
    String country = FEED_COUNTRY.get(feed);
    long seq = (persons + 10 + k) * 4;
    // A person reference that no person record of the feed carries, or one that exists.
    long pid = reason == BadRef.UNKNOWN_PERSON_REFERENCE ? persons + 1000 + k : r.nextInt((int) persons);
    String personRef = personRef(feed, pid);
    if (reason != BadRef.UNKNOWN_PERSON_REFERENCE && !person(pid).feeds().contains(feed)) {
      // Find a person the feed knows.
      for (long j = 0; j < persons; j++) {
        if (person((pid + j) % persons).feeds().contains(feed)) {
          personRef = personRef(feed, (pid + j) % persons);
          break;
        }
      }
    }
    LocalDate issued = today.minusYears(4).plusDays(r.nextInt(1000));
    if (plan[1].equals("notices")) {
      String type = List.of("blue", "yellow", "green", "purple").get(r.nextInt(4));
      Category offence = type.equals("yellow") ? null : offence(r);
      boolean cancelled = reason == BadRef.CANCELLATION_BEFORE_ISSUE;
      LocalDate cancel = cancelled ? issued.minusDays(1 + r.nextInt(300)) : null;
      String ref = String.format("A-%d/%d-%d", seq + 1, issued.getMonthValue(), issued.getYear());
      Notice n = new Notice(seq, ref, type, country, offence, issued, issued.plusYears(5).minusDays(1), null,
          List.of(new Copy(feed, !cancelled, cancel)));
      long line = writeNotice(n, n.copies().get(0), personRef, r);
      badRow(feed, files.get(feed).notices, line, reason.name());
    } else {
      LocalDate expiry = reason == BadRef.EXPIRY_BEFORE_ISSUE ? issued.minusDays(1 + r.nextInt(400))
          : issued.plusYears(5).plusDays(40 + r.nextInt(200));
      Warrant w = warrant(seq, feed, country, offence(r), issued, expiry, r);
      long line = writeWarrant(w, personRef, r);
      badRow(feed, files.get(feed).warrants, line, reason.name());
    }
  }

  private void writeDocuments() throws IOException {
    int nextBad = 0;
    for (long i = 0; i < documents; i++) {
      Document d = document(i);
      writeDocument(d);
      if (d.expiry().isAfter(today) && !d.expiry().isAfter(today.plusDays(30))) {
        truth.expiring.row("travel_document", d.feed(), d.number(), d.expiry());
      }
      while (nextBad < DOC_LOOP_BAD.size() && position(nextBad, DOC_LOOP_BAD.size(), documents) == i) {
        String[] plan = DOC_LOOP_BAD.get(nextBad);
        SplittableRandom r = rnd(K_BAD, 1000 + nextBad);
        String issuing = plan[0].equals(MAR) ? "MAR" : plan[0].equals(EGY) ? "EGY" : Bureaus.ALL.get(1 + r.nextInt(3));
        long index = documents + nextBad;
        LocalDate reported = today.minusDays(250 + r.nextInt(1500));
        LocalDate issued;
        LocalDate expiry;
        if (plan[2].equals(BadRef.ISSUED_AFTER_REPORTED.name())) {
          issued = reported.plusDays(1 + r.nextInt(200));
          expiry = issued.plusYears(10).minusDays(1);
        } else {
          issued = reported.minusDays(100 + r.nextInt(1000));
          expiry = issued.minusDays(1 + r.nextInt(3000));
        }
        Document bad = new Document(index, documentNumber(issuing, "PASSPORT", index, r), "PASSPORT", issuing, plan[0], issued,
            expiry, reported, "STOLEN");
        long line = writeDocument(bad);
        badRow(plan[0], files.get(plan[0]).documents, line, plan[2]);
        nextBad++;
      }
    }
  }

  private long writeDocument(Document d) throws IOException {
    RefFile f = files.get(d.feed()).documents;
    return switch (d.feed()) {
      case MAR -> f.write(Arrays.asList(d.number(), switch (d.type()) {
            case "PASSPORT" -> "Passeport";
            case "NATIONAL_ID" -> "Carte nationale d'identité";
            default -> "Laissez-passer";
          }, FR_COUNTRY.get(d.issuing()), d.issued().format(FR_DATE), d.expiry().format(FR_DATE), d.reported().format(FR_DATE),
          switch (d.status()) {
            case "STOLEN" -> "Volé";
            case "LOST" -> "Perdu";
            default -> "Révoqué";
          }));
      case EGY -> f.write(Arrays.asList(d.number(), d.type(), d.issuing(), d.issued().format(ISO_DATE),
          d.expiry().format(ISO_DATE), d.reported().format(ISO_DATE), d.status()));
      default -> f.write(Arrays.asList(d.number(), switch (d.type()) {
            case "PASSPORT" -> "Passport";
            case "NATIONAL_ID" -> "National ID";
            default -> "Laissez-passer";
          }, d.issuing(), d.issued().format(ISO_DATE), d.expiry().format(ISO_DATE), d.reported().format(ISO_DATE),
          d.status().charAt(0) + d.status().substring(1).toLowerCase(Locale.ROOT)));
    };
  }

  /** Records per month, growing {@link #YEARLY_GROWTH} a year, summing exactly to {@code total}. */
  private long[] perMonth(long total) {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = spec.firstMonth(); !m.isAfter(spec.lastMonth()); m = m.plusMonths(1)) {
      months.add(m);
    }
    double[] w = new double[months.size()];
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      w[i] = Math.pow(YEARLY_GROWTH, i / 12.0);
      sum += w[i];
    }
    long[] out = new long[w.length];
    double cum = 0;
    long done = 0;
    for (int i = 0; i < w.length; i++) {
      cum += w[i];
      long upTo = Math.round(total * cum / sum);
      out[i] = upTo - done;
      done = upTo;
    }
    return out;
  }

  /** Sorted instants inside a month. */
  private Instant[] times(YearMonth m, long count, long kind) {
    SplittableRandom r = rnd(K_MONTH, kind * 100_000 + m.getYear() * 12L + m.getMonthValue());
    long start = m.atDay(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    long seconds = m.lengthOfMonth() * 86_400L;
    long[] t = new long[(int) count];
    for (int i = 0; i < t.length; i++) {
      t[i] = start + r.nextLong(seconds);
    }
    Arrays.sort(t);
    Instant[] out = new Instant[t.length];
    for (int i = 0; i < t.length; i++) {
      out[i] = Instant.ofEpochSecond(t[i]);
    }
    return out;
  }

  private void writeRequests(RefFile f) throws IOException {
    long[] counts = perMonth(requests);
    long seq = 0;
    long[] badAt = {position(0, 2, requests), position(1, 2, requests)};
    YearMonth m = spec.firstMonth();
    for (long c : counts) {
      for (Instant sent : times(m, c, K_REQUEST)) {
        SplittableRandom r = rnd(K_REQUEST, seq);
        String from = Bureaus.ALL.get(r.nextInt(12));
        String to = Bureaus.ALL.get(r.nextInt(11));
        if (to.equals(from)) {
          to = Bureaus.ALL.get(11);
        }
        String type = REQUEST_TYPES.get(weighted(REQUEST_TYPE_W, r));
        int p = weighted(PRIORITY_W, r);
        long sla = SLA_HOURS[p] * 3600;
        boolean neverAnswered = r.nextDouble() < 0.015;
        long delay = Math.max(600, Math.round(sla * Math.exp(Math.log(0.45) + 0.7 * r.nextGaussian())));
        Instant answered = sent.plusSeconds(delay);
        boolean open = neverAnswered || answered.isAfter(now);
        String ref = String.format("RQ-%s-%d-%06d", from, YearMonth.from(sent.atZone(ZoneOffset.UTC)).getYear(), seq + 1);
        f.write(Arrays.asList(ref, from, to, type, PRIORITIES.get(p), TS.format(sent), open ? null : TS.format(answered),
            open ? "OPEN" : "ANSWERED"));
        Instant due = sent.plusSeconds(sla);
        if (open && due.isBefore(now)) {
          truth.overdue.row(ref, PRIORITIES.get(p), TS.format(sent), TS.format(due));
        }
        for (int b = 0; b < 2; b++) {
          if (badAt[b] == seq) {
            // Answered before it was sent: a clock or keying error.
            Instant before = sent.minusSeconds(3600 + r.nextInt(72 * 3600));
            String bref = String.format("RQ-%s-%d-%06d", to, YearMonth.from(sent.atZone(ZoneOffset.UTC)).getYear(),
                requests + 1 + b);
            long line = f.write(Arrays.asList(bref, to, from, "INFORMATION", "NORMAL", TS.format(sent), TS.format(before),
                "ANSWERED"));
            badRow(I247, f, line, BadRef.ANSWER_BEFORE_REQUEST.name());
          }
        }
        seq++;
      }
      m = m.plusMonths(1);
    }
  }

  private void writeQueries(RefFile f) throws IOException {
    long[] counts = perMonth(queries);
    long seq = 0;
    YearMonth m = spec.firstMonth();
    for (long c : counts) {
      for (Instant ts : times(m, c, K_QUERY)) {
        SplittableRandom r = rnd(K_QUERY, seq);
        String bureau = Bureaus.ALL.get(r.nextInt(12));
        int db = weighted(DATABASE_W, r);
        boolean hit = r.nextDouble() < HIT_RATE[db];
        String ref = String.format("Q-%d%02d-%07d", m.getYear(), m.getMonthValue(), seq + 1);
        LocalDate day = ts.atZone(ZoneOffset.UTC).toLocalDate();
        String matched = null;
        Document doc = null;
        if (hit && db == 0) {
          for (int t = 0; t < 30 && doc == null; t++) {
            Document d = document(r.nextLong(documents));
            if (d.reported().isBefore(day)) {
              doc = d;
            }
          }
          hit = doc != null;
          matched = hit ? doc.number() : null;
        } else if (hit && db == 1) {
          for (int t = 0; t < 30 && matched == null; t++) {
            Person p = person(r.nextLong(persons));
            for (Notice n : p.notices()) {
              Copy c0 = n.copies().get(0);
              if (n.issued().isBefore(day) && (c0.active() || c0.cancelled().isAfter(day))) {
                matched = n.ref();
                break;
              }
            }
          }
          hit = matched != null;
        }
        f.write(Arrays.asList(ref, bureau, DATABASES.get(db), TS.format(ts), hit ? "yes" : "no", matched));
        if (doc != null) {
          truth.stolenHits.row(ref, TS.format(ts), bureau, doc.number(), doc.feed(), doc.reported());
        }
        seq++;
      }
      m = m.plusMonths(1);
    }
  }
}
