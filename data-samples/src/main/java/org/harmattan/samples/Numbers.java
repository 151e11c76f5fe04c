package org.harmattan.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number and digit formatting shared by the writers. */
final class Numbers {
  private Numbers() {}

  /** Plain decimal text, at most 5 decimals, no trailing zeros, optionally with a decimal comma. */
  static String plain(double v, boolean decimalComma) {
    String s = BigDecimal.valueOf(v).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    return decimalComma ? s.replace('.', ',') : s;
  }

  static String format(Object v, boolean decimalComma) {
    if (v instanceof Double d) {
      return plain(d, decimalComma);
    }
    return String.valueOf(v);
  }

  /** Replaces ASCII digits by Arabic-Indic ones and a decimal point between digits by the Arabic decimal separator. */
  static String arabicIndic(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        b.append((char) ('\u0660' + (c - '0')));
      } else if (c == '.' && i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1))
          && Character.isDigit(s.charAt(i + 1))) {
        b.append('\u066B');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
