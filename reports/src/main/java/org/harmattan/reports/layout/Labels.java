package org.harmattan.reports.layout;

import java.util.Locale;
import org.harmattan.core.time.Period;
import org.harmattan.core.vocab.Vocabulary;
import org.harmattan.reports.ReportLanguage;
import org.harmattan.reports.text.LocalFormat;
import org.harmattan.reports.text.ReportText;

/**
 * Names of the things a report talks about, in the reader's language: categories and countries
 * (from the controlled vocabulary, which carries their labels in the three languages), periods,
 * cells (by their nearest town), and codes with a label in the bundle.
 */
public final class Labels {
  private final ReportLanguage language;
  private final ReportText text;
  private final LocalFormat format;
  private final Vocabulary vocabulary;
  private final Towns towns = Towns.get();

  public Labels(ReportLanguage language, ReportText text, LocalFormat format, Vocabulary vocabulary) {
    this.language = language;
    this.text = text;
    this.format = format;
    this.vocabulary = vocabulary;
  }

  public String category(String code) {
    Vocabulary.Category c = vocabulary.categories().get(code);
    if (c == null) {
      return text.getOr("category." + code, code);
    }
    return c.labels().getOrDefault(language.code(), c.labels().getOrDefault("en", code));
  }

  public String country(String alpha3) {
    if (alpha3 == null || alpha3.isBlank()) {
      return text.get("country.unknown");
    }
    Vocabulary.Country c = vocabulary.countries().get(alpha3);
    if (c == null) {
      return alpha3;
    }
    return c.labels().getOrDefault(language.code(), c.labels().getOrDefault("en", alpha3));
  }

  /** "October 2026" or "Q3 2026" in the reader's language. */
  public String period(Period p) {
    if (!p.isQuarter()) {
      return format.month(p.first());
    }
    int quarter = (p.first().getMonthValue() + 2) / 3;
    return text.format("period.quarter." + quarter, format.year(p.first().getYear()));
  }

  /** "in October 2026" / "en octobre 2026" / "au 3e trimestre 2026" / "في أكتوبر 2026". */
  public String inPeriod(Period p) {
    return text.format(p.isQuarter() ? "period.in.quarter" : "period.in.month", period(p));
  }

  /** The period after "compared": "October 2026" / "à octobre 2026", "au 3e trimestre 2026". */
  public String vsPeriod(Period p) {
    return text.format(p.isQuarter() ? "period.vs.quarter" : "period.vs.month", period(p));
  }

  /** A cell named by its nearest town and the distance from its centre, "Arlit (40 km)"; the town alone when the cell holds it. */
  public String cell(int gid) {
    Towns.Nearest n = towns.nearestToCell(gid);
    String name = n.town().name(language.code());
    boolean inCell = org.harmattan.core.geo.PrioGrid.gid(n.town().latitude(), n.town().longitude()) == gid;
    return inCell || n.km() < 20 ? name : text.format("cell.near", name, format.count(Math.round(n.km() / 5.0) * 5));
  }

  /** A code's label from the bundle ({@code prefix + code}), or the code itself. */
  public String code(String prefix, String code) {
    return code == null ? "" : text.getOr(prefix + code, code.toLowerCase(Locale.ROOT).replace('_', ' '));
  }
}
