package org.harmattan.core.testing;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.harmattan.core.config.HarmattanConfig;
import org.harmattan.core.spark.SparkSessions;

/**
 * The one SparkSession of a test JVM ({@code local[2]}, one shuffle partition), built through
 * the same factory as production so that tests see the same Delta settings. Tests get their
 * own {@code @TempDir} lakehouse; they never share a table.
 */
public final class SharedSpark {
  private static SparkSession session;

  /**
   * Evaluates plans and expressions without generating and compiling Java code. On the few rows of
   * most tests, compiling each query's code costs more than running it: the jobs module's tests
   * took a quarter less time this way (docs/benchmarks.md, profiling log). The features module, whose
   * tests compute on a 60,000-incident sample, keeps generated code (10% faster there); so do the
   * CLI tests and the benchmark smoke, which run the shipped configuration.
   */
  private static final String INTERPRETED = """
      harmattan.spark.conf {
        "spark.sql.codegen.wholeStage" = "false"
        "spark.sql.codegen.factoryMode" = "NO_CODEGEN"
      }
      """;

  private SharedSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      HarmattanConfig config = HarmattanConfig.fromText(projectHome(), """
          harmattan.spark.master = "local[2]"
          harmattan.spark.conf {
            "spark.sql.shuffle.partitions" = "1"
            "spark.default.parallelism" = "2"
            "spark.databricks.delta.snapshotPartitions" = "1"
            "spark.ui.enabled" = "false"
          }
          """ + (generatedCode() ? "" : INTERPRETED));
      session = SparkSessions.create(config);
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }

  /** Whether this test JVM's session generates code: surefire's {@code harmattan.test.codegen}, set per module. */
  private static boolean generatedCode() {
    return Boolean.parseBoolean(System.getProperty("harmattan.test.codegen", "true"));
  }

  /** The repository root (Maven passes it as {@code harmattan.home}). */
  public static Path projectHome() {
    String home = System.getProperty("harmattan.home");
    if (home != null) {
      return Path.of(home);
    }
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !p.resolve("conf/vocabulary.conf").toFile().isFile()) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("cannot find the project root (conf/vocabulary.conf) above " + Path.of("").toAbsolutePath());
    }
    return p;
  }

  /** A configuration for a test: project defaults, the test's lakehouse, and extra HOCON. */
  public static HarmattanConfig config(Path lakehouse, String extraHocon) {
    return HarmattanConfig.fromText(projectHome(), "harmattan.lakehouse = \"" + lakehouse.toString().replace("\\", "/")
        + "\"\n" + extraHocon);
  }
}
