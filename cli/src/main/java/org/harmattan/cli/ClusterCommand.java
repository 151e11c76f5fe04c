package org.harmattan.cli;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Row;
import org.harmattan.core.ExitCodes;
import org.harmattan.core.catalog.Table;
import org.harmattan.features.clusters.ClusterCellsJob;
import org.harmattan.features.clusters.ClustersResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "cluster", description = {"Cluster the active cells by what happens there (k by silhouette); cluster ids",
    "stay stable across runs. Writes gold.clusters and gold.cluster_profiles. Run `features` first."})
final class ClusterCommand extends HarmattanSubcommand {
  @Option(names = "--period", paramLabel = "PERIOD", description = "Last month of the window; default: the panel's last month.")
  String period;

  @Option(names = "--language", paramLabel = "LANG", defaultValue = "en", description = "Descriptions in en, fr or ar (default ${DEFAULT-VALUE}).")
  String language;

  @Override
  int run(CliRuntime runtime) {
    var ctx = runtime.context(FeaturesCommand.parse(period));
    ClustersResult r = new ClusterCellsJob().run(ctx);
    if (r.k() == 0) {
      out.println("Too few active cells to cluster (or no panel yet: run `harmattan features`).");
      return ExitCodes.OK;
    }
    out.printf("Clusters for %s: %,d cells, k = %d (silhouette %.3f; %s); %d ids kept from the previous run, %d new; %.1f s%n",
        r.periodEnd(), r.cells(), r.k(), r.silhouette(), r.kChosen() ? "chosen over k " + r.silhouettes().keySet()
            : "the k chosen earlier, features.clusters.choose-k-months", r.matched(), r.fresh(), r.millis() / 1000.0);
    String column = switch (language) {
      case "fr" -> "description_fr";
      case "ar" -> "description_ar";
      default -> "description_en";
    };
    ConsoleTable t = new ConsoleTable("id", "cells", "incidents", "description");
    for (Row p : ctx.catalog().read(ctx.spark(), Table.CLUSTER_PROFILES).where(col("run_id").equalTo(r.runId()))
        .orderBy("cluster_id").select(col("cluster_id"), col("size"), col("incidents"), col(column)).collectAsList()) {
      t.row(p.get(0), p.get(1), p.get(2), p.get(3));
    }
    t.print(out);
    return ExitCodes.OK;
  }
}
