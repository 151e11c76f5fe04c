package org.harmattan.reports.data;

import java.util.OptionalDouble;

/**
 * One measure over the report period and its two comparison periods: the period just before
 * and the same period a year earlier.
 */
public record Counts(long current, long previous, long yearAgo) {
  public static final Counts ZERO = new Counts(0, 0, 0);

  /** Relative change versus the previous period (0.25 = +25%); empty when the previous count is 0. */
  public OptionalDouble changeVsPrevious() {
    return change(previous);
  }

  /** Relative change versus the same period a year earlier; empty when that count is 0. */
  public OptionalDouble changeVsYearAgo() {
    return change(yearAgo);
  }

  private OptionalDouble change(long base) {
    return base == 0 ? OptionalDouble.empty() : OptionalDouble.of((current - base) / (double) base);
  }

  public Counts plus(Counts o) {
    return new Counts(current + o.current, previous + o.previous, yearAgo + o.yearAgo);
  }
}
