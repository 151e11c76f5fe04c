package org.harmattan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.harmattan.core.ExitCodes;
import org.harmattan.core.testing.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarmattanCliTest {
  @TempDir
  static Path lakehouse;

  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void home() {
    System.setProperty("harmattan.home", SharedSpark.projectHome().toString());
  }

  static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = HarmattanCli.execute(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private static java.util.List<String> readLines(Path file) {
    try {
      return java.nio.file.Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aMissingOrUnknownSubcommandIsAUsageError() {
    assertEquals(ExitCodes.USAGE, run().exit());
    Run bogus = run("bogus");
    assertEquals(ExitCodes.USAGE, bogus.exit());
    assertTrue(bogus.err().contains("Unmatched argument at index 0: 'bogus'"), bogus.err());
  }

  @Test
  void everySubcommandAnswersHelpWithItsOwnUsageAndRunsNothing() {
    Run r = run("optimize", "--help");
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    assertTrue(r.out().startsWith("Usage: harmattan optimize"), r.out());
    assertTrue(r.out().contains("--reorder-incidents"), r.out());
    assertEquals("", r.err());
    Run ingest = run("ingest", "-h");
    assertEquals(ExitCodes.OK, ingest.exit(), ingest.err());
    assertTrue(ingest.out().startsWith("Usage: harmattan ingest"), ingest.out());
  }

  @Test
  void configPrintsTheEffectiveValuesWithCommandLineOverridesAndMaskedSecrets() {
    Run r = run("config", "--lakehouse", "s3a://lake/prod", "--conf", "report.password=hunter2", "--master", "yarn");
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    assertTrue(r.out().contains("harmattan.lakehouse = s3a://lake/prod"), r.out());
    assertTrue(r.out().contains("harmattan.spark.master = yarn"), r.out());
    assertTrue(r.out().contains("harmattan.report.password = ********"), r.out());
    assertFalse(r.out().contains("hunter2"));
  }

  @Test
  void globalOptionsMayComeBeforeTheSubcommand() {
    Run r = run("--lakehouse", "/data/lake", "config");
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    assertTrue(r.out().contains("harmattan.lakehouse = /data/lake"), r.out());
  }

  @Test
  void aBadConfigurationFileIsAConfigurationErrorWithAMessageAndNoStackTrace() {
    Run r = run("config", "--config", "/nonexistent/harmattan.conf");
    assertEquals(ExitCodes.CONFIGURATION, r.exit());
    assertEquals("harmattan: Configuration file '/nonexistent/harmattan.conf' does not exist", r.err().strip());
  }

  @Test
  void ingestsAFeedThenReportsRunsQuarantineAndTablesAndOptimizes() {
    String lake = lakehouse.toString();
    Run ingest = run("ingest", "--feed", "ucdp-candidate", "--lakehouse", lake, "--conf", "spark.sql.shuffle.partitions=1",
        "--master", "local[2]");
    assertEquals(ExitCodes.OK, ingest.exit(), ingest.err());
    assertTrue(ingest.out().matches("(?s).*ucdp-candidate\\s+SUCCEEDED\\s+2\\s+0\\s+1,523\\s+1,523\\s+0\\s+0.*"), ingest.out());

    Run unknown = run("ingest", "--feed", "no-such-feed", "--lakehouse", lake, "--master", "local[2]");
    assertEquals(ExitCodes.CONFIGURATION, unknown.exit());
    assertTrue(unknown.err().startsWith("harmattan: Unknown feed 'no-such-feed'; known feeds: "), unknown.err());

    Run again = run("ingest", "--feed", "ucdp-candidate", "--lakehouse", lake, "--master", "local[2]");
    assertTrue(again.out().contains("0 new file(s) to read, 2 already ingested"), again.out());
    assertTrue(again.out().contains("0 inserted, 0 updated"), again.out());

    Run tables = run("tables", "--lakehouse", lake, "--master", "local[2]");
    assertTrue(tables.out().matches("(?s).*silver\\.incidents\\s+\\d+\\s+1,523.*"), tables.out());

    Run hdx = run("ingest", "--feed", "ucdp-ged-hdx-nga", "--lakehouse", lake, "--master", "local[2]");
    assertEquals(ExitCodes.OK, hdx.exit(), hdx.err());
    Path csv = lakehouse.resolve("exports/quarantine.csv");
    Run quarantine = run("quarantine", "--lakehouse", lake, "--master", "local[2]", "--csv", csv.toString());
    assertTrue(quarantine.out().matches("(?s).*ucdp-ged-hdx-nga\\s+MISSING_REQUIRED_FIELD\\s+1.*"), quarantine.out());
    assertTrue(quarantine.out().contains("Wrote 1 refused records to " + csv), quarantine.out());
    java.util.List<String> lines = readLines(csv);
    assertEquals("\ufefffeed,file,line,reason,column,message,raw,run_id", lines.get(0));
    assertTrue(lines.get(1).startsWith("ucdp-ged-hdx-nga,") && lines.get(1).contains(",2,MISSING_REQUIRED_FIELD,id,"), lines.get(1));
    assertEquals(2, lines.size());

    Run runs = run("runs", "--lakehouse", lake, "--master", "local[2]");
    assertTrue(runs.out().contains("ingest"), runs.out());
    // header, rule, one line per run (three), then the hint
    assertEquals(6, runs.out().lines().count(), runs.out());

    Run before = run("tables", "--lakehouse", lake, "--master", "local[2]");
    Run optimize = run("optimize", "--reorder-incidents", "--lakehouse", lake, "--master", "local[2]");
    assertEquals(ExitCodes.OK, optimize.exit(), optimize.err());
    assertTrue(optimize.out().matches("(?s).*silver\\.incidents\\s+rewritten in event-date order\\s+\\d+.*"),
        optimize.out());
    Run after = run("tables", "--lakehouse", lake, "--master", "local[2]");
    assertEquals(before.out().lines().filter(l -> l.startsWith("silver.incidents")).map(l -> l.split("\\s+")[2])
        .toList(), after.out().lines().filter(l -> l.startsWith("silver.incidents")).map(l -> l.split("\\s+")[2])
        .toList(), "incident rows before and after: " + after.out());
  }
}
