package org.harmattan.core.catalog;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Gold tables built from the reference databases: {@code alerts} and {@code kpi_monthly}.
 *
 * <p>An alert is a situation with a life: it stands from {@code raised_on} (inclusive) until
 * {@code resolved_on} (exclusive, null while it stands). An alert stands on day D when
 * {@code raised_on <= D < resolved_on}; a single event (a hit) stands on its own day only.
 */
public final class ReferenceGoldSchemas {
  private ReferenceGoldSchemas() {}

  /** Region-wide rows of {@code kpi_monthly} carry this bureau code. */
  public static final String ALL_BUREAUS = "ALL";

  /** The KPI measures that also get a change versus the previous period and the same period a year earlier. */
  public static final List<String> KPI_COMPARED = List.of("requests_sent", "requests_received", "answered",
      "median_response_hours", "within_sla_share", "open_past_sla", "queries", "hits", "hit_rate");

  private static StructField f(String name, DataType type) {
    return createStructField(name, type, true);
  }

  /** A record involved in an alert: table, source feed, the record's own reference, and its role. */
  public static final StructType ALERT_RECORD = new StructType(new StructField[] {
      f("table", StringType), f("feed", StringType), f("ref", StringType), f("role", StringType)});

  /**
   * alert_type EXPIRED_WARRANT_ACTIVE_NOTICE, NOTICE_STATUS_CONFLICT, STOLEN_DOCUMENT_HIT,
   * NOTICE_EXPIRING, WARRANT_EXPIRING, DOCUMENT_EXPIRING; severity HIGH, MEDIUM, LOW. The message
   * names records by reference only, never a person's name or date of birth.
   */
  public static final StructType ALERTS = new StructType(new StructField[] {
      f("alert_id", StringType), f("alert_type", StringType), f("severity", StringType),
      f("issuing_country", StringType), f("source_feed", StringType), f("subject_table", StringType),
      f("subject_ref", StringType), f("event_date", DateType), f("raised_on", DateType), f("resolved_on", DateType),
      f("records", createArrayType(ALERT_RECORD, true)), f("message", StringType),
      f("_run_id", StringType), f("_updated_at", TimestampType)});

  /**
   * Per bureau (ISO alpha-3, or {@link #ALL_BUREAUS}) and month {@code yyyy-MM}. Requests count in
   * the month they were sent (sent, received) or answered (answered, response times, SLA share,
   * counted for the answering bureau); open_past_sla is the state at the end of the month; queries
   * count in the month made. Every measure of {@link #KPI_COMPARED} has {@code <m>_change_prev} and
   * {@code <m>_change_year}: relative change (0.30 = +30%), null when the earlier value is 0 or absent.
   */
  public static final StructType KPI_MONTHLY = kpi();

  private static StructType kpi() {
    List<StructField> fields = new ArrayList<>(List.of(
        f("period", StringType), f("bureau", StringType),
        f("requests_sent", LongType), f("requests_received", LongType), f("answered", LongType),
        f("median_response_hours", DoubleType), f("p90_response_hours", DoubleType),
        f("answered_within_sla", LongType), f("within_sla_share", DoubleType), f("open_past_sla", LongType),
        f("queries", LongType), f("hits", LongType), f("hit_rate", DoubleType)));
    for (String m : KPI_COMPARED) {
      fields.add(f(m + "_change_prev", DoubleType));
      fields.add(f(m + "_change_year", DoubleType));
    }
    fields.add(f("_run_id", StringType));
    fields.add(f("_computed_at", TimestampType));
    return new StructType(fields.toArray(StructField[]::new));
  }
}
