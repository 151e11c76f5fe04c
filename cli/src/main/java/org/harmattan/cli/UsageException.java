package org.harmattan.cli;

import org.harmattan.core.ExitCodes;
import org.harmattan.core.HarmattanException;

/** A command-line value that cannot be used as given (exit code 2, like picocli's own usage errors). */
final class UsageException extends HarmattanException {
  UsageException(String message) {
    super(message);
  }

  @Override
  public int exitCode() {
    return ExitCodes.USAGE;
  }
}
