package org.harmattan.features.grid;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.harmattan.core.config.ConfigKeys;
import org.harmattan.core.geo.CountryBorders;
import org.harmattan.core.job.JobContext;
import org.harmattan.core.vocab.Vocabulary;
import org.harmattan.features.FeaturesSettings;

/** Loads the borders and vocabulary of a run and builds the region's cells as a cached frame. */
public final class RegionCells {
  private RegionCells() {}

  public static Dataset<Row> load(JobContext ctx, FeaturesSettings settings) {
    return frame(ctx, list(ctx, settings));
  }

  /** The region's cells (a few thousand). */
  public static List<RegionGrid.Cell> list(JobContext ctx, FeaturesSettings settings) {
    Vocabulary vocabulary = Vocabulary.load(ctx.config().localPath(ConfigKeys.VOCABULARY));
    CountryBorders borders = CountryBorders.loadDefault(vocabulary::alpha3ForNumeric);
    return RegionGrid.cells(borders, vocabulary.countries().keySet(), settings.regionCountries());
  }

  public static Dataset<Row> frame(JobContext ctx, List<RegionGrid.Cell> cells) {
    return RegionGrid.frame(ctx.spark(), cells).cache();
  }
}
