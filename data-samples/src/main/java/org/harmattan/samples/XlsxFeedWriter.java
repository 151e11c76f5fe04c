package org.harmattan.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A workbook with one sheet, header in row 1. Streams rows (SXSSF keeps 100 in memory) so that
 * large scales stay within bounded memory. Dates are real date cells, except for a share of rows
 * where the clerk typed the date as text, as happens in hand-kept workbooks.
 */
final class XlsxFeedWriter extends FeedFileWriter {
  /** Fixed package dates, so that the same seed gives the same workbook metadata. */
  private static final java.util.Date PACKAGE_DATE = java.util.Date.from(java.time.Instant.parse("2026-11-01T00:00:00Z"));

  private final Path file;
  private final SXSSFWorkbook wb;
  private final SXSSFSheet sheet;
  private final CellStyle dateStyle;
  private int rowIndex;

  XlsxFeedWriter(FeedSpec feed, Path file) {
    super(feed);
    this.file = file;
    this.wb = new SXSSFWorkbook(100);
    this.sheet = wb.createSheet("Incidents");
    this.dateStyle = wb.createCellStyle();
    dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
    Row header = sheet.createRow(rowIndex++);
    int c = 0;
    for (String h : feed.headers().values()) {
      header.createCell(c++).setCellValue(h);
    }
  }

  @Override
  long write(Map<Field, Object> row, Damage damage) {
    Row r = sheet.createRow(rowIndex++);
    int c = 0;
    for (Field f : feed.headers().keySet()) {
      Object v = row.get(f);
      int col = c++;
      if (v == null) {
        continue;
      }
      Cell cell = r.createCell(col);
      if (v instanceof Number n) {
        cell.setCellValue(n.doubleValue());
      } else if (v instanceof LocalDate d) {
        cell.setCellValue(d);
        cell.setCellStyle(dateStyle);
      } else {
        cell.setCellValue(v.toString());
      }
    }
    return rowIndex;
  }

  @Override
  public void close() throws IOException {
    var props = wb.getXSSFWorkbook().getProperties().getCoreProperties();
    props.setCreated(java.util.Optional.of(PACKAGE_DATE));
    props.setModified(java.util.Optional.of(PACKAGE_DATE));
    props.setCreator("Harmattan sample generator");
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    } finally {
      wb.close();
    }
  }
}
