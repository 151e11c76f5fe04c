package org.harmattan.jobs.ingest.read;

import java.nio.charset.Charset;
import org.harmattan.jobs.ingest.feed.FeedSpec;

/** The reader for a feed's format. */
public final class RecordReaders {
  private RecordReaders() {}

  public static RecordReader forFeed(FeedSpec feed, int maxLinesPerRecord) {
    Charset cs = Charset.forName(feed.encoding());
    return switch (feed.format()) {
      case CSV -> new CsvRecordReader(cs, feed.delimiter(), feed.quote(), maxLinesPerRecord);
      case JSONL -> new JsonLinesRecordReader(cs);
      case JSON -> new JsonArrayRecordReader(cs);
      case XLSX -> new XlsxRecordReader(feed.sheet(), feed.headerRow());
    };
  }
}
