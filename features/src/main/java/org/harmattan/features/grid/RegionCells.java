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
    Vocabulary vocabulary = Vocabulary.load(ctx.config().localPath(ConfigKeys.VOCABULARY));
    CountryBorders borders = CountryBorders.loadDefault(vocabulary::alpha3ForNumeric);
    List<RegionGrid.Cell> cells = RegionGrid.cells(borders, vocabulary.countries().keySet(), settings.regionCountries());
    return RegionGrid.frame(ctx.spark(), cells).cache();
  }
}
