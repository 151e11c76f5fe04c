package org.harmattan.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.harmattan.core.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPasswordTest {
  static ReportConf conf(String passwordFile) {
    return new ReportConf("out", passwordFile, 10, 24, 30, 5, "", "trafficking");
  }

  @Test
  void theEnvironmentVariableWinsOverThePasswordFile(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("pw"), "from-the-file-123\n");
    ReportPassword pw = ReportPassword.resolve(conf(file.toString()),
        Map.of(ReportPassword.ENVIRONMENT_VARIABLE, "from-the-environment")).orElseThrow();
    assertEquals("from-the-environment", pw.reveal());
    assertEquals("from-the-file-123", ReportPassword.resolve(conf(file.toString()), Map.of()).orElseThrow().reveal());
  }

  @Test
  void noPasswordAnywhereIsEmptyAndTheMessageSaysWhereToPutOne() {
    assertEquals(Optional.empty(), ReportPassword.resolve(conf(""), Map.of()));
    String message = ReportPassword.missing().getMessage();
    assertTrue(message.contains("HARMATTAN_REPORT_PASSWORD") && message.contains("harmattan.reports.password-file"),
        message);
  }

  @Test
  void anUnreadableOrEmptyPasswordFileIsAConfigurationErrorThatNeverShowsThePassword(@TempDir Path dir)
      throws Exception {
    ConfigException missing = assertThrows(ConfigException.class,
        () -> ReportPassword.resolve(conf(dir.resolve("absent").toString()), Map.of()));
    assertTrue(missing.getMessage().contains("cannot be read"), missing.getMessage());
    Path empty = Files.writeString(dir.resolve("empty"), "\n");
    assertThrows(ConfigException.class, () -> ReportPassword.resolve(conf(empty.toString()), Map.of()));
    ConfigException shortOne = assertThrows(ConfigException.class, () -> ReportPassword.of("abc"));
    assertFalse(shortOne.getMessage().contains("abc"), shortOne.getMessage());
    assertFalse(ReportPassword.of("a-long-secret").toString().contains("secret"));
  }
}
