package org.harmattan.core;

/** Configuration that cannot be used: a missing or malformed key, an unknown feed, a bad path. */
public class ConfigException extends HarmattanException {
  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public int exitCode() {
    return ExitCodes.CONFIGURATION;
  }
}
