package org.harmattan.jobs.ingest.validate;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as bureaus write them: Arabic-Indic and Persian digits, the Arabic decimal and
 * thousands separators, decimal commas, spaces as thousands separators.
 */
public final class LocalNumbers {
  private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern GROUPED_COMMA = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern GROUPED_DOT = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+(,\\d+)?");

  private LocalNumbers() {}

  /** Replaces Arabic-Indic (U+0660..U+0669) and Persian (U+06F0..U+06F9) digits with ASCII digits. */
  public static String asciiDigits(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char r = c;
      if (c >= '\u0660' && c <= '\u0669') {
        r = (char) ('0' + (c - '\u0660'));
      } else if (c >= '\u06F0' && c <= '\u06F9') {
        r = (char) ('0' + (c - '\u06F0'));
      } else if (c == '\u066B') {
        r = '.';
      } else if (c == '\u066C') {
        r = ',';
      }
      if (r != c && sb == null) {
        sb = new StringBuilder(text);
      }
      if (sb != null) {
        sb.setCharAt(i, r);
      }
    }
    return sb == null ? text : sb.toString();
  }

  /**
   * Parses a number. With {@code decimalComma}, "1.234,5" and "12,5" read as 1234.5 and 12.5,
   * and a number without a comma may still use a point ("13.5"). Without it, a comma is only a
   * thousands separator in a well-formed grouping ("1,234.5").
   *
   * @return the value, or null when the text is not a number
   */
  public static Double parse(String text, boolean decimalComma) {
    if (text == null) {
      return null;
    }
    String t = asciiDigits(text).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
    if (decimalComma && t.indexOf(',') >= 0) {
      if (GROUPED_DOT.matcher(t).matches()) {
        t = t.replace(".", "");
      } else if (t.indexOf('.') >= 0) {
        return null;
      }
      t = t.replace(',', '.');
    } else if (t.indexOf(',') >= 0) {
      if (!GROUPED_COMMA.matcher(t).matches()) {
        return null;
      }
      t = t.replace(",", "");
    }
    if (!plainDecimal(t) && !PLAIN.matcher(t).matches()) {
      return null;
    }
    return new BigDecimal(t).doubleValue();
  }

  /**
   * Digits with at most one point and an optional sign ("12", "-3.5", "7."): most fields, and a
   * subset of {@code PLAIN}, checked by one scan instead of the pattern (a tenth of reading a feed).
   */
  static boolean plainDecimal(String t) {
    int i = t.startsWith("+") || t.startsWith("-") ? 1 : 0;
    boolean digits = false;
    boolean point = false;
    for (; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return false;
      }
    }
    return digits;
  }
}
