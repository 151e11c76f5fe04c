package org.harmattan.features.hotspots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** ArcGIS Pro's emerging hot spot definitions on twelve-month series (90% = 11 of 12 months). */
class HotSpotPatternTest {
  private static int[] bins(String s) {
    int[] b = new int[s.length()];
    for (int i = 0; i < s.length(); i++) {
      b[i] = s.charAt(i) == 'H' ? 1 : s.charAt(i) == 'C' ? -1 : 0;
    }
    return b;
  }

  @Test
  void aFirstHotSpotInTheFinalMonthIsNew() {
    assertEquals(HotSpotPattern.NEW_HOT_SPOT, HotSpotPattern.classify(bins("...........H"), 0));
    assertEquals(HotSpotPattern.NEW_COLD_SPOT, HotSpotPattern.classify(bins("...........C"), 0));
  }

  @Test
  void anUnbrokenFinalRunWithNothingBeforeIsConsecutive() {
    assertEquals(HotSpotPattern.CONSECUTIVE_HOT_SPOT, HotSpotPattern.classify(bins(".........HHH"), 1));
  }

  @Test
  void ninetyPercentHotIncludingTheFinalMonthDependsOnTheTrend() {
    assertEquals(HotSpotPattern.INTENSIFYING_HOT_SPOT, HotSpotPattern.classify(bins(".HHHHHHHHHHH"), 1));
    assertEquals(HotSpotPattern.PERSISTENT_HOT_SPOT, HotSpotPattern.classify(bins("HHHHH.HHHHHH"), 0));
    assertEquals(HotSpotPattern.DIMINISHING_HOT_SPOT, HotSpotPattern.classify(bins("HHHHHHHHHHHH"), -1));
    assertEquals(HotSpotPattern.INTENSIFYING_COLD_SPOT, HotSpotPattern.classify(bins("CCCCCCCCCCCC"), -1));
  }

  @Test
  void onAndOffHotSpotsAreSporadicUnlessTheyWereColdOnceWhichIsOscillating() {
    assertEquals(HotSpotPattern.SPORADIC_HOT_SPOT, HotSpotPattern.classify(bins("..H..H...H.H"), 0));
    assertEquals(HotSpotPattern.OSCILLATING_HOT_SPOT, HotSpotPattern.classify(bins("..C..H...H.H"), 0));
    // A run at the end after an earlier hot month is not consecutive.
    assertEquals(HotSpotPattern.SPORADIC_HOT_SPOT, HotSpotPattern.classify(bins(".H.......HHH"), 0));
  }

  @Test
  void ninetyPercentHotButNotInTheFinalMonthIsHistorical() {
    assertEquals(HotSpotPattern.HISTORICAL_HOT_SPOT, HotSpotPattern.classify(bins("HHHHHHHHHHH."), 0));
    // Ten of twelve is below 90%: not historical, and not hot at the end: no pattern.
    assertEquals(HotSpotPattern.NO_PATTERN, HotSpotPattern.classify(bins("HHHHHHHHHH.."), 0));
  }

  @Test
  void aSeriesWithoutSignificantBinsHasNoPattern() {
    assertEquals(HotSpotPattern.NO_PATTERN, HotSpotPattern.classify(bins("............"), 1));
  }
}
