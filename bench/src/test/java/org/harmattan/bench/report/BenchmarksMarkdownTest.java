package org.harmattan.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarksMarkdownTest {
  private static final String RESULTS = """
      {"started_at": "2026-11-23T01:30:00Z",
       "machine": {"cores": 2, "memory_gb": 23.4, "java": "OpenJDK 17", "spark": "4.1.0", "delta": "4.3.1",
                   "duckdb": "v1.4.0"},
       "parameters": {"scale": 1000000, "seed": 42, "months": "2023-11 .. 2026-10", "feeds": ["mar-dgsn", "egy-moi"],
                      "heap": "2g", "spark_master": "local[*]", "repeat": 1},
       "generate": {"name": "generate", "status": "ok", "wall_seconds": 41.0, "cpu_seconds": 40.0,
                    "peak_rss_mb": 800, "peak_heap_mb": 500, "details": {"incidents": 1000000}},
       "harmattan": [
         {"name": "ingest", "status": "ok", "wall_seconds": 300.5, "cpu_seconds": 550.0, "peak_rss_mb": 3000,
          "peak_heap_mb": 1800, "heap_after_gc_mb": 900, "details": {"read": 900, "accepted": 880, "quarantined": 20, "duplicates": 7,
                                            "merge_incidents_seconds": 40.0, "link_double_reports_seconds": 30.0}},
         {"name": "risk", "status": "not run (stage missing: org.x.ScoreRiskJob is not on the classpath)", "details": {}}],
       "floor": {"name": "floor", "status": "ok", "wall_seconds": 20.0, "cpu_seconds": 30.0, "peak_rss_mb": 1600,
                 "peak_heap_mb": 2500, "details": {"work_seconds": 12.0}},
       "duckdb": {"name": "duckdb", "status": "ok", "wall_seconds": 2.0, "cpu_seconds": 3.0, "details": {}},
       "agreement": {"agrees": true, "floor_incidents": 880, "duckdb_incidents": 880, "harmattan_incidents": 879,
                     "cells": 500, "floor_duckdb_cells_differing": 0, "common_records": 870,
                     "common_records_differing": 0, "common_cells_differing": 0,
                     "only_peers_by_feed": {"mar-dgsn": 10}, "explained_only_peers_by_feed": {"mar-dgsn": 10},
                     "explained_by": ["OUTSIDE_REPORTING_COUNTRY"], "only_harmattan": 9,
                     "only_harmattan_unexplained": 0, "duplicated_keys": 9, "harmattan_double_reports": 12},
       "incremental": {"status": "not run (--no-incremental)"},
       "targets": [{"target": "Full pipeline within 1.5x the bare-Spark floor", "how": "sum / floor", "limit": 1.5,
                    "value_seconds": 300.5, "baseline_seconds": 20.0, "ratio": 15.03,
                    "status": "partial: risk not run"}]}
      """;

  /** Each scale's newest run is kept; the targets of both scales share one table, each scale gets its section. */
  @Test
  void rendersTheNewestRunOfEachScale(@TempDir Path dir) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode older = (ObjectNode) json.readTree(RESULTS);
    ObjectNode newer = older.deepCopy();
    newer.put("started_at", "2026-11-23T09:00:00Z");
    ObjectNode tenMillion = older.deepCopy();
    ((ObjectNode) tenMillion.path("parameters")).put("scale", 10_000_000);
    json.writeValue(dir.resolve("20261123T013000Z.json").toFile(), older);
    json.writeValue(dir.resolve("20261123T020000Z.json").toFile(), tenMillion);
    json.writeValue(dir.resolve("20261123T090000Z.json").toFile(), newer);
    Files.writeString(dir.resolve("notes.txt"), "not a results file");

    List<Path> newest = BenchmarksMarkdown.latestPerScale(dir);
    assertEquals(List.of(dir.resolve("20261123T090000Z.json"), dir.resolve("20261123T020000Z.json")), newest);

    String md = BenchmarksMarkdown.render(List.of(new BenchmarksMarkdown.Run(newer, "a.json"),
        new BenchmarksMarkdown.Run(tenMillion, "b.json")));
    assertTrue(md.indexOf("## 1,000,000 incidents") < md.indexOf("## 10,000,000 incidents"), md);
    assertTrue(md.contains("| 10,000,000 | Full pipeline within 1.5x the bare-Spark floor |"), md);
    assertTrue(md.contains("From [`b.json`](b.json): run started 2026-11-23T01:30:00Z"), md);
  }

  private static String render(com.fasterxml.jackson.databind.JsonNode results) {
    return BenchmarksMarkdown.render(List.of(new BenchmarksMarkdown.Run(results, "bench/results/x.json")));
  }

  @Test
  void rendersTheMachineTheTargetsWithTheirRatiosAndTheAgreement() throws Exception {
    String md = render(new ObjectMapper().readTree(RESULTS));
    assertTrue(md.contains("| cores | 2 |"), md);
    assertTrue(md.contains("| 1,000,000 | Full pipeline within 1.5x the bare-Spark floor | sum / floor | 300.5 s vs 20.0 s "
        + "| 15.03x | 1.5x | partial: risk not run |"), md);
    assertTrue(md.contains("| ingest | ok | 300.5 | 550.0 | 3000 | 1800 | 900 | read 900, accepted 880, quarantined 20"), md);
    assertTrue(md.contains("| risk | not run (stage missing: org.x.ScoreRiskJob is not on the classpath) | - | - |"), md);
    // a run from before the GC log was read: its pool-sum figure is marked, not passed off as a peak
    assertTrue(md.contains("| floor | ok | 20.0 | 30.0 | 1600 | 2500* | - |"), md);
    assertTrue(md.contains("**Yes.**"), md);
    assertTrue(md.contains("not run (--no-incremental)"), md);
  }

  /** The incremental case: the two one-JVM runs, then their steps side by side with what the month's run did. */
  @Test
  void rendersTheIncrementalRunsStepByStep() throws Exception {
    String incremental = """
        {"history": {"name": "pipeline-history", "status": "ok", "wall_seconds": 300.0, "cpu_seconds": 560.0,
                     "peak_rss_mb": 2700, "peak_heap_mb": 2000, "details": {"steps": [
                       {"name": "ingest", "seconds": 110.0, "cpu_seconds": 200.0, "read": 900, "accepted": 880,
                        "quarantined": 20, "duplicates": 7, "merge_incidents_seconds": 15.0,
                        "link_double_reports_seconds": 40.0},
                       {"name": "BuildCellMonthFeaturesJob", "seconds": 30.0, "cpu_seconds": 55.0, "monthsRebuilt": 36}]}},
         "files_added": 12,
         "month": {"name": "pipeline-month", "status": "ok", "wall_seconds": 60.0, "cpu_seconds": 100.0,
                   "peak_rss_mb": 1900, "peak_heap_mb": 1200, "details": {"steps": [
                     {"name": "ingest", "seconds": 40.0, "cpu_seconds": 70.0, "read": 20, "accepted": 19,
                      "quarantined": 1, "duplicates": 0, "merge_incidents_seconds": 5.0,
                      "link_double_reports_seconds": 10.0},
                     {"name": "BuildCellMonthFeaturesJob", "seconds": 12.0, "cpu_seconds": 20.0, "monthsRebuilt": 2}]}},
         "month_wall_seconds": 60.0, "history_wall_seconds": 300.0, "full_rebuild_wall_seconds": 400.0,
         "duckdb_full_recompute_wall_seconds": 8.0, "records_differing_from_full_rebuild": 0}
        """;
    var results = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(RESULTS);
    results.set("incremental", new ObjectMapper().readTree(incremental));
    String md = render(results);
    assertTrue(md.contains("60.0 s, against 300.0 s for the history, 400.0 s for the per-stage full rebuild"), md);
    assertTrue(md.contains("| pipeline-month | ok | 60.0 | 100.0 | 1900 | 1200* | - |"), md);
    assertTrue(md.contains("| BuildCellMonthFeaturesJob | 30.0 | 55.0 | 12.0 | 20.0 | panel months rebuilt 2 |"), md);
    assertTrue(md.contains("| ingest | 110.0 | 200.0 | 40.0 | 70.0 | read 20, accepted 19, quarantined 1"), md);
  }
}
