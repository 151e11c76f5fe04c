package org.harmattan.core.vocab;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.harmattan.core.ConfigException;

/**
 * The controlled vocabulary ({@code conf/vocabulary.conf}): category, unit, transport-mode and
 * country codes, their labels, and the synonyms feeds send for them, matched after
 * {@link TextNormalizer#normalize(String)}.
 */
public final class Vocabulary implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A category code with its labels in the report languages. */
  public record Category(String code, Map<String, String> labels) implements Serializable {}

  /** A reported unit and how it converts to a canonical unit (kg, units, litres). */
  public record Unit(String code, String canonical, double factor) implements Serializable {}

  /** A country: ISO alpha-3 and numeric codes, whether Harmattan analyses it, labels, and other Natural Earth features its bureau may report from. */
  public record Country(String alpha3, int numeric, boolean region, Map<String, String> labels, List<String> covers) implements Serializable {}

  private final Map<String, Category> categories;
  private final Map<String, Unit> units;
  private final Map<String, Country> countries;
  private final Map<String, String> transportModes;
  private final Map<String, String> categorySynonyms;
  private final Map<String, Unit> unitSynonyms;
  private final Map<String, String> countrySynonyms;
  private final Map<String, String> transportSynonyms;

  private Vocabulary(Map<String, Category> categories, Map<String, Unit> units, Map<String, Country> countries,
      Map<String, String> transportModes, Map<String, String> categorySynonyms, Map<String, Unit> unitSynonyms,
      Map<String, String> countrySynonyms, Map<String, String> transportSynonyms) {
    this.categories = categories;
    this.units = units;
    this.countries = countries;
    this.transportModes = transportModes;
    this.categorySynonyms = categorySynonyms;
    this.unitSynonyms = unitSynonyms;
    this.countrySynonyms = countrySynonyms;
    this.transportSynonyms = transportSynonyms;
  }

  /**
   * Reads the vocabulary file.
   *
   * @throws ConfigException when the file is missing or an entry is malformed
   */
  public static Vocabulary load(Path file) {
    if (!file.toFile().isFile()) {
      throw new ConfigException("Vocabulary file '" + file + "' does not exist");
    }
    try {
      return fromConfig(ConfigFactory.parseFile(file.toFile()).resolve(), file.toString());
    } catch (com.typesafe.config.ConfigException e) {
      throw new ConfigException("Vocabulary file '" + file + "': " + e.getMessage(), e);
    }
  }

  static Vocabulary fromConfig(Config c, String origin) {
    Map<String, Category> categories = new LinkedHashMap<>();
    Map<String, String> categorySynonyms = new LinkedHashMap<>();
    for (String code : keys(c.getObject("categories"))) {
      Config e = c.getConfig("categories." + code);
      categories.put(code, new Category(code, labels(e)));
      categorySynonyms.put(TextNormalizer.normalize(code), code);
      for (String s : e.getStringList("synonyms")) {
        putSynonym(categorySynonyms, s, code, "categories", origin);
      }
    }
    Map<String, Unit> units = new LinkedHashMap<>();
    Map<String, Unit> unitSynonyms = new LinkedHashMap<>();
    for (String code : keys(c.getObject("units"))) {
      Config e = c.getConfig("units." + code);
      Unit unit = new Unit(code, e.getString("to"), e.getDouble("factor"));
      units.put(code, unit);
      unitSynonyms.put(TextNormalizer.normalize(code), unit);
      for (String s : e.getStringList("synonyms")) {
        unitSynonyms.put(TextNormalizer.normalize(s), unit);
      }
    }
    Map<String, String> transportModes = new LinkedHashMap<>();
    Map<String, String> transportSynonyms = new LinkedHashMap<>();
    if (c.hasPath("transport-modes")) {
      for (String code : keys(c.getObject("transport-modes"))) {
        transportModes.put(code, code);
        transportSynonyms.put(TextNormalizer.normalize(code), code);
        for (String s : c.getConfig("transport-modes." + code).getStringList("synonyms")) {
          putSynonym(transportSynonyms, s, code, "transport-modes", origin);
        }
      }
    }
    Map<String, Country> countries = new LinkedHashMap<>();
    Map<String, String> countrySynonyms = new LinkedHashMap<>();
    for (String code : keys(c.getObject("countries"))) {
      Config e = c.getConfig("countries." + code);
      boolean region = e.hasPath("region") && e.getBoolean("region");
      List<String> covers = e.hasPath("covers") ? e.getStringList("covers") : List.of();
      countries.put(code, new Country(code, e.getInt("numeric"), region, labels(e), covers));
      countrySynonyms.put(TextNormalizer.normalize(code), code);
      for (String s : e.getStringList("synonyms")) {
        putSynonym(countrySynonyms, s, code, "countries", origin);
      }
    }
    return new Vocabulary(categories, units, countries, transportModes, categorySynonyms, unitSynonyms, countrySynonyms,
        transportSynonyms);
  }

  private static void putSynonym(Map<String, String> map, String synonym, String code, String section, String origin) {
    String key = TextNormalizer.normalize(synonym);
    String previous = map.putIfAbsent(key, code);
    if (previous != null && !previous.equals(code)) {
      throw new ConfigException("Vocabulary '" + origin + "' section '" + section + "': synonym '" + synonym
          + "' is given for both " + previous + " and " + code);
    }
  }

  private static List<String> keys(ConfigObject o) {
    return List.copyOf(o.keySet());
  }

  private static Map<String, String> labels(Config e) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (String lang : List.of("en", "fr", "ar")) {
      if (e.hasPath(lang)) {
        labels.put(lang, e.getString(lang));
      }
    }
    return labels;
  }

  public Optional<String> category(String text) {
    return lookup(categorySynonyms, text);
  }

  public Optional<Unit> unit(String text) {
    return text == null ? Optional.empty() : Optional.ofNullable(unitSynonyms.get(TextNormalizer.normalize(text)));
  }

  public Optional<String> country(String text) {
    return lookup(countrySynonyms, text);
  }

  public Optional<String> transportMode(String text) {
    return lookup(transportSynonyms, text);
  }

  private static Optional<String> lookup(Map<String, String> synonyms, String text) {
    return text == null ? Optional.empty() : Optional.ofNullable(synonyms.get(TextNormalizer.normalize(text)));
  }

  public Map<String, Category> categories() {
    return Collections.unmodifiableMap(categories);
  }

  public Map<String, Unit> units() {
    return Collections.unmodifiableMap(units);
  }

  public Map<String, Country> countries() {
    return Collections.unmodifiableMap(countries);
  }

  public Map<String, String> transportModes() {
    return Collections.unmodifiableMap(transportModes);
  }

  /** Alpha-3 code for an ISO numeric code, if the vocabulary knows the country. */
  public Optional<String> alpha3ForNumeric(int numeric) {
    return countries.values().stream().filter(c -> c.numeric() == numeric).map(Country::alpha3).findFirst();
  }

  /**
   * A copy with feed-specific synonyms added ({@code values} block of a feed).
   *
   * @param categoryExtra normalised-or-raw synonym to category code
   * @param unitExtra synonym to unit
   * @param transportExtra synonym to transport-mode code
   * @param countryExtra synonym to country code
   */
  public Vocabulary withFeedValues(Map<String, String> categoryExtra, Map<String, Unit> unitExtra,
      Map<String, String> transportExtra, Map<String, String> countryExtra) {
    Map<String, String> cat = new LinkedHashMap<>(categorySynonyms);
    categoryExtra.forEach((k, v) -> cat.put(TextNormalizer.normalize(k), v));
    Map<String, Unit> un = new LinkedHashMap<>(unitSynonyms);
    unitExtra.forEach((k, v) -> un.put(TextNormalizer.normalize(k), v));
    Map<String, String> tr = new LinkedHashMap<>(transportSynonyms);
    transportExtra.forEach((k, v) -> tr.put(TextNormalizer.normalize(k), v));
    Map<String, String> co = new LinkedHashMap<>(countrySynonyms);
    countryExtra.forEach((k, v) -> co.put(TextNormalizer.normalize(k), v));
    return new Vocabulary(categories, units, countries, transportModes, cat, un, co, tr);
  }
}
