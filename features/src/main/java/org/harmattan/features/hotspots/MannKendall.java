package org.harmattan.features.hotspots;

import java.util.Arrays;
import org.apache.commons.math3.special.Erf;

/**
 * The Mann-Kendall trend test (Mann 1945, Kendall 1975) on one short series, as Emerging Hot Spot
 * Analysis applies it to each location's Gi* z-scores: S = sum of sign(x_j - x_i) over i < j,
 * variance with the tie correction, continuity-corrected z, two-sided normal p-value.
 */
public final class MannKendall {
  /** Outcome of the test; {@code z} and {@code p} are 0 and 1 for series shorter than 3 or without variance. */
  public record Result(long s, double variance, double z, double p) {
    /** +1 for a significant upward trend, -1 downward, 0 none, at level {@code alpha}. */
    public int direction(double alpha) {
      return p < alpha ? (s > 0 ? 1 : s < 0 ? -1 : 0) : 0;
    }
  }

  private MannKendall() {}

  public static Result test(double[] x) {
    int n = x.length;
    long s = 0;
    for (int i = 0; i < n - 1; i++) {
      for (int j = i + 1; j < n; j++) {
        s += Double.compare(x[j], x[i]) > 0 ? 1 : Double.compare(x[j], x[i]) < 0 ? -1 : 0;
      }
    }
    double variance = n * (n - 1.0) * (2.0 * n + 5.0);
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < n;) {
      int j = i;
      while (j + 1 < n && sorted[j + 1] == sorted[i]) {
        j++;
      }
      int t = j - i + 1;
      variance -= t * (t - 1.0) * (2.0 * t + 5.0);
      i = j + 1;
    }
    variance /= 18.0;
    if (n < 3 || variance <= 0) {
      return new Result(s, Math.max(variance, 0), 0, 1);
    }
    double sd = Math.sqrt(variance);
    double z = s > 0 ? (s - 1) / sd : s < 0 ? (s + 1) / sd : 0;
    return new Result(s, variance, z, twoSidedP(z));
  }

  /** Two-sided p-value of a standard normal z: erfc(|z| / sqrt 2). */
  public static double twoSidedP(double z) {
    return Erf.erfc(Math.abs(z) / Math.sqrt(2));
  }
}
