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
 * Notices: ACTIVE from the issue date, CANCELLED from the cancellation date (or from the ingestion
 * day when the record says cancelled without a date). A cancellation before the issue date, or a
 * validity end before it, is impossible.
 */
final class NoticeMapper extends ReferenceMapper {
  private static final long serialVersionUID = 1L;
  static final Set<String> TYPES = Set.of("RED", "YELLOW", "BLUE", "GREEN", "ORANGE", "PURPLE", "BLACK", "DIFFUSION",
      "UN_SPECIAL");
  static final Set<String> STATUSES = Set.of("ACTIVE", "CANCELLED");

  NoticeMapper(FeedSpec feed, Vocabulary vocabulary, IngestLimits limits, LocalDate today, StructType staged) {
    super(feed, vocabulary, limits, today, staged);
  }

  @Override
  String keyColumn() {
    return "notice_id";
  }

  @Override
  void mapFields(Rec r) {
    r.put("notice_type", r.code("notice_type", TYPES));
    String personRef = r.text("person_ref");
    r.put("person_ref", personRef);
    r.put("person_id", personRef == null ? null : key(feed.source(), personRef));
    r.putCountry("issuing_country");
    r.putOffence();
    r.put("warrant_ref", r.text("warrant_ref"));
    LocalDate issue = r.putDate("issue_date", true);
    LocalDate until = r.putDate("valid_until", false);
    LocalDate cancelled = r.putDate("cancellation_date", true);
    String status = r.code("status", STATUSES);
    if (issue != null && cancelled != null && cancelled.isBefore(issue)) {
      r.refuse(ReasonCodes.CANCELLATION_BEFORE_ISSUE, "cancellation_date", "cancelled on " + cancelled
          + ", before the notice was issued on " + issue);
    }
    if (issue != null && until != null && until.isBefore(issue)) {
      r.refuse(ReasonCodes.EXPIRY_BEFORE_ISSUE, "valid_until", "valid until " + until + ", before the notice was issued on "
          + issue);
    }
    if (issue == null || !r.ok()) {
      return;
    }
    Timestamp from = startOf(issue);
    if (cancelled != null) {
      r.version("ACTIVE", from, startOf(cancelled), false, false);
      r.version("CANCELLED", startOf(cancelled), null, false, false);
    } else if ("CANCELLED".equals(status)) {
      Timestamp change = later(from, ingestionDay());
      r.version("ACTIVE", from, change, false, true);
      r.version("CANCELLED", change, null, true, false);
    } else {
      r.version("ACTIVE", from, null, false, false);
    }
  }

  static Timestamp later(Timestamp a, Timestamp b) {
    return a.after(b) ? a : b;
  }
}
