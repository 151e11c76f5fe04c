package org.harmattan.jobs.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.harmattan.core.geo.Haversine;

/**
 * The double-report linker's blocking keys. Each record has its own block in space, time and
 * quantity, and a reach: the blocks its possible partners can be in. One side of the join takes
 * its own space block and its reach in time and quantity, the other its reach in space and its own
 * time and quantity block, so that every pair close enough to be linked meets exactly once.
 * Blocks are twice the link limits, so a reach is one or two blocks per dimension: per record
 * the join shuffles about 4 + 4 rows (it was 3 + 9 with cells and buckets of the limit's size, and
 * 3 + 9 again with PRIO cells that are twice as wide and four times the area, which at 10M
 * incidents made billions of candidate pairs).
 * <ul>
 *   <li>Space: bands of latitude (a great-circle distance is never shorter than its latitude arc)
 *   by slices of longitude sized at the most poleward latitude of the rows (d >= R cos(lat) dLon
 *   there, to within 1e-5 at these distances); limit max-km plus 1%.
 *   <li>Time: days since 1970-01-01; limit max-days.
 *   <li>Quantity (never negative, always with a unit; see IncidentMapper): two quantities differ by
 *   at most max-quantity-difference d when their logarithms are at most -ln(1 - d) apart (plus
 *   0.01%, for rounding). Zero matches only zero, a missing quantity only a missing one, and only
 *   the same unit matches (the unit is part of the key).
 * </ul>
 */
record LinkBlocks(double latReach, double lonReach, int maxDays, double logReach) {
  /** Quantity blocks of records without a quantity, and with a quantity of zero. */
  static final long NO_QUANTITY = -1_000_000_000L;
  static final long ZERO_QUANTITY = -999_999_999L;
  /** No quantity limit (max-quantity-difference >= 1): every quantity of a unit in one block. */
  static final double ANY_QUANTITY = Double.POSITIVE_INFINITY;

  static LinkBlocks of(double maxKm, double maxAbsLatitude, int maxDays, double maxQuantityDifference) {
    double kmPerDegree = Math.toRadians(1) * Haversine.EARTH_RADIUS_KM;
    double km = maxKm * 1.01;
    return new LinkBlocks(km / kmPerDegree,
        km / (kmPerDegree * Math.cos(Math.toRadians(Math.min(89.0, maxAbsLatitude)))), maxDays,
        maxQuantityDifference >= 1 ? ANY_QUANTITY : -Math.log(1 - maxQuantityDifference) * 1.0001);
  }

  // ---- own blocks and reaches as Spark columns ----

  Column row(Column latitude) {
    return floor(latitude.divide(2 * latReach));
  }

  Column column(Column longitude) {
    return floor(longitude.divide(2 * lonReach));
  }

  Column rowsReached(Column latitude) {
    return array_distinct(array(row(latitude.minus(latReach)), row(latitude.plus(latReach))));
  }

  Column columnsReached(Column longitude) {
    return array_distinct(array(column(longitude.minus(lonReach)), column(longitude.plus(lonReach))));
  }

  Column bucket(Column date) {
    return floor(days(date).divide(2 * maxDays + 1));
  }

  Column bucketsReached(Column date) {
    return array_distinct(array(floor(days(date).minus(maxDays).divide(2 * maxDays + 1)),
        floor(days(date).plus(maxDays).divide(2 * maxDays + 1))));
  }

  Column quantityBlock(Column quantity) {
    Column positive = logReach == ANY_QUANTITY ? lit(0L) : floor(log(quantity).divide(2 * logReach));
    return when(quantity.isNull(), lit(NO_QUANTITY)).when(quantity.equalTo(0).and(lit(logReach != ANY_QUANTITY)),
        lit(ZERO_QUANTITY)).otherwise(positive);
  }

  Column quantityBlocksReached(Column quantity) {
    if (logReach == ANY_QUANTITY) {
      return array(quantityBlock(quantity));
    }
    Column reached = array_distinct(array(floor(log(quantity).minus(logReach).divide(2 * logReach)),
        floor(log(quantity).plus(logReach).divide(2 * logReach))));
    return when(quantity.isNull().or(quantity.equalTo(0)), array(quantityBlock(quantity))).otherwise(reached);
  }

  /** The unit a quantity block belongs to ("" without a quantity: units do not matter then). */
  static Column unitKey(Column quantity, Column unit) {
    return when(quantity.isNull(), lit("")).otherwise(unit);
  }

  private static Column days(Column date) {
    return datediff(date, lit("1970-01-01"));
  }

  // ---- the same on one value (tests) ----

  long row(double latitude) {
    return (long) Math.floor(latitude / (2 * latReach));
  }

  long column(double longitude) {
    return (long) Math.floor(longitude / (2 * lonReach));
  }

  long[] rowsReached(double latitude) {
    return distinct(row(latitude - latReach), row(latitude + latReach));
  }

  long[] columnsReached(double longitude) {
    return distinct(column(longitude - lonReach), column(longitude + lonReach));
  }

  long bucket(long day) {
    return Math.floorDiv(day, 2L * maxDays + 1);
  }

  long[] bucketsReached(long day) {
    return distinct(Math.floorDiv(day - maxDays, 2L * maxDays + 1), Math.floorDiv(day + maxDays, 2L * maxDays + 1));
  }

  long quantityBlock(Double quantity) {
    if (quantity == null) {
      return NO_QUANTITY;
    }
    if (logReach == ANY_QUANTITY) {
      return 0;
    }
    return quantity == 0 ? ZERO_QUANTITY : (long) Math.floor(Math.log(quantity) / (2 * logReach));
  }

  long[] quantityBlocksReached(Double quantity) {
    if (quantity == null || quantity == 0 || logReach == ANY_QUANTITY) {
      return new long[] {quantityBlock(quantity)};
    }
    return distinct((long) Math.floor((Math.log(quantity) - logReach) / (2 * logReach)),
        (long) Math.floor((Math.log(quantity) + logReach) / (2 * logReach)));
  }

  private static long[] distinct(long a, long b) {
    return a == b ? new long[] {a} : new long[] {a, b};
  }

  static boolean contains(long[] blocks, long block) {
    return Arrays.stream(blocks).anyMatch(b -> b == block);
  }
}
