package org.harmattan.reports.text;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Numbers, changes and dates written the way readers of one language expect: grouping and
 * decimal signs, Arabic-Indic digits in Arabic (dates included), month names. Invisible
 * direction marks that Java adds to Arabic output are removed: the report's text runs already
 * carry their direction, and the embedded font has no glyph for them.
 */
public final class LocalFormat {
  private static final String MINUS = "\u2212";

  private final Locale locale;
  private final DateTimeFormatter monthYear;
  private final DateTimeFormatter shortMonth;
  private final DateTimeFormatter longDate;
  private final DateTimeFormatter dateTime;

  public LocalFormat(Locale locale) {
    this.locale = locale;
    DecimalStyle digits = DecimalStyle.of(locale);
    this.monthYear = DateTimeFormatter.ofPattern("MMMM yyyy", locale).withDecimalStyle(digits);
    this.shortMonth = DateTimeFormatter.ofPattern("MMM yyyy", locale).withDecimalStyle(digits);
    this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withDecimalStyle(digits);
    this.dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", locale).withDecimalStyle(digits)
        .withZone(ZoneOffset.UTC);
  }

  public Locale locale() {
    return locale;
  }

  /** A whole number with the locale's grouping: 12,345 / 12 345 / ١٢٬٣٤٥. */
  public String count(long n) {
    return clean(NumberFormat.getIntegerInstance(locale).format(n));
  }

  /**
   * A count, or "&lt;min" when {@code suppress} and the count is positive but below {@code min}
   * (the conference edition's small-count rule; zero is shown, it discloses nobody).
   */
  public String count(long n, boolean suppress, int min) {
    return isSuppressed(n, suppress, min) ? "<" + count(min) : count(n);
  }

  public static boolean isSuppressed(long n, boolean suppress, int min) {
    return suppress && n > 0 && n < min;
  }

  /** A year, without grouping: 2026 / ٢٠٢٦. */
  public String year(int year) {
    NumberFormat f = NumberFormat.getIntegerInstance(locale);
    f.setGroupingUsed(false);
    return clean(f.format(year));
  }

  /** A number with {@code digits} decimals. */
  public String decimal(double value, int digits) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(digits);
    f.setMaximumFractionDigits(digits);
    return clean(f.format(value));
  }

  /** A share as a percentage without sign: 25 %. */
  public String percent(double share) {
    NumberFormat f = NumberFormat.getPercentInstance(locale);
    f.setMaximumFractionDigits(share != 0 && Math.abs(share) < 0.1 ? 1 : 0);
    return clean(f.format(share));
  }

  /** A relative change with its sign (+25 %, −10 %), or a dash when there is no base to compare with. */
  public String change(OptionalDouble change) {
    if (change.isEmpty()) {
      return "\u2013";
    }
    double c = change.getAsDouble();
    String sign = c > 0.0005 ? "+" : c < -0.0005 ? MINUS : "";
    return sign + percent(Math.abs(c));
  }

  public String month(YearMonth month) {
    return clean(monthYear.format(month));
  }

  public String shortMonth(YearMonth month) {
    return clean(shortMonth.format(month));
  }

  public String date(LocalDate date) {
    return date == null ? "" : clean(longDate.format(date));
  }

  public String dateTime(Instant instant) {
    return instant == null ? "" : clean(dateTime.format(instant));
  }

  /** Removes the bidirectional marks (ALM, LRM, RLM) some locales put around signs. */
  static String clean(String s) {
    return s.replace("\u061C", "").replace("\u200E", "").replace("\u200F", "");
  }
}
