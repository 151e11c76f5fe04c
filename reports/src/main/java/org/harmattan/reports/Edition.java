package org.harmattan.reports;

import java.util.Locale;
import org.harmattan.core.ConfigException;

/**
 * Who a report is for, and so what it may contain.
 *
 * <ul>
 *   <li>{@link #RESTRICTED}: leadership; everything, person-level lists included; the PDF is encrypted.
 *   <li>{@link #CONFERENCE}: releasable aggregates; no person-level rows; small counts suppressed.
 *   <li>{@link #TRAINING}: course material; built from the anonymised lakehouse when configured, person-level
 *       sections always left out.
 * </ul>
 */
public enum Edition {
  RESTRICTED(true, false, true),
  CONFERENCE(false, true, false),
  TRAINING(false, false, false);

  private final boolean personLevel;
  private final boolean suppressSmallCounts;
  private final boolean encrypted;

  Edition(boolean personLevel, boolean suppressSmallCounts, boolean encrypted) {
    this.personLevel = personLevel;
    this.suppressSmallCounts = suppressSmallCounts;
    this.encrypted = encrypted;
  }

  /** Whether lists naming records that belong to a person (notices, warrants, document numbers) may appear. */
  public boolean personLevel() {
    return personLevel;
  }

  /** Whether counts below {@code reports.conference.min-count} are printed as "&lt;N". */
  public boolean suppressSmallCounts() {
    return suppressSmallCounts;
  }

  public boolean encrypted() {
    return encrypted;
  }

  /** Lower-case name used on the command line, in file names and in {@code report_runs}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code restricted}, {@code conference} or {@code training}.
   *
   * @throws ConfigException for anything else
   */
  public static Edition parse(String text) {
    for (Edition e : values()) {
      if (e.id().equalsIgnoreCase(text == null ? "" : text.trim())) {
        return e;
      }
    }
    throw new ConfigException("Edition '" + text + "': expected restricted, conference or training");
  }
}
