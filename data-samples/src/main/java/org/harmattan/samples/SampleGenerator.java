package org.harmattan.samples;

import org.harmattan.core.geo.PrioGrid;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.harmattan.core.geo.CountryBorders;

/**
 * Generates the twelve bureau feeds with planted truth, month by month. Incidents are streamed
 * straight into the month files: memory depends on the number of sources and feeds, not on scale.
 */
public final class SampleGenerator {
  /** Random bad records on top of the forced minimum of two per reason and feed. */
  static final double BAD_RATE = 0.005;
  /** Chance that an incident within {@link #DOUBLE_KM} of a neighbouring bureau is reported by it too. */
  static final double DOUBLE_RATE = 0.35;
  static final double DOUBLE_KM = 10;
  /** A double report may lie in the first bureau's country, but within this distance of the second's. */
  static final double DOUBLE_MAX_KM = 15;
  private static final int RESAMPLE_TRIES = 40;

  private final CountryBorders borders;
  private final BorderProximity proximity;

  public SampleGenerator(CountryBorders borders) {
    this.borders = borders;
    this.proximity = new BorderProximity(borders);
  }

  /**
   * Writes feeds, reference files and truth under {@code spec.outDir()}.
   *
   * @throws IOException if a file cannot be written
   */
  public SampleSummary generate(SampleSpec spec) throws IOException {
    SourcePlan plan = new SourcePlan(spec);
    Path out = spec.outDir();
    BadRecordPlanter planter = new BadRecordPlanter(proximity, spec.lastMonth());
    Map<String, FeedState> states = new LinkedHashMap<>();
    for (FeedSpec f : Feeds.ALL) {
      states.put(f.bureau(), new FeedState(f));
    }
    GroupLinks links = new GroupLinks();
    long doubles = 0;
    long bad = 0;
    try (TruthWriter truth = new TruthWriter(out.resolve("truth"))) {
      truth.writePlan(plan);
      for (int m = 0; m < plan.months.size(); m++) {
        YearMonth month = plan.months.get(m);
        SplittableRandom rnd = new SplittableRandom(spec.seed() * 1_000_003L + month.getYear() * 12L + month.getMonthValue());
        for (FeedState s : states.values()) {
          s.open(out, month, scheduledReasons(s.feed, m, plan.months.size()));
        }
        double[] cum = plan.cumulative(m);
        for (long i = 0; i < plan.perMonth[m]; i++) {
          Incident in = draw(plan, m, month, cum, rnd);
          links.observe(in.actors(), month);
          FeedState a = states.get(in.bureau());
          String refA = a.writeGood(in, rnd);
          bad += a.maybePlant(planter, truth, this, month, rnd);
          String b = proximity.neighbourWithin(in.lat(), in.lon(), in.bureau(), DOUBLE_KM);
          if (b != null && rnd.nextDouble() < DOUBLE_RATE) {
            Incident dup = doubleReport(in, b, month, rnd);
            FeedState sb = states.get(b);
            String refB = sb.writeGood(dup, rnd);
            truth.doubleReport(a.feed.name(), refA, sb.feed.name(), refB);
            doubles++;
            bad += sb.maybePlant(planter, truth, this, month, rnd);
          }
        }
        boolean last = m == plan.months.size() - 1;
        for (FeedState s : states.values()) {
          bad += s.close(planter, truth, this, month, rnd, last);
        }
      }
      truth.writeLinks(links);
    }
    Map<String, Long> perFeed = new TreeMap<>();
    for (FeedState s : states.values()) {
      perFeed.put(s.feed.name(), s.records);
    }
    Map<String, Long> reference = new ReferenceGenerator(spec).write(links);
    return new SampleSummary(spec.scale(), doubles, bad, perFeed, reference);
  }

  /** Forced bad records: each plantable reason twice per feed, in two months half a window apart. */
  private static List<BadReason> scheduledReasons(FeedSpec feed, int m, int months) {
    List<BadReason> out = new ArrayList<>();
    List<BadReason> reasons = feed.plantableReasons();
    int fi = Feeds.ALL.indexOf(feed);
    for (int ri = 0; ri < reasons.size(); ri++) {
      int m1 = (ri * 3 + fi * 5) % months;
      int m2 = (m1 + months / 2) % months;
      if (m == m1) {
        out.add(reasons.get(ri));
      }
      if (m == m2) {
        out.add(reasons.get(ri));
      }
    }
    return out;
  }

  private Incident draw(SourcePlan plan, int m, YearMonth month, double[] cum, SplittableRandom rnd) {
    double r = rnd.nextDouble() * cum[cum.length - 1];
    int s = 0;
    while (s < cum.length - 1 && cum[s] <= r) {
      s++;
    }
    LocalDate date = month.atDay(1 + rnd.nextInt(month.lengthOfMonth()));
    int nc = plan.corridorCount();
    if (s < nc) {
      Corridor c = Corridors.ALL.get(s);
      return located(rnd, date, c.type().sample(rnd), c.id(), c.groups(), () -> {
        double[] p = c.pointAt(rnd.nextDouble());
        return new double[] {p[0] + rnd.nextGaussian() * SourcePlan.JITTER_DEG, p[1] + rnd.nextGaussian() * SourcePlan.JITTER_DEG};
      }, c.waypoints().get(0));
    }
    if (s == nc) {
      Place town = Places.ALL.get(rnd.nextInt(Places.ALL.size()));
      return located(rnd, date, CorridorType.TOWN.sample(rnd), "TOWN", List.of(), () -> new double[] {
          town.lat() + rnd.nextGaussian() * SourcePlan.TOWN_JITTER_DEG, town.lon() + rnd.nextGaussian() * SourcePlan.TOWN_JITTER_DEG}, town);
    }
    int si = s - nc - 1;
    Surge surge = plan.surges.get(si);
    double[] corner = PrioGrid.southWestCorner(surge.gid());
    return located(rnd, date, surge.category(), "SURGE-" + (si + 1), surge.corridor().groups(),
        () -> new double[] {corner[0] + rnd.nextDouble() * 0.5, corner[1] + rnd.nextDouble() * 0.5}, surge.town());
  }

  /** Draws points until one lies in a bureau's country; falls back to a town known to lie in one. */
  private Incident located(SplittableRandom rnd, LocalDate date, Category cat, String source, List<Group> groups,
      java.util.function.Supplier<double[]> point, Place fallback) {
    double lat = fallback.lat();
    double lon = fallback.lon();
    String bureau = Bureaus.bureauOf(fallback.country());
    for (int t = 0; t < RESAMPLE_TRIES; t++) {
      double[] p = point.get();
      double plat = RecordRenderer.round5(p[0]);
      double plon = RecordRenderer.round5(p[1]);
      String b = borders.countryAt(plat, plon).map(Bureaus::bureauOf).orElse("");
      if (!b.isEmpty()) {
        lat = plat;
        lon = plon;
        bureau = b;
        break;
      }
    }
    Place place = Places.nearest(lat, lon, Places.ofBureau(bureau));
    return IncidentSampler.sample(rnd, bureau, date, cat, source, groups, lat, lon, place);
  }

  /** The neighbour's version: a few km off, a day off at most, quantity within 10%, its own town names. */
  private Incident doubleReport(Incident in, String bureau, YearMonth month, SplittableRandom rnd) {
    double lat = in.lat();
    double lon = in.lon();
    for (int t = 0; t < 10; t++) {
      double dist = rnd.nextDouble() * 5 / 111.0;
      double angle = rnd.nextDouble() * 2 * Math.PI;
      double plat = RecordRenderer.round5(in.lat() + dist * Math.sin(angle));
      double plon = RecordRenderer.round5(in.lon() + dist * Math.cos(angle) / Math.cos(Math.toRadians(in.lat())));
      String c = borders.countryAt(plat, plon).map(Bureaus::bureauOf).orElse("");
      if ((c.equals(in.bureau()) || c.equals(bureau)) && proximity.distanceKm(plat, plon, bureau) <= DOUBLE_MAX_KM) {
        lat = plat;
        lon = plon;
        break;
      }
    }
    LocalDate date = in.date().plusDays(rnd.nextInt(3) - 1);
    if (!YearMonth.from(date).equals(month)) {
      date = in.date();
    }
    double q = in.quantity();
    if (in.hasQuantity()) {
      double f = 1 + (rnd.nextDouble() * 0.16 - 0.08);
      q = q == Math.rint(q) && q >= 10 ? Math.max(1, Math.round(q * f)) : Math.round(q * f * 10) / 10.0;
      if (q <= 0) {
        q = in.quantity();
      }
    }
    return in.withReport(bureau, date, q, lat, lon, Places.nearest(lat, lon, Places.ofBureau(bureau)));
  }

  /** One bureau's open month file, its reference counter and its queue of bad records still to plant. */
  private static final class FeedState {
    final FeedSpec feed;
    final Deque<BadReason> pending = new ArrayDeque<>();
    FeedFileWriter writer;
    Path relative;
    YearMonth month;
    int seq;
    String lastGoodRef;
    long records;

    FeedState(FeedSpec feed) {
      this.feed = feed;
    }

    void open(Path out, YearMonth m, List<BadReason> scheduled) throws IOException {
      month = m;
      seq = 0;
      lastGoodRef = null;
      relative = Path.of("feeds", feed.name(), m + "." + feed.format().extension);
      writer = FeedFileWriter.open(feed, out.resolve(relative));
      pending.addAll(scheduled);
    }

    String nextRef() {
      return String.format(feed.refPattern(), month.getYear(), month.getMonthValue(), ++seq);
    }

    String writeGood(Incident in, SplittableRandom rnd) throws IOException {
      String ref = nextRef();
      writer.write(RecordRenderer.render(in, feed, ref, rnd), Damage.NONE);
      records++;
      lastGoodRef = ref;
      return ref;
    }

    /** After a good record: sometimes a random bad one, and the next forced one if any is due. */
    long maybePlant(BadRecordPlanter planter, TruthWriter truth, SampleGenerator gen, YearMonth m, SplittableRandom rnd)
        throws IOException {
      long n = 0;
      if (rnd.nextDouble() < BAD_RATE) {
        List<BadReason> reasons = feed.plantableReasons();
        n += plant(reasons.get(rnd.nextInt(reasons.size())), planter, truth, gen, m, rnd);
      }
      if (!pending.isEmpty()) {
        n += plant(pending.poll(), planter, truth, gen, m, rnd);
      }
      return n;
    }

    long close(BadRecordPlanter planter, TruthWriter truth, SampleGenerator gen, YearMonth m, SplittableRandom rnd,
        boolean last) throws IOException {
      long n = 0;
      // Leftovers wait for next month's file, except in the last month.
      while (last && !pending.isEmpty()) {
        BadReason r = pending.poll();
        if (r != BadReason.DUPLICATE_KEY_IN_BATCH || lastGoodRef != null) {
          n += plant(r, planter, truth, gen, m, rnd);
        }
      }
      writer.close();
      return n;
    }

    private long plant(BadReason reason, BadRecordPlanter planter, TruthWriter truth, SampleGenerator gen, YearMonth m,
        SplittableRandom rnd) throws IOException {
      if (reason == BadReason.DUPLICATE_KEY_IN_BATCH && lastGoodRef == null) {
        pending.add(reason);
        return 0;
      }
      Incident base = gen.townIncident(feed.bureau(), m, BadRecordPlanter.needsQuantity(reason), rnd);
      String ref = reason == BadReason.DUPLICATE_KEY_IN_BATCH ? lastGoodRef : nextRef();
      BadRecordPlanter.Planted p = planter.plant(reason, feed, RecordRenderer.render(base, feed, ref, rnd), lastGoodRef, rnd);
      long line = writer.write(p.row(), p.damage());
      records++;
      truth.badRecord(feed.name(), relative.toString().replace('\\', '/'), line, reason);
      return 1;
    }
  }

  /** A plain town incident of one bureau, the base that a bad record spoils. */
  Incident townIncident(String bureau, YearMonth month, boolean withQuantity, SplittableRandom rnd) {
    List<Place> towns = Places.ofBureau(bureau);
    Place town = towns.get(rnd.nextInt(towns.size()));
    LocalDate date = month.atDay(1 + rnd.nextInt(month.lengthOfMonth()));
    while (true) {
      Category cat = CorridorType.TOWN.sample(rnd);
      Incident in = IncidentSampler.sample(rnd, bureau, date, cat, "TOWN", List.of(), town.lat(), town.lon(), town);
      if (in.hasQuantity() || !withQuantity) {
        return in;
      }
    }
  }
}
