package org.harmattan.core.ledger;

import java.time.Instant;
import java.util.Map;

/**
 * One row of the run ledger: a job's work on one file of one feed (or on the whole run when
 * {@code file} is null). For an ingest entry, {@code accepted + quarantined == recordsRead}.
 * {@code fileBytes} and {@code fileModifiedAt} are the file's size and modification time when it
 * was hashed: a later run that finds both unchanged reuses the digest instead of reading the file.
 */
public record LedgerEntry(String runId, String job, String feed, String file, String fileSha256, Long fileBytes,
    Instant fileModifiedAt, Instant startedAt,
    Instant endedAt, Status status, long recordsRead, long accepted, long quarantined, long duplicates, long inserted,
    long updated, Map<String, Long> tableVersions, String message) {

  /** Outcome of a job on one file. */
  public enum Status { SUCCEEDED, SKIPPED, FAILED }
}
