package org.harmattan.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.harmattan.core.geo.Haversine;
import org.junit.jupiter.api.Test;

/** The linker's blocks never separate two reports close enough in space and quantity to be linked. */
class DoubleReportBlocksTest {
  private static final double MAX_KM = 25;

  @Test
  void everyPairWithinMaxKmLiesInTheSameOrAdjacentBlocks() {
    SplittableRandom random = new SplittableRandom(7);
    int checked = 0;
    for (int i = 0; i < 200_000; i++) {
      double lat = random.nextDouble(-60, 60);
      double lon = random.nextDouble(-30, 60);
      double bearing = random.nextDouble(0, 2 * Math.PI);
      // Most pairs at (or just under) the limit, where a block too small would show.
      double km = i % 4 == 0 ? random.nextDouble(0, MAX_KM) : MAX_KM * (1 - random.nextDouble(0, 1e-6));
      double[] other = destination(lat, lon, bearing, km);
      if (Haversine.km(lat, lon, other[0], other[1]) > MAX_KM) {
        continue;
      }
      DoubleReportLinker.Blocks blocks = DoubleReportLinker.Blocks.of(MAX_KM, Math.max(Math.abs(lat), Math.abs(other[0])));
      assertTrue(Math.abs(blocks.row(lat) - blocks.row(other[0])) <= 1
          && Math.abs(blocks.column(lon) - blocks.column(other[1])) <= 1,
          () -> "(" + lat + ", " + lon + ") and (" + other[0] + ", " + other[1] + ") " + km + " km apart");
      checked++;
    }
    assertTrue(checked > 190_000, "pairs checked: " + checked);
  }

  @Test
  void blocksAreMaxKmPlusOnePercentAtTheMostPolewardLatitude() {
    // Up to 38 degrees north (Tunis): blocks of 25.25 km there, rather than the 0.5-degree PRIO cells
    // (55 km high, 44 km wide) used before.
    DoubleReportLinker.Blocks blocks = DoubleReportLinker.Blocks.of(MAX_KM, 38);
    double kmPerDegree = Math.toRadians(1) * Haversine.EARTH_RADIUS_KM;
    assertEquals(25.25, blocks.latStep() * kmPerDegree, 1e-9);
    assertEquals(25.25, blocks.lonStep() * kmPerDegree * Math.cos(Math.toRadians(38)), 1e-9);
  }

  @Test
  void quantitiesWithinTheAllowedDifferenceLieInTheSameOrAdjacentClasses() {
    DoubleReportLinker linker = new DoubleReportLinker(2, MAX_KM, 0.2, true);
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 200_000; i++) {
      double q = Math.exp(random.nextDouble(-8, 16));
      // Half the pairs exactly at the limit (the smaller 80% of the larger).
      double other = q * (i % 2 == 0 ? 0.8 : random.nextDouble(0.8, 1.0));
      double qdiff = Math.abs(q - other) / Math.max(q, other);
      if (qdiff <= 0.2) {
        long a = linker.quantityClass(q);
        long b = linker.quantityClass(other);
        assertTrue(Math.abs(a - b) <= 1, () -> q + " and " + other + ": classes " + a + ", " + b);
      }
    }
    // Zero and missing quantities are classes of their own; any difference allowed: one class.
    assertEquals(DoubleReportLinker.ZERO_QUANTITY, linker.quantityClass(0.0));
    assertEquals(DoubleReportLinker.NO_QUANTITY, linker.quantityClass(null));
    DoubleReportLinker anyQuantity = new DoubleReportLinker(2, MAX_KM, 1.0, true);
    assertEquals(anyQuantity.quantityClass(0.0), anyQuantity.quantityClass(12345.0));
  }

  /** The point km away from (lat, lon) along the initial bearing, on the haversine sphere. */
  private static double[] destination(double lat, double lon, double bearing, double km) {
    double d = km / Haversine.EARTH_RADIUS_KM;
    double p1 = Math.toRadians(lat);
    double p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(bearing));
    double l2 = Math.toRadians(lon) + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(p1),
        Math.cos(d) - Math.sin(p1) * Math.sin(p2));
    return new double[] {Math.toDegrees(p2), Math.toDegrees(l2)};
  }
}
