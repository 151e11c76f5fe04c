package org.harmattan.reports.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.Locale;
import java.util.TimeZone;
import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.engine.JRParameter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;

/**
 * House style of the trend charts, and their mirroring for right-to-left readers: in Arabic the
 * time axis runs from right to left and the value axis stands on the right. Month labels and
 * numbers follow the report's locale.
 */
public final class TrendChartCustomizer extends JRAbstractChartCustomizer {
  private static final Color LINE = new Color(0x1F3864);
  private static final Color GRID = new Color(0xD9D9D9);

  @Override
  public void customize(JFreeChart chart, JRChart jasperChart) {
    Locale locale = (Locale) getParameterValue(JRParameter.REPORT_LOCALE);
    if (locale == null) {
      locale = Locale.ENGLISH;
    }
    boolean rtl = Boolean.TRUE.equals(getParameterValue("rtl"));
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    XYItemRenderer renderer = plot.getRenderer();
    renderer.setSeriesPaint(0, LINE);
    renderer.setSeriesStroke(0, new BasicStroke(1.5f));

    DateAxis time = (DateAxis) plot.getDomainAxis();
    SimpleDateFormat months = new SimpleDateFormat("MMM yy", locale);
    months.setTimeZone(TimeZone.getTimeZone("UTC"));
    time.setTimeZone(TimeZone.getTimeZone("UTC"));
    time.setDateFormatOverride(months);
    // A label every 6 months: 24 monthly labels cannot be read at this width.
    time.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, 6));
    time.setTickLabelFont(time.getTickLabelFont().deriveFont(6.5f));
    time.setInverted(rtl);

    NumberAxis value = (NumberAxis) plot.getRangeAxis();
    value.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
    value.setNumberFormatOverride(NumberFormat.getIntegerInstance(locale));
    value.setAutoRangeIncludesZero(true);
    value.setTickLabelFont(value.getTickLabelFont().deriveFont(6.5f));
    plot.setRangeAxisLocation(rtl ? AxisLocation.BOTTOM_OR_RIGHT : AxisLocation.BOTTOM_OR_LEFT);
  }
}
