package org.harmattan.reports.layout;

import java.awt.Color;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.harmattan.core.time.Period;
import org.harmattan.core.vocab.Vocabulary;
import org.harmattan.reports.Edition;
import org.harmattan.reports.ReportLanguage;
import org.harmattan.reports.data.Counts;
import org.harmattan.reports.data.ReportFacts;
import org.harmattan.reports.data.ReportFacts.BureauSharing;
import org.harmattan.reports.data.ReportFacts.CategoryFigures;
import org.harmattan.reports.data.ReportFacts.CellFigures;
import org.harmattan.reports.data.ReportFacts.ClusterProfile;
import org.harmattan.reports.data.ReportFacts.CountryFigures;
import org.harmattan.reports.data.ReportFacts.FeedQuality;
import org.harmattan.reports.data.ReportFacts.HotspotCell;
import org.harmattan.reports.data.ReportFacts.IncidentFacts;
import org.harmattan.reports.data.ReportFacts.ModelScore;
import org.harmattan.reports.data.ReportFacts.MonthCount;
import org.harmattan.reports.data.ReportFacts.ReasonCount;
import org.harmattan.reports.data.ReportFacts.ReferenceCount;
import org.harmattan.reports.data.ReportFacts.ReferenceRecord;
import org.harmattan.reports.data.ReportFacts.RiskCell;
import org.harmattan.reports.map.RegionMap;
import org.harmattan.reports.text.LocalFormat;
import org.harmattan.reports.text.ReportText;
import org.locationtech.jts.geom.Geometry;

/**
 * Turns a report's figures into its blocks for one edition and language: the twelve sections in
 * the order, sentences written from the data, tables mirrored for right-to-left readers,
 * counts suppressed for the conference edition, person-level lists only in the restricted one.
 * A section whose table has not been built says so, in the reader's language; it never invents.
 */
public final class ThreatReportComposer {
  /** Inputs that do not change between the editions and languages of one run. */
  public record Setting(ReportFacts facts, Vocabulary vocabulary, Map<String, Geometry> countries,
      Set<String> regionCountries, int minCount, int topN, LocalDate produced) {}

  static final Color[] DENSITY = {new Color(0xFDE9C9), new Color(0xFBC98A), new Color(0xF59A4F),
      new Color(0xE0622B), new Color(0xB23216), new Color(0x6E1A0C)};
  static final long[] DENSITY_BREAKS = {1, 2, 5, 10, 20, 50};
  static final Color[] RISK = {new Color(0xEDE7F3), new Color(0xCBB8DE), new Color(0x9E7CC1),
      new Color(0x6B45A0), new Color(0x3F1D72)};
  static final double[] RISK_BREAKS = {0.0, 0.10, 0.25, 0.50, 0.75};
  static final Color HOT = new Color(0xC00000);
  static final Color COLD = new Color(0x1F5FAF);

  private final Setting setting;
  private final ReportFacts facts;
  private final Edition edition;
  private final ReportLanguage language;
  private final ReportText text;
  private final LocalFormat format;
  private final Labels labels;
  private final boolean suppress;
  private final List<Block> blocks = new ArrayList<>();
  private int section;
  private int part;

  public ThreatReportComposer(Setting setting, Edition edition, ReportLanguage language) {
    this.setting = setting;
    this.facts = setting.facts();
    this.edition = edition;
    this.language = language;
    this.text = new ReportText(language.locale());
    this.format = new LocalFormat(language.locale());
    this.labels = new Labels(language, text, format, setting.vocabulary());
    this.suppress = edition.suppressSmallCounts();
  }

  public ReportText text() {
    return text;
  }

  /** The report for this edition and language. */
  public ReportDocument compose(String reportId) {
    String marking = text.get("marking." + edition.id());
    String period = labels.period(facts.period());
    String title = text.format("cover.title.pdf", period);
    cover(reportId, marking, period);
    executiveSummary();
    keyFigures();
    trends();
    map();
    hotspots();
    clusters();
    risk();
    sharing();
    referenceRecords();
    quality();
    method();
    String subject = text.format("pdf.subject", text.get("edition." + edition.id()), period);
    String keywords = String.join(", ", text.get("pdf.keywords"), edition.id(), language.code(), facts.period().toString());
    return new ReportDocument(reportId, edition, language, title, subject, keywords, marking, List.copyOf(blocks));
  }

  private void add(Block b) {
    if (b.kind() == Block.Kind.H1 || b.kind() == Block.Kind.H2) {
      part++;
    }
    blocks.add(b.inSection(section, part));
  }

  // ---------------------------------------------------------------- helpers

  private String count(long n) {
    return format.count(n, suppress, setting.minCount());
  }

  private boolean hidden(long n) {
    return LocalFormat.isSuppressed(n, suppress, setting.minCount());
  }

  /** A change, or a dash when either side is suppressed (a change would disclose the small count). */
  private String change(long current, long base, OptionalDouble change) {
    return hidden(current) || hidden(base) ? "\u2013" : format.change(change);
  }

  private void h1(String key) {
    section++;
    String title = format.count(section) + ". " + text.get(key);
    // Jasper titles a bookmark with its anchor's name: the heading itself.
    add(Block.heading(Block.Kind.H1, title, title));
  }

  private void h2(String title) {
    add(Block.heading(Block.Kind.H2, title, null));
  }

  /** The feeds left out of the comparisons, each with the last month it has data for. */
  private String lagging(IncidentFacts inc, Period period) {
    List<String> feeds = inc.lagging().stream().map(f -> text.format("summary.lagging.feed", f.feed(),
        labels.period(new Period(f.lastMonth(), f.lastMonth())))).toList();
    return text.format("summary.lagging", labels.period(period), String.join(text.get("list.separator"), feeds),
        feeds.size());
  }

  private void p(String paragraph) {
    add(Block.of(Block.Kind.P, paragraph));
  }

  private void note(String paragraph) {
    add(Block.of(Block.Kind.NOTE, paragraph));
  }

  private void bullet(String sentence) {
    add(Block.of(Block.Kind.BULLET, sentence));
  }

  private void header(String... cells) {
    add(Block.row(Block.Kind.TH, cells));
  }

  private void row(String... cells) {
    add(Block.row(Block.Kind.TR, cells));
  }

  private void total(String... cells) {
    add(Block.row(Block.Kind.TT, cells));
  }

  private void notAvailable(String what) {
    note(text.format("na.section", text.get(what)));
  }

  // ---------------------------------------------------------------- 1. cover

  private void cover(String reportId, String marking, String period) {
    String editionNote = text.get("cover.note." + edition.id());
    add(Block.cover(marking, editionNote, text.get("cover.title"), text.get("cover.subtitle"),
        text.format("cover.period", period), text.format("cover.edition", text.get("edition." + edition.id())),
        text.format("cover.produced", format.date(setting.produced())), text.format("cover.reportid", reportId)));
    add(Block.pageBreak());
  }

  // ---------------------------------------------------------------- 2. executive summary

  private void executiveSummary() {
    h1("section.summary");
    if (facts.incidents().isEmpty()) {
      notAvailable("na.incidents");
      return;
    }
    IncidentFacts inc = facts.incidents().get();
    Period period = facts.period();
    Counts total = inc.total();
    if (total.current() == 0) {
      bullet(text.format("summary.none", labels.inPeriod(period)));
    } else {
      bullet(text.format("summary.total", labels.inPeriod(period), total.current(), count(total.current()),
          changePhrase(total.current(), total.previous(), total.changeVsPrevious(), inc.previous()),
          changePhrase(total.current(), total.yearAgo(), total.changeVsYearAgo(), inc.yearAgo())));
    }
    if (!inc.lagging().isEmpty()) {
      bullet(lagging(inc, period));
    }
    Optional<CategoryFigures> rise = inc.categories().stream()
        .filter(c -> c.incidents().current() > c.incidents().previous())
        .max(Comparator.comparingLong(c -> c.incidents().current() - c.incidents().previous()));
    Optional<CategoryFigures> fall = inc.categories().stream()
        .filter(c -> c.incidents().current() < c.incidents().previous())
        .max(Comparator.comparingLong(c -> c.incidents().previous() - c.incidents().current()));
    rise.ifPresent(c -> bullet(text.format("summary.rise", labels.category(c.category()),
        count(c.incidents().current()), count(c.incidents().previous()), labels.inPeriod(inc.previous()))));
    fall.ifPresent(c -> bullet(text.format("summary.fall", labels.category(c.category()),
        count(c.incidents().current()), count(c.incidents().previous()), labels.inPeriod(inc.previous()))));
    Optional<CategoryFigures> yearRise = inc.categories().stream()
        .filter(c -> c.incidents().current() > c.incidents().yearAgo())
        .max(Comparator.comparingLong(c -> c.incidents().current() - c.incidents().yearAgo()));
    yearRise.ifPresent(c -> bullet(text.format("summary.rise.year", labels.category(c.category()),
        count(c.incidents().current()), count(c.incidents().yearAgo()), labels.inPeriod(inc.yearAgo()))));
    List<CountryFigures> countries = inc.countries().stream().filter(c -> c.incidents().current() > 0).toList();
    if (countries.size() >= 2) {
      bullet(text.format("summary.countries", labels.country(countries.get(0).country()),
          count(countries.get(0).incidents().current()), labels.country(countries.get(1).country()),
          count(countries.get(1).incidents().current())));
    } else if (countries.size() == 1) {
      bullet(text.format("summary.country", labels.country(countries.get(0).country()),
          count(countries.get(0).incidents().current())));
    }
    if (!inc.topCells().isEmpty()) {
      CellFigures top = inc.topCells().get(0);
      bullet(text.format("summary.cell", labels.cell(top.gid()), labels.country(top.country()), count(top.current())));
    }
    if (!inc.risingCells().isEmpty()) {
      CellFigures r = inc.risingCells().get(0);
      bullet(text.format("summary.rising", labels.cell(r.gid()), labels.country(r.country()), count(r.previous()),
          count(r.current())));
    }
    facts.hotspots().ifPresent(h -> {
      long emerging = h.cells().stream().filter(c -> isEmerging(c.pattern())).count();
      Optional<HotspotCell> strongest = h.cells().stream().filter(c -> isEmerging(c.pattern())).findFirst();
      if (emerging > 0) {
        bullet(text.format("summary.hotspots", emerging, format.count(emerging),
            labels.cell(strongest.get().gid())));
      } else {
        bullet(text.get("summary.hotspots.none"));
      }
    });
    facts.risk().ifPresent(r -> {
      long likely = r.mapCells().stream().filter(c -> c.probability() >= 0.5).count();
      RiskCell top = r.topCells().get(0);
      bullet(text.format("summary.risk", labels.period(Period.parse(r.targetMonth())), likely, format.count(likely),
          labels.cell(top.gid()), format.percent(top.probability())));
    });
  }

  /** "up 12 % on September 2026 (368)", "down ...", "unchanged from ...", or why there is no comparison. */
  private String changePhrase(long current, long base, OptionalDouble change, Period basePeriod) {
    // {1} the period, {3} it after "compared" and {4} after "in" (French contracts "à le" and "en le").
    String when = labels.period(basePeriod);
    String vs = labels.vsPeriod(basePeriod);
    String in = labels.inPeriod(basePeriod);
    if (hidden(current) || hidden(base)) {
      return text.format("summary.change.hidden", "", when, "", vs, in);
    }
    if (change.isEmpty()) {
      return text.format("summary.change.none", "", when, "", vs, in);
    }
    double c = change.getAsDouble();
    String key = current > base ? "summary.change.up" : current < base ? "summary.change.down" : "summary.change.same";
    return text.format(key, format.percent(Math.abs(c)), when, count(base), vs, in);
  }

  // ---------------------------------------------------------------- 3. key figures

  private void keyFigures() {
    h1("section.figures");
    if (facts.incidents().isEmpty()) {
      notAvailable("na.incidents");
      return;
    }
    IncidentFacts inc = facts.incidents().get();
    p(text.format("figures.intro", labels.inPeriod(facts.period()), labels.period(inc.previous()),
        labels.period(inc.yearAgo()), labels.vsPeriod(inc.previous())));
    if (!inc.lagging().isEmpty()) {
      note(lagging(inc, facts.period()));
    }
    header(text.get("col.category"), labels.period(facts.period()), labels.period(inc.previous()),
        text.get("col.change"), labels.period(inc.yearAgo()), text.get("col.change"));
    for (CategoryFigures c : inc.categories()) {
      Counts n = c.incidents();
      if (n.current() + n.previous() + n.yearAgo() == 0) {
        continue;
      }
      row(labels.category(c.category()), count(n.current()), count(n.previous()),
          change(n.current(), n.previous(), n.changeVsPrevious()), count(n.yearAgo()),
          change(n.current(), n.yearAgo(), n.changeVsYearAgo()));
    }
    figuresRow(Block.Kind.TT, text.get("row.total"), inc.total());
    figuresRow(Block.Kind.TR, text.get("row.fatalities"), inc.fatalities());
    figuresRow(Block.Kind.TR, text.get("row.arrests"), inc.arrests());
    h2(text.get("figures.countries"));
    header(text.get("col.country"), labels.period(facts.period()), labels.period(inc.previous()),
        text.get("col.change"), labels.period(inc.yearAgo()), text.get("col.change"));
    for (CountryFigures c : inc.countries()) {
      Counts n = c.incidents();
      if (n.current() + n.previous() + n.yearAgo() == 0) {
        continue;
      }
      row(labels.country(c.country()), count(n.current()), count(n.previous()),
          change(n.current(), n.previous(), n.changeVsPrevious()), count(n.yearAgo()),
          change(n.current(), n.yearAgo(), n.changeVsYearAgo()));
    }
    p(text.get("figures.note"));
  }

  private void figuresRow(Block.Kind kind, String label, Counts n) {
    add(Block.row(kind, label, count(n.current()), count(n.previous()),
        change(n.current(), n.previous(), n.changeVsPrevious()), count(n.yearAgo()),
        change(n.current(), n.yearAgo(), n.changeVsYearAgo())));
  }

  // ---------------------------------------------------------------- 4. trends

  private void trends() {
    h1("section.trends");
    if (facts.incidents().isEmpty()) {
      notAvailable("na.incidents");
      return;
    }
    IncidentFacts inc = facts.incidents().get();
    List<YearMonth> months = inc.trendMonths();
    p(text.format("trends.intro", format.count(months.size()), labels.period(Period.month(months.get(0))),
        labels.period(Period.month(months.get(months.size() - 1)))));
    Map<String, Map<YearMonth, Long>> series = new LinkedHashMap<>();
    Map<YearMonth, Long> all = new LinkedHashMap<>();
    for (MonthCount m : inc.trend()) {
      series.computeIfAbsent(m.category(), k -> new LinkedHashMap<>()).merge(m.month(), m.count(), Long::sum);
      all.merge(m.month(), m.count(), Long::sum);
    }
    List<String> order = new ArrayList<>(series.keySet());
    order.sort(Comparator.comparingLong((String c) -> -series.get(c).values().stream().mapToLong(Long::longValue).sum())
        .thenComparing(c -> c));
    List<String> titles = new ArrayList<>();
    List<List<ChartPoint>> charts = new ArrayList<>();
    titles.add(text.get("trends.all"));
    charts.add(points(months, all));
    for (String c : order) {
      titles.add(labels.category(c));
      charts.add(points(months, series.get(c)));
    }
    for (int i = 0; i < charts.size(); i += 2) {
      boolean pair = i + 1 < charts.size();
      add(Block.charts(titles.get(i), charts.get(i), pair ? titles.get(i + 1) : null,
          pair ? charts.get(i + 1) : null));
    }
    if (suppress) {
      p(text.get("trends.conference"));
    }
  }

  /** Every month of the window, zeros included (a missing month is a month without incidents). */
  private List<ChartPoint> points(List<YearMonth> months, Map<YearMonth, Long> counts) {
    List<ChartPoint> pts = new ArrayList<>();
    for (YearMonth m : months) {
      long n = counts == null ? 0 : counts.getOrDefault(m, 0L);
      // Conference: a month below the threshold is drawn as zero rather than disclosed.
      pts.add(new ChartPoint(Date.valueOf(m.atDay(1)), hidden(n) ? 0 : n));
    }
    return pts;
  }

  // ---------------------------------------------------------------- 5. map

  private void map() {
    h1("section.map");
    if (facts.incidents().isEmpty()) {
      notAvailable("na.incidents");
      return;
    }
    IncidentFacts inc = facts.incidents().get();
    List<RegionMap.CellFill> fills = new ArrayList<>();
    for (CellFigures c : inc.mapCells()) {
      if (hidden(c.current())) {
        continue;
      }
      fills.add(new RegionMap.CellFill(c.gid(), DENSITY[densityClass(c.current())]));
    }
    List<RegionMap.LegendEntry> legend = new ArrayList<>();
    for (int i = 0; i < DENSITY.length; i++) {
      long lo = DENSITY_BREAKS[i];
      if (suppress && lo < setting.minCount() && (i + 1 >= DENSITY_BREAKS.length || DENSITY_BREAKS[i + 1] <= setting.minCount())) {
        continue;
      }
      String label = i + 1 < DENSITY_BREAKS.length
          ? (DENSITY_BREAKS[i + 1] - 1 == lo ? format.count(lo) : format.count(lo) + "\u2013" + format.count(DENSITY_BREAKS[i + 1] - 1))
          : format.count(lo) + "+";
      legend.add(new RegionMap.LegendEntry(text.format("map.legend.density", label), DENSITY[i], null, false));
    }
    List<RegionMap.CellOutline> outlines = new ArrayList<>();
    facts.hotspots().ifPresent(h -> {
      for (HotspotCell c : h.cells()) {
        if (c.pattern().endsWith("HOT_SPOT")) {
          outlines.add(new RegionMap.CellOutline(c.gid(), HOT, !isEmerging(c.pattern())));
        } else if (c.pattern().endsWith("COLD_SPOT")) {
          outlines.add(new RegionMap.CellOutline(c.gid(), COLD, true));
        }
      }
      legend.add(new RegionMap.LegendEntry(text.get("map.legend.hot"), null, HOT, false));
      legend.add(new RegionMap.LegendEntry(text.get("map.legend.hot.other"), null, HOT, true));
      legend.add(new RegionMap.LegendEntry(text.get("map.legend.cold"), null, COLD, true));
    });
    if (suppress) {
      legend.add(new RegionMap.LegendEntry(text.format("map.legend.suppressed", format.count(setting.minCount())),
          null, null, false));
    }
    String legendTitle = text.format("map.legend.title", labels.period(facts.period()));
    add(Block.map(text.get(facts.hotspots().isPresent() ? "map.caption.hotspots" : "map.caption"),
        regionMap(fills, outlines, legendTitle, legend)));
    if (facts.hotspots().isEmpty()) {
      notAvailable("na.hotspots");
    }
    if (facts.risk().isPresent()) {
      List<RegionMap.CellFill> riskFills = new ArrayList<>();
      for (RiskCell c : facts.risk().get().mapCells()) {
        riskFills.add(new RegionMap.CellFill(c.gid(), RISK[riskClass(c.probability())]));
      }
      List<RegionMap.LegendEntry> riskLegend = new ArrayList<>();
      for (int i = 0; i < RISK.length; i++) {
        String label = i + 1 < RISK_BREAKS.length
            ? format.percent(RISK_BREAKS[i]) + "\u2013" + format.percent(RISK_BREAKS[i + 1])
            : "\u2265 " + format.percent(RISK_BREAKS[i]);
        riskLegend.add(new RegionMap.LegendEntry(label, RISK[i], null, false));
      }
      add(Block.map(text.format("map.caption.risk", labels.period(Period.parse(facts.risk().get().targetMonth()))),
          regionMap(riskFills, List.of(), text.get("map.legend.risk"), riskLegend)));
    } else {
      notAvailable("na.risk");
    }
  }

  private RegionMap regionMap(List<RegionMap.CellFill> fills, List<RegionMap.CellOutline> outlines, String legendTitle,
      List<RegionMap.LegendEntry> legend) {
    List<RegionMap.Place> places = new ArrayList<>();
    for (Towns.Town t : Towns.get().all()) {
      if (t.labelled()) {
        places.add(new RegionMap.Place(t.name(language.code()), t.latitude(), t.longitude()));
      }
    }
    double km = 500;
    return new RegionMap(setting.countries(), setting.regionCountries(), new RegionMap.Content(fills, outlines, places,
        legendTitle, legend, text.format("map.scale", format.count((long) km)), km, text.get("map.sources"),
        language.rightToLeft()));
  }

  static int densityClass(long n) {
    int k = 0;
    for (int i = 0; i < DENSITY_BREAKS.length; i++) {
      if (n >= DENSITY_BREAKS[i]) {
        k = i;
      }
    }
    return k;
  }

  static int riskClass(double p) {
    int k = 0;
    for (int i = 0; i < RISK_BREAKS.length; i++) {
      if (p >= RISK_BREAKS[i]) {
        k = i;
      }
    }
    return k;
  }

  // ---------------------------------------------------------------- 6. hot spots and rising cells

  static boolean isEmerging(String pattern) {
    return pattern.equals("NEW_HOT_SPOT") || pattern.equals("INTENSIFYING_HOT_SPOT")
        || pattern.equals("CONSECUTIVE_HOT_SPOT") || pattern.equals("PERSISTENT_HOT_SPOT");
  }

  private void hotspots() {
    h1("section.hotspots");
    if (facts.hotspots().isPresent()) {
      var h = facts.hotspots().get();
      String patterns = h.patterns().stream().filter(pc -> !pc.pattern().equals("NO_PATTERN"))
          .map(pc -> labels.code("pattern.", pc.pattern()) + " " + count(pc.cells()))
          .collect(Collectors.joining(text.get("list.separator")));
      // Without any pattern, a list of cells per pattern would read "–": the intro stops before it.
      p(patterns.isEmpty() ? text.format("hotspots.intro.plain", labels.code("measure.", h.measure()))
          : text.format("hotspots.intro", labels.code("measure.", h.measure()), patterns));
      List<HotspotCell> emerging = h.cells().stream().filter(c -> c.pattern().endsWith("HOT_SPOT"))
          .sorted(Comparator.comparingInt((HotspotCell c) -> emergingRank(c.pattern()))
              .thenComparing(c -> -c.finalZ()))
          .limit(setting.topN()).toList();
      if (emerging.isEmpty()) {
        note(text.get("hotspots.none"));
      } else {
        header(text.get("col.place"), text.get("col.country"), text.get("col.pattern"), text.get("col.z"),
            text.get("col.trend"), text.get("col.cell"));
        for (HotspotCell c : emerging) {
          row(labels.cell(c.gid()), labels.country(c.country()), labels.code("pattern.", c.pattern()),
              format.decimal(c.finalZ(), 2), labels.code("trend.", c.trend()), format.year(c.gid()));
        }
      }
    } else {
      notAvailable("na.hotspots");
    }
    h2(text.get("hotspots.rising"));
    if (facts.incidents().isEmpty()) {
      notAvailable("na.incidents");
      return;
    }
    IncidentFacts inc = facts.incidents().get();
    if (inc.risingCells().isEmpty()) {
      note(text.format("hotspots.rising.none", labels.period(inc.previous()), labels.vsPeriod(inc.previous())));
      return;
    }
    p(text.format("hotspots.rising.intro", labels.period(inc.previous()), labels.vsPeriod(inc.previous())));
    header(text.get("col.place"), text.get("col.country"), labels.period(facts.period()), labels.period(inc.previous()),
        text.get("col.difference"), text.get("col.cell"));
    for (CellFigures c : inc.risingCells()) {
      boolean hide = hidden(c.current()) || hidden(c.previous());
      row(labels.cell(c.gid()), labels.country(c.country()), count(c.current()), count(c.previous()),
          hide ? "\u2013" : "+" + format.count(c.current() - c.previous()), format.year(c.gid()));
    }
  }

  private static int emergingRank(String pattern) {
    int i = org.harmattan.reports.data.CollectReportFacts.emergingOrder().indexOf(pattern);
    return i < 0 ? 99 : i;
  }

  // ---------------------------------------------------------------- 7. clusters

  private void clusters() {
    h1("section.clusters");
    if (facts.clusters().isEmpty()) {
      notAvailable("na.clusters");
      return;
    }
    var c = facts.clusters().get();
    p(text.format("clusters.intro", c.k(), format.count(c.k()),
        c.silhouette() == null ? "\u2013" : format.decimal(c.silhouette(), 2)));
    for (ClusterProfile profile : c.profiles()) {
      h2(text.format("clusters.title", format.count(profile.clusterId()), count(profile.size()),
          count(profile.incidents())));
      String description = profile.descriptions().get(language.code());
      p(description == null || description.isBlank() ? text.get("clusters.nodescription") : description);
      p(text.format("clusters.detail",
          profile.leadingCategories().stream().map(labels::category).collect(Collectors.joining(text.get("list.separator"))),
          profile.countries().stream().map(labels::country).collect(Collectors.joining(text.get("list.separator")))));
    }
  }

  // ---------------------------------------------------------------- 8. risk

  private void risk() {
    h1("section.risk");
    if (facts.risk().isEmpty()) {
      notAvailable("na.risk");
      return;
    }
    var r = facts.risk().get();
    String target = labels.period(Period.parse(r.targetMonth()));
    Optional<ModelScore> model = r.evaluation().stream().filter(m -> m.model().equals("GBT")).findFirst();
    Optional<ModelScore> baseline = r.evaluation().stream().filter(m -> m.model().equals("BASELINE")).findFirst();
    if (model.isPresent() && baseline.isPresent() && model.get().aupr() != null && baseline.get().aupr() != null) {
      double m = model.get().aupr();
      double b = baseline.get().aupr();
      String key = m > b * 1.05 ? "risk.eval.better" : m < b * 0.95 ? "risk.eval.worse" : "risk.eval.same";
      p(text.format(key, format.decimal(m, 2), format.decimal(b, 2),
          model.get().auroc() == null ? "\u2013" : format.decimal(model.get().auroc(), 2),
          baseline.get().auroc() == null ? "\u2013" : format.decimal(baseline.get().auroc(), 2),
          model.get().brier() == null ? "\u2013" : format.decimal(model.get().brier(), 3),
          baseline.get().brier() == null ? "\u2013" : format.decimal(baseline.get().brier(), 3)));
    } else {
      note(text.get("risk.eval.missing"));
    }
    p(text.format("risk.intro", target, format.count(r.topCells().size())));
    header(text.get("col.rank"), text.get("col.place"), text.get("col.country"), text.get("col.probability"),
        text.get("col.baseline"), text.get("col.cell"));
    for (RiskCell c : r.topCells()) {
      row(format.count(c.rank()), labels.cell(c.gid()), labels.country(c.country()), format.percent(c.probability()),
          text.get(c.baseline() >= 0.5 ? "risk.baseline.active" : "risk.baseline.quiet"), format.year(c.gid()));
    }
  }

  // ---------------------------------------------------------------- 9. information sharing

  private void sharing() {
    h1("section.sharing");
    if (facts.sharing().isEmpty()) {
      notAvailable("na.sharing");
      return;
    }
    var s = facts.sharing().get();
    BureauSharing all = s.region();
    p(text.format("sharing.intro", labels.period(facts.period()), count(all.sent()), count(all.answered()),
        all.medianResponseHours() == null ? "\u2013" : format.decimal(all.medianResponseHours(), 1),
        count(all.overdue()), count(all.queries()), count(all.hits())));
    header(text.get("col.bureau"), text.get("col.sent"), text.get("col.received"), text.get("col.answered"),
        text.get("col.median"), text.get("col.overdue"));
    for (BureauSharing b : s.bureaus()) {
      row(labels.country(b.bureau()), count(b.sent()), count(b.received()), count(b.answered()),
          b.medianResponseHours() == null ? "\u2013" : format.decimal(b.medianResponseHours(), 1), count(b.overdue()));
    }
    total(text.get("row.region"), count(all.sent()), count(all.received()), count(all.answered()),
        all.medianResponseHours() == null ? "\u2013" : format.decimal(all.medianResponseHours(), 1), count(all.overdue()));
    h2(text.get("sharing.queries"));
    header(text.get("col.bureau"), text.get("col.queries"), text.get("col.hits"), text.get("col.yield"));
    for (BureauSharing b : s.bureaus()) {
      row(labels.country(b.bureau()), count(b.queries()), count(b.hits()), hitRate(b));
    }
    total(text.get("row.region"), count(all.queries()), count(all.hits()), hitRate(all));
    if (edition.personLevel()) {
      h2(text.get("sharing.overdue"));
      if (s.overdue().isEmpty()) {
        note(text.get("sharing.overdue.none"));
      } else {
        header(text.get("col.request"), text.get("col.from"), text.get("col.to"), text.get("col.priority"),
            text.get("col.sentat"), text.get("col.late"));
        for (var o : s.overdue()) {
          row(o.requestRef(), labels.country(o.fromBureau()), labels.country(o.toBureau()),
              labels.code("priority.", o.priority()), format.dateTime(o.sentAt()),
              format.decimal(o.hoursOverdue() / 24.0, 1));
        }
      }
    } else {
      note(text.get("sharing.overdue.restricted"));
    }
  }

  private String hitRate(BureauSharing b) {
    if (b.queries() == 0 || hidden(b.hits()) || hidden(b.queries())) {
      return "\u2013";
    }
    return format.percent(b.hits() / (double) b.queries());
  }

  // ---------------------------------------------------------------- 10. notices, warrants, travel documents

  private void referenceRecords() {
    h1("section.reference");
    if (facts.reference().isEmpty()) {
      notAvailable("na.reference");
      return;
    }
    var r = facts.reference().get();
    p(text.format("reference.intro", format.date(r.asOf()), format.date(r.expiringUntil())));
    header(text.get("col.kind"), text.get("col.state"), text.get("col.records"));
    for (ReferenceCount c : r.counts()) {
      row(text.get("kind." + c.kind()), text.get("state." + c.state()),
          c.available() ? count(c.records()) : text.get("reference.table.missing"));
    }
    if (edition == Edition.TRAINING) {
      note(text.get("reference.training"));
      return;
    }
    if (!edition.personLevel()) {
      note(text.get("reference.restricted"));
      return;
    }
    for (ReferenceCount c : r.counts()) {
      List<ReferenceRecord> list = r.records().stream()
          .filter(x -> x.kind().equals(c.kind()) && x.state().equals(c.state())).toList();
      if (list.isEmpty()) {
        continue;
      }
      h2(text.format("reference.list", text.get("kind." + c.kind()), text.get("state." + c.state()),
          format.count(list.size()), format.count(c.records())));
      header(text.get("col.reference"), text.get("col.type"), text.get("col.issuer"), text.get("col.date"));
      for (ReferenceRecord x : list) {
        String type = x.kind().equals("WARRANT") ? labels.category(x.type()) : labels.code("type.", x.type());
        row(x.ref(), type, labels.country(x.country()), format.date(x.date()));
      }
    }
  }

  // ---------------------------------------------------------------- 11. data quality

  private void quality() {
    h1("section.quality");
    if (facts.quality().isEmpty()) {
      notAvailable("na.quality");
      return;
    }
    var q = facts.quality().get();
    p(text.get("quality.intro"));
    header(text.get("col.feed"), text.get("col.files"), text.get("col.read"), text.get("col.accepted"),
        text.get("col.quarantined"), text.get("col.duplicates"));
    long[] t = new long[5];
    for (FeedQuality f : q.feeds()) {
      row(f.feed(), format.count(f.files()), count(f.read()), count(f.accepted()), count(f.quarantined()),
          count(f.duplicates()));
      t[0] += f.files();
      t[1] += f.read();
      t[2] += f.accepted();
      t[3] += f.quarantined();
      t[4] += f.duplicates();
    }
    total(text.get("row.total"), format.count(t[0]), count(t[1]), count(t[2]), count(t[3]), count(t[4]));
    if (!q.reasons().isEmpty()) {
      h2(text.get("quality.reasons"));
      // One line per feed, reasons most frequent first: a feed-by-reason grid would be mostly empty.
      Map<String, List<ReasonCount>> byFeed = new LinkedHashMap<>();
      for (ReasonCount r : q.reasons()) {
        byFeed.computeIfAbsent(r.feed(), k -> new ArrayList<>()).add(r);
      }
      byFeed.forEach((feed, reasons) -> bullet(text.format("quality.reasons.feed", feed, reasons.stream()
          .map(r -> labels.code("reason.", r.reason()) + " " + count(r.records()))
          .collect(Collectors.joining(text.get("list.separator"))))));
    }
  }

  // ---------------------------------------------------------------- 12. method and sources

  private void method() {
    h1("section.method");
    p(text.get("method.definitions"));
    p(text.format("method.edition." + edition.id(), format.count(setting.minCount())));
    h2(text.get("method.versions"));
    header(text.get("col.table"), text.get("col.version"));
    if (facts.tableVersions().isEmpty()) {
      note(text.get("method.versions.none"));
    }
    facts.tableVersions().forEach((table, version) -> row(table, format.year(version.intValue())));
    p(text.get("method.rebuild"));
    h2(text.get("method.sources"));
    p(text.get("method.cite.ucdp"));
    p(text.get("method.cite.iom"));
    p(text.get("method.cite.naturalearth"));
  }
}
