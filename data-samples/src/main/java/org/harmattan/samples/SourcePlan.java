package org.harmattan.samples;

import org.harmattan.core.geo.PrioGrid;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * How many incidents each month gets and where they come from: the corridors (with their trends),
 * background noise in towns, and the planted surges. The plan is small (months x sources), so the
 * incidents themselves can be streamed.
 */
final class SourcePlan {
  /** Background noise relative to one unit of corridor weight. */
  static final double TOWN_WEIGHT = 25;
  static final double JITTER_DEG = 0.12;
  static final double TOWN_JITTER_DEG = 0.05;
  private static final int SURGES = 6;

  final List<YearMonth> months;
  final List<Surge> surges;
  /** intensity[m][s]: s < corridors = corridor, s == corridors = towns, then surges. */
  final double[][] intensity;
  final long[] perMonth;

  SourcePlan(SampleSpec spec) {
    months = new ArrayList<>();
    for (YearMonth m = spec.firstMonth(); !m.isAfter(spec.lastMonth()); m = m.plusMonths(1)) {
      months.add(m);
    }
    SplittableRandom rnd = new SplittableRandom(spec.seed() * 31 + 7);
    surges = pickSurges(rnd);
    int nc = Corridors.ALL.size();
    intensity = new double[months.size()][nc + 1 + surges.size()];
    for (int m = 0; m < months.size(); m++) {
      for (int c = 0; c < nc; c++) {
        intensity[m][c] = Corridors.ALL.get(c).intensity(m);
      }
      intensity[m][nc] = TOWN_WEIGHT;
    }
    for (int s = 0; s < surges.size(); s++) {
      Surge surge = surges.get(s);
      int m = months.indexOf(surge.month());
      if (m < 0) {
        continue;
      }
      double expected = 0;
      for (int c = 0; c < nc; c++) {
        Corridor cor = Corridors.ALL.get(c);
        expected += intensity[m][c] * cellShare(cor, surge.gid(), rnd) * cor.type().share(surge.category());
      }
      expected += intensity[m][nc] * townShare(surge.gid()) * CorridorType.TOWN.share(surge.category());
      intensity[m][nc + 1 + s] = (surge.factor() - 1) * expected;
    }
    perMonth = allocate(spec.scale());
  }

  int corridorCount() {
    return Corridors.ALL.size();
  }

  /** Months' incident counts summing exactly to the scale (largest remainder). */
  private long[] allocate(long scale) {
    int n = months.size();
    double[] rowSum = new double[n];
    double total = 0;
    for (int m = 0; m < n; m++) {
      for (double v : intensity[m]) {
        rowSum[m] += v;
      }
      total += rowSum[m];
    }
    long[] out = new long[n];
    double[] rem = new double[n];
    long assigned = 0;
    for (int m = 0; m < n; m++) {
      double exact = scale * rowSum[m] / total;
      out[m] = (long) Math.floor(exact);
      rem[m] = exact - out[m];
      assigned += out[m];
    }
    while (assigned < scale) {
      int best = 0;
      for (int m = 1; m < n; m++) {
        if (rem[m] > rem[best]) {
          best = m;
        }
      }
      out[best]++;
      rem[best] = -1;
      assigned++;
    }
    return out;
  }

  /** Cumulative source weights of a month, for drawing the source of each incident. */
  double[] cumulative(int m) {
    double[] c = intensity[m].clone();
    for (int i = 1; i < c.length; i++) {
      c[i] += c[i - 1];
    }
    return c;
  }

  /** Surges sit at corridor towns, mostly in the last year, at three to seven times normal activity. */
  private List<Surge> pickSurges(SplittableRandom rnd) {
    List<Surge> out = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    int n = months.size();
    while (out.size() < Math.min(SURGES, Corridors.ALL.size())) {
      Corridor c = Corridors.ALL.get(rnd.nextInt(Corridors.ALL.size()));
      Place town = c.waypoints().get(rnd.nextInt(c.waypoints().size()));
      int gid = PrioGrid.gid(town.lat(), town.lon());
      if (!used.add(gid)) {
        continue;
      }
      int m = out.size() == 0 ? n / 2 : n - 1 - rnd.nextInt(Math.min(12, n));
      double factor = 3 + rnd.nextInt(5);
      out.add(new Surge(gid, months.get(Math.max(0, Math.min(n - 1, m))), c.type().mainCategory(), factor, c, town));
    }
    return out;
  }

  /** Share of a corridor's incidents that land in a cell, estimated by sampling its jittered polyline. */
  private static double cellShare(Corridor c, int gid, SplittableRandom rnd) {
    int hits = 0;
    int samples = 4000;
    for (int i = 0; i < samples; i++) {
      double[] p = c.pointAt(rnd.nextDouble());
      if (PrioGrid.gid(p[0] + rnd.nextGaussian() * JITTER_DEG, p[1] + rnd.nextGaussian() * JITTER_DEG) == gid) {
        hits++;
      }
    }
    return hits / (double) samples;
  }

  private static double townShare(int gid) {
    int towns = 0;
    for (Place p : Places.ALL) {
      if (PrioGrid.gid(p.lat(), p.lon()) == gid) {
        towns++;
      }
    }
    return towns / (double) Places.ALL.size();
  }
}
