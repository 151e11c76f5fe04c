package org.harmattan.bench.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementCheckTest {
  @TempDir
  Path dir;

  /**
   * DuckDB keeps a, b and c (c is outside its country for Harmattan), drops both copies of d; Harmattan
   * keeps a, b and the first d. {@code harmattanB} is the cell Harmattan gives b.
   */
  private Agreement compare(int floorCellOfA, int harmattanB) throws Exception {
    Files.createDirectories(dir.resolve("floor"));
    Files.createDirectories(dir.resolve("duckdb"));
    Files.createDirectories(dir.resolve("harmattan/rows"));
    Files.createDirectories(dir.resolve("harmattan/quarantine"));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      copy(s, "SELECT * FROM (VALUES (" + floorCellOfA + ", '2026-10', 'ARMS_TRAFFICKING', 1::BIGINT), "
          + "(2, '2026-10', 'ARMS_TRAFFICKING', 1::BIGINT), (3, '2026-10', 'ARMS_TRAFFICKING', 1::BIGINT)) "
          + "t(gid, month, category, incidents)", "floor/part-0.parquet");
      copy(s, "SELECT * FROM (VALUES ('f', 'a', 1, '2026-10', 'ARMS_TRAFFICKING'), ('f', 'b', 2, '2026-10', "
          + "'ARMS_TRAFFICKING'), ('f', 'c', 3, '2026-10', 'ARMS_TRAFFICKING')) t(feed, record_id, gid, month, category)",
          "duckdb/rows.parquet");
      copy(s, "SELECT gid, month, category, count(*) AS incidents FROM read_parquet('" + dir.resolve("duckdb/rows.parquet")
          + "') GROUP BY ALL", "duckdb/aggregate.parquet");
      copy(s, "SELECT * FROM (VALUES ('f', 'd')) t(feed, record_id)", "duckdb/duplicated_keys.parquet");
      copy(s, "SELECT * FROM (VALUES ('f', 'a', 1, '2026-10', 'ARMS_TRAFFICKING', false), ('f', 'b', " + harmattanB
          + ", '2026-10', 'ARMS_TRAFFICKING', true), ('f', 'd', 4, '2026-10', 'ARMS_TRAFFICKING', false)) "
          + "t(feed, record_id, gid, month, category, double_report)", "harmattan/rows/part-0.parquet");
      copy(s, "SELECT * FROM (VALUES ('f', 'OUTSIDE_REPORTING_COUNTRY', 1::BIGINT), ('f', 'DUPLICATE_KEY_IN_BATCH', "
          + "1::BIGINT)) t(feed, reason, records)", "harmattan/quarantine/part-0.parquet");
    }
    return AgreementCheck.compare(dir.resolve("floor"), dir.resolve("duckdb"), dir.resolve("harmattan"));
  }

  private void copy(Statement s, String select, String file) throws Exception {
    s.execute("COPY (" + select + ") TO '" + dir.resolve(file) + "' (FORMAT parquet)");
  }

  @Test
  void agreesWhenEveryDifferenceIsExplained() throws Exception {
    Agreement a = compare(1, 2);
    assertTrue(a.agrees(), a.toString());
    assertEquals(2, a.commonRows());
    assertEquals(Map.of("f", 1L), a.onlyPeers());
    assertEquals(1, a.onlyHarmattan());
    assertEquals(1, a.harmattanDoubleReports());
  }

  @Test
  void disagreesWhenHarmattanPlacesACommonRecordInAnotherCell() throws Exception {
    Agreement a = compare(1, 9);
    assertFalse(a.agrees());
    assertEquals(1, a.commonRowsDiffering());
  }

  @Test
  void disagreesWhenTheFloorCountsAnotherCell() throws Exception {
    Agreement a = compare(7, 2);
    assertFalse(a.agrees());
    assertEquals(2, a.floorDuckdbCellsDiffering());
  }
}
