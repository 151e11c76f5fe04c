package org.harmattan.jobs.ingest;

import java.util.List;
import java.util.Map;

/**
 * Outcome of an ingest run: per-feed counts, silver rows inserted and updated by MERGE, and the
 * versions of the tables written.
 */
public record IngestResult(String runId, List<FeedRunSummary> feeds, long inserted, long updated,
    Map<String, Long> tableVersions, long millis) {
  public static final IngestResult EMPTY = new IngestResult("", List.of(), 0, 0, Map.of(), 0);

  public long read() {
    return feeds.stream().mapToLong(FeedRunSummary::read).sum();
  }

  public long accepted() {
    return feeds.stream().mapToLong(FeedRunSummary::accepted).sum();
  }

  public long quarantined() {
    return feeds.stream().mapToLong(FeedRunSummary::quarantined).sum();
  }

  public long duplicates() {
    return feeds.stream().mapToLong(FeedRunSummary::duplicates).sum();
  }

  public boolean anyFailed() {
    return feeds.stream().anyMatch(f -> f.status().equals("FAILED"));
  }
}
