package org.harmattan.samples;

import java.util.ArrayList;
import java.util.List;

/** Reason codes of the quarantine table, as planted in bad records (truth/bad_records.csv). */
enum BadReason {
  UNPARSEABLE_DATE, DATE_IN_FUTURE, DATE_BEFORE_RANGE, COORDINATES_OUT_OF_RANGE, OUTSIDE_REPORTING_COUNTRY,
  UNKNOWN_CATEGORY, UNKNOWN_UNIT, NEGATIVE_QUANTITY, MISSING_REQUIRED_FIELD, UNPARSEABLE_NUMBER, MALFORMED_ROW,
  DUPLICATE_KEY_IN_BATCH, INVALID_JSON;

  static List<BadReason> plantableIn(FeedSpec feed) {
    List<BadReason> out = new ArrayList<>();
    for (BadReason r : values()) {
      boolean ok = switch (r) {
        // A row with the wrong number of fields only exists in delimited text.
        case MALFORMED_ROW -> feed.format() == FeedFormat.CSV;
        case INVALID_JSON -> feed.format() == FeedFormat.JSONL;
        default -> true;
      };
      if (ok) {
        out.add(r);
      }
    }
    return out;
  }
}
