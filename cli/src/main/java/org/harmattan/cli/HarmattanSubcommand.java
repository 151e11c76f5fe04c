package org.harmattan.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Base of the subcommands: global options merged with the parent's, and one runtime per run. */
abstract class HarmattanSubcommand implements Callable<Integer> {
  @Mixin
  GlobalOptions global = new GlobalOptions();

  @ParentCommand
  HarmattanCli parent;

  // Handled by picocli's execute() before call(): prints this subcommand's usage and exits 0.
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean helpRequested;

  final PrintStream out = System.out;

  @Override
  public final Integer call() throws Exception {
    try (CliRuntime runtime = new CliRuntime(global.over(parent.global))) {
      return run(runtime);
    }
  }

  abstract int run(CliRuntime runtime) throws Exception;
}
