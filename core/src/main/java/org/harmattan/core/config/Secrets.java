package org.harmattan.core.config;

import java.util.Locale;

/** Recognises configuration keys whose values are secrets, so that no listing or log shows them. */
public final class Secrets {
  public static final String MASK = "********";

  private Secrets() {}

  public static boolean isSecretKey(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return k.contains("password") || k.contains("secret") || k.contains("token") || k.endsWith(".key")
        || k.contains("access.key") || k.contains("credential");
  }
}
