package org.harmattan.jobs.ingest.read;

import java.util.Map;

/**
 * One record as read from a feed file, before validation.
 *
 * @param line line of the record's first line (CSV, JSON Lines), sheet row (XLSX) or record number (JSON array)
 * @param raw the record's text as received (undecodable bytes shown as U+FFFD)
 * @param fields source column to value; empty when the record could not be split into fields
 * @param errorCode reason code when the record is unreadable (MALFORMED_ROW, BROKEN_QUOTING, ...), else null
 * @param errorMessage what was wrong, naming line and column
 */
public record RawRecord(long line, String raw, Map<String, String> fields, String errorCode, String errorMessage) {
  public static RawRecord ok(long line, String raw, Map<String, String> fields) {
    return new RawRecord(line, raw, fields, null, null);
  }

  public static RawRecord bad(long line, String raw, String code, String message) {
    return new RawRecord(line, raw, Map.of(), code, message);
  }

  public boolean readable() {
    return errorCode == null;
  }
}
