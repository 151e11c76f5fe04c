package org.harmattan.bench.measure;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a main class in a fresh JVM with the harness's own classpath and Spark's JVM flags (the
 * same as bin/harmattan's), and measures it: wall time from the parent, CPU and memory from the
 * child's {@link ChildReport}, heap use from its GC log ({@link GcLog}). Output goes to a log file per run.
 */
public final class ChildJvm {
  /** Exit code of a stage whose job class is not on the classpath. */
  public static final int STAGE_MISSING = 42;
  /** Spark 4 on Java 17 (spark-launcher JavaModuleOptions); the parent pom's spark.jvm.flags. */
  private static final List<String> SPARK_FLAGS = List.of(
      "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
      "--add-opens=java.base/sun.security.action=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
      "-Djdk.reflect.useDirectMethodHandle=false", "-Dio.netty.tryReflectionSetAccessible=true");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path home;
  private final Path runsDir;
  private final String heap;
  private int sequence;

  public ChildJvm(Path home, Path runsDir, String heap) {
    this.home = home;
    this.runsDir = runsDir;
    this.heap = heap;
  }

  /**
   * @param name stage name, used for the log and report files
   * @param args arguments after the report file path, which is always the main class's last argument
   */
  public StageRun run(String name, Class<?> main, List<String> args) {
    String id = String.format("%02d-%s", ++sequence, name);
    Path log = runsDir.resolve(id + ".log");
    Path report = runsDir.resolve(id + ".json");
    Path gcLog = runsDir.resolve(id + ".gc.log");
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + heap);
    cmd.addAll(SPARK_FLAGS);
    cmd.add("-XX:ReservedCodeCacheSize=256m");
    cmd.add("-Xlog:gc:file=" + gcLog);
    cmd.add("-Dharmattan.home=" + home);
    cmd.add("-Duser.timezone=UTC");
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(main.getName());
    cmd.addAll(args);
    cmd.add(report.toString());
    try {
      Files.createDirectories(runsDir);
      Files.deleteIfExists(report);
      Files.deleteIfExists(gcLog);
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile());
      pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
      long t0 = System.nanoTime();
      Process p = pb.start();
      // A stopped harness stops its stage too: an orphaned stage would go on writing into the
      // work folder that the next run starts from.
      Thread stopChild = new Thread(p::destroyForcibly);
      Runtime.getRuntime().addShutdownHook(stopChild);
      int rc = p.waitFor();
      Runtime.getRuntime().removeShutdownHook(stopChild);
      double wall = (System.nanoTime() - t0) / 1e9;
      if (rc == STAGE_MISSING) {
        return StageRun.notRun(name, "stage missing: " + firstLine(log));
      }
      if (rc != 0 || !Files.isRegularFile(report)) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("log", home.relativize(log).toString());
        d.put("exit_code", rc);
        return new StageRun(name, "failed", wall, -1, -1, -1, -1, -1, d);
      }
      Map<String, Object> m = JSON.readValue(report.toFile(), new TypeReference<Map<String, Object>>() { });
      @SuppressWarnings("unchecked")
      Map<String, Object> details = new LinkedHashMap<>((Map<String, Object>) m.getOrDefault("details", Map.of()));
      GcLog.HeapUse heapUse = GcLog.read(gcLog);
      long heapAtExit = ((Number) m.get("heap_used_mb")).longValue();
      return new StageRun(name, "ok", wall, ((Number) m.get("cpu_seconds")).doubleValue(),
          ((Number) m.get("peak_rss_mb")).longValue(), Math.max(heapUse.peakBeforeGcMb(), heapAtExit),
          heapUse.peakAfterGcMb(), ((Number) m.get("max_heap_mb")).longValue(), details);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + name, e);
    }
  }

  private static String firstLine(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    for (String l : lines) {
      if (l.startsWith("STAGE MISSING")) {
        return l.substring("STAGE MISSING".length()).trim();
      }
    }
    return "";
  }
}
