package org.harmattan.jobs.ingest.read;

import java.io.IOException;

/**
 * A file that holds no record at all, such as the JSON Lines file of a month without incidents:
 * it has no header to check and is read as zero records, not refused.
 */
public final class NoRecordsException extends IOException {
  public NoRecordsException(String message) {
    super(message);
  }
}
