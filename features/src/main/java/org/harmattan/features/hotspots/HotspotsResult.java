package org.harmattan.features.hotspots;

import java.util.Map;

/**
 * What a hot spot run did.
 *
 * @param measures measures analysed
 * @param monthsComputed months of the window whose Gi* this run computed (the others' inputs had not changed)
 * @param analysedCells cells classified, summed over measures (cells analysed in at least one month of the window:
 *     an event of the measure in the {@code window-months} months up to it)
 * @param significantBins significant hot or cold cell-months, over measures
 * @param patterns number of cells per emerging pattern, over measures
 */
public record HotspotsResult(String runId, String periodEnd, String windowStart, int windowMonths,
    java.util.List<String> measures, int monthsComputed, long analysedCells, long significantBins, Map<String, Long> patterns,
    long hotspotsVersion, long trendsVersion, long millis) {
  public static final HotspotsResult EMPTY =
      new HotspotsResult("", "", "", 0, java.util.List.of(), 0, 0, 0, Map.of(), -1, -1, 0);
}
