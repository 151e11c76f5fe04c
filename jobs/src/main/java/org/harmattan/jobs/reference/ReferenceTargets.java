package org.harmattan.jobs.reference;

import java.util.List;
import java.util.Set;
import org.harmattan.core.catalog.ReferenceSchemas;
import org.harmattan.core.catalog.Table;
import org.harmattan.jobs.ingest.TargetTable;

/** The six reference tables as ingest targets; persons first, as notices and warrants point at them. */
public final class ReferenceTargets {
  public static final ReferenceTarget PERSONS = new ReferenceTarget(Table.PERSONS, ReferenceSchemas.PERSONS, "person_id",
      false, false, Set.of("name_latin", "name_arabic", "date_of_birth"), (f, r, s) -> new PersonMapper(f, r.vocabulary(), r.limits(), r.today(), s));
  public static final ReferenceTarget NOTICES = new ReferenceTarget(Table.NOTICES, ReferenceSchemas.NOTICES, "notice_id",
      true, true, Set.of(), (f, r, s) -> new NoticeMapper(f, r.vocabulary(), r.limits(), r.today(), s));
  public static final ReferenceTarget WARRANTS = new ReferenceTarget(Table.WARRANTS, ReferenceSchemas.WARRANTS,
      "warrant_id", true, true, Set.of(), (f, r, s) -> new WarrantMapper(f, r.vocabulary(), r.limits(), r.today(), s));
  public static final ReferenceTarget TRAVEL_DOCUMENTS = new ReferenceTarget(Table.TRAVEL_DOCUMENTS,
      ReferenceSchemas.TRAVEL_DOCUMENTS, "document_id", true, false, Set.of("document_number"),
      (f, r, s) -> new TravelDocumentMapper(f, r.vocabulary(), r.limits(), r.today(), s));
  public static final ReferenceTarget REQUESTS = new ReferenceTarget(Table.REQUESTS, ReferenceSchemas.REQUESTS, "request_id",
      true, false, Set.of(), (f, r, s) -> new RequestMapper(f, r.vocabulary(), r.limits(), r.today(), s));
  public static final ReferenceTarget DB_QUERIES = new ReferenceTarget(Table.DB_QUERIES, ReferenceSchemas.DB_QUERIES,
      "query_id", false, false, Set.of("matched_ref"), (f, r, s) -> new DbQueryMapper(f, r.vocabulary(), r.limits(), r.today(), s));

  public static final List<TargetTable> ALL = List.of(PERSONS, NOTICES, WARRANTS, TRAVEL_DOCUMENTS, REQUESTS, DB_QUERIES);

  private ReferenceTargets() {}

  /** The reference target of a table. @throws IllegalArgumentException for a table that is not a reference table */
  public static ReferenceTarget of(Table table) {
    return (ReferenceTarget) ALL.stream().filter(t -> t.table() == table).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(table.qualifiedName() + " is not a reference table"));
  }
}
