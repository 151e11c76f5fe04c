package org.harmattan.reports.layout;

import java.util.Date;

/** One point of a trend chart: the first day of a month and the count (a JavaBean for Jasper's chart dataset). */
public final class ChartPoint {
  private final Date month;
  private final Long value;

  public ChartPoint(Date month, long value) {
    this.month = month;
    this.value = value;
  }

  public Date getMonth() {
    return month;
  }

  public Long getValue() {
    return value;
  }
}
