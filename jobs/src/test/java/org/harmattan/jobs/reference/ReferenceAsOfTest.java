package org.harmattan.jobs.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.job.JobContext;
import org.harmattan.jobs.ingest.IngestFeedsJob;
import org.harmattan.jobs.ingest.IngestFixture;
import org.harmattan.jobs.ingest.IngestRequest;
import org.harmattan.jobs.ingest.IngestResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small French notices feed delivered three times: first with two active notices, then with
 * A-1 cancelled on 2026-07-15, then with A-2 said cancelled without a date. The state on a day,
 * a notice's history, the change data feed and re-runs are checked after each delivery.
 */
class ReferenceAsOfTest {
  static final String PERSONS = "Réf. personne;Nom;Prénoms;Nom en arabe;Date de naissance;Sexe;Nationalité\n"
      + "P-1;TESTA;Alpha;;01/01/1980;M;Maroc\nP-2;TESTB;Beta;;02/02/1990;F;Mali\n";
  static final String HEADER = "N° notice;Type;Réf. personne;Pays émetteur;Infraction;Date d'émission;Valable jusqu'au;"
      + "Statut;Date d'annulation;N° mandat\n";
  static final String A1_ACTIVE = "A-1/1-2024;Rouge;P-1;Maroc;Trafic d'armes;10/01/2024;09/01/2029;Active;;W-1\n";
  static final String A1_CANCELLED = "A-1/1-2024;Rouge;P-1;Maroc;Trafic d'armes;10/01/2024;09/01/2029;Annulée;15/07/2026;W-1\n";
  static final String A2_ACTIVE = "A-2/3-2025;Jaune;P-2;Mali;;05/03/2025;04/03/2030;Active;;\n";
  static final String A2_CANCELLED_UNDATED = "A-2/3-2025;Jaune;P-2;Mali;;05/03/2025;04/03/2030;Annulée;;\n";

  @TempDir
  static Path dir;
  static IngestFixture fx;
  static Path notices;
  static ReferenceStates states;
  static long versionAfterFirst;
  static long versionAfterCancellation;
  static IngestResult cancellation;
  static IngestResult forcedAfterCancellation;
  static long versionAfterForced;
  static List<Row> changesOfCancellation;
  static Map<String, String> historyOfA2AfterUndated;
  static Map<String, String> historyOfA2AfterLaterReRun;

  @BeforeAll
  static void deliver() throws IOException {
    Path feeds = Files.createDirectories(dir.resolve("feeds"));
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("persons.csv"), PERSONS, StandardCharsets.UTF_8);
    notices = data.resolve("notices.csv");
    Files.writeString(feeds.resolve("t-persons.conf"), conf("t-persons", "persons", data.resolve("persons.csv"), """
        person_ref = "Réf. personne", name_latin { join = ["Prénoms", "Nom"], separator = " " },
        name_arabic = "Nom en arabe", date_of_birth = "Date de naissance", sex = "Sexe", nationality = "Nationalité"
        """, ""), StandardCharsets.UTF_8);
    Files.writeString(feeds.resolve("t-notices.conf"), conf("t-notices", "notices", notices, """
        notice_ref = "N° notice", notice_type = "Type", person_ref = "Réf. personne", issuing_country = "Pays émetteur",
        offence = "Infraction", issue_date = "Date d'émission", valid_until = "Valable jusqu'au", status = "Statut",
        cancellation_date = "Date d'annulation", warrant_ref = "N° mandat"
        """, """
        values { notice_type { Rouge = RED, Jaune = YELLOW }, status { Active = ACTIVE, "Annulée" = CANCELLED } }
        """), StandardCharsets.UTF_8);
    fx = new IngestFixture(dir.resolve("lake"), "harmattan.feeds.dir = \"" + feeds + "\"\n");
    states = new ReferenceStates(fx.spark, fx.catalog);

    Files.writeString(notices, HEADER + A1_ACTIVE + A2_ACTIVE, StandardCharsets.UTF_8);
    fx.ingest();
    versionAfterFirst = fx.catalog.version(fx.spark, Table.NOTICES).orElseThrow();

    Files.writeString(notices, HEADER + A1_CANCELLED + A2_ACTIVE, StandardCharsets.UTF_8);
    cancellation = fx.ingest();
    versionAfterCancellation = fx.catalog.version(fx.spark, Table.NOTICES).orElseThrow();
    changesOfCancellation = fx.spark.read().format("delta").option("readChangeFeed", "true")
        .option("startingVersion", versionAfterFirst + 1).load(fx.catalog.path(Table.NOTICES))
        .selectExpr("notice_ref", "status", "cast(valid_from AS STRING)", "coalesce(cast(valid_to AS STRING), '-')",
            "_change_type")
        .orderBy("notice_ref", "_change_type").collectAsList();
    forcedAfterCancellation = fx.ingestForced();
    versionAfterForced = fx.catalog.version(fx.spark, Table.NOTICES).orElseThrow();

    Files.writeString(notices, HEADER + A1_CANCELLED + A2_CANCELLED_UNDATED, StandardCharsets.UTF_8);
    fx.ingest();
    historyOfA2AfterUndated = history("A-2/3-2025");
    // The same delivery read again three days later: the undated cancellation keeps the day it was first seen.
    JobContext later = new JobContext(fx.spark, fx.config, fx.catalog, JobContext.newRunId(), Optional.empty(),
        Clock.fixed(IngestFixture.TODAY.plusSeconds(3 * 86400), ZoneOffset.UTC));
    new IngestFeedsJob().run(later, new IngestRequest(List.of(), true));
    historyOfA2AfterLaterReRun = history("A-2/3-2025");
  }

  private static String conf(String name, String target, Path file, String columns, String values) {
    return "feed {\n  name = \"" + name + "\"\n  source = \"t\"\n  target = " + target + "\n  format = csv\n"
        + "  paths = [\"" + file + "\"]\n  csv { delimiter = \";\" }\n  date-patterns = [\"dd/MM/yyyy\"]\n"
        + "  columns {\n" + columns + "  }\n" + values + "}\n";
  }

  /** valid_from -> status and valid_to of a notice's versions. */
  private static Map<String, String> history(String ref) {
    Map<String, String> versions = new TreeMap<>();
    for (Row r : states.history(Table.NOTICES, ref)
        .selectExpr("cast(valid_from AS STRING)", "concat(status, ' until ', coalesce(cast(valid_to AS STRING), '-'))")
        .collectAsList()) {
      versions.put(r.getString(0), r.getString(1));
    }
    return versions;
  }

  private static Map<String, String> statusOn(String day) {
    Map<String, String> status = new TreeMap<>();
    for (Row r : states.asOf(Table.NOTICES, LocalDate.parse(day)).select("notice_ref", "status").collectAsList()) {
      assertTrue(status.put(r.getString(0), r.getString(1)) == null, r.getString(0) + " holds twice on " + day);
    }
    return status;
  }

  @Test
  void theCancelledNoticeKeepsItsActiveVersionUntilTheCancellationDay() {
    assertEquals(Map.of("2024-01-10 00:00:00", "ACTIVE until 2026-07-15 00:00:00",
        "2026-07-15 00:00:00", "CANCELLED until -"), history("A-1/1-2024"));
  }

  @Test
  void asOfAnswersTheStateAtTheEndOfEachDay() {
    assertEquals(Map.of(), statusOn("2024-01-09"));
    assertEquals(Map.of("A-1/1-2024", "ACTIVE"), statusOn("2024-01-10"));
    assertEquals(Map.of("A-1/1-2024", "ACTIVE", "A-2/3-2025", "ACTIVE"), statusOn("2026-06-30"));
    assertEquals(Map.of("A-1/1-2024", "ACTIVE", "A-2/3-2025", "ACTIVE"), statusOn("2026-07-14"));
    assertEquals(Map.of("A-1/1-2024", "CANCELLED", "A-2/3-2025", "ACTIVE"), statusOn("2026-07-15"));
  }

  @Test
  void theChangeDataFeedShowsTheActiveVersionClosedAndTheCancelledVersionAdded() {
    assertEquals(1, cancellation.inserted());
    assertEquals(1, cancellation.updated());
    assertEquals(List.of(
        "A-1/1-2024|CANCELLED|2026-07-15 00:00:00|-|insert",
        "A-1/1-2024|ACTIVE|2024-01-10 00:00:00|2026-07-15 00:00:00|update_postimage",
        "A-1/1-2024|ACTIVE|2024-01-10 00:00:00|-|update_preimage"),
        changesOfCancellation.stream().map(r -> r.mkString("|")).toList());
  }

  @Test
  void aForcedReRunOfTheSameDeliveryChangesNothing() {
    assertEquals(0, forcedAfterCancellation.inserted());
    assertEquals(0, forcedAfterCancellation.updated());
    assertEquals(versionAfterCancellation, versionAfterForced, "the re-run committed a version of silver.notices");
  }

  @Test
  void aCancellationWithoutDateStartsOnTheIngestionDayAndKeepsItOnLaterRuns() {
    Map<String, String> expected = Map.of("2025-03-05 00:00:00", "ACTIVE until 2026-11-22 00:00:00",
        "2026-11-22 00:00:00", "CANCELLED until -");
    assertEquals(expected, historyOfA2AfterUndated);
    assertEquals(expected, historyOfA2AfterLaterReRun);
  }
}
