package org.harmattan.samples;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A plain UTF-8, comma-separated file with a header: the format of every truth and reference file. */
final class CsvTable implements Closeable {
  private final BufferedWriter out;
  private long rows;

  CsvTable(Path file, String... header) throws IOException {
    Files.createDirectories(file.getParent());
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    row((Object[]) header);
    rows = 0;
  }

  void row(Object... values) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        b.append(',');
      }
      String s = values[i] == null ? "" : values[i] instanceof Double d ? Numbers.plain(d, false) : values[i].toString();
      if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
        b.append('"').append(s.replace("\"", "\"\"")).append('"');
      } else {
        b.append(s);
      }
    }
    out.write(b.append('\n').toString());
    rows++;
  }

  long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
