package org.harmattan.cli;

import org.harmattan.core.ExitCodes;
import org.harmattan.core.catalog.Table;
import picocli.CommandLine.Command;

@Command(name = "tables", description = "The lakehouse tables: version, rows, location.")
final class TablesCommand extends HarmattanSubcommand {
  @Override
  int run(CliRuntime runtime) {
    var ctx = runtime.context(java.util.Optional.empty());
    ConsoleTable t = new ConsoleTable("table", "version", "rows", "location");
    for (Table table : Table.values()) {
      var version = ctx.catalog().version(ctx.spark(), table);
      t.row(table.qualifiedName(), version.map(String::valueOf).orElse("-"),
          version.isPresent() ? ctx.catalog().read(ctx.spark(), table).count() : null, ctx.catalog().path(table));
    }
    t.print(out);
    return ExitCodes.OK;
  }
}
