package org.harmattan.features.hotspots;

/**
 * The emerging hot spot classes of ArcGIS Pro's Emerging Hot Spot Analysis, decided from one
 * location's series of significant hot (+1), cold (-1) or neither (0) bins, oldest first, and
 * the Mann-Kendall trend of its Gi* z-scores. "90 percent of the time-step intervals" is
 * {@code count >= 0.9 * n}.
 */
public enum HotSpotPattern {
  NEW_HOT_SPOT, CONSECUTIVE_HOT_SPOT, INTENSIFYING_HOT_SPOT, PERSISTENT_HOT_SPOT, DIMINISHING_HOT_SPOT,
  SPORADIC_HOT_SPOT, OSCILLATING_HOT_SPOT, HISTORICAL_HOT_SPOT,
  NEW_COLD_SPOT, CONSECUTIVE_COLD_SPOT, INTENSIFYING_COLD_SPOT, PERSISTENT_COLD_SPOT, DIMINISHING_COLD_SPOT,
  SPORADIC_COLD_SPOT, OSCILLATING_COLD_SPOT, HISTORICAL_COLD_SPOT,
  NO_PATTERN;

  /**
   * Classifies a series.
   *
   * @param bins +1 significant hot spot, -1 significant cold spot, 0 neither, oldest first
   * @param trend Mann-Kendall direction of the z-scores: +1 significant increase, -1 decrease, 0 none
   */
  public static HotSpotPattern classify(int[] bins, int trend) {
    HotSpotPattern hot = side(bins, 1, trend);
    if (hot != null) {
      return hot;
    }
    HotSpotPattern cold = side(bins, -1, trend);
    return cold != null ? cold : NO_PATTERN;
  }

  /**
   * The pattern on one side (sign +1 hot, -1 cold), or null. For cold spots "intensifying" means
   * the z-scores fall (colder), the mirror of the hot spot case.
   */
  private static HotSpotPattern side(int[] bins, int sign, int trend) {
    int n = bins.length;
    if (n == 0) {
      return null;
    }
    int same = 0;
    int opposite = 0;
    for (int b : bins) {
      same += b == sign ? 1 : 0;
      opposite += b == -sign ? 1 : 0;
    }
    boolean mostly = same >= 0.9 * n;
    boolean finalBin = bins[n - 1] == sign;
    boolean hotSide = sign > 0;
    if (finalBin) {
      if (mostly) {
        int towards = trend * sign;
        if (towards > 0) {
          return hotSide ? INTENSIFYING_HOT_SPOT : INTENSIFYING_COLD_SPOT;
        }
        if (towards < 0) {
          return hotSide ? DIMINISHING_HOT_SPOT : DIMINISHING_COLD_SPOT;
        }
        return hotSide ? PERSISTENT_HOT_SPOT : PERSISTENT_COLD_SPOT;
      }
      if (same == 1) {
        return hotSide ? NEW_HOT_SPOT : NEW_COLD_SPOT;
      }
      int run = 0;
      for (int i = n - 1; i >= 0 && bins[i] == sign; i--) {
        run++;
      }
      if (run >= 2 && run == same) {
        return hotSide ? CONSECUTIVE_HOT_SPOT : CONSECUTIVE_COLD_SPOT;
      }
      if (opposite > 0) {
        return hotSide ? OSCILLATING_HOT_SPOT : OSCILLATING_COLD_SPOT;
      }
      return hotSide ? SPORADIC_HOT_SPOT : SPORADIC_COLD_SPOT;
    }
    if (mostly) {
      return hotSide ? HISTORICAL_HOT_SPOT : HISTORICAL_COLD_SPOT;
    }
    return null;
  }
}
