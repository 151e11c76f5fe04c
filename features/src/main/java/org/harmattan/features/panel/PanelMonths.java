package org.harmattan.features.panel;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.harmattan.core.job.JobContext;

/**
 * Which months a run covers: the last month is the period's last month, or (no period given)
 * the latest complete month that has incidents; the first is the configured first month or the
 * first month with incidents, but no more than {@code historyMonths} before the last (0: no limit), so that
 * a lakehouse holding decades of UCDP history does not make every monthly run rebuild decades of panel.
 */
public record PanelMonths(YearMonth first, YearMonth last) {

  /** Resolves the months from the context and the first and last months with incidents. */
  public static PanelMonths resolve(JobContext ctx, YearMonth dataFirst, YearMonth dataLast, String configuredFirst,
      int historyMonths) {
    YearMonth current = YearMonth.from(ctx.today());
    YearMonth last = ctx.period().map(p -> p.last())
        .orElse(dataLast.isBefore(current) ? dataLast : current.minusMonths(1));
    YearMonth first = configuredFirst.isBlank() ? dataFirst : YearMonth.parse(configuredFirst);
    if (configuredFirst.isBlank() && historyMonths > 0 && first.isBefore(last.minusMonths(historyMonths - 1L))) {
      first = last.minusMonths(historyMonths - 1L);
    }
    if (first.isAfter(last)) {
      first = last;
    }
    return new PanelMonths(first, last);
  }

  /**
   * The widest the months can be without looking at the data, when the period and the settings
   * bound them (a period is given, and a first month or a history limit is set); the data can
   * only make the first month later. Empty when the data's first or last month is needed.
   */
  public static java.util.Optional<PanelMonths> bound(JobContext ctx, String configuredFirst, int historyMonths) {
    if (ctx.period().isEmpty() || (configuredFirst.isBlank() && historyMonths <= 0)) {
      return java.util.Optional.empty();
    }
    YearMonth last = ctx.period().get().last();
    YearMonth first = configuredFirst.isBlank() ? last.minusMonths(historyMonths - 1L) : YearMonth.parse(configuredFirst);
    return java.util.Optional.of(new PanelMonths(first.isAfter(last) ? last : first, last));
  }

  /** Every month from the first to the last. */
  public List<YearMonth> list() {
    List<YearMonth> out = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      out.add(m);
    }
    return out;
  }

  public int count() {
    return (int) (last.getYear() * 12L + last.getMonthValue() - first.getYear() * 12L - first.getMonthValue()) + 1;
  }
}
