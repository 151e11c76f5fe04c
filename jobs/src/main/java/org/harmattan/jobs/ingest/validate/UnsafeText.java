package org.harmattan.jobs.ingest.validate;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every mapper applies to every field, whatever the target table: characters that have no
 * place in a record, and the strict date formatters of a feed.
 */
public final class UnsafeText {
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
  /** Embeddings, overrides and isolates: the Trojan Source characters (CVE-2021-42574). */
  private static final Pattern BIDI = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

  private UnsafeText() {}

  /** The CONTROL_CHARACTERS message for the value, if it holds one. */
  public static Optional<String> controlCharacter(String value) {
    Matcher c = CONTROL.matcher(value);
    return c.find() ? Optional.of("control character U+" + String.format("%04X", (int) c.group().charAt(0))
        + " at position " + (c.start() + 1)) : Optional.empty();
  }

  /** The BIDI_OVERRIDE message for the value, if it holds one. */
  public static Optional<String> bidiOverride(String value) {
    Matcher b = BIDI.matcher(value);
    return b.find() ? Optional.of("bidirectional override character U+" + String.format("%04X", (int) b.group().charAt(0))
        + " at position " + (b.start() + 1) + " can disguise the text shown to a reader") : Optional.empty();
  }

  /** Strict formatters for a feed's date patterns: 'u' (proleptic year) lets STRICT refuse 31/02 instead of moving it to 28/02. */
  public static List<DateTimeFormatter> strictDateFormatters(List<String> patterns) {
    List<DateTimeFormatter> list = new ArrayList<>();
    for (String p : patterns) {
      list.add(DateTimeFormatter.ofPattern(p.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT));
    }
    return list;
  }
}
