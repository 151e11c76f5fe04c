package org.harmattan.jobs.reference;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.apache.spark.sql.types.StructType;
import org.harmattan.core.vocab.Vocabulary;
import org.harmattan.jobs.ingest.feed.FeedSpec;
import org.harmattan.jobs.ingest.validate.IngestLimits;
import org.harmattan.jobs.ingest.validate.ReasonCodes;

/**
 * Travel documents: STOLEN, LOST or REVOKED from the reported date (or the ingestion day when the
 * record has none). Expiring before being issued, or being issued after being reported, is impossible.
 */
final class TravelDocumentMapper extends ReferenceMapper {
  private static final long serialVersionUID = 1L;
  static final Set<String> TYPES = Set.of("PASSPORT", "NATIONAL_ID", "TRAVEL_DOCUMENT", "VISA");
  static final Set<String> STATUSES = Set.of("STOLEN", "LOST", "REVOKED");

  TravelDocumentMapper(FeedSpec feed, Vocabulary vocabulary, IngestLimits limits, LocalDate today, StructType staged) {
    super(feed, vocabulary, limits, today, staged);
  }

  @Override
  String keyColumn() {
    return "document_id";
  }

  @Override
  void mapFields(Rec r) {
    r.put("document_type", r.code("document_type", TYPES));
    r.putCountry("issuing_country");
    LocalDate issue = r.putDate("issue_date", true);
    LocalDate expiry = r.putDate("expiry_date", false);
    LocalDate reported = r.putDate("reported_date", true);
    String status = r.code("status", STATUSES);
    if (issue != null && expiry != null && expiry.isBefore(issue)) {
      r.refuse(ReasonCodes.EXPIRY_BEFORE_ISSUE, "expiry_date", "expires on " + expiry + ", before the document was issued on "
          + issue);
    }
    if (issue != null && reported != null && issue.isAfter(reported)) {
      r.refuse(ReasonCodes.ISSUED_AFTER_REPORTED, "issue_date", "issued on " + issue + ", after it was reported "
          + (status == null ? "" : status.toLowerCase(java.util.Locale.ROOT) + " ") + "on " + reported);
    }
    if (status == null || !r.ok()) {
      return;
    }
    if (reported != null) {
      r.version(status, startOf(reported), null, false, false);
    } else {
      r.version(status, ingestionDay(), null, true, false);
    }
  }
}
