package org.harmattan.jobs.ingest.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UnsafeTextTest {
  /** The character classes as the quarantine reasons define them. */
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
  private static final Pattern BIDI = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

  @Test
  void everyCharIsRefusedExactlyWhenItsClassHoldsIt() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String value = "Agadez " + (char) c + " x";
      String ch = String.valueOf((char) c);
      assertEquals(CONTROL.matcher(ch).find(), UnsafeText.controlCharacter(value).isPresent(), "U+" + Integer.toHexString(c));
      assertEquals(BIDI.matcher(ch).find(), UnsafeText.bidiOverride(value).isPresent(), "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void theMessageNamesTheFirstOffendingCharacterAndItsPosition() {
    assertEquals(Optional.of("control character U+0007 at position 3"), UnsafeText.controlCharacter("ab\u0007c\u0001"));
    assertEquals(Optional.of("bidirectional override character U+202E at position 2 can disguise the text shown to a reader"),
        UnsafeText.bidiOverride("a\u202Eb\u2066"));
    assertEquals(Optional.empty(), UnsafeText.controlCharacter("tab\there\r\nok"));
  }
}
