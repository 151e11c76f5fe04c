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

/** Warrants: ACTIVE from the issue date until the expiry date, EXPIRED from it. An expiry before the issue is impossible. */
final class WarrantMapper extends ReferenceMapper {
  private static final long serialVersionUID = 1L;

  WarrantMapper(FeedSpec feed, Vocabulary vocabulary, IngestLimits limits, LocalDate today, StructType staged) {
    super(feed, vocabulary, limits, today, staged);
  }

  @Override
  String keyColumn() {
    return "warrant_id";
  }

  @Override
  void mapFields(Rec r) {
    String personRef = r.text("person_ref");
    r.put("person_ref", personRef);
    r.put("person_id", personRef == null ? null : key(feed.source(), personRef));
    r.putCountry("issuing_country");
    r.put("authority", r.text("authority"));
    r.putOffence();
    LocalDate issue = r.putDate("issue_date", true);
    LocalDate expiry = r.putDate("expiry_date", false);
    if (issue != null && expiry != null && expiry.isBefore(issue)) {
      r.refuse(ReasonCodes.EXPIRY_BEFORE_ISSUE, "expiry_date", "expires on " + expiry + ", before the warrant was issued on "
          + issue);
    }
    if (issue == null || !r.ok()) {
      return;
    }
    Timestamp end = expiry == null ? null : startOf(expiry);
    r.version("ACTIVE", startOf(issue), end, false, false);
    if (end != null) {
      r.version("EXPIRED", end, null, false, false);
    }
  }
}
