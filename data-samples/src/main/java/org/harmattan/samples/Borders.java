package org.harmattan.samples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.harmattan.core.ConfigException;
import org.harmattan.core.geo.CountryBorders;
import org.harmattan.core.vocab.Vocabulary;

/**
 * Loads the country borders for a generator run outside the CLI: the Natural Earth extract on the
 * classpath, named with the alpha-3 codes of conf/vocabulary.conf.
 */
public final class Borders {
  private Borders() {}

  /**
   * Borders from the classpath, or from {@code ../shared/data/real/} next to the project when the
   * classpath copy is missing (a checkout where data-samples/real/ is not filled yet).
   *
   * @throws ConfigException when neither is readable
   */
  public static CountryBorders load() {
    Path home = Path.of(System.getProperty("harmattan.home", "."));
    Vocabulary vocabulary = Vocabulary.load(home.resolve("conf/vocabulary.conf"));
    try {
      return CountryBorders.loadDefault(vocabulary::alpha3ForNumeric);
    } catch (ConfigException missing) {
      Path shared = home.resolve("../shared/data/real/naturalearth_admin0_50m_mena_sahel.geojson").normalize();
      try (InputStream in = Files.newInputStream(shared)) {
        return CountryBorders.fromGeoJson(in, vocabulary::alpha3ForNumeric);
      } catch (IOException e) {
        throw new ConfigException("Country borders: not on the classpath and not readable at '" + shared + "'", e);
      }
    }
  }
}
