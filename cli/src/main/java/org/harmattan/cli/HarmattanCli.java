package org.harmattan.cli;

import java.io.PrintWriter;
import org.apache.logging.log4j.LogManager;
import org.harmattan.core.ExitCodes;
import org.harmattan.core.HarmattanException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The {@code harmattan} command: subcommands for every stage, global options for all. */
@Command(name = "harmattan", mixinStandardHelpOptions = true, version = "harmattan 0.1.0",
    description = "Batch analytics for crime and trafficking analysis in the Maghreb and the Sahel.",
    subcommands = {PipelineCommand.class, IngestCommand.class, SamplesCommand.class, RunsCommand.class,
        QuarantineCommand.class, ReferenceCommand.class, KpiCommand.class, OverdueCommand.class,
        ExpiringCommand.class, AlertsCommand.class, TablesCommand.class, OptimizeCommand.class, ReportCommand.class, ConfigCommand.class, FeaturesCommand.class,
        HotspotsCommand.class, ClusterCommand.class, ScoreCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 internal failure, 2 usage, 3 configuration, 4 unreadable feed."})
public final class HarmattanCli implements Runnable {
  @Mixin
  GlobalOptions global = new GlobalOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code (tests call this rather than main). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new HarmattanCli());
    cli.setExecutionExceptionHandler(HarmattanCli::handle);
    return cli.execute(args);
  }

  private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (e instanceof HarmattanException h) {
      err.println("harmattan: " + h.getMessage());
      LogManager.getLogger(HarmattanCli.class).debug("Failure", e);
      return h.exitCode();
    }
    LogManager.getLogger(HarmattanCli.class).error("Internal failure", e);
    err.println("harmattan: internal failure: " + e + " (stack trace in the log, logs/harmattan.log)");
    return ExitCodes.INTERNAL;
  }
}
