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
 * Requests between bureaus: OPEN from sent_at, ANSWERED from answered_at (or from the ingestion day
 * when the record says answered without a time). An answer before the request is impossible.
 */
final class RequestMapper extends ReferenceMapper {
  private static final long serialVersionUID = 1L;
  static final Set<String> TYPES = Set.of("INFORMATION", "IDENTIFICATION", "LOCATION", "PROVISIONAL_ARREST", "EXTRADITION",
      "ASSET_TRACING");
  static final Set<String> PRIORITIES = Set.of("URGENT", "HIGH", "NORMAL", "LOW");
  static final Set<String> STATUSES = Set.of("OPEN", "ANSWERED");

  RequestMapper(FeedSpec feed, Vocabulary vocabulary, IngestLimits limits, LocalDate today, StructType staged) {
    super(feed, vocabulary, limits, today, staged);
  }

  @Override
  String keyColumn() {
    return "request_id";
  }

  @Override
  void mapFields(Rec r) {
    r.putCountry("from_bureau");
    r.putCountry("to_bureau");
    r.put("request_type", r.code("request_type", TYPES));
    r.put("priority", r.code("priority", PRIORITIES));
    Instant sent = r.putTimestamp("sent_at");
    Instant answered = r.putTimestamp("answered_at");
    String status = r.code("status", STATUSES);
    if (sent != null && answered != null && answered.isBefore(sent)) {
      r.refuse(ReasonCodes.ANSWER_BEFORE_REQUEST, "answered_at", "answered at " + answered + ", before the request was sent at "
          + sent);
    }
    if (sent == null || !r.ok()) {
      return;
    }
    Timestamp from = Timestamp.from(sent);
    if (answered != null) {
      r.version("OPEN", from, Timestamp.from(answered), false, false);
      r.version("ANSWERED", Timestamp.from(answered), null, false, false);
    } else if ("ANSWERED".equals(status)) {
      Timestamp change = NoticeMapper.later(from, ingestionDay());
      r.version("OPEN", from, change, false, true);
      r.version("ANSWERED", change, null, true, false);
    } else {
      r.version("OPEN", from, null, false, false);
    }
  }
}
