package org.harmattan.features.panel;

import java.time.YearMonth;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.harmattan.core.catalog.Columns;
import org.harmattan.core.job.JobContext;

/**
 * Which months a run covers: the last month is the period's last month, or (no period given)
 * the latest complete month that has incidents; the first is the configured first month or the
 * first month with incidents, but no more than {@code historyMonths} before the last (0: no limit), so that
 * a lakehouse holding decades of UCDP history does not make every monthly run rebuild decades of panel.
 */
public record PanelMonths(YearMonth first, YearMonth last) {

  /** Resolves the months from the context and the incidents; empty when there are no incidents. */
  public static Optional<PanelMonths> resolve(JobContext ctx, Dataset<Row> incidents, String configuredFirst,
      int historyMonths) {
    Row r = incidents.agg(functions.min(Columns.EVENT_MONTH), functions.max(Columns.EVENT_MONTH)).first();
    if (r.isNullAt(0)) {
      return Optional.empty();
    }
    YearMonth dataFirst = YearMonth.parse(r.getString(0));
    YearMonth dataLast = YearMonth.parse(r.getString(1));
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
    return Optional.of(new PanelMonths(first, last));
  }

  public int count() {
    return (int) (last.getYear() * 12L + last.getMonthValue() - first.getYear() * 12L - first.getMonthValue()) + 1;
  }
}
