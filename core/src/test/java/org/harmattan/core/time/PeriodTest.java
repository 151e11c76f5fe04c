package org.harmattan.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.harmattan.core.ConfigException;
import org.junit.jupiter.api.Test;

class PeriodTest {
  @Test
  void parsesAMonth() {
    Period p = Period.parse("2026-10");
    assertEquals(YearMonth.of(2026, 10), p.first());
    assertEquals(LocalDate.of(2026, 10, 31), p.endDate());
    assertEquals("2026-10", p.toString());
    assertEquals(Period.parse("2026-09"), p.previous());
  }

  @Test
  void parsesAQuarterAndItsPredecessor() {
    Period q = Period.parse("2026-q3");
    assertTrue(q.isQuarter());
    assertEquals(3, q.months().size());
    assertEquals(LocalDate.of(2026, 7, 1), q.startDate());
    assertEquals(LocalDate.of(2026, 9, 30), q.endDate());
    assertEquals("2026-Q3", q.toString());
    assertEquals(Period.parse("2026-Q2"), q.previous());
    assertEquals(Period.parse("2025-Q4"), Period.parse("2026-Q1").previous());
  }

  @Test
  void refusesTextThatIsNeitherWithAMessageSayingWhatIsExpected() {
    ConfigException e = assertThrows(ConfigException.class, () -> Period.parse("Oct 2026"));
    assertEquals("Period 'Oct 2026': expected a month like 2026-10 or a quarter like 2026-Q3", e.getMessage());
    assertThrows(ConfigException.class, () -> Period.parse("2026-13"));
  }
}
