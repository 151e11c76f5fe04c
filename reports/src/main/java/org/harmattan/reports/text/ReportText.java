package org.harmattan.reports.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The reader-visible text of a report in one language, from the {@code report} resource bundle
 * ({@code org/harmattan/reports/i18n/report_<lang>.properties}, UTF-8). Messages are
 * {@link MessageFormat} patterns; numbers are passed already formatted by {@link LocalFormat}
 * except where a pattern chooses a plural form on a raw count.
 */
public final class ReportText {
  public static final String BUNDLE = "org.harmattan.reports.i18n.report";

  private final ResourceBundle bundle;
  private final Locale locale;

  public ReportText(Locale locale) {
    this.locale = locale;
    // Never fall back to the JVM's default locale: a French report must not pick up an English bundle by accident.
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
        ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public ResourceBundle bundle() {
    return bundle;
  }

  public Locale locale() {
    return locale;
  }

  /** The text of {@code key}; a missing key is a defect and fails loudly. */
  public String get(String key) {
    return bundle.getString(key);
  }

  /** The text of {@code key}, or {@code fallback} when the bundle has no such key (codes with optional labels). */
  public String getOr(String key, String fallback) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return fallback;
    }
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The message of {@code key} with its arguments filled in. */
  public String format(String key, Object... args) {
    return LocalFormat.clean(new MessageFormat(get(key), locale).format(args));
  }
}
