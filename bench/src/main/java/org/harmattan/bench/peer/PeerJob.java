package org.harmattan.bench.peer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything a peer JVM needs, written by the harness as JSON and read by the peer's main class.
 *
 * @param categories folded synonym to category code
 * @param units folded synonym to unit code
 * @param today last accepted date (Harmattan refuses later dates as DATE_IN_FUTURE)
 * @param outDir folder the peer writes its Parquet output into
 * @param shufflePartitions the floor's {@code spark.sql.shuffle.partitions}: Harmattan's configured value
 * @param threads DuckDB threads
 */
public record PeerJob(List<PeerFeed> feeds, Map<String, String> categories, Map<String, String> units, String today,
    String outDir, String sparkMaster, int shufflePartitions, int threads) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public void write(Path file) {
    try {
      JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static PeerJob read(Path file) {
    try {
      return JSON.readValue(file.toFile(), PeerJob.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
