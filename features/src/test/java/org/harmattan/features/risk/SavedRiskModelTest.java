package org.harmattan.features.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.harmattan.core.testing.TestFiles;
import org.harmattan.features.SampleLakehouse;
import org.harmattan.features.store.AnalyticsRuns;
import org.harmattan.features.store.GoldTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which saved models a scoring run finds, from the run log alone: no model is trained here, the
 * three model folders are empty stand-ins.
 */
class SavedRiskModelTest {
  private static final String KEY = "region|categories|settings";
  private static final String RUN = "0851b0a6-a720-4553-bd68-1ad34db29313";

  @TempDir
  Path dir;

  @Test
  void aLakehouseCopiedElsewhereReusesItsOwnCopyOfTheModels() throws IOException {
    Path original = dir.resolve("original");
    SampleLakehouse lake = new SampleLakehouse(original, "");
    String recorded = SavedRiskModel.recorded(lake.context("2026-08"), original + "/models/" + RUN);
    assertEquals("models/" + RUN, recorded, "a folder inside the lakehouse is recorded relative to it");
    recordTraining(lake, recorded);
    modelFolders(original);

    Path copy = dir.resolve("elsewhere/copy");
    TestFiles.copyTree(original, copy);
    deleteTree(original);

    Optional<SavedRiskModel> found = reusable(new SampleLakehouse(copy, ""), "2026-10");
    assertTrue(found.isPresent(), "the copy's models are found");
    assertEquals(copy + "/models/" + RUN, found.get().path());
    assertEquals(YearMonth.of(2026, 8), found.get().trainedFor());
  }

  /** Runs before relative paths recorded where the lakehouse was then; after a move, the same place here. */
  @Test
  void anAbsolutePathOfAMovedLakehouseIsLookedForInThisOne() throws IOException {
    Path lakehouse = dir.resolve("moved");
    SampleLakehouse lake = new SampleLakehouse(lakehouse, "");
    recordTraining(lake, dir.resolve("gone/models/" + RUN).toString());
    modelFolders(lakehouse);

    Optional<SavedRiskModel> found = reusable(lake, "2026-10");
    assertTrue(found.isPresent());
    assertEquals(lakehouse + "/models/" + RUN, found.get().path());
  }

  @Test
  void anAbsolutePathThatStillExistsIsKept() throws IOException {
    Path lakehouse = dir.resolve("lake");
    Path shared = dir.resolve("shared-models");
    SampleLakehouse lake = new SampleLakehouse(lakehouse, "");
    recordTraining(lake, shared.resolve("models/" + RUN).toString());
    modelFolders(shared);

    assertEquals(shared + "/models/" + RUN, reusable(lake, "2026-10").orElseThrow().path());
  }

  @Test
  void missingModelFilesOrAnExpiredTrainingMeanRetraining() throws IOException {
    Path lakehouse = dir.resolve("lake");
    SampleLakehouse lake = new SampleLakehouse(lakehouse, "");
    recordTraining(lake, SavedRiskModel.relativePath(RUN));
    assertTrue(reusable(lake, "2026-10").isEmpty(), "no model files");

    modelFolders(lakehouse);
    Files.delete(lakehouse.resolve("models/" + RUN + "/gbt"));
    assertTrue(reusable(lake, "2026-10").isEmpty(), "one of the three models missing");

    Files.createDirectories(lakehouse.resolve("models/" + RUN + "/gbt"));
    assertTrue(reusable(lake, "2026-10").isPresent());
    assertTrue(reusable(lake, "2026-11").isEmpty(), "trained for August: November is 3 months on");
    assertTrue(reusable(lake, "2026-08").isEmpty(), "never for the month it was trained for or earlier");
  }

  private static Optional<SavedRiskModel> reusable(SampleLakehouse lake, String featureMonth) {
    return SavedRiskModel.reusable(lake.context(featureMonth), KEY, YearMonth.parse(featureMonth), 3);
  }

  /** The run-log row a training run for 2026-08 writes. */
  private static void recordTraining(SampleLakehouse lake, String modelPath) {
    Map<String, String> settings = Map.of(SavedRiskModel.MODEL_RUN, RUN, SavedRiskModel.MODEL_KEY, KEY,
        SavedRiskModel.TRAINED_FOR, "2026-08", SavedRiskModel.MODEL_PATH, modelPath);
    AnalyticsRuns.record(lake.spark, new GoldTables(lake.spark, lake.catalog), RUN, ScoreRiskJob.JOB,
        "2026-08->2026-09", Instant.parse("2026-09-05T00:00:00Z"), settings, Map.of(), Map.of(), "");
  }

  private static void modelFolders(Path root) throws IOException {
    for (String part : new String[] {"scaler", "gbt", "logistic"}) {
      Files.createDirectories(root.resolve("models/" + RUN + "/" + part));
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
