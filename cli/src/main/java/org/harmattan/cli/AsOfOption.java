package org.harmattan.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/** {@code --as-of DATE}: the day a question is asked about, by default today (UTC). */
final class AsOfOption {
  @Option(names = "--as-of", paramLabel = "DATE", description = "Day to answer for (yyyy-MM-dd, UTC); default today.")
  String asOf;

  LocalDate day(LocalDate today) {
    if (asOf == null) {
      return today;
    }
    try {
      return LocalDate.parse(asOf);
    } catch (DateTimeParseException e) {
      throw new UsageException("--as-of: cannot read '" + asOf + "' as a date yyyy-MM-dd");
    }
  }

  /** The last second of the day: "as of 2026-10-31" means at the end of that day. */
  static Instant endOf(LocalDate day) {
    return day.atTime(23, 59, 59).toInstant(ZoneOffset.UTC);
  }
}
