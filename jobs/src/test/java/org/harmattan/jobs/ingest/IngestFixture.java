package org.harmattan.jobs.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.catalog.TableCatalog;
import org.harmattan.core.config.HarmattanConfig;
import org.harmattan.core.job.JobContext;
import org.harmattan.core.testing.SharedSpark;

/** A test's lakehouse and job context on the shared session, with "today" fixed at 2026-11-22. */
public final class IngestFixture {
  public static final Instant TODAY = Instant.parse("2026-11-22T12:00:00Z");
  public final SparkSession spark = SharedSpark.session();
  public final HarmattanConfig config;
  public final TableCatalog catalog;

  public IngestFixture(Path lakehouse, String extraHocon) {
    this.config = SharedSpark.config(lakehouse, extraHocon);
    this.catalog = new TableCatalog(lakehouse.toString());
  }

  public JobContext context() {
    return new JobContext(spark, config, catalog, JobContext.newRunId(), Optional.empty(), Clock.fixed(TODAY, ZoneOffset.UTC));
  }

  public IngestResult ingest(String... feeds) {
    return new IngestFeedsJob().run(context(), new IngestRequest(List.of(feeds), false));
  }

  public IngestResult ingestForced(String... feeds) {
    return new IngestFeedsJob().run(context(), new IngestRequest(List.of(feeds), true));
  }

  public Dataset<Row> table(Table t) {
    return catalog.read(spark, t);
  }
}
