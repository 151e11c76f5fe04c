package org.harmattan.bench.peer;

import java.util.List;

/**
 * The canonical names of the fields every peer extracts from a feed record, and the rules both
 * peers apply (written once here so that the floor and DuckDB cannot drift apart):
 * <ul>
 *   <li>Arabic-Indic digits and the Arabic decimal separator read as ASCII; decimal comma feeds
 *       read ',' as '.';</li>
 *   <li>a record is kept when its date parses with the feed's pattern and lies in
 *       [feed min-date, today], both coordinates parse and lie in range, its category is a known
 *       synonym, its unit (when given) is a known synonym, and its quantity (when given) parses and
 *       is not negative;</li>
 *   <li>a record id that occurs more than once in a feed is dropped in every copy: Harmattan keeps
 *       the first and quarantines the others (DUPLICATE_KEY_IN_BATCH), a rule of file order the
 *       peers do not reproduce; the agreement check counts these keys;</li>
 *   <li>cell: PRIO-GRID {@code floor((lat + 90) / 0.5) * 720 + floor((lon + 180) / 0.5) + 1}; month
 *       {@code yyyy-MM} of the date.</li>
 * </ul>
 * What the peers do not check is Harmattan's point-in-country test (Natural Earth polygons) and
 * the CSV field count: the agreement check reports those rows by feed.
 */
public final class PeerRows {
  public static final List<String> FIELDS = List.of("record_id", "date_raw", "category_raw", "lat_raw", "lon_raw",
      "quantity_raw", "unit_raw");
  /** Arabic-Indic digits and the Arabic decimal separator, and what they read as. */
  public static final String LOCAL_DIGITS = "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u066b";
  public static final String ASCII_DIGITS = "0123456789.";

  private PeerRows() {}
}
