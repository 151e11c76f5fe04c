package org.harmattan.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.harmattan.core.HarmattanException;

/**
 * Writes a result as RFC 4180 CSV (UTF-8 with a byte order mark, so spreadsheets show Arabic
 * right), streamed partition by partition so that no result is held whole on the driver. A
 * cell starting with '=', '+', '-', '@', tab or carriage return is prefixed with a quote: a
 * spreadsheet would otherwise run it as a formula (CSV injection).
 */
final class CsvExport {
  private CsvExport() {}

  /**
   * @return rows written
   * @throws HarmattanException when the file cannot be written (the target is left untouched)
   */
  static long write(Dataset<Row> rows, Path file) {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    long n = 0;
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        out.write('\ufeff');
        out.write(line(List.of(rows.columns())));
        Iterator<Row> it = rows.toLocalIterator();
        while (it.hasNext()) {
          Row r = it.next();
          String[] cells = new String[r.size()];
          for (int i = 0; i < r.size(); i++) {
            cells[i] = r.isNullAt(i) ? null : String.valueOf(r.get(i));
          }
          out.write(line(java.util.Arrays.asList(cells)));
          n++;
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return n;
    } catch (IOException e) {
      throw new HarmattanException("Cannot write CSV file '" + file + "': " + e.getMessage(), e);
    }
  }

  static String line(List<String> cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(cell(cells.get(i)));
    }
    return sb.append("\r\n").toString();
  }

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
