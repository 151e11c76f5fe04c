package org.harmattan.jobs.ingest.feed;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.harmattan.core.ConfigException;
import org.harmattan.core.config.ConfigKeys;
import org.harmattan.core.config.HarmattanConfig;
import org.harmattan.core.vocab.Vocabulary;

/** Every feed declared in the feeds folder ({@code harmattan.feeds.dir}), by name. */
public final class FeedCatalog {
  private final Map<String, FeedSpec> feeds;

  private FeedCatalog(Map<String, FeedSpec> feeds) {
    this.feeds = feeds;
  }

  /** @throws ConfigException when a feed file is malformed or two files declare the same name */
  public static FeedCatalog load(HarmattanConfig config, Vocabulary vocabulary) {
    FeedSpecParser parser = new FeedSpecParser(vocabulary, config.location(ConfigKeys.SAMPLES_DIR),
        config.getDouble(ConfigKeys.INGEST_BORDER_TOLERANCE_KM));
    Map<String, FeedSpec> feeds = new LinkedHashMap<>();
    for (File f : FeedSpecParser.feedFiles(config.localPath(ConfigKeys.FEEDS_DIR).toFile())) {
      FeedSpec spec = parser.parse(f);
      FeedSpec previous = feeds.put(spec.name(), spec);
      if (previous != null) {
        throw new ConfigException("Feed '" + spec.name() + "' is declared twice: in '" + previous.origin() + "' and '"
            + spec.origin() + "'");
      }
    }
    return new FeedCatalog(feeds);
  }

  public List<FeedSpec> all() {
    return List.copyOf(feeds.values());
  }

  /**
   * The named feeds, or all when {@code names} is empty.
   *
   * @throws ConfigException naming an unknown feed and the known ones
   */
  public List<FeedSpec> select(List<String> names) {
    if (names == null || names.isEmpty()) {
      return all();
    }
    List<FeedSpec> selected = new ArrayList<>();
    for (String n : names) {
      FeedSpec f = feeds.get(n);
      if (f == null) {
        throw new ConfigException("Unknown feed '" + n + "'; known feeds: " + String.join(", ", feeds.keySet()));
      }
      selected.add(f);
    }
    return selected;
  }
}
