package org.harmattan.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.harmattan.core.geo.CountryBorders;
import org.harmattan.core.testing.SharedSpark;
import org.harmattan.core.time.Period;
import org.harmattan.core.vocab.Vocabulary;
import org.harmattan.reports.data.Counts;
import org.harmattan.reports.data.ReportFacts;
import org.harmattan.reports.data.ReportFacts.CategoryFigures;
import org.harmattan.reports.data.ReportFacts.CellFigures;
import org.harmattan.reports.data.ReportFacts.CountryFigures;
import org.harmattan.reports.data.ReportFacts.IncidentFacts;
import org.harmattan.reports.data.ReportFacts.MonthCount;
import org.harmattan.reports.layout.ThreatReportComposer;
import org.harmattan.core.geo.PrioGrid;
import org.locationtech.jts.geom.Geometry;

/** A fixed, hand-built set of report figures (no Spark), for rendering and golden tests. */
public final class ReportFixtures {
  private static Vocabulary vocabulary;
  private static Map<String, Geometry> countries;
  private static Set<String> region;

  private ReportFixtures() {}

  public static synchronized Vocabulary vocabulary() {
    if (vocabulary == null) {
      vocabulary = Vocabulary.load(SharedSpark.projectHome().resolve("conf/vocabulary.conf"));
    }
    return vocabulary;
  }

  public static synchronized Map<String, Geometry> countries() {
    if (countries == null) {
      CountryBorders borders = CountryBorders.loadDefault(vocabulary()::alpha3ForNumeric);
      Map<String, Geometry> m = new LinkedHashMap<>();
      Set<String> r = new java.util.HashSet<>();
      vocabulary().countries().forEach((code, c) -> {
        borders.geometry(code).ifPresent(g -> m.put(code, g));
        if (c.region()) {
          r.add(code);
        }
      });
      countries = m;
      region = r;
    }
    return countries;
  }

  public static Set<String> regionCountries() {
    countries();
    return region;
  }

  /** October 2026 with arms trafficking up, fuel smuggling down, a cell near Agadez rising. */
  public static ReportFacts october2026() {
    Period period = Period.parse("2026-10");
    int agadez = PrioGrid.gid(16.97, 7.99);
    int sebha = PrioGrid.gid(27.04, 14.43);
    int gao = PrioGrid.gid(16.27, -0.04);
    List<YearMonth> months = new ArrayList<>();
    List<MonthCount> trend = new ArrayList<>();
    for (YearMonth m = YearMonth.of(2024, 11); !m.isAfter(YearMonth.of(2026, 10)); m = m.plusMonths(1)) {
      months.add(m);
      int i = months.size();
      trend.add(new MonthCount("ARMS_TRAFFICKING", m, 20 + i * 2L));
      trend.add(new MonthCount("FUEL_SMUGGLING", m, 60 - i));
      trend.add(new MonthCount("MIGRANT_SMUGGLING", m, 10 + (i % 4)));
    }
    IncidentFacts incidents = new IncidentFacts(period.previous(), Period.parse("2025-10"),
        new Counts(153, 146, 135), new Counts(12, 9, 15), new Counts(40, 38, 30),
        List.of(new CategoryFigures("ARMS_TRAFFICKING", new Counts(68, 66, 44)),
            new CategoryFigures("FUEL_SMUGGLING", new Counts(36, 37, 48)),
            new CategoryFigures("MIGRANT_SMUGGLING", new Counts(13, 12, 13)),
            new CategoryFigures("CBRN", new Counts(3, 0, 1))),
        List.of(new CountryFigures("NER", new Counts(70, 60, 50)), new CountryFigures("LBY", new Counts(50, 55, 45)),
            new CountryFigures("MLI", new Counts(33, 31, 40))),
        months, trend,
        List.of(new CellFigures(agadez, "NER", 25, 12), new CellFigures(sebha, "LBY", 18, 20),
            new CellFigures(gao, "MLI", 4, 1)),
        List.of(new CellFigures(agadez, "NER", 25, 12), new CellFigures(gao, "MLI", 4, 1)),
        List.of(new CellFigures(agadez, "NER", 25, 12), new CellFigures(sebha, "LBY", 18, 20),
            new CellFigures(gao, "MLI", 4, 1)), List.of());
    Map<String, Long> versions = new LinkedHashMap<>();
    versions.put("silver.incidents", 7L);
    versions.put("ops.run_ledger", 3L);
    ReportFacts.QualityFacts quality = new ReportFacts.QualityFacts(
        List.of(new ReportFacts.FeedQuality("ner-police", 36, 1200, 1180, 20, 14)),
        List.of(new ReportFacts.ReasonCount("ner-police", "UNPARSEABLE_DATE", 12),
            new ReportFacts.ReasonCount("ner-police", "UNKNOWN_UNIT", 8)));
    return new ReportFacts(period, versions, Optional.of(incidents), Optional.of(quality), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** October 2026 with every section filled: hot spots, clusters, risk, information sharing, reference records. */
  public static ReportFacts october2026Full() {
    ReportFacts base = october2026();
    int agadez = PrioGrid.gid(16.97, 7.99);
    int arlit = PrioGrid.gid(18.74, 7.39);
    int sebha = PrioGrid.gid(27.04, 14.43);
    int gao = PrioGrid.gid(16.27, -0.04);
    var hotspots = new ReportFacts.HotspotFacts("trafficking",
        List.of(new ReportFacts.PatternCount("NO_PATTERN", 120), new ReportFacts.PatternCount("NEW_HOT_SPOT", 1),
            new ReportFacts.PatternCount("PERSISTENT_HOT_SPOT", 1), new ReportFacts.PatternCount("SPORADIC_HOT_SPOT", 1),
            new ReportFacts.PatternCount("PERSISTENT_COLD_SPOT", 1)),
        List.of(new ReportFacts.HotspotCell(agadez, "PERSISTENT_HOT_SPOT", 4.21, "UP", "NER"),
            new ReportFacts.HotspotCell(arlit, "NEW_HOT_SPOT", 3.02, "UP", "NER"),
            new ReportFacts.HotspotCell(sebha, "SPORADIC_HOT_SPOT", 2.10, "NONE", "LBY"),
            new ReportFacts.HotspotCell(gao, "PERSISTENT_COLD_SPOT", -2.40, "DOWN", "MLI")));
    var clusters = new ReportFacts.ClusterFacts(2, 0.41, List.of(
        new ReportFacts.ClusterProfile(1, 14, 420, List.of("ARMS_TRAFFICKING", "MIGRANT_SMUGGLING"), List.of("NER", "LBY"),
            Map.of("en", "Transit corridor cells along the Agadez to Sebha route, dominated by arms trafficking.",
                "fr", "Mailles du corridor de transit entre Agadez et Sebha, dominées par le trafic d’armes.",
                "ar", "خلايا ممر العبور بين أغاديز وسبها، يغلب عليها تهريب الأسلحة.")),
        new ReportFacts.ClusterProfile(2, 9, 130, List.of("FUEL_SMUGGLING"), List.of("LBY", "TUN"),
            Map.of("en", "Border cells with steady fuel smuggling.", "fr", "Mailles frontalières à contrebande de carburant régulière.",
                "ar", "خلايا حدودية يستمر فيها تهريب الوقود."))));
    var risk = new ReportFacts.RiskFacts("2026-11",
        List.of(new ReportFacts.RiskCell(agadez, "NER", 0.82, 1, 1), new ReportFacts.RiskCell(sebha, "LBY", 0.64, 1, 2),
            new ReportFacts.RiskCell(arlit, "NER", 0.31, 0, 3)),
        List.of(new ReportFacts.RiskCell(agadez, "NER", 0.82, 1, 1), new ReportFacts.RiskCell(sebha, "LBY", 0.64, 1, 2),
            new ReportFacts.RiskCell(arlit, "NER", 0.31, 0, 3), new ReportFacts.RiskCell(gao, "MLI", 0.12, 0, 4)),
        List.of(new ReportFacts.ModelScore("BASELINE", 0.71, 0.30, 0.120, 4000),
            new ReportFacts.ModelScore("GBT", 0.86, 0.44, 0.081, 4000)));
    var sharing = new ReportFacts.SharingFacts(
        List.of(new ReportFacts.BureauSharing("LBY", 40, 35, 30, 20.5, 2, 300, 6),
            new ReportFacts.BureauSharing("NER", 25, 28, 27, 31.0, 3, 210, 2)),
        new ReportFacts.BureauSharing("ALL", 65, 63, 57, 24.0, 5, 510, 8),
        List.of(new ReportFacts.OverdueRequest("RQ-2026-0042", "NER", "LBY", "HIGH",
            java.time.Instant.parse("2026-10-20T08:00:00Z"), 200.0)));
    var reference = new ReportFacts.ReferenceFacts(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 30),
        List.of(new ReportFacts.ReferenceCount("NOTICE", "CANCELLED", true, 4),
            new ReportFacts.ReferenceCount("NOTICE", "EXPIRING", true, 2),
            new ReportFacts.ReferenceCount("WARRANT", "EXPIRED", true, 3),
            new ReportFacts.ReferenceCount("WARRANT", "EXPIRING", true, 1),
            new ReportFacts.ReferenceCount("TRAVEL_DOCUMENT", "EXPIRED", true, 7),
            new ReportFacts.ReferenceCount("TRAVEL_DOCUMENT", "EXPIRING", true, 0)),
        List.of(new ReportFacts.ReferenceRecord("NOTICE", "CANCELLED", "A-1234/10-2026", "RED", "MAR", LocalDate.of(2026, 10, 3)),
            new ReportFacts.ReferenceRecord("WARRANT", "EXPIRED", "W-LY-0099", "ARMS_TRAFFICKING", "LBY", LocalDate.of(2026, 10, 9)),
            new ReportFacts.ReferenceRecord("TRAVEL_DOCUMENT", "EXPIRED", "X0000000", "PASSPORT", "EGY", LocalDate.of(2026, 10, 21))));
    return new ReportFacts(base.period(), base.tableVersions(), base.incidents(), base.quality(), Optional.of(sharing),
        Optional.of(reference), Optional.of(hotspots), Optional.of(clusters), Optional.of(risk));
  }

  public static ThreatReportComposer.Setting setting(ReportFacts facts) {
    return new ThreatReportComposer.Setting(facts, vocabulary(), countries(), regionCountries(), 5, 10,
        LocalDate.of(2026, 11, 2));
  }

  public static Path home() {
    return SharedSpark.projectHome();
  }
}
