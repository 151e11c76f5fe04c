package org.harmattan.samples;

import static org.harmattan.samples.ReferenceModel.I247;
import static org.harmattan.samples.ReferenceModel.K_MONTH;
import static org.harmattan.samples.ReferenceModel.K_QUERY;
import static org.harmattan.samples.ReferenceModel.K_REQUEST;
import static org.harmattan.samples.ReferenceModel.weighted;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.harmattan.samples.ReferenceModel.Copy;
import org.harmattan.samples.ReferenceModel.Document;
import org.harmattan.samples.ReferenceModel.Notice;
import org.harmattan.samples.ReferenceModel.Person;

/**
 * The traffic of the I-24/7 network: requests between bureaus and queries of the databases, each
 * month busier than the last. Queries hit documents and notices of the {@link ReferenceModel} that
 * were already on file on the day.
 */
final class ReferenceActivity {
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

  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private final SampleSpec spec;
  private final ReferenceModel model;
  private final ReferenceTruth truth;
  final long requests;
  final long queries;

  ReferenceActivity(SampleSpec spec, ReferenceModel model, ReferenceTruth truth) {
    this.spec = spec;
    this.model = model;
    this.truth = truth;
    this.requests = Math.max(600, spec.scale() / 8);
    this.queries = Math.max(1500, spec.scale() / 2);
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
    SplittableRandom r = model.rnd(K_MONTH, kind * 100_000 + m.getYear() * 12L + m.getMonthValue());
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

  void writeRequests(RefFile f) throws IOException {
    long[] counts = perMonth(requests);
    long seq = 0;
    long[] badAt = {ReferenceBadReason.position(0, 2, requests), ReferenceBadReason.position(1, 2, requests)};
    YearMonth m = spec.firstMonth();
    for (long c : counts) {
      for (Instant sent : times(m, c, K_REQUEST)) {
        SplittableRandom r = model.rnd(K_REQUEST, seq);
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
        boolean open = neverAnswered || answered.isAfter(model.now);
        String ref = String.format("RQ-%s-%d-%06d", from, YearMonth.from(sent.atZone(ZoneOffset.UTC)).getYear(), seq + 1);
        f.write(Arrays.asList(ref, from, to, type, PRIORITIES.get(p), TS.format(sent), open ? null : TS.format(answered),
            open ? "OPEN" : "ANSWERED"));
        Instant due = sent.plusSeconds(sla);
        if (open && due.isBefore(model.now)) {
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
            truth.badRecord(I247, f, line, ReferenceBadReason.ANSWER_BEFORE_REQUEST);
          }
        }
        seq++;
      }
      m = m.plusMonths(1);
    }
  }

  void writeQueries(RefFile f) throws IOException {
    long[] counts = perMonth(queries);
    long seq = 0;
    YearMonth m = spec.firstMonth();
    for (long c : counts) {
      for (Instant ts : times(m, c, K_QUERY)) {
        SplittableRandom r = model.rnd(K_QUERY, seq);
        String bureau = Bureaus.ALL.get(r.nextInt(12));
        int db = weighted(DATABASE_W, r);
        boolean hit = r.nextDouble() < HIT_RATE[db];
        String ref = String.format("Q-%d%02d-%07d", m.getYear(), m.getMonthValue(), seq + 1);
        LocalDate day = ts.atZone(ZoneOffset.UTC).toLocalDate();
        String matched = null;
        Document doc = null;
        if (hit && db == 0) {
          for (int t = 0; t < 30 && doc == null; t++) {
            Document d = model.document(r.nextLong(model.documents));
            if (d.reported().isBefore(day)) {
              doc = d;
            }
          }
          hit = doc != null;
          matched = hit ? doc.number() : null;
        } else if (hit && db == 1) {
          for (int t = 0; t < 30 && matched == null; t++) {
            Person p = model.person(r.nextLong(model.persons));
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
