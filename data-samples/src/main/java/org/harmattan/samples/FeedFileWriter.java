package org.harmattan.samples;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes one bureau's file for one month, row by row, and knows where each row starts. */
abstract class FeedFileWriter implements Closeable {
  protected final FeedSpec feed;

  protected FeedFileWriter(FeedSpec feed) {
    this.feed = feed;
  }

  /**
   * Writes one record.
   *
   * @return the position of the record as the quarantine reports it: the physical line of its first
   *     line (header = 1) for text files, the sheet row number for XLSX
   */
  abstract long write(Map<Field, Object> row, Damage damage) throws IOException;

  static FeedFileWriter open(FeedSpec feed, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    return switch (feed.format()) {
      case CSV -> new CsvFeedWriter(feed, file);
      case JSONL -> new JsonLinesFeedWriter(feed, file);
      case XLSX -> new XlsxFeedWriter(feed, file);
    };
  }
}
