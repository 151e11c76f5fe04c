package org.harmattan.reports;

import java.util.Locale;
import org.harmattan.core.ConfigException;

/** The languages a report is written in; Arabic is laid out right to left. */
public enum ReportLanguage {
  EN(Locale.ENGLISH, false),
  FR(Locale.FRENCH, false),
  AR(Locale.forLanguageTag("ar"), true);

  private final Locale locale;
  private final boolean rightToLeft;

  ReportLanguage(Locale locale, boolean rightToLeft) {
    this.locale = locale;
    this.rightToLeft = rightToLeft;
  }

  public Locale locale() {
    return locale;
  }

  public boolean rightToLeft() {
    return rightToLeft;
  }

  /** ISO 639-1 code: en, fr, ar. */
  public String code() {
    return locale.getLanguage();
  }

  /**
   * Parses {@code en}, {@code fr} or {@code ar}.
   *
   * @throws ConfigException for anything else
   */
  public static ReportLanguage parse(String text) {
    for (ReportLanguage l : values()) {
      if (l.code().equalsIgnoreCase(text == null ? "" : text.trim())) {
        return l;
      }
    }
    throw new ConfigException("Language '" + text + "': expected en, fr or ar");
  }
}
