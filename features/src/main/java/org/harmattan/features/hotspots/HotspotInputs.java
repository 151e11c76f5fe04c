package org.harmattan.features.hotspots;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.harmattan.features.FeaturesSettings;
import org.harmattan.features.store.MonthBuilds;

/**
 * What a month's Gi* is computed from, as one fingerprint per month: the hot spot settings, the
 * measures analysed that month, and the fingerprints of the panel months it reads (the month and
 * the {@link #historyMonths} before it). A month whose fingerprint is unchanged since its Gi* was
 * written would come out the same and is not computed again.
 */
final class HotspotInputs {
  /** Changes when the Gi* computation changes, so that a new release recomputes every month. */
  private static final String LOGIC = "hotspots/2: cells active in the months up to the month";

  private HotspotInputs() {}

  /** Panel months a month's Gi* reads before it: its excess baseline and its trailing activity window. */
  static int historyMonths(FeaturesSettings.Hotspots hs) {
    return Math.max(hs.excess() ? hs.excessMonths() : 0, hs.windowMonths() - 1);
  }

  /**
   * @param panelBuilds fingerprints of the panel months ({@code gold.month_builds}); a month missing
   *     there (outside the panel) counts as a fixed value
   */
  static Map<YearMonth, Long> monthInputs(List<YearMonth> months, Map<YearMonth, Set<String>> measuresByMonth,
      Map<YearMonth, Long> panelBuilds, FeaturesSettings settings) {
    FeaturesSettings.Hotspots hs = settings.hotspots();
    Map<String, String> d = settings.describe();
    long base = MonthBuilds.text(0, LOGIC);
    for (Map.Entry<String, String> e : d.entrySet()) {
      if (e.getKey().startsWith("hotspots.") || e.getKey().equals("neighbourhood")) {
        base = MonthBuilds.text(base, e.getKey() + "=" + e.getValue());
      }
    }
    Map<YearMonth, Long> out = new TreeMap<>();
    for (YearMonth m : months) {
      long h = MonthBuilds.text(base, String.join(",", measuresByMonth.getOrDefault(m, Set.of())));
      for (int back = historyMonths(hs); back >= 0; back--) {
        h = MonthBuilds.mix(h, panelBuilds.getOrDefault(m.minusMonths(back), 0L));
      }
      out.put(m, h);
    }
    return out;
  }
}
