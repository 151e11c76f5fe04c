package org.harmattan.bench;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The harness's settings ({@code bench.conf} on the classpath; keys under {@code bench.}), with
 * relative paths resolved against Harmattan's home (the repository root).
 */
public record BenchSettings(Path home, Path workDir, Path resultsDir, Path markdown, List<String> feeds, String heap,
    String sparkMaster, int duckdbThreads, Map<String, String> stages, List<String> reportLanguages) {

  public static BenchSettings load(Path home) {
    Config c = ConfigFactory.parseResources(BenchSettings.class.getClassLoader(), "bench.conf").resolve()
        .getConfig("bench");
    Map<String, String> stages = new LinkedHashMap<>();
    Config s = c.getConfig("stages");
    // HOCON objects are unordered: keep the pipeline order explicitly.
    for (String stage : List.of("features", "hotspots", "clusters", "risk")) {
      if (s.hasPath(stage)) {
        stages.put(stage, s.getString(stage));
      }
    }
    return new BenchSettings(home, home.resolve(c.getString("work-dir")), home.resolve(c.getString("results-dir")),
        home.resolve(c.getString("markdown")), c.getStringList("feeds"), c.getString("heap"), c.getString("spark-master"),
        c.getInt("duckdb-threads"), stages, c.getStringList("report.languages"));
  }
}
