package org.harmattan.bench.peer;

import java.util.ArrayList;
import java.util.List;
import org.harmattan.core.ConfigException;
import org.harmattan.core.config.HarmattanConfig;
import org.harmattan.core.vocab.Vocabulary;
import org.harmattan.jobs.ingest.feed.ColumnSource;
import org.harmattan.jobs.ingest.feed.FeedCatalog;
import org.harmattan.jobs.ingest.feed.FeedFormat;
import org.harmattan.jobs.ingest.feed.FeedSpec;

/** Derives the peers' view of each compared feed from Harmattan's feed declarations. */
public final class PeerFeeds {
  private PeerFeeds() {}

  /**
   * @param config Harmattan's configuration with {@code harmattan.samples.dir} set to the benchmark's feeds
   * @throws ConfigException when a feed is unknown, not an incident feed, or in a format the peers cannot read
   */
  public static List<PeerFeed> of(HarmattanConfig config, Vocabulary vocabulary, List<String> names) {
    List<PeerFeed> out = new ArrayList<>();
    for (FeedSpec f : FeedCatalog.load(config, vocabulary).select(names)) {
      if (!f.target().equals("incidents")) {
        throw new ConfigException("Benchmark feed '" + f.name() + "' fills " + f.target() + ", not incidents");
      }
      if (f.format() != FeedFormat.CSV && f.format() != FeedFormat.JSONL) {
        throw new ConfigException("Benchmark feed '" + f.name() + "' is " + f.format()
            + ": DuckDB reads only CSV and JSON Lines here; leave it out of bench.feeds");
      }
      if (f.recordIdColumns().size() != 1 || f.datePatterns().size() != 1) {
        throw new ConfigException("Benchmark feed '" + f.name() + "' needs one record-id column and one date pattern");
      }
      out.add(new PeerFeed(f.name(), f.format() == FeedFormat.CSV ? "csv" : "jsonl", f.paths(), f.encoding(),
          String.valueOf(f.delimiter()), f.decimalComma(), f.datePatterns().get(0), f.minDate().toString(),
          f.recordIdColumns().get(0), column(f, "event_date"), column(f, "category"), column(f, "latitude"),
          column(f, "longitude"), column(f, "quantity"), column(f, "unit")));
    }
    return out;
  }

  private static String column(FeedSpec f, String canonical) {
    ColumnSource c = f.columns().get(canonical);
    if (c == null || c.split() != null || (c.joined() != null && !c.joined().isEmpty())) {
      throw new ConfigException("Benchmark feed '" + f.name() + "' must map " + canonical + " to one plain column");
    }
    return c.column();
  }
}
