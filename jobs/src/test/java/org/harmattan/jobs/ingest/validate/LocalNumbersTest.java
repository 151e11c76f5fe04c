package org.harmattan.jobs.ingest.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Numbers as bureaus write them, through the plain-decimal scan and through the patterns. */
class LocalNumbersTest {
  @Test
  void plainDecimals() {
    assertEquals(12.0, LocalNumbers.parse("12", false));
    assertEquals(-3.5, LocalNumbers.parse("-3.5", false));
    assertEquals(3.5, LocalNumbers.parse("+3.5", false));
    assertEquals(7.0, LocalNumbers.parse("7.", false));
    assertEquals(0.25, LocalNumbers.parse(".25", false));
    assertEquals(13.5, LocalNumbers.parse(" 13.5 ", true), "a point without a comma, decimal-comma feed");
    assertEquals(0.1, LocalNumbers.parse("0.1", false), "the same double as the literal");
  }

  @Test
  void localForms() {
    assertEquals(1234.5, LocalNumbers.parse("1,234.5", false));
    assertEquals(1234.5, LocalNumbers.parse("1.234,5", true));
    assertEquals(12.5, LocalNumbers.parse("12,5", true));
    assertEquals(1500.0, LocalNumbers.parse("1 500", false));
    assertEquals(1500.0, LocalNumbers.parse("1e3", false) + 500);
    assertEquals(25.5, LocalNumbers.parse("\u0662\u0665\u066B\u0665", false), "Arabic-Indic digits and separator");
    assertEquals(7.0, LocalNumbers.parse("\u06F7", false), "Persian digit");
  }

  @Test
  void notNumbers() {
    for (String text : new String[] {"", "+", "-", ".", "1.2.3", "12kg", "1,23", "abc", "1..2", "--1"}) {
      assertNull(LocalNumbers.parse(text, false), "'" + text + "'");
    }
    assertNull(LocalNumbers.parse("1.5,2", true), "a point before the decimal comma that is no grouping");
    assertNull(LocalNumbers.parse(null, false));
  }

  @Test
  void scanAcceptsOnlyWhatThePatternAccepts() {
    assertTrue(LocalNumbers.plainDecimal("-12.50"));
    for (String text : new String[] {"", "+", ".", "1.2.", "1e3", "1,0", " 1", "١"}) {
      assertFalse(LocalNumbers.plainDecimal(text), "'" + text + "'");
    }
  }
}
