package org.harmattan.samples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Delimited text in the bureau's encoding, delimiter, date pattern and decimal convention. Fields
 * are quoted only when they must be (delimiter, quote or newline inside), as spreadsheet exports do.
 */
final class CsvFeedWriter extends FeedFileWriter {
  private final BufferedWriter out;
  private final DateTimeFormatter dates;
  private long line;

  CsvFeedWriter(FeedSpec feed, Path file) throws IOException {
    super(feed);
    this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), feed.charset().newEncoder()), 1 << 16);
    this.dates = DateTimeFormatter.ofPattern(feed.datePattern());
    if (feed.bom()) {
      out.write('\uFEFF');
    }
    writeLine(new ArrayList<>(feed.headers().values()));
  }

  @Override
  long write(Map<Field, Object> row, Damage damage) throws IOException {
    List<String> fields = new ArrayList<>();
    for (Field f : feed.headers().keySet()) {
      fields.add(text(row.get(f)));
    }
    if (damage == Damage.MISSING_LAST_FIELD) {
      fields.remove(fields.size() - 1);
    }
    return writeLine(fields);
  }

  private String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof LocalDate d) {
      return d.format(dates);
    }
    if (v instanceof Number) {
      return Numbers.format(v, feed.decimalComma());
    }
    return v.toString();
  }

  private long writeLine(List<String> fields) throws IOException {
    long first = line + 1;
    StringBuilder b = new StringBuilder(256);
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(feed.delimiter());
      }
      String s = fields.get(i);
      if (s.indexOf(feed.delimiter()) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
        b.append('"').append(s.replace("\"", "\"\"")).append('"');
      } else {
        b.append(s);
      }
    }
    b.append('\n');
    for (int i = 0; i < b.length(); i++) {
      if (b.charAt(i) == '\n') {
        line++;
      }
    }
    out.write(b.toString());
    return first;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
