package org.harmattan.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.harmattan.core.catalog.TableCatalog;
import org.harmattan.core.config.HarmattanConfig;
import org.harmattan.core.job.JobContext;
import org.harmattan.core.geo.CountryBorders;
import org.harmattan.core.testing.SharedSpark;
import org.harmattan.core.testing.TestFiles;
import org.harmattan.core.vocab.Vocabulary;
import org.harmattan.samples.SampleGenerator;
import org.harmattan.samples.SampleSpec;
import org.harmattan.core.time.Period;
import org.harmattan.jobs.ingest.IngestFeedsJob;
import org.harmattan.jobs.ingest.IngestRequest;

/** A test lakehouse on the shared session, with "today" fixed at 2026-11-22. */
public final class SampleLakehouse {
  public static final Instant TODAY = Instant.parse("2026-11-22T12:00:00Z");
  public static final List<String> BUREAU_FEEDS = List.of("mar-dgsn", "dza-dgsn", "tun-garde-nationale", "lby-cid",
      "egy-moi", "mrt-police", "mli-police", "ner-police", "tcd-police", "bfa-police", "sdn-police", "nga-npf");

  public final SparkSession spark = SharedSpark.session();
  public final HarmattanConfig config;
  public final TableCatalog catalog;

  public SampleLakehouse(Path lakehouse, String extraHocon) {
    this.config = SharedSpark.config(lakehouse, extraHocon);
    this.catalog = new TableCatalog(lakehouse.toString());
  }

  /** The generated sample: 60,000 incidents over 20 months (about 14 times the committed sample's monthly volume). */
  public static final long SCALE = 60_000;
  public static final YearMonth FIRST = YearMonth.of(2025, 3);
  public static final YearMonth LAST = YearMonth.of(2026, 10);
  private static Path generated;

  /** Ingests the bureau feeds. */
  public SampleLakehouse ingest() {
    new IngestFeedsJob().run(context(Optional.empty()), new IngestRequest(BUREAU_FEEDS, false));
    return this;
  }

  /**
   * A lakehouse whose silver incidents are a generated sample (seed 42, {@link #SCALE} incidents,
   * {@link #FIRST}..{@link #LAST}): dense enough that a planted surge of three to seven times the
   * usual count is more than a single incident. The sample is generated and ingested once per test
   * JVM into a folder of its own, which no test writes to again; each test class gets a copy of its
   * incidents table (a Delta table is a self-contained folder) and writes only there.
   */
  public static synchronized SampleLakehouse withIngestedSample(Path lakehouse, String extraHocon) {
    try {
      if (generated == null) {
        Path dir = Files.createTempDirectory("harmattan-features-sample");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
        Vocabulary vocabulary = Vocabulary.load(SharedSpark.projectHome().resolve("conf/vocabulary.conf"));
        new SampleGenerator(CountryBorders.loadDefault(vocabulary::alpha3ForNumeric))
            .generate(new SampleSpec(SCALE, 42, dir.resolve("samples"), FIRST, LAST));
        new SampleLakehouse(dir.resolve("lakehouse"), samplesConfig(dir)).ingest();
        generated = dir;
      }
      TestFiles.copyTree(generated.resolve("lakehouse/silver/incidents"), lakehouse.resolve("silver/incidents"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SampleLakehouse(lakehouse, extraHocon);
  }

  private static String samplesConfig(Path dir) throws IOException {
    return feedsOnly(dir.resolve("feeds"), BUREAU_FEEDS) + "harmattan.samples.dir = \""
        + dir.resolve("samples").toString().replace("\\", "/") + "\"\n";
  }

  /** The planted truth of the generated sample. */
  public static synchronized Path truth() {
    return generated.resolve("samples/truth");
  }

  /**
   * Configuration whose feed folder holds only the named feeds' files, copied from conf/feeds, so
   * that feed files other stages add meanwhile cannot change what these tests ingest.
   */
  public static String feedsOnly(Path dir, List<String> feeds) throws IOException {
    Files.createDirectories(dir);
    for (String feed : feeds) {
      Files.copy(SharedSpark.projectHome().resolve("conf/feeds/" + feed + ".conf"), dir.resolve(feed + ".conf"),
          StandardCopyOption.REPLACE_EXISTING);
    }
    return "harmattan.feeds.dir = \"" + dir.toString().replace("\\", "/") + "\"\n";
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      // A leftover temporary folder is harmless.
    }
  }

  public JobContext context(Optional<Period> period) {
    return new JobContext(spark, config, catalog, JobContext.newRunId(), period, Clock.fixed(TODAY, ZoneOffset.UTC));
  }

  public JobContext context(String period) {
    return context(Optional.of(Period.parse(period)));
  }

}
