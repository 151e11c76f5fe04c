package org.harmattan.bench.peer;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.harmattan.core.vocab.TextNormalizer;

/**
 * The category and unit synonyms of {@code conf/vocabulary.conf} as (folded synonym, code)
 * pairs: the small lookup tables the peers join against, keyed exactly as Harmattan's
 * {@code Vocabulary} keys them (the code itself and every synonym, folded).
 */
public record Synonyms(Map<String, String> categories, Map<String, String> units) {

  public static Synonyms load(Path vocabularyFile) {
    Config c = ConfigFactory.parseFile(vocabularyFile.toFile()).resolve();
    return new Synonyms(section(c, "categories"), section(c, "units"));
  }

  private static Map<String, String> section(Config c, String name) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String code : c.getObject(name).keySet()) {
      out.putIfAbsent(TextNormalizer.normalize(code), code);
      for (String s : c.getConfig(name + "." + code).getStringList("synonyms")) {
        out.putIfAbsent(TextNormalizer.normalize(s), code);
      }
    }
    return out;
  }

  /** Rows (kind, key, code) for a peer's lookup table; kind is {@code category} or {@code unit}. */
  public List<String[]> rows() {
    List<String[]> rows = new ArrayList<>();
    categories.forEach((k, v) -> rows.add(new String[] {"category", k, v}));
    units.forEach((k, v) -> rows.add(new String[] {"unit", k, v}));
    return rows;
  }
}
