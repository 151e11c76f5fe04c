package org.harmattan.jobs.ingest;

import java.util.List;

/**
 * What to ingest.
 *
 * @param feeds feed names; empty means every feed
 * @param force read files again even when the same content was ingested before (silver stays unchanged: MERGE)
 * @param progress receives one human-readable line per step as the run goes (planning per feed, each write)
 */
public record IngestRequest(List<String> feeds, boolean force, java.util.function.Consumer<String> progress) {
  public IngestRequest(List<String> feeds, boolean force) {
    this(feeds, force, line -> { });
  }
}
