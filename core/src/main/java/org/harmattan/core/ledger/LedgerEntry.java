package org.harmattan.core.ledger;

import java.time.Instant;
import java.util.Map;

/**
 * One row of the run ledger: a job's work on one file of one feed (or on the whole run when
 * {@code file} is null). For an ingest entry, {@code accepted + quarantined == recordsRead}.
 */
public record LedgerEntry(String runId, String job, String feed, String file, String fileSha256, Instant startedAt,
    Instant endedAt, Status status, long recordsRead, long accepted, long quarantined, long duplicates, long inserted,
    long updated, Map<String, Long> tableVersions, String message) {

  /** Outcome of a job on one file. */
  public enum Status { SUCCEEDED, SKIPPED, FAILED }
}
