package org.harmattan.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.harmattan.core.geo.Haversine;
import org.junit.jupiter.api.Test;

/** The linker's blocks never keep apart two reports close enough in space, time and quantity to be linked. */
class LinkBlocksTest {
  private static final double MAX_KM = 25;
  private static final int MAX_DAYS = 2;

  @Test
  void everyPointWithinMaxKmIsInABlockTheOtherReaches() {
    SplittableRandom random = new SplittableRandom(7);
    int checked = 0;
    for (int i = 0; i < 200_000; i++) {
      double lat = random.nextDouble(-60, 60);
      double lon = random.nextDouble(-30, 60);
      double bearing = random.nextDouble(0, 2 * Math.PI);
      // Most pairs at (or just under) the limit, where a reach too short would show.
      double km = i % 4 == 0 ? random.nextDouble(0, MAX_KM) : MAX_KM * (1 - random.nextDouble(0, 1e-6));
      double[] other = destination(lat, lon, bearing, km);
      if (Haversine.km(lat, lon, other[0], other[1]) > MAX_KM) {
        continue;
      }
      LinkBlocks blocks = LinkBlocks.of(MAX_KM, Math.max(Math.abs(lat), Math.abs(other[0])), MAX_DAYS, 0.2);
      assertTrue(reaches(blocks, lat, lon, other) && reaches(blocks, other[0], other[1], new double[] {lat, lon}),
          () -> "(" + lat + ", " + lon + ") and (" + other[0] + ", " + other[1] + ") " + km + " km apart");
      checked++;
    }
    assertTrue(checked > 190_000, "pairs checked: " + checked);
  }

  private static boolean reaches(LinkBlocks blocks, double lat, double lon, double[] other) {
    return LinkBlocks.contains(blocks.rowsReached(lat), blocks.row(other[0]))
        && LinkBlocks.contains(blocks.columnsReached(lon), blocks.column(other[1]));
  }

  @Test
  void everyDayWithinMaxDaysIsInABucketTheOtherReaches() {
    LinkBlocks blocks = LinkBlocks.of(MAX_KM, 38, MAX_DAYS, 0.2);
    for (long day = -40; day <= 40; day++) {
      for (long other = day - MAX_DAYS; other <= day + MAX_DAYS; other++) {
        assertTrue(LinkBlocks.contains(blocks.bucketsReached(day), blocks.bucket(other)), day + " and " + other);
      }
      assertTrue(blocks.bucketsReached(day).length <= 2);
    }
  }

  @Test
  void everyQuantityWithinTheAllowedDifferenceIsInABlockTheOtherReaches() {
    LinkBlocks blocks = LinkBlocks.of(MAX_KM, 38, MAX_DAYS, 0.2);
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 200_000; i++) {
      double q = Math.exp(random.nextDouble(-8, 16));
      // Half the pairs exactly at the limit (the smaller 80% of the larger).
      double other = q * (i % 2 == 0 ? 0.8 : random.nextDouble(0.8, 1.0));
      if (Math.abs(q - other) / Math.max(q, other) <= 0.2) {
        assertTrue(LinkBlocks.contains(blocks.quantityBlocksReached(q), blocks.quantityBlock(other))
            && LinkBlocks.contains(blocks.quantityBlocksReached(other), blocks.quantityBlock(q)), q + " and " + other);
      }
    }
    // Zero and missing quantities only meet their own kind; with no limit on the difference, every
    // quantity of a unit is in one block.
    assertArrayEquals(new long[] {LinkBlocks.ZERO_QUANTITY}, blocks.quantityBlocksReached(0.0));
    assertArrayEquals(new long[] {LinkBlocks.NO_QUANTITY}, blocks.quantityBlocksReached((Double) null));
    LinkBlocks anyQuantity = LinkBlocks.of(MAX_KM, 38, MAX_DAYS, 1.0);
    assertEquals(anyQuantity.quantityBlock(0.0), anyQuantity.quantityBlock(12345.0));
  }

  @Test
  void blocksAreTwiceTheLimitPlusOnePercentAtTheMostPolewardLatitude() {
    // Up to 38 degrees north (Tunis): blocks of 50.5 km there.
    LinkBlocks blocks = LinkBlocks.of(MAX_KM, 38, MAX_DAYS, 0.2);
    double kmPerDegree = Math.toRadians(1) * Haversine.EARTH_RADIUS_KM;
    assertEquals(25.25, blocks.latReach() * kmPerDegree, 1e-9);
    assertEquals(25.25, blocks.lonReach() * kmPerDegree * Math.cos(Math.toRadians(38)), 1e-9);
    assertEquals(-Math.log(0.8) * 1.0001, blocks.logReach(), 1e-12);
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
