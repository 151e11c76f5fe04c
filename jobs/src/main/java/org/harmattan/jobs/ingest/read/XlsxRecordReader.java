package org.harmattan.jobs.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * One sheet of an Excel workbook through POI's event (SAX) API, which keeps memory to the
 * rows of the sheet rather than a whole object model. Date cells come out as ISO dates
 * ({@code yyyy-MM-dd}) and numeric cells as plain decimals, whatever their display format, so
 * that a feed's patterns see stable text. A record's line is its sheet row number.
 */
public final class XlsxRecordReader implements RecordReader {
  private final String sheet;
  private final int headerRow;

  /** @param sheet sheet index (0-based) or name; @param headerRow 1-based row of the header */
  public XlsxRecordReader(String sheet, int headerRow) {
    this.sheet = sheet;
    this.headerRow = headerRow;
  }

  @Override
  public List<String> header(InputStream in) throws IOException {
    List<SheetRow> rows = readSheet(in);
    for (SheetRow r : rows) {
      if (r.number == headerRow) {
        List<String> names = new ArrayList<>();
        int last = r.cells.isEmpty() ? -1 : r.cells.lastKey();
        for (int i = 0; i <= last; i++) {
          names.add(r.cells.getOrDefault(i, "").strip());
        }
        return names;
      }
    }
    throw new IOException("sheet '" + sheet + "' has no header row " + headerRow);
  }

  @Override
  public Iterator<RawRecord> records(InputStream in) throws IOException {
    List<SheetRow> rows = readSheet(in);
    List<String> header = null;
    List<RawRecord> records = new ArrayList<>();
    for (SheetRow r : rows) {
      if (r.number == headerRow) {
        header = new ArrayList<>();
        int last = r.cells.isEmpty() ? -1 : r.cells.lastKey();
        for (int i = 0; i <= last; i++) {
          header.add(r.cells.getOrDefault(i, "").strip());
        }
        continue;
      }
      if (header == null || r.number < headerRow || r.cells.values().stream().allMatch(String::isBlank)) {
        continue;
      }
      StringBuilder raw = new StringBuilder();
      int last = Math.max(header.size() - 1, r.cells.lastKey());
      for (int i = 0; i <= last; i++) {
        raw.append(i == 0 ? "" : "\t").append(r.cells.getOrDefault(i, ""));
      }
      if (r.cells.lastKey() >= header.size()) {
        records.add(RawRecord.bad(r.number, raw.toString(), "MALFORMED_ROW", "row " + r.number + ": a value in column "
            + CellReference.convertNumToColString(r.cells.lastKey()) + " lies beyond the " + header.size() + " header columns"));
        continue;
      }
      Map<String, String> fields = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        fields.put(header.get(i), r.cells.getOrDefault(i, ""));
      }
      records.add(RawRecord.ok(r.number, raw.toString(), fields));
    }
    return records.iterator();
  }

  private record SheetRow(long number, TreeMap<Integer, String> cells) {}

  private List<SheetRow> readSheet(InputStream in) throws IOException {
    try (OPCPackage pkg = OPCPackage.open(in)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      int index = 0;
      while (sheets.hasNext()) {
        try (InputStream sheetStream = sheets.next()) {
          if (sheet.equals(String.valueOf(index)) || sheet.equals(sheets.getSheetName())) {
            List<SheetRow> rows = new ArrayList<>();
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Collector(rows),
                new PlainFormatter(), false));
            parser.parse(new InputSource(sheetStream));
            return rows;
          }
        }
        index++;
      }
      throw new IOException("the workbook has no sheet '" + sheet + "'");
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("not a readable XLSX workbook: " + e.getMessage(), e);
    }
  }

  private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final List<SheetRow> rows;
    private TreeMap<Integer, String> cells;
    private int rowNum;

    Collector(List<SheetRow> rows) {
      this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
      this.rowNum = rowNum;
      cells = new TreeMap<>();
    }

    @Override
    public void endRow(int rowNum) {
      if (!cells.isEmpty()) {
        rows.add(new SheetRow(rowNum + 1L, cells));
      }
    }

    @Override
    public void cell(String cellReference, String formattedValue, org.apache.poi.xssf.usermodel.XSSFComment comment) {
      int col = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
      cells.put(col, formattedValue == null ? "" : formattedValue);
    }
  }

  /** Dates as ISO text and numbers as plain decimals, independent of how the sheet displays them. */
  private static final class PlainFormatter extends DataFormatter {
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
      }
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
  }
}
