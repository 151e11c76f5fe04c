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

/** Persons: names as received in each script, date of birth, sex (M/F), nationality (alpha-3). */
final class PersonMapper extends ReferenceMapper {
  private static final long serialVersionUID = 1L;
  static final Set<String> SEXES = Set.of("M", "F");

  PersonMapper(FeedSpec feed, Vocabulary vocabulary, IngestLimits limits, LocalDate today, StructType staged) {
    super(feed, vocabulary, limits, today, staged);
  }

  @Override
  String keyColumn() {
    return "person_id";
  }

  @Override
  void mapFields(Rec r) {
    r.put("name_latin", r.text("name_latin"));
    r.put("name_arabic", r.text("name_arabic"));
    r.putDate("date_of_birth", true);
    r.put("sex", r.code("sex", SEXES));
    r.putCountry("nationality");
  }
}
