package org.harmattan.samples;

import java.nio.file.Path;
import org.harmattan.core.geo.CountryBorders;
import org.harmattan.core.vocab.Vocabulary;

/**
 * Loads the country borders for a generator run outside the CLI: the Natural Earth extract on the
 * classpath, named with the alpha-3 codes of conf/vocabulary.conf under {@code harmattan.home}.
 */
public final class Borders {
  private Borders() {}

  /** @throws org.harmattan.core.ConfigException when the vocabulary or the borders cannot be read */
  public static CountryBorders load() {
    Path home = Path.of(System.getProperty("harmattan.home", "."));
    Vocabulary vocabulary = Vocabulary.load(home.resolve("conf/vocabulary.conf"));
    return CountryBorders.loadDefault(vocabulary::alpha3ForNumeric);
  }
}
