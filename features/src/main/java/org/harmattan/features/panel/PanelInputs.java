package org.harmattan.features.panel;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.harmattan.core.catalog.Columns;
import org.harmattan.features.FeaturesSettings;
import org.harmattan.features.grid.RegionGrid;
import org.harmattan.features.store.MonthBuilds;

/**
 * What each month of the panel is computed from, as one 64-bit fingerprint per month: the panel's
 * settings and cells, and the incidents of the month and of the {@link #LOOKBACK_MONTHS} before it
 * (the furthest any lag or rolling sum reaches). A month whose fingerprint is unchanged since it
 * was built would come out the same and is not rebuilt; a late report, a re-linked double report
 * or a corrected record changes its month's fingerprint and so rebuilds that month and the
 * following ones whose rolling sums include it.
 */
final class PanelInputs {
  /** activity_sum12 and incidents_sum12 reach 11 months back; the lags and slope6 less. */
  static final int LOOKBACK_MONTHS = 11;
  /** Changes when the panel's computation changes, so that a new release rebuilds every month. */
  private static final String LOGIC = "panel/2: lookback before the first month";
  /** The incident columns the panel reads, with the id that makes each row distinct. */
  static final List<String> COLUMNS = List.of(Columns.INCIDENT_ID, Columns.PRIO_GID, Columns.CATEGORY, "unit", "quantity",
      "small_arms", "ammunition_rounds", "explosives_kg", "heavy_weapons", "fatalities", "arrests", "actors");

  private PanelInputs() {}

  /**
   * One pass over the counted incidents: per event month, a fingerprint of its rows (the XOR of
   * each row's hash, which no row order changes, mixed with the row count). One row per month.
   */
  static TreeMap<YearMonth, Long> incidentMonths(Dataset<Row> incidents) {
    TreeMap<YearMonth, Long> out = new TreeMap<>();
    String hashed = "bit_xor(xxhash64(" + String.join(", ", COLUMNS) + "))";
    for (Row r : incidents.groupBy(Columns.EVENT_MONTH).agg(count(lit(1)), expr(hashed)).collectAsList()) {
      if (!r.isNullAt(0)) {
        out.put(YearMonth.parse(r.getString(0)), MonthBuilds.mix(MonthBuilds.mix(0, r.getLong(1)), r.getLong(2)));
      }
    }
    return out;
  }

  /** The fingerprint each of the months would be built from. */
  static Map<YearMonth, Long> monthInputs(List<YearMonth> months, Map<YearMonth, Long> incidentMonths,
      FeaturesSettings settings, List<RegionGrid.Cell> cells) {
    long base = settingsAndCells(settings, cells);
    Map<YearMonth, Long> out = new TreeMap<>();
    for (YearMonth m : months) {
      long h = base;
      for (int back = LOOKBACK_MONTHS; back >= 0; back--) {
        h = MonthBuilds.mix(h, incidentMonths.getOrDefault(m.minusMonths(back), 0L));
      }
      out.put(m, h);
    }
    return out;
  }

  private static long settingsAndCells(FeaturesSettings settings, List<RegionGrid.Cell> cells) {
    Map<String, String> d = settings.describe();
    long h = MonthBuilds.text(0, LOGIC);
    for (String key : List.of("activity-categories", "violence-categories", "neighbourhood")) {
      h = MonthBuilds.text(h, key + "=" + d.get(key));
    }
    for (RegionGrid.Cell c : cells) {
      h = MonthBuilds.mix(MonthBuilds.mix(MonthBuilds.mix(h, c.gid()), Double.doubleToLongBits(c.borderKm())),
          MonthBuilds.text(0, String.valueOf(c.country())));
    }
    return h;
  }
}
