package org.harmattan.jobs.ingest.validate;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks every mapper applies to every field, whatever the target table: characters that have no
 * place in a record, and the strict date formatters of a feed.
 */
public final class UnsafeText {
  private UnsafeText() {}

  /** The CONTROL_CHARACTERS message for the value, if it holds one (C0 controls but tab, LF, CR; and DEL). */
  public static Optional<String> controlCharacter(String value) {
    // A loop, not a regular expression: every field of every record passes here.
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
        return Optional.of("control character U+" + String.format("%04X", (int) c) + " at position " + (i + 1));
      }
    }
    return Optional.empty();
  }

  /** The BIDI_OVERRIDE message for the value, if it holds one: embeddings, overrides and isolates,
   * the Trojan Source characters (CVE-2021-42574). */
  public static Optional<String> bidiOverride(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
        return Optional.of("bidirectional override character U+" + String.format("%04X", (int) c) + " at position "
            + (i + 1) + " can disguise the text shown to a reader");
      }
    }
    return Optional.empty();
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
