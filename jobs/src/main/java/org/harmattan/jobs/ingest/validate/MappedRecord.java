package org.harmattan.jobs.ingest.validate;

import java.util.List;
import org.apache.spark.sql.Row;

/**
 * A record mapped for its target table.
 *
 * @param key stable key of the record (hash of source and reference), null when the reference is missing
 * @param reference the record's own reference in its feed
 * @param sourceFeed the source the key is built from
 * @param personRef the person a notice or warrant points at, else null
 * @param personRefColumn the source column of {@code personRef}, for messages
 * @param values the target's staged columns, in the order of its staged struct
 * @param violations every reason to refuse the record; empty when accepted
 */
public record MappedRecord(String key, String reference, String sourceFeed, String personRef, String personRefColumn,
    Row values, List<Violation> violations) {
  public boolean accepted() {
    return violations.isEmpty();
  }
}
