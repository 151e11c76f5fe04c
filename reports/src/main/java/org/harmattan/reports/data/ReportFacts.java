package org.harmattan.reports.data;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.harmattan.core.time.Period;

/**
 * Every figure a report shows, computed once from the pinned tables and independent of language
 * and edition: small, bounded collections (per category and month, top-N cells, per feed), so
 * that it fits on the driver and can be compared between a build and a rebuild.
 *
 * @param period the report period
 * @param tableVersions Delta version of every table read ({@code silver.incidents -> 12})
 * @param incidents incident figures, empty when {@code silver.incidents} does not exist
 * @param quality data-quality annex, empty when no ingest run is recorded
 * @param sharing information-sharing figures, empty when requests and queries do not exist
 * @param reference notices, warrants and travel documents, empty when none of those tables exists
 * @param hotspots emerging hot spots of the period, empty when hot spot analysis has not been run
 * @param clusters cluster profiles of the period, empty when clustering has not been run
 * @param risk next-month risk and its evaluation, empty when the risk model has not been run
 */
public record ReportFacts(Period period, Map<String, Long> tableVersions, Optional<IncidentFacts> incidents,
    Optional<QualityFacts> quality, Optional<SharingFacts> sharing, Optional<ReferenceFacts> reference,
    Optional<HotspotFacts> hotspots, Optional<ClusterFacts> clusters, Optional<RiskFacts> risk) {

  /**
   * The same figures without the person-level lists (records of notices, warrants and documents, overdue
   * requests), which are collected only when the restricted edition is built: what every edition shares.
   */
  public ReportFacts aggregates() {
    return new ReportFacts(period, tableVersions, incidents, quality,
        sharing.map(s -> new SharingFacts(s.bureaus(), s.region(), List.of())),
        reference.map(r -> new ReferenceFacts(r.asOf(), r.expiringUntil(), r.counts(), List.of())),
        hotspots, clusters, risk);
  }

  /**
   * Incident counts: per category, country, month and cell. Double reports are not counted. The
   * three-period figures (categories, countries, totals, cells) leave out the {@code lagging} feeds,
   * so that a delivery still to come does not read as a fall; the trend chart counts every feed.
   */
  public record IncidentFacts(Period previous, Period yearAgo, Counts total, Counts fatalities, Counts arrests,
      List<CategoryFigures> categories, List<CountryFigures> countries, List<YearMonth> trendMonths,
      List<MonthCount> trend, List<CellFigures> topCells, List<CellFigures> risingCells, List<CellFigures> mapCells,
      List<LaggingFeed> lagging) {}

  /** A feed whose incidents stop before the period's last month although it reported steadily before it. */
  public record LaggingFeed(String feed, YearMonth lastMonth) {}

  /** Incidents of one category in the three periods. */
  public record CategoryFigures(String category, Counts incidents) {}

  /** Incidents in one country in the three periods. */
  public record CountryFigures(String country, Counts incidents) {}

  /** Incidents of a category in a month. */
  public record MonthCount(String category, YearMonth month, long count) {}

  /** Incidents in a PRIO-GRID cell in the period and in the previous period. */
  public record CellFigures(int gid, String country, long current, long previous) {}

  /** Per feed, over every ingest run recorded up to the pinned ledger version. */
  public record QualityFacts(List<FeedQuality> feeds, List<ReasonCount> reasons) {}

  public record FeedQuality(String feed, long files, long read, long accepted, long quarantined, long duplicates) {}

  public record ReasonCount(String feed, String reason, long records) {}

  /** Requests sent in the period and database queries made in it, per bureau. */
  public record SharingFacts(List<BureauSharing> bureaus, BureauSharing region, List<OverdueRequest> overdue) {}

  /**
   * @param medianResponseHours median hours from sending to answer of the requests answered in the period, or null
   * @param overdue requests open at the end of the period past their deadline (priority SLA)
   */
  public record BureauSharing(String bureau, long sent, long received, long answered, Double medianResponseHours,
      long overdue, long queries, long hits) {}

  public record OverdueRequest(String requestRef, String fromBureau, String toBureau, String priority,
      java.time.Instant sentAt, double hoursOverdue) {}

  /** Counts per kind, and (restricted edition only) the records themselves, bounded. */
  public record ReferenceFacts(LocalDate asOf, LocalDate expiringUntil, List<ReferenceCount> counts,
      List<ReferenceRecord> records) {}

  /**
   * @param kind NOTICE, WARRANT or TRAVEL_DOCUMENT
   * @param state CANCELLED, EXPIRED or EXPIRING
   */
  public record ReferenceCount(String kind, String state, boolean available, long records) {}

  /** A record listed in the restricted edition: its reference (or document number), type, country and date. */
  public record ReferenceRecord(String kind, String state, String ref, String type, String country, LocalDate date) {}

  /** Emerging hot spot classes of one measure for the window ending with the period. */
  public record HotspotFacts(String measure, List<PatternCount> patterns, List<HotspotCell> cells) {}

  public record PatternCount(String pattern, long cells) {}

  public record HotspotCell(int gid, String pattern, double finalZ, String trend, String country) {}

  public record ClusterFacts(int k, Double silhouette, List<ClusterProfile> profiles) {}

  public record ClusterProfile(int clusterId, int size, long incidents, List<String> leadingCategories,
      List<String> countries, Map<String, String> descriptions) {}

  /**
   * @param evaluation pooled out-of-time evaluation per model (GBT, LOGISTIC, BASELINE), may be empty
   */
  public record RiskFacts(String targetMonth, List<RiskCell> topCells, List<RiskCell> mapCells,
      List<ModelScore> evaluation) {}

  public record RiskCell(int gid, String country, double probability, double baseline, int rank) {}

  public record ModelScore(String model, Double auroc, Double aupr, Double brier, long testRows) {}
}
