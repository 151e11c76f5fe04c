package org.harmattan.core.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmattan.core.ConfigException;

/**
 * A reporting period: a calendar month ({@code 2026-10}) or a quarter ({@code 2026-Q3}).
 *
 * @param first first month of the period
 * @param last last month of the period (equal to {@code first} for a month)
 */
public record Period(YearMonth first, YearMonth last) {
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  /**
   * Parses {@code yyyy-MM} or {@code yyyy-Qn}.
   *
   * @throws ConfigException when the text is neither
   */
  public static Period parse(String text) {
    String t = text == null ? "" : text.trim();
    Matcher m = MONTH.matcher(t);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(2));
      if (month < 1 || month > 12) {
        throw new ConfigException("Period '" + text + "': month must be 01 to 12");
      }
      YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
      return new Period(ym, ym);
    }
    Matcher q = QUARTER.matcher(t.toUpperCase());
    if (q.matches()) {
      int quarter = Integer.parseInt(q.group(2));
      YearMonth first = YearMonth.of(Integer.parseInt(q.group(1)), quarter * 3 - 2);
      return new Period(first, first.plusMonths(2));
    }
    throw new ConfigException("Period '" + text + "': expected a month like 2026-10 or a quarter like 2026-Q3");
  }

  public static Period month(YearMonth month) {
    return new Period(month, month);
  }

  public boolean isQuarter() {
    return !first.equals(last);
  }

  public LocalDate startDate() {
    return first.atDay(1);
  }

  /** Last day of the period, inclusive. */
  public LocalDate endDate() {
    return last.atEndOfMonth();
  }

  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** The period of the same length just before this one. */
  public Period previous() {
    long length = months().size();
    return new Period(first.minusMonths(length), last.minusMonths(length));
  }

  @Override
  public String toString() {
    return isQuarter() ? first.getYear() + "-Q" + ((first.getMonthValue() + 2) / 3) : first.toString();
  }
}
