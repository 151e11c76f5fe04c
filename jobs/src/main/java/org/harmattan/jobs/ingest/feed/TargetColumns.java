package org.harmattan.jobs.ingest.feed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.harmattan.core.catalog.Schemas;

/**
 * The silver tables a feed can fill ({@code target} in its conf) and the canonical columns its
 * {@code columns} block may map for each. Reference tables name the column that holds the
 * record's own reference (its key within the feed); incidents use {@code record-id} instead.
 */
public final class TargetColumns {
  public static final String INCIDENTS = "incidents";

  /** Target name to mappable canonical columns; for reference targets the first is the record's reference. */
  private static final Map<String, List<String>> MAPPABLE = mappable();

  private TargetColumns() {}

  private static Map<String, List<String>> mappable() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put(INCIDENTS, Schemas.MAPPABLE_INCIDENT_COLUMNS);
    m.put("persons", List.of("person_ref", "name_latin", "name_arabic", "date_of_birth", "sex", "nationality"));
    m.put("notices", List.of("notice_ref", "notice_type", "person_ref", "issuing_country", "offence", "issue_date",
        "valid_until", "status", "cancellation_date", "warrant_ref"));
    m.put("warrants", List.of("warrant_ref", "person_ref", "issuing_country", "authority", "offence", "issue_date",
        "expiry_date"));
    m.put("travel_documents", List.of("document_number", "document_type", "issuing_country", "issue_date",
        "expiry_date", "reported_date", "status"));
    m.put("requests", List.of("request_ref", "from_bureau", "to_bureau", "request_type", "priority", "sent_at",
        "answered_at", "status"));
    m.put("db_queries", List.of("query_ref", "bureau", "database", "queried_at", "hit", "matched_ref"));
    return m;
  }

  public static Set<String> targets() {
    return MAPPABLE.keySet();
  }

  public static boolean known(String target) {
    return MAPPABLE.containsKey(target);
  }

  public static List<String> mappable(String target) {
    return MAPPABLE.getOrDefault(target, List.of());
  }

  /** The canonical column holding a reference record's own reference, e.g. {@code notice_ref}. */
  public static String referenceColumn(String target) {
    return target.equals(INCIDENTS) ? "source_record_id" : MAPPABLE.get(target).get(0);
  }

  /** Coded columns of reference targets whose feed synonyms go in the conf's {@code values} block. */
  public static final List<String> CODED = List.of("notice_type", "status", "document_type", "sex", "priority",
      "request_type", "database", "hit");
}
