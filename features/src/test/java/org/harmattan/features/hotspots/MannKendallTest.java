package org.harmattan.features.hotspots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Mann-Kendall against series worked out by hand. */
class MannKendallTest {
  @Test
  void countsConcordantPairsAndCorrectsTheVarianceForTies() {
    // 1, 2, 2, 3: five increasing pairs, one tie (2 = 2). Var = (4*3*13 - 2*1*9) / 18 = 138 / 18.
    MannKendall.Result r = MannKendall.test(new double[] {1, 2, 2, 3});
    assertEquals(5, r.s());
    assertEquals(138.0 / 18.0, r.variance(), 1e-12);
    assertEquals(4 / Math.sqrt(138.0 / 18.0), r.z(), 1e-12);
    assertEquals(0.148561774891868, r.p(), 1e-9);
    assertEquals(0, r.direction(0.05));
  }

  @Test
  void findsASignificantRiseInAStrictlyIncreasingSeries() {
    // Ten increasing values: S = 45, Var = 10*9*25/18 = 125, z = 44 / sqrt(125).
    MannKendall.Result r = MannKendall.test(new double[] {0.1, 0.4, 0.5, 0.9, 1.2, 1.3, 2.0, 2.2, 2.3, 3.1});
    assertEquals(45, r.s());
    assertEquals(125.0, r.variance(), 1e-12);
    assertEquals(3.9354796403996297, r.z(), 1e-12);
    assertEquals(8.303070332644999e-05, r.p(), 1e-12);
    assertEquals(1, r.direction(0.05));
  }

  @Test
  void findsAFallMirroringTheRise() {
    MannKendall.Result r = MannKendall.test(new double[] {3.1, 2.3, 2.2, 2.0, 1.3, 1.2, 0.9, 0.5, 0.4, 0.1});
    assertEquals(-45, r.s());
    assertEquals(-3.9354796403996297, r.z(), 1e-12);
    assertEquals(-1, r.direction(0.05));
  }

  @Test
  void aConstantSeriesHasNoTrend() {
    MannKendall.Result r = MannKendall.test(new double[] {2, 2, 2, 2, 2});
    assertEquals(0, r.s());
    assertEquals(0.0, r.variance(), 1e-12);
    assertEquals(1.0, r.p(), 0);
    assertEquals(0, r.direction(0.05));
  }
}
