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

/** Searches against the shared databases: bureau (alpha-3), database, time (UTC), hit or not, what was matched. */
final class DbQueryMapper extends ReferenceMapper {
  private static final long serialVersionUID = 1L;
  static final Set<String> DATABASES = Set.of("SLTD", "NOMINAL", "SMV", "FIREARMS");
  static final Set<String> HIT = Set.of("TRUE", "FALSE");

  DbQueryMapper(FeedSpec feed, Vocabulary vocabulary, IngestLimits limits, LocalDate today, StructType staged) {
    super(feed, vocabulary, limits, today, staged);
  }

  @Override
  String keyColumn() {
    return "query_id";
  }

  @Override
  void mapFields(Rec r) {
    r.putCountry("bureau");
    r.put("database", r.code("database", DATABASES));
    r.putTimestamp("queried_at");
    String hit = r.code("hit", HIT);
    r.put("hit", hit == null ? null : Boolean.valueOf(hit.equals("TRUE")));
    r.put("matched_ref", r.text("matched_ref"));
  }
}
