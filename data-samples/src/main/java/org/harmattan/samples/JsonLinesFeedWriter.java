package org.harmattan.samples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** One JSON object per line, keys in the bureau's order; absent values are JSON null. */
final class JsonLinesFeedWriter extends FeedFileWriter {
  private final BufferedWriter out;
  private final DateTimeFormatter dates;
  private long line;

  JsonLinesFeedWriter(FeedSpec feed, Path file) throws IOException {
    super(feed);
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    this.dates = DateTimeFormatter.ofPattern(feed.datePattern());
  }

  @Override
  long write(Map<Field, Object> row, Damage damage) throws IOException {
    StringBuilder b = new StringBuilder(512).append('{');
    boolean first = true;
    for (Map.Entry<Field, String> col : feed.headers().entrySet()) {
      if (!first) {
        b.append(',');
      }
      first = false;
      JsonText.string(b, col.getValue());
      b.append(':');
      Object v = row.get(col.getKey());
      if (v == null) {
        b.append("null");
      } else if (v instanceof Number) {
        b.append(Numbers.format(v, false));
      } else if (v instanceof LocalDate d) {
        JsonText.string(b, d.format(dates));
      } else {
        JsonText.string(b, v.toString());
      }
    }
    b.append('}');
    String text = b.toString();
    if (damage == Damage.TRUNCATED_JSON) {
      // A transfer cut mid-record: the object never closes.
      text = text.substring(0, text.length() * 3 / 5);
    }
    out.write(text);
    out.write('\n');
    return ++line;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
