package org.harmattan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetsTest {

  static Map<String, Object> stage(String name, double wall, long peak, long afterGc) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("name", name);
    s.put("status", "ok");
    s.put("wall_seconds", wall);
    s.put("peak_heap_mb", peak);
    s.put("heap_after_gc_mb", afterGc);
    s.put("max_heap_mb", 2048L);
    return s;
  }

  static Map<String, Object> run(String name, double wall) {
    return new LinkedHashMap<>(Map.of("name", name, "status", "ok", "wall_seconds", wall));
  }

  /** A 10M run: stages summing to 600 s, floor 50 s, DuckDB 60 s, no incremental case. */
  static Map<String, Object> results(long scale, List<Map<String, Object>> stages) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("parameters", new LinkedHashMap<>(Map.of("scale", scale, "history_years", 10, "heap", "2g",
        "months", "2016-11 .. 2026-10")));
    r.put("harmattan", stages);
    r.put("floor", run("floor", 50.0));
    r.put("duckdb", run("duckdb", 60.0));
    r.put("incremental", Map.of("status", "not run (--no-incremental)"));
    r.put("report", Map.of("name", "report", "status", "ok", "wall_seconds", 20.0, "summary", "en 0.3 s", "verdict", "met"));
    return r;
  }

  static List<Map<String, Object>> fiveStages(long ingestAfterGc) {
    return new ArrayList<>(List.of(stage("ingest", 400, 2040, ingestAfterGc), stage("features", 50, 900, 500),
        stage("hotspots", 40, 900, 500), stage("clusters", 50, 900, 500), stage("risk", 60, 1200, 800)));
  }

  static Map<String, Object> target(List<Map<String, Object>> targets, String prefix) {
    return targets.stream().filter(t -> ((String) t.get("target")).startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no target " + prefix + " in " + targets));
  }

  @Test
  void ratiosAreTheMeasuredWallTimesOverTheBaselines() {
    List<Map<String, Object>> t = Targets.evaluate(results(10_000_000L, fiveStages(1000)));
    Map<String, Object> pipeline = target(t, "Full pipeline");
    assertEquals(600.0, pipeline.get("value_seconds"));
    assertEquals(12.0, pipeline.get("ratio"));
    assertEquals("missed", pipeline.get("status"));
    Map<String, Object> consolidation = target(t, "Consolidation");
    assertEquals(450.0, consolidation.get("value_seconds"), "ingest + features");
    assertEquals(7.5, consolidation.get("ratio"));
    assertEquals("missed", consolidation.get("status"));
    assertEquals("not run (--no-incremental)", target(t, "Adding one month").get("status"));
    assertEquals("met", target(t, "Quarterly report").get("status"));
    assertEquals("met", target(t, "10M incidents").get("status"));
  }

  @Test
  void aTargetWithinItsLimitIsMetAndAStageNotRunMakesItPartial() {
    List<Map<String, Object>> stages = fiveStages(1000);
    stages.get(0).put("wall_seconds", 350.0);
    List<Map<String, Object>> t = Targets.evaluate(results(10_000_000L, stages));
    assertEquals("met", target(t, "Consolidation").get("status"), "400 / 60 = 6.67 <= 7");

    stages.get(4).put("status", "failed");
    t = Targets.evaluate(results(10_000_000L, stages));
    assertEquals("partial: risk not run", target(t, "Full pipeline").get("status"));
    assertTrue(((String) target(t, "10M incidents").get("status")).startsWith("missed (stages not completed: [risk]"));
  }

  @Test
  void theHeapTargetSaysWhenAStageKeptNearlyTheWholeHeapAfterACollection() {
    List<Map<String, Object>> t = Targets.evaluate(results(10_000_000L, fiveStages(2043)));
    assertEquals("met, without headroom (a stage kept 2043 of 2048 MB after a collection)",
        target(t, "10M incidents").get("status"));
    t = Targets.evaluate(results(1_000_000L, fiveStages(2043)));
    assertEquals("not measured at this scale", target(t, "10M incidents").get("status"));
  }

  @Test
  void theConsolidationTargetAtAnotherScaleSaysWhereItIsStated() {
    List<Map<String, Object>> t = Targets.evaluate(results(1_000_000L, fiveStages(1000)));
    assertEquals("missed (at 1000000 incidents; the target is stated at 10000000)",
        target(t, "Consolidation").get("status"));
  }

  @Test
  void theIncrementalCaseIsTheMonthOverTheHistoryBuildAndOverDuckDb() {
    Map<String, Object> r = results(1_000_000L, fiveStages(1000));
    r.put("incremental", Map.of("status", "ok", "month_wall_seconds", 30.0, "history_wall_seconds", 400.0));
    List<Map<String, Object>> t = Targets.evaluate(r);
    Map<String, Object> month = target(t, "Adding one month");
    assertEquals(0.08, month.get("ratio"));
    assertEquals("met", month.get("status"));
    Map<String, Object> duck = target(t, "... and faster than DuckDB");
    assertEquals(0.5, duck.get("ratio"));
    assertEquals("met", duck.get("status"));
  }
}
