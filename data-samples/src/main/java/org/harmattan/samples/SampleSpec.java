package org.harmattan.samples;

import java.nio.file.Path;
import java.time.YearMonth;

/**
 * What to generate.
 *
 * @param scale number of incidents (double reports and planted bad records come on top)
 * @param seed same seed, same files
 */
public record SampleSpec(long scale, long seed, Path outDir, YearMonth firstMonth, YearMonth lastMonth) {
  /** Fixed default window: 36 months, never derived from today's date so that samples are reproducible. */
  public static final YearMonth DEFAULT_FIRST_MONTH = YearMonth.of(2023, 11);
  public static final YearMonth DEFAULT_LAST_MONTH = YearMonth.of(2026, 10);
  public static final long DEFAULT_SEED = 42;

  public SampleSpec {
    if (scale < 0) {
      throw new IllegalArgumentException("Sample scale must be >= 0, got " + scale);
    }
    if (firstMonth.isAfter(lastMonth)) {
      throw new IllegalArgumentException("Sample months: first " + firstMonth + " is after last " + lastMonth);
    }
  }

  public static SampleSpec of(long scale, long seed, Path outDir) {
    return new SampleSpec(scale, seed, outDir, DEFAULT_FIRST_MONTH, DEFAULT_LAST_MONTH);
  }
}
