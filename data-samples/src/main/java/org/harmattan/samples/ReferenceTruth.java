package org.harmattan.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The truth files of the reference feeds, written while the feeds are streamed. */
final class ReferenceTruth {
  final CsvTable variants;
  final CsvTable expiredWarrant;
  final CsvTable conflicts;
  final CsvTable stolenHits;
  final CsvTable overdue;
  final CsvTable bad;
  final CsvTable expiring;

  ReferenceTruth(Path dir) throws IOException {
    variants = new CsvTable(dir.resolve("person_variants.csv"), "person_id", "feed", "person_ref", "script", "name");
    expiredWarrant = new CsvTable(dir.resolve("expired_warrant_notices.csv"), "notice_ref", "warrant_ref", "warrant_feed",
        "warrant_expiry_date");
    conflicts = new CsvTable(dir.resolve("notice_status_conflicts.csv"), "notice_ref", "feed_active", "feed_cancelled",
        "cancellation_date");
    stolenHits = new CsvTable(dir.resolve("stolen_document_hits.csv"), "query_ref", "query_timestamp", "bureau",
        "document_number", "document_feed", "reported_date");
    overdue = new CsvTable(dir.resolve("overdue_requests.csv"), "request_ref", "priority", "sent_at", "due_at");
    bad = new CsvTable(dir.resolve("reference_bad_records.csv"), "feed", "file", "line", "expected_reason");
    expiring = new CsvTable(dir.resolve("expiring.csv"), "kind", "feed", "ref", "expiry_date");
  }

  /** A planted bad record, located by file and physical line. */
  void badRecord(String feed, RefFile f, long line, ReferenceBadReason reason) throws IOException {
    bad.row(feed, f.relative, line, reason.name());
  }

  void close() throws IOException {
    for (CsvTable t : List.of(variants, expiredWarrant, conflicts, stolenHits, overdue, bad, expiring)) {
      t.close();
    }
  }
}
