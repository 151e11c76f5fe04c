package org.harmattan.jobs.alerts;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.harmattan.core.time.Period;

/** Which alerts stood on a day or at some time in a period ({@code raised_on <= day < resolved_on}). */
public final class StandingAlerts {
  private StandingAlerts() {}

  public static Dataset<Row> on(Dataset<Row> alerts, LocalDate day) {
    return alerts.where(standingBetween(day, day));
  }

  /** Alerts that stood on at least one day of the period. */
  public static Dataset<Row> during(Dataset<Row> alerts, Period period) {
    return alerts.where(standingBetween(period.startDate(), period.endDate()));
  }

  private static Column standingBetween(LocalDate first, LocalDate last) {
    return col("raised_on").leq(lit(Date.valueOf(last)))
        .and(col("resolved_on").isNull().or(col("resolved_on").gt(lit(Date.valueOf(first)))));
  }
}
