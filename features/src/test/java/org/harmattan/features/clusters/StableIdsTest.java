package org.harmattan.features.clusters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StableIdsTest {
  static final double[] MEAN = {0, 0};
  static final double[] STD = {1, 1};

  @Test
  void numbersTheClustersFromOneOnTheFirstRun() {
    Map<Integer, Integer> ids = new TreeMap<>();
    int matched = StableIds.assign(Map.of(0, new double[] {0, 0}, 1, new double[] {5, 5}), Map.of(), 0, MEAN, STD, ids);
    assertEquals(0, matched);
    assertEquals(Map.of(0, 1, 1, 2), ids);
  }

  @Test
  void givesEachNewCentroidTheIdOfThePreviousCentroidItMatchesAndFreshIdsToTheRest() {
    Map<Integer, double[]> previous = Map.of(3, new double[] {0, 0}, 7, new double[] {10, 0});
    Map<Integer, double[]> current = Map.of(0, new double[] {9.5, 0.2}, 1, new double[] {0.3, -0.1},
        2, new double[] {0, 20});
    Map<Integer, Integer> ids = new TreeMap<>();
    int matched = StableIds.assign(current, previous, 8, MEAN, STD, ids);
    assertEquals(2, matched);
    assertEquals(Map.of(0, 7, 1, 3, 2, 9), ids);
  }
}
