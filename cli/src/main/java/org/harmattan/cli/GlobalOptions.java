package org.harmattan.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every subcommand takes, before or after the subcommand's name. */
public final class GlobalOptions {
  @Option(names = "--lakehouse", paramLabel = "PATH", description = "Lakehouse root: a local path or any Hadoop URI (s3a://, abfss://, hdfs://).")
  String lakehouse;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default local[*]).")
  String master;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "Set a configuration key (harmattan.* or spark.*); repeatable.")
  Map<String, String> settings = new LinkedHashMap<>();

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default conf/harmattan.conf).")
  Path configFile;

  /** This command's options over the parent's: a value given after the subcommand wins. */
  GlobalOptions over(GlobalOptions parent) {
    GlobalOptions merged = new GlobalOptions();
    merged.lakehouse = lakehouse != null ? lakehouse : parent.lakehouse;
    merged.master = master != null ? master : parent.master;
    merged.configFile = configFile != null ? configFile : parent.configFile;
    merged.settings.putAll(parent.settings);
    merged.settings.putAll(settings);
    return merged;
  }

  /** Command-line overrides as configuration keys (relative to "harmattan." or starting with "spark."). */
  Map<String, String> overrides() {
    Map<String, String> o = new LinkedHashMap<>(settings);
    if (lakehouse != null) {
      o.put("lakehouse", lakehouse);
    }
    if (master != null) {
      o.put("harmattan.spark.master", master);
    }
    return o;
  }
}
