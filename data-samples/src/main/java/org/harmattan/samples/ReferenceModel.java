package org.harmattan.samples;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The entities behind the reference feeds: persons with their notices and warrants, and travel
 * documents. Each is a pure function of the seed and its index ({@link #person}, {@link #document}),
 * so that records can point at each other (a query hits a document, a notice rests on a warrant)
 * while everything is streamed: memory does not grow with scale.
 */
final class ReferenceModel {
  static final String MAR = "mar-bcn";
  static final String LBY = "lby-ncb";
  static final String EGY = "egy-ncb";
  static final String I247 = "i247";
  static final List<String> PERSON_FEEDS = List.of(MAR, LBY, EGY);
  static final Map<String, String> FEED_COUNTRY = Map.of(MAR, "MAR", LBY, "LBY", EGY, "EGY");

  static final List<String> NOTICE_TYPES = List.of("red", "yellow", "blue", "green", "orange", "purple", "black", "diffusion");
  private static final double[] NOTICE_TYPE_W = {45, 8, 14, 7, 4, 3, 2, 17};
  private static final double[] NATIONALITY_W = {10, 10, 8, 12, 12, 6, 8, 8, 6, 5, 10, 5};
  private static final double[] DOC_COUNTRY_W = {14, 10, 8, 8, 16, 5, 6, 6, 5, 4, 8, 10};
  private static final double[] OFFENCE_W = {15, 20, 10, 15, 3, 3, 15, 8, 6, 3, 2};

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

  record Copy(String feed, boolean active, LocalDate cancelled) {}

  record Warrant(long seq, String ref, String feed, String issuing, String authority, Category offence, LocalDate issued,
      LocalDate expiry) {}

  record Notice(long seq, String ref, String type, String issuing, Category offence, LocalDate issued, LocalDate validUntil,
      Warrant warrant, List<Copy> copies) {}

  record Person(long id, String nationality, char sex, LocalDate dob, ArabicNames.Identity identity, List<String> feeds,
      List<Notice> notices, List<Warrant> warrants) {}

  record Document(long index, String number, String type, String issuing, String feed, LocalDate issued, LocalDate expiry,
      LocalDate reported, String status) {}

  /** Kinds of random stream: an entity's draws depend only on the seed, its kind and its index. */
  static final long K_PERSON = 1;
  static final long K_NAME = 2;
  static final long K_DOC = 3;
  static final long K_REQUEST = 4;
  static final long K_QUERY = 5;
  static final long K_MONTH = 6;
  static final long K_BAD = 7;

  private final long seed;
  /** The data's "now" is the end of the last month: {@code today} 23:59:59Z. */
  final LocalDate today;
  final Instant now;
  final long persons;
  final long documents;
  private final LocalDate noticeFrom;
  private final LocalDate docFrom;

  ReferenceModel(SampleSpec spec) {
    this.seed = spec.seed();
    this.today = spec.lastMonth().atEndOfMonth();
    this.now = today.atTime(23, 59, 59).toInstant(ZoneOffset.UTC);
    this.persons = Math.max(300, spec.scale() / 10);
    this.documents = Math.max(250, spec.scale() / 12);
    this.noticeFrom = today.minusYears(5).plusDays(1);
    this.docFrom = today.minusYears(8).withDayOfYear(1);
  }

  SplittableRandom rnd(long kind, long i) {
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

  Warrant warrant(long seq, String feed, String issuing, Category offence, LocalDate issued, LocalDate expiry,
      SplittableRandom r) {
    List<String> auth = AUTHORITIES.get(issuing);
    String ref = String.format("%s-%d-%07d", ISO2.get(issuing), issued.getYear(), perm7(seq, 3));
    return new Warrant(seq, ref, feed, issuing, auth.get(r.nextInt(auth.size())), offence, issued, expiry);
  }

  static Category offence(SplittableRandom r) {
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
}
