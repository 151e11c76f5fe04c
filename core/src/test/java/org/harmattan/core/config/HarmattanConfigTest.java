package org.harmattan.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.harmattan.core.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarmattanConfigTest {
  @TempDir
  Path home;

  private void writeConf(String text) throws IOException {
    Files.createDirectories(home.resolve("conf"));
    Files.writeString(home.resolve("conf/harmattan.conf"), text);
  }

  @Test
  void commandLineBeatsEnvironmentBeatsFileBeatsDefault() throws IOException {
    writeConf("harmattan.lakehouse = \"from-file\"\nharmattan.spark.master = \"local[3]\"\n"
        + "harmattan.ingest.border-tolerance-km = 30\n");
    Map<String, String> env = Map.of("HARMATTAN_LAKEHOUSE", "from-env", "HARMATTAN_SPARK_MASTER", "local[4]");
    HarmattanConfig c = HarmattanConfig.load(home, null, env, Map.of("lakehouse", "from-cli"));
    assertEquals("from-cli", c.getString(ConfigKeys.LAKEHOUSE));
    assertEquals("local[4]", c.getString(ConfigKeys.SPARK_MASTER));
    assertEquals(30, c.getInt(ConfigKeys.INGEST_BORDER_TOLERANCE_KM));
    assertEquals(100, c.getInt(ConfigKeys.INGEST_MAX_LINES_PER_RECORD));
  }

  @Test
  void relativeLocationsResolveAgainstHomeAndUrisStayAsGiven() {
    HarmattanConfig c = HarmattanConfig.load(home, null, Map.of(), Map.of("lakehouse", "s3a://bucket/lake"));
    assertEquals("s3a://bucket/lake", c.location(ConfigKeys.LAKEHOUSE));
    assertEquals(home.toAbsolutePath().resolve("conf/feeds").normalize().toString(), c.location(ConfigKeys.FEEDS_DIR));
  }

  @Test
  void sparkSettingsFromTheCommandLineKeepTheirDottedKeys() {
    HarmattanConfig c = HarmattanConfig.load(home, null, Map.of(), Map.of("spark.sql.shuffle.partitions", "3"));
    assertEquals("3", c.sparkSettings().get("spark.sql.shuffle.partitions"));
  }

  @Test
  void describeMasksSecrets() {
    HarmattanConfig c = HarmattanConfig.load(home, null, Map.of(),
        Map.of("report.password", "hunter2", "spark.hadoop.fs.s3a.secret.key", "abc"));
    String all = String.join("\n", c.describe());
    assertFalse(all.contains("hunter2"), all);
    assertFalse(all.contains("abc\n"), all);
    assertTrue(all.contains("harmattan.report.password = ********"), all);
  }

  @Test
  void aMissingExplicitFileIsAConfigurationError() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> HarmattanConfig.load(home, home.resolve("nope.conf"), Map.of(), Map.of()));
    assertTrue(e.getMessage().contains("nope.conf") && e.getMessage().contains("does not exist"), e.getMessage());
  }

  @Test
  void aMalformedFileNamesTheProblem() throws IOException {
    writeConf("harmattan { lakehouse = \n");
    ConfigException e = assertThrows(ConfigException.class, () -> HarmattanConfig.load(home, null, Map.of(), Map.of()));
    assertTrue(e.getMessage().startsWith("Configuration:"), e.getMessage());
  }
}
