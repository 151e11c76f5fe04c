package org.harmattan.jobs.ingest.feed;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.io.File;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harmattan.core.ConfigException;
import org.harmattan.core.vocab.Vocabulary;

/** Reads and checks one feed file; every mistake is reported with the file and the key. */
public final class FeedSpecParser {
  private final Vocabulary vocabulary;
  private final String samplesDir;
  private final double defaultToleranceKm;

  /**
   * @param samplesDir what {@code ${samples}} stands for in feed paths
   * @param defaultToleranceKm border tolerance when the feed does not set one
   */
  public FeedSpecParser(Vocabulary vocabulary, String samplesDir, double defaultToleranceKm) {
    this.vocabulary = vocabulary;
    this.samplesDir = samplesDir;
    this.defaultToleranceKm = defaultToleranceKm;
  }

  /** @throws ConfigException naming the file and key for anything missing or malformed */
  public FeedSpec parse(File file) {
    String origin = file.getPath();
    Config c;
    try {
      Config withSamples = ConfigFactory.parseMap(Map.of("samples", samplesDir));
      c = ConfigFactory.parseFile(file).resolveWith(withSamples).getConfig("feed");
    } catch (com.typesafe.config.ConfigException e) {
      throw new ConfigException("Feed file '" + origin + "': " + e.getMessage(), e);
    }
    String name = str(c, "name", origin);
    String where = "Feed file '" + origin + "' (feed '" + name + "')";
    String target = c.hasPath("target") ? c.getString("target") : TargetColumns.INCIDENTS;
    if (!TargetColumns.known(target)) {
      throw new ConfigException(where + " key 'target': unknown table '" + target + "', expected one of "
          + String.join(", ", TargetColumns.targets()));
    }
    boolean incidents = target.equals(TargetColumns.INCIDENTS);
    FeedFormat format;
    try {
      format = FeedFormat.valueOf(str(c, "format", origin).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(where + " key 'format': unknown format '" + c.getString("format")
          + "', expected csv, jsonl, json or xlsx");
    }
    String encoding = c.hasPath("encoding") ? c.getString("encoding") : "UTF-8";
    if (!Charset.isSupported(encoding)) {
      throw new ConfigException(where + " key 'encoding': unknown character set '" + encoding + "'");
    }
    char delimiter = ',';
    char quote = '"';
    if (c.hasPath("csv")) {
      delimiter = oneChar(c.getConfig("csv"), "delimiter", ',', where);
      quote = oneChar(c.getConfig("csv"), "quote", '"', where);
    }
    String sheet = "0";
    int headerRow = 1;
    if (c.hasPath("xlsx")) {
      Config x = c.getConfig("xlsx");
      sheet = x.hasPath("sheet") ? x.getString("sheet") : "0";
      headerRow = x.hasPath("header-row") ? x.getInt("header-row") : 1;
    }
    List<String> patterns = c.hasPath("date-patterns") ? c.getStringList("date-patterns") : List.of("yyyy-MM-dd");
    for (String p : patterns) {
      try {
        DateTimeFormatter.ofPattern(p);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(where + " key 'date-patterns': '" + p + "' is not a date pattern: " + e.getMessage());
      }
    }
    LocalDate minDate;
    try {
      minDate = LocalDate.parse(c.hasPath("min-date") ? c.getString("min-date") : "2000-01-01");
    } catch (DateTimeParseException e) {
      throw new ConfigException(where + " key 'min-date': expected yyyy-MM-dd, got '" + c.getString("min-date") + "'");
    }
    String reporting = c.hasPath("reporting-country") ? c.getString("reporting-country") : null;
    if (reporting != null && !vocabulary.countries().containsKey(reporting)) {
      throw new ConfigException(where + " key 'reporting-country': '" + reporting + "' is not a country code of the vocabulary");
    }
    String check = c.hasPath("country-check") ? c.getString("country-check") : "strict";
    if (!check.equals("strict") && !check.equals("none")) {
      throw new ConfigException(where + " key 'country-check': expected strict or none, got '" + check + "'");
    }
    Map<String, ColumnSource> columns = columns(c, where, target);
    Map<String, String> constants = new LinkedHashMap<>();
    if (c.hasPath("constants")) {
      for (Map.Entry<String, ConfigValue> e : c.getConfig("constants").root().entrySet()) {
        checkCanonical(e.getKey(), target, where + " key 'constants'");
        constants.put(e.getKey(), String.valueOf(e.getValue().unwrapped()));
      }
    }
    List<String> required = c.hasPath("required") ? c.getStringList("required") : List.of();
    for (String r : required) {
      checkCanonical(r, target, where + " key 'required'");
      if (!columns.containsKey(r) && !constants.containsKey(r) && !(r.equals("reporting_country") && reporting != null)) {
        throw new ConfigException(where + " key 'required': '" + r + "' is required but neither mapped in 'columns' nor set in 'constants'");
      }
    }
    if (incidents && reporting == null && !columns.containsKey("reporting_country")
        && !constants.containsKey("reporting_country")) {
      throw new ConfigException(where + ": set 'reporting-country' or map the column 'reporting_country'");
    }
    List<String> recordId = c.hasPath("record-id") ? c.getStringList("record-id") : List.of();
    if (incidents && recordId.isEmpty() && !columns.containsKey("source_record_id")) {
      throw new ConfigException(where + ": set 'record-id' (the source columns that identify a record) or map 'source_record_id'");
    }
    if (!incidents && !columns.containsKey(TargetColumns.referenceColumn(target))) {
      throw new ConfigException(where + " key 'columns': map '" + TargetColumns.referenceColumn(target)
          + "', the record's own reference in a " + target + " feed");
    }
    // ${samples} inside a quoted HOCON string is literal text: expand it here.
    List<String> paths = c.getStringList("paths").stream().map(p -> p.replace("${samples}", samplesDir)).toList();
    if (paths.isEmpty()) {
      throw new ConfigException(where + " key 'paths': at least one path or glob is needed");
    }
    return new FeedSpec(name, c.hasPath("description") ? c.getString("description") : "", str(c, "source", origin),
        target, format, paths, encoding, delimiter, quote, sheet,
        headerRow, c.hasPath("decimal-comma") && c.getBoolean("decimal-comma"), patterns, minDate, reporting,
        check.equals("strict"), c.hasPath("border-tolerance-km") ? c.getDouble("border-tolerance-km") : defaultToleranceKm,
        recordId, columns, constants, required, values(c, where), origin);
  }

  private static Map<String, ColumnSource> columns(Config c, String where, String target) {
    Map<String, ColumnSource> columns = new LinkedHashMap<>();
    if (!c.hasPath("columns")) {
      throw new ConfigException(where + ": the 'columns' block is missing");
    }
    for (Map.Entry<String, ConfigValue> e : c.getObject("columns").entrySet()) {
      String canonical = e.getKey();
      checkCanonical(canonical, target, where + " key 'columns'");
      ConfigValue v = e.getValue();
      if (v.valueType() == ConfigValueType.STRING) {
        columns.put(canonical, ColumnSource.of((String) v.unwrapped()));
      } else if (v.valueType() == ConfigValueType.OBJECT) {
        Config o = c.getConfig("columns.\"" + canonical + "\"");
        if (o.hasPath("join")) {
          List<String> join = o.getStringList("join");
          if (join.isEmpty()) {
            throw new ConfigException(where + " key 'columns." + canonical + ".join': name at least one column");
          }
          columns.put(canonical, new ColumnSource(join.get(0), null, 0, List.copyOf(join.subList(1, join.size())),
              o.hasPath("separator") ? o.getString("separator") : "; "));
        } else {
          columns.put(canonical, new ColumnSource(o.getString("column"), o.hasPath("split") ? o.getString("split") : null,
              o.hasPath("index") ? o.getInt("index") : 0, List.of(), "; "));
        }
      } else {
        throw new ConfigException(where + " key 'columns." + canonical
            + "': expected a column name, { column, split, index } or { join = [columns] }");
      }
    }
    return columns;
  }

  private static void checkCanonical(String column, String target, String where) {
    List<String> mappable = TargetColumns.mappable(target);
    if (!mappable.contains(column)) {
      throw new ConfigException(where + ": '" + column + "' is not a canonical column of " + target
          + "; expected one of " + String.join(", ", mappable));
    }
  }

  private FeedSpec.FeedValues values(Config c, String where) {
    Map<String, String> category = new LinkedHashMap<>();
    Map<String, Vocabulary.Unit> unit = new LinkedHashMap<>();
    Map<String, String> transport = new LinkedHashMap<>();
    Map<String, String> country = new LinkedHashMap<>();
    Map<String, Map<String, String>> coded = new LinkedHashMap<>();
    if (c.hasPath("values")) {
      Config v = c.getConfig("values");
      codes(v, "country", country, vocabulary.countries().keySet(), where);
      for (String column : TargetColumns.CODED) {
        if (v.hasPath(column)) {
          Map<String, String> synonyms = new LinkedHashMap<>();
          for (Map.Entry<String, ConfigValue> e : v.getObject(column).entrySet()) {
            synonyms.put(e.getKey(), String.valueOf(e.getValue().unwrapped()));
          }
          coded.put(column, synonyms);
        }
      }
      codes(v, "category", category, vocabulary.categories().keySet(), where);
      codes(v, "transport_mode", transport, vocabulary.transportModes().keySet(), where);
      codes(v, "reporting_country", country, vocabulary.countries().keySet(), where);
      if (v.hasPath("unit")) {
        for (Map.Entry<String, ConfigValue> e : v.getObject("unit").entrySet()) {
          Config u = v.getConfig("unit.\"" + e.getKey() + "\"");
          String to = u.getString("to");
          if (!List.of("kg", "units", "litres").contains(to)) {
            throw new ConfigException(where + " key 'values.unit." + e.getKey() + ".to': expected kg, units or litres, got '" + to + "'");
          }
          unit.put(e.getKey(), new Vocabulary.Unit(e.getKey(), to, u.getDouble("factor")));
        }
      }
    }
    return new FeedSpec.FeedValues(category, unit, transport, country, coded);
  }

  private static void codes(Config v, String key, Map<String, String> into, java.util.Set<String> known, String where) {
    if (!v.hasPath(key)) {
      return;
    }
    for (Map.Entry<String, ConfigValue> e : v.getObject(key).entrySet()) {
      String code = String.valueOf(e.getValue().unwrapped());
      if (!known.contains(code)) {
        throw new ConfigException(where + " key 'values." + key + "': '" + e.getKey() + "' maps to unknown code '" + code + "'");
      }
      into.put(e.getKey(), code);
    }
  }

  private static String str(Config c, String key, String origin) {
    if (!c.hasPath(key)) {
      throw new ConfigException("Feed file '" + origin + "': key '" + key + "' is missing");
    }
    return c.getString(key);
  }

  private static char oneChar(Config c, String key, char dflt, String where) {
    if (!c.hasPath(key)) {
      return dflt;
    }
    String s = c.getString(key);
    if (s.equals("\\t")) {
      return '\t';
    }
    if (s.length() != 1) {
      throw new ConfigException(where + " key 'csv." + key + "': expected one character, got '" + s + "'");
    }
    return s.charAt(0);
  }

  /** Lists the feed files of a folder, sorted by name. */
  public static List<File> feedFiles(File dir) {
    File[] files = dir.listFiles((d, n) -> n.endsWith(".conf"));
    if (files == null) {
      throw new ConfigException("Feeds folder '" + dir + "' does not exist");
    }
    List<File> list = new ArrayList<>(List.of(files));
    list.sort(java.util.Comparator.comparing(File::getName));
    return list;
  }
}
