package org.harmattan.samples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads generated feed files back, independently of the writers: header name to raw text, plus "_line". */
final class FeedFiles {
  private FeedFiles() {}

  static List<Map<String, String>> read(FeedSpec feed, Path file) throws IOException {
    return switch (feed.format()) {
      case CSV -> csv(feed, Files.readString(file, feed.charset()));
      case JSONL -> jsonl(Files.readAllLines(file));
      case XLSX -> xlsx(file);
    };
  }

  private static List<Map<String, String>> csv(FeedSpec feed, String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> rows = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    long line = 1;
    long rowStart = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == feed.delimiter()) {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        lines.add(rowStart);
        row = new ArrayList<>();
        line++;
        rowStart = line;
      } else {
        cell.append(c);
      }
    }
    List<String> header = rows.get(0);
    List<Map<String, String>> out = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      Map<String, String> m = new LinkedHashMap<>();
      for (int c = 0; c < rows.get(r).size() && c < header.size(); c++) {
        m.put(header.get(c), rows.get(r).get(c));
      }
      m.put("_line", String.valueOf(lines.get(r)));
      m.put("_fields", String.valueOf(rows.get(r).size()));
      out.add(m);
    }
    return out;
  }

  /** Flat JSON objects only (strings, numbers, null); a line that does not parse gets "_invalid". */
  private static List<Map<String, String>> jsonl(List<String> lines) {
    List<Map<String, String>> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Map<String, String> m = new LinkedHashMap<>();
      String s = lines.get(i).trim();
      m.put("_line", String.valueOf(i + 1));
      if (!s.endsWith("}")) {
        m.put("_invalid", "true");
        out.add(m);
        continue;
      }
      int p = 1;
      while (p < s.length() - 1) {
        int ks = s.indexOf('"', p);
        int ke = s.indexOf('"', ks + 1);
        String key = s.substring(ks + 1, ke);
        p = ke + 2;
        if (s.charAt(p) == '"') {
          StringBuilder v = new StringBuilder();
          p++;
          while (s.charAt(p) != '"') {
            if (s.charAt(p) == '\\') {
              p++;
              v.append(s.charAt(p) == 'n' ? '\n' : s.charAt(p));
            } else {
              v.append(s.charAt(p));
            }
            p++;
          }
          m.put(key, v.toString());
          p += 2;
        } else {
          int end = s.indexOf(',', p);
          if (end < 0) {
            end = s.length() - 1;
          }
          String v = s.substring(p, end);
          m.put(key, v.equals("null") ? null : v);
          p = end + 1;
        }
      }
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, String>> xlsx(Path file) throws IOException {
    List<Map<String, String>> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheetAt(0);
      Row header = sheet.getRow(0);
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        Map<String, String> m = new LinkedHashMap<>();
        for (int c = 0; c < header.getLastCellNum(); c++) {
          Cell cell = row.getCell(c);
          String v = null;
          if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            v = DateUtil.isCellDateFormatted(cell) ? "DATE:" + cell.getLocalDateTimeCellValue().toLocalDate()
                : String.valueOf(cell.getNumericCellValue());
          } else if (cell != null) {
            v = cell.getStringCellValue();
          }
          m.put(header.getCell(c).getStringCellValue(), v);
        }
        m.put("_line", String.valueOf(r + 1));
        out.add(m);
      }
    }
    return out;
  }

  static double number(FeedSpec feed, String s) {
    return Double.parseDouble(feed.decimalComma() ? s.replace(',', '.') : s);
  }
}
