package org.harmattan.bench.check;

import java.util.Map;

/**
 * Whether the three engines computed the same cell-month-category aggregate, and why the rows they
 * accept differ where they do.
 *
 * @param floorIncidents incidents counted by the floor's aggregate
 * @param duckdbIncidents incidents counted by DuckDB's aggregate
 * @param harmattanIncidents accepted rows of silver.incidents in the compared feeds
 * @param harmattanDoubleReports of those, rows linked as cross-border double reports (the peers do not link)
 * @param floorDuckdbCellsDiffering (cell, month, category) whose count differs between the floor and DuckDB
 * @param cells cells of DuckDB's aggregate
 * @param commonRows records (feed, record id) all engines accept
 * @param commonRowsDiffering of those, records Harmattan and DuckDB put in a different cell, month or category
 * @param commonCellsDiffering (cell, month, category) of the common records whose counts differ
 * @param onlyPeers per feed, records the peers accept and Harmattan quarantined
 * @param explainedOnlyPeers per feed, records Harmattan quarantined for reasons the peers do not check
 * @param onlyHarmattan records Harmattan accepts and the peers do not
 * @param onlyHarmattanUnexplained of those, records whose key is not duplicated in its feed
 * @param duplicatedKeys record ids occurring more than once in a feed (every copy dropped by the peers)
 */
public record Agreement(long floorIncidents, long duckdbIncidents, long harmattanIncidents, long harmattanDoubleReports,
    long floorDuckdbCellsDiffering, long cells, long commonRows, long commonRowsDiffering, long commonCellsDiffering,
    Map<String, Long> onlyPeers, Map<String, Long> explainedOnlyPeers, long onlyHarmattan,
    long onlyHarmattanUnexplained, long duplicatedKeys) {

  /** True when every difference is explained and the common records land in the same cells. */
  public boolean agrees() {
    return floorDuckdbCellsDiffering == 0 && commonRowsDiffering == 0 && commonCellsDiffering == 0
        && onlyHarmattanUnexplained == 0 && onlyPeers.equals(explainedOnlyPeers) && commonRows > 0;
  }

  public long onlyPeersTotal() {
    return onlyPeers.values().stream().mapToLong(Long::longValue).sum();
  }
}
