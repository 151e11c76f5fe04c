package org.harmattan.core;

/**
 * A feed that cannot be read at all (missing file, missing required column, unknown format).
 * The feed's run fails and writes nothing; bad records, by contrast, are data and go to
 * quarantine.
 */
public class FeedUnreadableException extends HarmattanException {
  private final String feed;

  public FeedUnreadableException(String feed, String message) {
    super("Feed '" + feed + "': " + message);
    this.feed = feed;
  }

  public FeedUnreadableException(String feed, String message, Throwable cause) {
    super("Feed '" + feed + "': " + message, cause);
    this.feed = feed;
  }

  public String feed() {
    return feed;
  }

  @Override
  public int exitCode() {
    return ExitCodes.UNREADABLE_FEED;
  }
}
