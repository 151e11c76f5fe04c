package org.harmattan.cli;

import org.harmattan.core.ExitCodes;
import picocli.CommandLine.Command;

@Command(name = "config", description = "Print the effective configuration (secrets masked) and where each layer comes from.")
final class ConfigCommand extends HarmattanSubcommand {
  @Override
  int run(CliRuntime runtime) {
    out.println("# Precedence: command line > HARMATTAN_* environment > " + (global.configFile != null ? global.configFile
        : "conf/harmattan.conf") + " > built-in defaults");
    runtime.config().describe().forEach(out::println);
    return ExitCodes.OK;
  }
}
