package org.harmattan.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.harmattan.core.ConfigException;

/**
 * The password of the restricted edition. It comes from the environment variable
 * {@value #ENVIRONMENT_VARIABLE} or from the first line of the file named by
 * {@code harmattan.reports.password-file}, never from configuration text. {@link #toString()}
 * never shows it, so that it cannot reach a log line by accident.
 */
public final class ReportPassword {
  public static final String ENVIRONMENT_VARIABLE = "HARMATTAN_REPORT_PASSWORD";
  private static final int MIN_LENGTH = 8;

  private final String secret;

  private ReportPassword(String secret) {
    this.secret = secret;
  }

  /**
   * The password from the environment, else from the configured file, else empty.
   *
   * @throws ConfigException when the file is named but unreadable, empty, or the password is too short
   */
  public static Optional<ReportPassword> resolve(ReportConf conf, Map<String, String> environment) {
    String fromEnv = environment.get(ENVIRONMENT_VARIABLE);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Optional.of(checked(fromEnv.strip(), "environment variable " + ENVIRONMENT_VARIABLE));
    }
    if (conf.passwordFile().isEmpty()) {
      return Optional.empty();
    }
    Path file = Path.of(conf.passwordFile());
    try {
      String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
      if (first.isEmpty()) {
        throw new ConfigException("Report password file '" + file + "' (" + ReportConf.PASSWORD_FILE
            + ") is empty: expected the password on its first line");
      }
      return Optional.of(checked(first, "password file '" + file + "'"));
    } catch (IOException e) {
      throw new ConfigException("Report password file '" + file + "' (" + ReportConf.PASSWORD_FILE
          + ") cannot be read: " + e.getClass().getSimpleName(), e);
    }
  }

  /** A password given directly (tests, callers holding it already). */
  public static ReportPassword of(String secret) {
    return checked(secret, "the password given");
  }

  private static ReportPassword checked(String secret, String source) {
    if (secret == null || secret.length() < MIN_LENGTH) {
      throw new ConfigException("Report password from " + source + " is too short: expected at least " + MIN_LENGTH
          + " characters");
    }
    return new ReportPassword(secret);
  }

  /** The message for a restricted edition asked without a password. */
  public static ConfigException missing() {
    return new ConfigException("The restricted edition is encrypted and needs a password: set the environment variable "
        + ENVIRONMENT_VARIABLE + " or name a file holding it in " + ReportConf.PASSWORD_FILE);
  }

  /** The password itself, for the PDF encryption only: never log or print it. */
  public String reveal() {
    return secret;
  }

  @Override
  public String toString() {
    return "ReportPassword[********]";
  }
}
