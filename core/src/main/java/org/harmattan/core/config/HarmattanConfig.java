package org.harmattan.core.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.harmattan.core.ConfigException;

/**
 * The effective configuration, merged from four layers in decreasing precedence: command-line
 * options, {@code HARMATTAN_*} environment variables, {@code conf/harmattan.conf}, and the
 * built-in defaults ({@code reference.conf} in this module).
 */
public final class HarmattanConfig {
  private static final String ENV_PREFIX = "HARMATTAN_";

  private final Config config;

  private HarmattanConfig(Config config) {
    this.config = config;
  }

  /**
   * Loads the configuration.
   *
   * @param home folder holding {@code conf/} and {@code data-samples/}
   * @param confFile the configuration file; {@code null} means {@code home/conf/harmattan.conf} when it exists
   * @param environment environment variables (usually {@link System#getenv()})
   * @param overrides command-line settings, keys relative to {@code harmattan.} (e.g. {@code lakehouse})
   * @throws ConfigException when a file is missing or malformed
   */
  public static HarmattanConfig load(Path home, Path confFile, Map<String, String> environment, Map<String, String> overrides) {
    try {
      Config defaults = ConfigFactory.defaultReference(HarmattanConfig.class.getClassLoader())
          .withValue(ConfigKeys.HOME, ConfigValueFactory.fromAnyRef(home.toAbsolutePath().normalize().toString()));
      Config file = ConfigFactory.empty();
      Path path = confFile != null ? confFile : home.resolve("conf/harmattan.conf");
      if (confFile != null && !path.toFile().isFile()) {
        throw new ConfigException("Configuration file '" + path + "' does not exist");
      }
      if (path.toFile().isFile()) {
        file = ConfigFactory.parseFile(path.toFile(), com.typesafe.config.ConfigParseOptions.defaults().setAllowMissing(false));
      }
      Config base = file.withFallback(defaults);
      Config env = environmentLayer(base, environment);
      Config cli = ConfigFactory.empty();
      for (Map.Entry<String, String> e : overrides.entrySet()) {
        String key = e.getKey().startsWith("harmattan.") || e.getKey().startsWith("spark.")
            ? e.getKey() : "harmattan." + e.getKey();
        if (key.startsWith("spark.")) {
          // --conf spark.x=y goes to the Spark settings, quoted because Spark keys contain dots.
          cli = cli.withValue("harmattan.spark.conf.\"" + key + "\"", ConfigValueFactory.fromAnyRef(e.getValue()));
        } else {
          cli = cli.withValue(key, ConfigValueFactory.fromAnyRef(e.getValue()));
        }
      }
      return new HarmattanConfig(cli.withFallback(env).withFallback(base).resolve());
    } catch (com.typesafe.config.ConfigException e) {
      throw new ConfigException("Configuration: " + e.getMessage(), e);
    }
  }

  /** Builds a configuration from HOCON text layered over the built-in defaults (for tests and tools). */
  public static HarmattanConfig fromText(Path home, String hocon) {
    Config defaults = ConfigFactory.defaultReference(HarmattanConfig.class.getClassLoader())
        .withValue(ConfigKeys.HOME, ConfigValueFactory.fromAnyRef(home.toAbsolutePath().normalize().toString()));
    return new HarmattanConfig(ConfigFactory.parseString(hocon).withFallback(defaults).resolve());
  }

  /** Every existing leaf key can be overridden by HARMATTAN_ + key (after "harmattan.") upper-cased, '.' and '-' as '_'. */
  private static Config environmentLayer(Config base, Map<String, String> environment) {
    Config env = ConfigFactory.empty();
    for (Map.Entry<String, ConfigValue> e : base.getConfig("harmattan").entrySet()) {
      String name = ENV_PREFIX + e.getKey().replace("\"", "").replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
      String value = environment.get(name);
      if (value != null) {
        env = env.withValue("harmattan." + e.getKey(), ConfigValueFactory.fromAnyRef(value));
      }
    }
    return env;
  }

  private Config config() {
    return config;
  }

  public String getString(String key) {
    try {
      return config().getString(key);
    } catch (com.typesafe.config.ConfigException e) {
      throw new ConfigException("Configuration key '" + key + "': " + e.getMessage(), e);
    }
  }

  public int getInt(String key) {
    try {
      return config().getInt(key);
    } catch (com.typesafe.config.ConfigException e) {
      throw new ConfigException("Configuration key '" + key + "': expected a whole number, " + e.getMessage(), e);
    }
  }

  public double getDouble(String key) {
    try {
      return config().getDouble(key);
    } catch (com.typesafe.config.ConfigException e) {
      throw new ConfigException("Configuration key '" + key + "': expected a number, " + e.getMessage(), e);
    }
  }

  public long getLong(String key) {
    try {
      return config().getLong(key);
    } catch (com.typesafe.config.ConfigException e) {
      throw new ConfigException("Configuration key '" + key + "': expected a whole number, " + e.getMessage(), e);
    }
  }

  public boolean getBoolean(String key) {
    try {
      return config().getBoolean(key);
    } catch (com.typesafe.config.ConfigException e) {
      throw new ConfigException("Configuration key '" + key + "': expected true or false, " + e.getMessage(), e);
    }
  }

  public boolean hasPath(String key) {
    return config().hasPath(key);
  }

  /** Home folder against which relative paths resolve. */
  public Path home() {
    return Path.of(getString(ConfigKeys.HOME));
  }

  /**
   * Resolves a configured location: URIs with a scheme (s3a://, hdfs://, file:/) stay as they are,
   * absolute paths too, relative paths resolve against {@link #home()}.
   */
  public String location(String key) {
    return resolveLocation(getString(key));
  }

  public String resolveLocation(String value) {
    if (value.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:/.*")) {
      return value;
    }
    File f = new File(value);
    return f.isAbsolute() ? f.getPath() : home().resolve(value).normalize().toString();
  }

  /** Local path for a configured location that must be on this machine (config files). */
  public Path localPath(String key) {
    return Path.of(location(key));
  }

  /** The Spark settings under {@code harmattan.spark.conf}, keys as Spark spells them. */
  public Map<String, String> sparkSettings() {
    Map<String, String> settings = new TreeMap<>();
    Config spark = config().getConfig(ConfigKeys.SPARK_CONF);
    for (Map.Entry<String, ConfigValue> e : spark.entrySet()) {
      settings.put(e.getKey().replace("\"", ""), String.valueOf(e.getValue().unwrapped()));
    }
    return settings;
  }

  /** Feed-level and other nested sections are read as raw HOCON by their owners. */
  public Config section(String key) {
    try {
      return config().getConfig(key);
    } catch (com.typesafe.config.ConfigException e) {
      throw new ConfigException("Configuration section '" + key + "': " + e.getMessage(), e);
    }
  }

  /**
   * The effective configuration as sorted {@code key = value} lines, with the values of keys that
   * name secrets masked.
   */
  public List<String> describe() {
    Map<String, String> lines = new TreeMap<>();
    for (Map.Entry<String, ConfigValue> e : config().getConfig("harmattan").entrySet()) {
      String key = "harmattan." + e.getKey();
      Object value = e.getValue().unwrapped();
      lines.put(key, Secrets.isSecretKey(key) ? Secrets.MASK : String.valueOf(value));
    }
    return lines.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).toList();
  }

  static void requireNonBlank(String key, String value) {
    if (value == null || value.isBlank()) {
      throw new ConfigException("Configuration key '" + key + "' must not be empty");
    }
  }
}
