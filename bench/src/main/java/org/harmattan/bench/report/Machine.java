package org.harmattan.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The machine and the versions a result was measured with. */
public final class Machine {
  private static final Pattern JAR_VERSION = Pattern.compile("-(\\d+(?:\\.\\d+)+(?:-[A-Za-z0-9.]+)?)\\.jar$");

  private Machine() {}

  public static Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("memory_gb", Math.round(procValue("/proc/meminfo", "MemTotal:") / 1024.0 / 1024.0 * 10) / 10.0);
    m.put("cpu", procText("/proc/cpuinfo", "model name"));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    m.put("spark", jarVersion("org.apache.spark.sql.SparkSession"));
    m.put("delta", jarVersion("io.delta.tables.DeltaTable"));
    m.put("duckdb", duckdbVersion());
    m.put("duckdb_jdbc", jarVersion("org.duckdb.DuckDBDriver"));
    m.put("jasperreports", jarVersion("net.sf.jasperreports.engine.JasperReport"));
    return m;
  }

  /** The 1, 5 and 15 minute load averages (/proc/loadavg): how busy the machine was around a run. */
  public static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Version from the jar file name holding the class (e.g. delta-spark_2.13-4.3.1.jar), or "absent". */
  static String jarVersion(String className) {
    try {
      Class<?> c = Class.forName(className, false, Machine.class.getClassLoader());
      String location = c.getProtectionDomain().getCodeSource().getLocation().getPath();
      Matcher m = JAR_VERSION.matcher(location);
      return m.find() ? m.group(1) : location;
    } catch (ClassNotFoundException | RuntimeException e) {
      return "absent";
    }
  }

  private static String duckdbVersion() {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        ResultSet r = c.createStatement().executeQuery("SELECT version()")) {
      r.next();
      return r.getString(1);
    } catch (SQLException e) {
      return "unavailable: " + e.getMessage();
    }
  }

  private static long procValue(String file, String key) {
    String t = procText(file, key);
    return t.isEmpty() ? -1 : Long.parseLong(t.replaceAll("[^0-9]", ""));
  }

  private static String procText(String file, String key) {
    try {
      for (String line : Files.readAllLines(Path.of(file))) {
        if (line.startsWith(key)) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException e) {
      return "";
    }
    return "";
  }
}
