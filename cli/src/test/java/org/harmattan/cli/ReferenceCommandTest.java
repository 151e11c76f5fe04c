package org.harmattan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.harmattan.core.ExitCodes;
import org.harmattan.core.testing.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code harmattan reference} over the Moroccan bureau's persons and notices of the committed sample. */
class ReferenceCommandTest {
  @TempDir
  static Path dir;
  static String lake;

  @BeforeAll
  static void ingest() {
    System.setProperty("harmattan.home", SharedSpark.projectHome().toString());
    lake = dir.resolve("lake").toString();
    HarmattanCliTest.Run r = run("ingest", "--feed", "mar-bcn-persons", "--feed", "mar-bcn-notices");
    assertEquals(ExitCodes.OK, r.exit(), r.err() + r.out());
  }

  private static HarmattanCliTest.Run run(String... args) {
    String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
        java.util.stream.Stream.of("--lakehouse", lake, "--master", "local[2]")).toArray(String[]::new);
    return HarmattanCliTest.run(all);
  }

  @Test
  void asOfADayPrintsCountsBySourceTypeAndStatus() {
    HarmattanCliTest.Run r = run("reference", "notices", "--as-of", "2026-06-30");
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    assertTrue(r.out().contains("silver.notices as of 2026-06-30 (end of day, UTC)"), r.out());
    assertTrue(r.out().matches("(?s).*mar-bcn\\s+RED\\s+ACTIVE\\s+\\d+.*"), r.out());
    assertTrue(r.out().matches("(?s).*mar-bcn\\s+RED\\s+CANCELLED\\s+\\d+.*"), r.out());
  }

  @Test
  void aReferenceShowsWhenTheNoticeWasCancelledAndWritesCsv() throws Exception {
    Path csv = dir.resolve("a9.csv");
    HarmattanCliTest.Run r = run("reference", "notices", "--ref", "A-9/3-2022", "--csv", csv.toString());
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    assertTrue(r.out().matches("(?s).*A-9/3-2022\\s+ACTIVE\\s+2022-03-12T00:00:00Z\\s+2025-07-02T00:00:00Z\\s+RED\\s+MA-P-6491111.*"),
        r.out());
    assertTrue(r.out().matches("(?s).*A-9/3-2022\\s+CANCELLED\\s+2025-07-02T00:00:00Z\\s+RED.*"), r.out());
    assertEquals(3, Files.readAllLines(csv, StandardCharsets.UTF_8).size(), "header and two versions");
  }

  @Test
  void personsAreCountedByNationalityWithoutNamesOrDatesOfBirth() {
    HarmattanCliTest.Run r = run("reference", "persons", "--feed", "mar-bcn");
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    assertTrue(r.out().matches("(?s).*mar-bcn\\s+MAR\\s+\\d+.*"), r.out());
    HarmattanCliTest.Run one = run("reference", "persons", "--ref", "MA-P-6491111");
    assertTrue(one.out().matches("(?s).*MA-P-6491111\\s+M\\s+TUN.*"), one.out());
    for (String personal : new String[] {"BEN ALI", "Boubaker", "16/10/1972", "1972-10-16"}) {
      assertFalse(one.out().contains(personal), one.out());
    }
  }

  @Test
  void anUnknownTableIsAUsageError() {
    HarmattanCliTest.Run r = run("reference", "vehicles");
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.err().contains("Unknown reference table 'vehicles'"), r.err());
  }
}
