package org.harmattan.bench.measure;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Written by a measured JVM as its last act: its own CPU time (all threads, JVM start included),
 * peak resident memory (VmHWM) and the heap in use at its end, next to what the stage reports about its work.
 * A JVM measures itself because a finished process can no longer be asked.
 */
public final class ChildReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ChildReport() {}

  public static void write(Path file, Map<String, ?> details) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cpu_seconds", ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L) / 1000.0);
    m.put("peak_rss_mb", peakRssMb());
    m.put("heap_used_mb", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024));
    m.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    m.put("details", details);
    try {
      Files.createDirectories(file.getParent());
      JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Peak resident set size from /proc/self/status (Linux); -1 elsewhere. */
  static long peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
