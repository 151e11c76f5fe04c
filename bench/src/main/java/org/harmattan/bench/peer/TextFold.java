package org.harmattan.bench.peer;

import org.harmattan.core.vocab.TextNormalizer;

/**
 * Harmattan matches vocabulary synonyms after folding text with {@link TextNormalizer} (NFKD,
 * marks removed, tatweel removed, alef maqsura to yeh, lower case). Spark SQL and DuckDB have
 * no NFKD, so the peers fold with {@code translate(lower(x), FROM, TO)}: this class derives the
 * two character sets from {@link TextNormalizer} itself over the Latin and Arabic blocks, so the
 * peers' fold equals Harmattan's on every character of those blocks (a test checks it).
 */
public final class TextFold {
  private static final String FROM;
  private static final String TO;

  static {
    StringBuilder from = new StringBuilder();
    StringBuilder to = new StringBuilder();
    StringBuilder deleted = new StringBuilder();
    for (int[] range : new int[][] {{0x00C0, 0x024F}, {0x0600, 0x06FF}, {0x2018, 0x2019}, {0x00B4, 0x00B4}}) {
      for (int c = range[0]; c <= range[1]; c++) {
        if (!Character.isDefined(c)) {
          continue;
        }
        String s = String.valueOf((char) c);
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        String folded = TextNormalizer.normalize(s);
        if (lower.length() != 1 || folded.equals(lower)) {
          continue;
        }
        // translate() runs after lower(): map the lower-case character (upper case ones lower onto it).
        if (folded.isEmpty()) {
          if (deleted.indexOf(lower) < 0) {
            deleted.append(lower);
          }
        } else if (folded.length() == 1 && from.indexOf(lower) < 0) {
          from.append(lower);
          to.append(folded);
        }
      }
    }
    // Characters past the end of TO are deleted by translate() in both engines.
    FROM = from.append(deleted).toString();
    TO = to.toString();
  }

  private TextFold() {}

  /** Characters to replace (then those to delete). */
  public static String from() {
    return FROM;
  }

  /** Replacements of the first {@code to().length()} characters of {@link #from()}. */
  public static String to() {
    return TO;
  }

  /** What the peers compute, in Java: lower case, translate, trim, collapse spaces. For tests and lookup keys. */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    StringBuilder b = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      int k = FROM.indexOf(c);
      if (k < 0) {
        b.append(c);
      } else if (k < TO.length()) {
        b.append(TO.charAt(k));
      }
    }
    return b.toString().trim().replaceAll("\\s+", " ");
  }
}
