package org.harmattan.jobs.ingest;

import java.util.List;

/**
 * What to ingest.
 *
 * @param feeds feed names; empty means every feed
 * @param force read files again even when the same content was ingested before (silver stays unchanged: MERGE)
 */
public record IngestRequest(List<String> feeds, boolean force) {
  public static final IngestRequest ALL = new IngestRequest(List.of(), false);
}
