package org.harmattan.jobs.ingest;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The double-report linker's candidate search inside each block ({@link LinkBlocks}). Rows come
 * sorted by block, each marked as side a or side b. Within a block, an a row is paired only with b
 * rows of other feeds (when the link requires different feeds), found through the block's b rows
 * grouped by feed. A join on the block key compared every a row with every b row of its block: at
 * 10M incidents that was 1.7 billion pairs, 95% of them from the same feed, and most of the linking's
 * time. Only the exact tests of ids, feeds, days and the blocks' degree boxes are made here; the
 * caller applies the quantity and distance tests and the score, as SQL expressions.
 *
 * <p>Input columns, in this order: side (0 = a, 1 = b), block hash, then the block key (category,
 * row, column, bucket, quantity unit, quantity block), then id, feed, day number, date, latitude,
 * longitude, quantity, unit. No key column is null.
 */
final class BlockPairs implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  static final int SIDE = 0;
  static final int HASH = 1;
  static final int KEY_FROM = 2;
  static final int KEY_TO = 8;
  private static final int ID = 8;
  private static final int FEED = 9;
  private static final int DAY = 10;
  private static final int DATE = 11;
  private static final int LAT = 12;
  private static final int LON = 13;
  private static final int QUANTITY = 14;
  private static final int UNIT = 15;

  /** The pairs found: a's and b's id, date, position, quantity and unit. */
  static final StructType SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("a_id", DataTypes.StringType, false),
      DataTypes.createStructField("b_id", DataTypes.StringType, false),
      DataTypes.createStructField("a_date", DataTypes.DateType, false),
      DataTypes.createStructField("b_date", DataTypes.DateType, false),
      DataTypes.createStructField("a_lat", DataTypes.DoubleType, false),
      DataTypes.createStructField("a_lon", DataTypes.DoubleType, false),
      DataTypes.createStructField("b_lat", DataTypes.DoubleType, false),
      DataTypes.createStructField("b_lon", DataTypes.DoubleType, false),
      DataTypes.createStructField("a_q", DataTypes.DoubleType, true),
      DataTypes.createStructField("a_unit", DataTypes.StringType, true),
      DataTypes.createStructField("b_q", DataTypes.DoubleType, true),
      DataTypes.createStructField("b_unit", DataTypes.StringType, true)});

  private final int maxDays;
  private final double latReach;
  private final double lonReach;
  private final boolean requireDifferentFeed;

  BlockPairs(int maxDays, double latReach, double lonReach, boolean requireDifferentFeed) {
    this.maxDays = maxDays;
    this.latReach = latReach;
    this.lonReach = lonReach;
    this.requireDifferentFeed = requireDifferentFeed;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    return new Iterator<>() {
      private Row next = rows.hasNext() ? rows.next() : null;
      private Iterator<Row> found = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!found.hasNext() && next != null) {
          found = pairsOfBlock().iterator();
        }
        return found.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return found.next();
      }

      /** Reads the rows of the block that starts at {@code next} and answers its pairs. */
      private List<Row> pairsOfBlock() {
        Row first = next;
        List<Row> a = new ArrayList<>();
        Map<String, List<Row>> bByFeed = new HashMap<>();
        while (next != null && sameBlock(first, next)) {
          if (next.getInt(SIDE) == 0) {
            a.add(next);
          } else {
            bByFeed.computeIfAbsent(requireDifferentFeed ? next.getString(FEED) : "", f -> new ArrayList<>()).add(next);
          }
          next = rows.hasNext() ? rows.next() : null;
        }
        List<Row> pairs = new ArrayList<>();
        for (Row ra : a) {
          String feed = ra.getString(FEED);
          for (Map.Entry<String, List<Row>> e : bByFeed.entrySet()) {
            if (requireDifferentFeed && (feed == null || e.getKey() == null || e.getKey().equals(feed))) {
              continue;
            }
            for (Row rb : e.getValue()) {
              if (near(ra, rb)) {
                pairs.add(RowFactory.create(ra.getString(ID), rb.getString(ID), ra.<Date>getAs(DATE), rb.<Date>getAs(DATE),
                    ra.getDouble(LAT), ra.getDouble(LON), rb.getDouble(LAT), rb.getDouble(LON), ra.get(QUANTITY),
                    ra.get(UNIT), rb.get(QUANTITY), rb.get(UNIT)));
              }
            }
          }
        }
        return pairs;
      }
    };
  }

  /** The same tests, and in the same double arithmetic, as the SQL condition this replaces. */
  private boolean near(Row a, Row b) {
    return !a.getString(ID).equals(b.getString(ID))
        && Math.abs(a.getInt(DAY) - b.getInt(DAY)) <= maxDays
        && Math.abs(a.getDouble(LAT) - b.getDouble(LAT)) <= latReach
        && Math.abs(a.getDouble(LON) - b.getDouble(LON)) <= lonReach;
  }

  private static boolean sameBlock(Row x, Row y) {
    if (x.getLong(HASH) != y.getLong(HASH)) {
      return false;
    }
    for (int i = KEY_FROM; i < KEY_TO; i++) {
      if (!Objects.equals(x.get(i), y.get(i))) {
        return false;
      }
    }
    return true;
  }
}
