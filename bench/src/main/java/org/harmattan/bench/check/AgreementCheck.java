package org.harmattan.bench.check;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares the three engines' outputs, in DuckDB, outside any timed run: the floor's and DuckDB's
 * aggregates cell for cell; Harmattan's accepted rows with DuckDB's consolidated rows record for
 * record (same cell, month and category); and the records only one side accepts, each group
 * explained (Harmattan's quarantine reasons the peers do not check, record ids duplicated in a
 * feed) or counted as unexplained.
 */
public final class AgreementCheck {
  /** Quarantine reasons the peers cannot check: Harmattan's point-in-country test (Natural Earth polygons). */
  public static final List<String> UNCHECKED_BY_PEERS = List.of("OUTSIDE_REPORTING_COUNTRY");

  private AgreementCheck() {}

  /**
   * @param floorAggregate folder of the floor's Parquet aggregate
   * @param duckdbOut folder with DuckDB's rows, aggregate and duplicated keys
   * @param harmattanOut folder with Harmattan's exported rows and quarantine counts
   */
  public static Agreement compare(Path floorAggregate, Path duckdbOut, Path harmattanOut) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("CREATE VIEW f AS SELECT * FROM read_parquet('" + glob(floorAggregate) + "')");
      s.execute("CREATE VIEW d AS SELECT * FROM read_parquet('" + file(duckdbOut.resolve("aggregate.parquet")) + "')");
      s.execute("CREATE VIEW dr AS SELECT * FROM read_parquet('" + file(duckdbOut.resolve("rows.parquet")) + "')");
      s.execute("CREATE VIEW dk AS SELECT * FROM read_parquet('" + file(duckdbOut.resolve("duplicated_keys.parquet")) + "')");
      s.execute("CREATE VIEW h AS SELECT * FROM read_parquet('" + glob(harmattanOut.resolve("rows")) + "')");
      s.execute("CREATE VIEW q AS SELECT * FROM read_parquet('" + glob(harmattanOut.resolve("quarantine")) + "')");
      long floor = one(s, "SELECT coalesce(sum(incidents), 0) FROM f");
      long duck = one(s, "SELECT coalesce(sum(incidents), 0) FROM d");
      long harm = one(s, "SELECT count(*) FROM h");
      long doubles = one(s, "SELECT count(*) FROM h WHERE double_report");
      long fdDiff = one(s, "SELECT count(*) FROM f FULL JOIN d USING (gid, month, category) "
          + "WHERE f.incidents IS DISTINCT FROM d.incidents");
      long cells = one(s, "SELECT count(*) FROM d");
      s.execute("CREATE TABLE j AS SELECT h.feed AS h_feed, dr.feed AS d_feed, h.gid AS h_gid, dr.gid AS d_gid, "
          + "h.month AS h_month, dr.month AS d_month, h.category AS h_category, dr.category AS d_category, "
          + "coalesce(h.feed, dr.feed) AS feed, coalesce(h.record_id, dr.record_id) AS record_id "
          + "FROM h FULL JOIN dr ON h.feed = dr.feed AND h.record_id = dr.record_id");
      long common = one(s, "SELECT count(*) FROM j WHERE h_feed IS NOT NULL AND d_feed IS NOT NULL");
      long commonDiff = one(s, "SELECT count(*) FROM j WHERE h_feed IS NOT NULL AND d_feed IS NOT NULL AND "
          + "(h_gid IS DISTINCT FROM d_gid OR h_month IS DISTINCT FROM d_month OR h_category IS DISTINCT FROM d_category)");
      long commonCellsDiff = one(s, "SELECT count(*) FROM "
          + "(SELECT h_gid AS gid, h_month AS month, h_category AS category, count(*) AS n FROM j "
          + " WHERE h_feed IS NOT NULL AND d_feed IS NOT NULL GROUP BY ALL) a FULL JOIN "
          + "(SELECT d_gid AS gid, d_month AS month, d_category AS category, count(*) AS n FROM j "
          + " WHERE h_feed IS NOT NULL AND d_feed IS NOT NULL GROUP BY ALL) b USING (gid, month, category) "
          + "WHERE a.n IS DISTINCT FROM b.n");
      Map<String, Long> onlyPeers = perFeed(s, "SELECT feed, count(*) FROM j WHERE h_feed IS NULL GROUP BY feed");
      Map<String, Long> explained = perFeed(s, "SELECT feed, sum(records) FROM q WHERE reason IN ("
          + String.join(", ", UNCHECKED_BY_PEERS.stream().map(r -> "'" + r + "'").toList()) + ") GROUP BY feed");
      long onlyHarm = one(s, "SELECT count(*) FROM j WHERE d_feed IS NULL");
      long onlyHarmUnexplained = one(s, "SELECT count(*) FROM j WHERE d_feed IS NULL AND "
          + "NOT EXISTS (SELECT 1 FROM dk WHERE dk.feed = j.feed AND dk.record_id = j.record_id)");
      long dupKeys = one(s, "SELECT count(*) FROM dk");
      return new Agreement(floor, duck, harm, doubles, fdDiff, cells, common, commonDiff, commonCellsDiff, onlyPeers,
          explained, onlyHarm, onlyHarmUnexplained, dupKeys);
    }
  }

  /**
   * Compares two exports of Harmattan's silver incidents record for record (cell, month, category and
   * double-report flag): the incremental lakehouse against the full rebuild.
   *
   * @return records missing on either side or placed differently
   */
  public static long differingRecords(Path exportA, Path exportB) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("CREATE VIEW a AS SELECT * FROM read_parquet('" + glob(exportA.resolve("rows")) + "')");
      s.execute("CREATE VIEW b AS SELECT * FROM read_parquet('" + glob(exportB.resolve("rows")) + "')");
      return one(s, "SELECT count(*) FROM a FULL JOIN b ON a.feed = b.feed AND a.record_id = b.record_id "
          + "WHERE a.feed IS NULL OR b.feed IS NULL OR a.gid IS DISTINCT FROM b.gid OR a.month IS DISTINCT FROM b.month "
          + "OR a.category IS DISTINCT FROM b.category OR a.double_report IS DISTINCT FROM b.double_report");
    }
  }

  private static long one(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static Map<String, Long> perFeed(Statement s, String sql) throws SQLException {
    Map<String, Long> m = new TreeMap<>();
    try (ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        if (r.getLong(2) > 0) {
          m.put(r.getString(1), r.getLong(2));
        }
      }
    }
    return m;
  }

  private static String glob(Path dir) {
    return file(dir.resolve("*.parquet"));
  }

  private static String file(Path p) {
    return p.toString().replace("'", "''");
  }
}
