package org.harmattan.samples;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One reference feed file (UTF-8): delimited text with a header, or JSON Lines. Values are
 * strings already formatted in the bureau's conventions; null is an empty field (JSON null).
 * Counts physical lines so that planted bad records can be located (header = line 1).
 */
final class RefFile implements Closeable {
  final String relative;
  private final BufferedWriter out;
  private final List<String> header;
  private final char delimiter;
  private final boolean json;
  private long line;
  private long records;

  /** {@code delimiter} 0 means JSON Lines with the header names as keys. */
  RefFile(Path outDir, String relative, char delimiter, List<String> header) throws IOException {
    this.relative = relative;
    Path file = outDir.resolve(relative);
    Files.createDirectories(file.getParent());
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    this.header = header;
    this.delimiter = delimiter;
    this.json = delimiter == 0;
    if (!json) {
      writeCsv(header);
    }
  }

  /** Writes one record and returns its line number. */
  long write(List<String> values) throws IOException {
    if (values.size() != header.size()) {
      throw new IllegalArgumentException(relative + ": " + values.size() + " values for " + header.size() + " columns");
    }
    records++;
    if (!json) {
      return writeCsv(values);
    }
    StringBuilder b = new StringBuilder(256).append('{');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      JsonText.string(b, header.get(i));
      b.append(':');
      String v = values.get(i);
      if (v == null) {
        b.append("null");
      } else {
        JsonText.string(b, v);
      }
    }
    out.write(b.append("}\n").toString());
    return ++line;
  }

  long records() {
    return records;
  }

  private long writeCsv(List<String> values) throws IOException {
    StringBuilder b = new StringBuilder(256);
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.append(delimiter);
      }
      String s = values.get(i) == null ? "" : values.get(i);
      if (s.indexOf(delimiter) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
        b.append('"').append(s.replace("\"", "\"\"")).append('"');
      } else {
        b.append(s);
      }
    }
    out.write(b.append('\n').toString());
    return ++line;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
