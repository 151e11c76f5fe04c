package org.harmattan.core;

/** Exit codes of the {@code harmattan} command, one per kind of failure, documented in the README. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int USAGE = 2;
  public static final int CONFIGURATION = 3;
  public static final int UNREADABLE_FEED = 4;

  private ExitCodes() {}
}
