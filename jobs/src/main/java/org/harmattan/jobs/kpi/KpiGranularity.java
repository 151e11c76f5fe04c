package org.harmattan.jobs.kpi;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.quarter;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.year;

import org.apache.spark.sql.Column;
import org.harmattan.core.time.Period;

/** The period a KPI row covers: a calendar month (gold {@code kpi_monthly}) or a quarter (asked for on the command line). */
public enum KpiGranularity {
  MONTH(1), QUARTER(3);

  private final int months;

  KpiGranularity(int months) {
    this.months = months;
  }

  public static KpiGranularity of(Period period) {
    return period.isQuarter() ? QUARTER : MONTH;
  }

  public int months() {
    return months;
  }

  /** First day of the period holding a timestamp or date (UTC session time zone). */
  public Column start(Column timestampOrDate) {
    return trunc(timestampOrDate.cast("date"), this == MONTH ? "MM" : "quarter");
  }

  /** The period's name as users write it: {@code 2026-10} or {@code 2026-Q3}. */
  public Column label(Column start) {
    return this == MONTH ? date_format(start, "yyyy-MM")
        : concat(year(start).cast("string"), lit("-Q"), quarter(start).cast("string"));
  }
}
