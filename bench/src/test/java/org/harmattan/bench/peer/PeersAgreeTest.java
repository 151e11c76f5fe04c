package org.harmattan.bench.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.harmattan.bench.duck.DuckDbPeerMain;
import org.harmattan.bench.floor.BareSparkFloorMain;
import org.harmattan.core.geo.PrioGrid;
import org.harmattan.core.testing.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeersAgreeTest {
  @TempDir
  static Path dir;
  static PeerJob job;

  @BeforeAll
  static void runDuckDb() throws Exception {
    job = PeerFixture.job(dir.resolve("feeds"), dir.resolve("duckdb"));
    job.write(dir.resolve("job.json"));
    DuckDbPeerMain.main(new String[] {dir.resolve("job.json").toString(), dir.resolve("report.json").toString()});
    DuckDbPeerMain.main(new String[] {dir.resolve("job.json").toString(), "duplicated-keys",
        dir.resolve("keys.json").toString()});
  }

  @Test
  void duckdbKeepsExactlyTheRecordsThatPassEveryCheck() throws Exception {
    assertEquals(new TreeSet<>(PeerFixture.KEPT), strings("SELECT record_id FROM read_parquet('%s')", "rows.parquet"));
  }

  @Test
  void duckdbPlacesARecordInItsPrioGridCellMonthAndCategory() throws Exception {
    assertEquals(Set.of(PrioGrid.gid(25.17, -14.75) + " 2026-10 DRUG_TRAFFICKING"),
        strings("SELECT gid || ' ' || month || ' ' || category FROM read_parquet('%s') WHERE record_id = 'PV-1'",
            "rows.parquet"));
    assertEquals(Set.of(PrioGrid.gid(17.23232, 31.71228) + " 2026-10 ARMS_TRAFFICKING"),
        strings("SELECT gid || ' ' || month || ' ' || category FROM read_parquet('%s') WHERE record_id = 'SD-1'",
            "rows.parquet"));
  }

  @Test
  void duckdbListsTheRecordIdsItDroppedForOccurringTwice() throws Exception {
    assertEquals(Set.of("fr PV-11"), strings("SELECT feed || ' ' || record_id FROM read_parquet('%s')",
        "duplicated_keys.parquet"));
  }

  @Test
  void theFloorComputesTheSameAggregateAsDuckdb() throws Exception {
    TreeMap<String, Long> floor = new TreeMap<>();
    // Six cells at most: collecting the fixture's aggregate is bounded.
    for (Row r : BareSparkFloorMain.aggregate(SharedSpark.session(), job).collectAsList()) {
      floor.put(r.getInt(0) + " " + r.getString(1) + " " + r.getString(2), r.getLong(3));
    }
    TreeMap<String, Long> duck = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT gid, month, category, incidents FROM read_parquet('"
            + dir.resolve("duckdb/aggregate.parquet") + "')")) {
      while (r.next()) {
        duck.put(r.getInt(1) + " " + r.getString(2) + " " + r.getString(3), r.getLong(4));
      }
    }
    assertEquals(duck, floor);
    assertEquals(PeerFixture.KEPT.size(), floor.values().stream().mapToLong(Long::longValue).sum());
    assertTrue(floor.containsKey(PrioGrid.gid(20.94, -17.04) + " 2026-10 MIGRANT_SMUGGLING"),
        "the record with a two-line narrative is kept: " + floor);
  }

  private static Set<String> strings(String sql, String file) throws Exception {
    Set<String> out = new TreeSet<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql.formatted(dir.resolve("duckdb").resolve(file)))) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }
}
