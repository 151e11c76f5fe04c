package org.harmattan.core;

/**
 * Root of every failure Harmattan reports to a user. The message is meant to be printed as
 * is: it names the subject (feed, file, key), the bad value and what was expected. The CLI
 * maps each subclass to its own exit code.
 */
public class HarmattanException extends RuntimeException {
  public HarmattanException(String message) {
    super(message);
  }

  public HarmattanException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Process exit code for this kind of failure (internal failure unless a subclass says otherwise). */
  public int exitCode() {
    return ExitCodes.INTERNAL;
  }
}
