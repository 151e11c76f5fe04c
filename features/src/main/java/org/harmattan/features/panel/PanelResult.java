package org.harmattan.features.panel;

/**
 * What a panel run did.
 *
 * @param cells region cells
 * @param months months in the panel
 * @param monthsRebuilt months computed by this run (the others' inputs had not changed)
 * @param activeCellMonths cell-months with at least one incident
 * @param incidents de-duplicated incidents counted (region cells, panel months)
 * @param version Delta version of gold.cell_month_features written (-1 when nothing was written)
 */
public record PanelResult(String runId, String firstMonth, String lastMonth, long cells, int months,
    int monthsRebuilt, long activeCellMonths, long incidents, long version, long millis) {
  public static final PanelResult EMPTY = new PanelResult("", "", "", 0, 0, 0, 0, 0, -1, 0);

  public long rows() {
    return cells * months;
  }
}
