package org.harmattan.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.harmattan.core.catalog.Columns;
import org.harmattan.core.catalog.Schemas;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.catalog.TableCatalog;
import org.harmattan.core.geo.PrioGrid;
import org.harmattan.core.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Linking a later delivery gives the links a single run over every record gives: dense seizures
 * reported by two bureaus, some of them chains of nearby reports whose best matches shift when a
 * new record arrives, delivered in two parts with late reports in the second.
 */
class DoubleReportLinkerTest {
  static final SparkSession spark = SharedSpark.session();
  static final DoubleReportLinker LINKER = new DoubleReportLinker(2, 25, 0.2, true);
  static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
  static final LocalDate SPLIT = LocalDate.of(2026, 2, 15);
  static final LocalDate LATE = LocalDate.of(2026, 1, 20);

  @TempDir
  Path dir;

  @Test
  void linkingADeliveryAfterAnotherEqualsLinkingEverythingAtOnce() {
    List<Row> all = incidents();
    List<Row> firstDelivery = new ArrayList<>();
    List<Row> secondDelivery = new ArrayList<>();
    for (Row r : all) {
      // Reports of one January day come late, with the second delivery: it links around that day too.
      boolean late = date(r).equals(LATE);
      (late || date(r).isAfter(SPLIT) ? secondDelivery : firstDelivery).add(r);
    }
    TableCatalog once = catalog("once");
    append(once, all);
    LINKER.link(spark, once, dates(all));
    Map<String, String> expected = links(once);

    TableCatalog twice = catalog("twice");
    append(twice, firstDelivery);
    LINKER.link(spark, twice, dates(firstDelivery));
    Map<String, String> beforeSecond = links(twice);
    append(twice, secondDelivery);
    LINKER.link(spark, twice, dates(secondDelivery));
    Map<String, String> actual = links(twice);

    long linked = expected.values().stream().filter(v -> !v.isEmpty()).count();
    assertTrue(linked > 100, "links in the data: " + linked);
    // The second delivery must change links the first one made (else this test checks nothing).
    long changed = beforeSecond.entrySet().stream().filter(e -> !e.getValue().equals(actual.get(e.getKey()))).count();
    assertTrue(changed > 0, "links the second delivery changed: " + changed);
    assertEquals(expected, actual);
  }

  @Test
  void linksAreTheMutualBestMatchesOfABruteForceSearch() {
    List<Row> rows = new ArrayList<>(incidents());
    // Exact copies from a third bureau: equal scores, so the smaller id must win the tie.
    SplittableRandom rnd = new SplittableRandom(11);
    for (int i = 0; i < 200; i++) {
      Row r = rows.get(rnd.nextInt(rows.size()));
      rows.add(incident("C-" + i, "mli-police", r.getString(Schemas.INCIDENTS.fieldIndex(Columns.CATEGORY)), date(r),
          r.getDouble(Schemas.INCIDENTS.fieldIndex("latitude")), r.getDouble(Schemas.INCIDENTS.fieldIndex("longitude")),
          r.getDouble(Schemas.INCIDENTS.fieldIndex("quantity"))));
    }
    Map<String, String> expected = bruteForceLinks(rows, true);
    Map<String, String> actual = linksOf(LINKER, rows);
    assertTrue(expected.size() > 500, "links in the data: " + expected.size());
    assertEquals(expected, actual);
  }

  /** harmattan.ingest.double-reports.require-different-feed = false: pairs from one feed count too. */
  @Test
  void withoutTheDifferentFeedRuleLinksAreTheMutualBestMatchesOverEveryFeed() {
    List<Row> rows = incidents();
    Map<String, String> expected = bruteForceLinks(rows, false);
    assertNotEquals(bruteForceLinks(rows, true), expected, "the rule must change the links in this data");
    assertEquals(expected, linksOf(new DoubleReportLinker(2, 25, 0.2, false), rows));
  }

  static Map<String, String> linksOf(DoubleReportLinker linker, List<Row> rows) {
    Map<String, String> links = new TreeMap<>();
    for (Row r : linker.links(spark.createDataFrame(rows, Schemas.INCIDENTS)).collectAsList()) {
      links.put(r.getString(0), r.getString(1));
    }
    return links;
  }

  /** dup id -> canonical id by the linker's rules, comparing every pair (2 days, 25 km, 20%, other feed if asked). */
  static Map<String, String> bruteForceLinks(List<Row> rows, boolean requireDifferentFeed) {
    StructType s = Schemas.INCIDENTS;
    int n = rows.size();
    String[] best = new String[n];
    double[] bestScore = new double[n];
    Map<String, Integer> index = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      index.put(rows.get(i).getString(s.fieldIndex(Columns.INCIDENT_ID)), i);
      for (int j = 0; j < n; j++) {
        Row a = rows.get(i);
        Row b = rows.get(j);
        if (i == j || requireDifferentFeed
            && a.getString(s.fieldIndex("source_feed")).equals(b.getString(s.fieldIndex("source_feed")))
            || !a.getString(s.fieldIndex(Columns.CATEGORY)).equals(b.getString(s.fieldIndex(Columns.CATEGORY)))) {
          continue;
        }
        long days = Math.abs(date(a).toEpochDay() - date(b).toEpochDay());
        double km = org.harmattan.core.geo.Haversine.km(a.getDouble(s.fieldIndex("latitude")),
            a.getDouble(s.fieldIndex("longitude")), b.getDouble(s.fieldIndex("latitude")),
            b.getDouble(s.fieldIndex("longitude")));
        double qa = a.getDouble(s.fieldIndex("quantity"));
        double qb = b.getDouble(s.fieldIndex("quantity"));
        double qdiff = Math.abs(qa - qb) / Math.max(qa, qb);
        if (days > 2 || km > 25 || qdiff > 0.2) {
          continue;
        }
        double score = 1 - (km / 25 + days / 3.0 + qdiff / 0.2) / 3;
        String bId = b.getString(s.fieldIndex(Columns.INCIDENT_ID));
        if (best[i] == null || score > bestScore[i] || score == bestScore[i] && bId.compareTo(best[i]) < 0) {
          best[i] = bId;
          bestScore[i] = score;
        }
      }
    }
    Map<String, String> links = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      if (best[i] == null) {
        continue;
      }
      int j = index.get(best[i]);
      String aId = rows.get(i).getString(s.fieldIndex(Columns.INCIDENT_ID));
      if (!aId.equals(best[j])) {
        continue;
      }
      long later = date(rows.get(i)).toEpochDay() - date(rows.get(j)).toEpochDay();
      if (later > 0 || later == 0 && aId.compareTo(best[i]) > 0) {
        links.put(aId, best[i]);
      }
    }
    return links;
  }

  /** Seizures in a 2 x 2 degree box over 90 days; most reported by a second bureau 0-2 days and a few km off. */
  static List<Row> incidents() {
    SplittableRandom rnd = new SplittableRandom(7);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      LocalDate d = FIRST.plusDays(rnd.nextInt(90));
      double lat = 16 + rnd.nextDouble() * 2;
      double lon = 7 + rnd.nextDouble() * 2;
      String category = rnd.nextBoolean() ? "ARMS_TRAFFICKING" : "DRUG_TRAFFICKING";
      double q = 10 + rnd.nextInt(5);
      rows.add(incident("A-" + i, "ner-police", category, d, lat, lon, q));
      if (rnd.nextDouble() < 0.6) {
        rows.add(incident("B-" + i, "dza-dgsn", category, d.plusDays(rnd.nextInt(3)), lat + rnd.nextDouble() * 0.1,
            lon + rnd.nextDouble() * 0.1, q * (0.9 + rnd.nextDouble() * 0.2)));
      }
    }
    return rows;
  }

  static Row incident(String id, String feed, String category, LocalDate date, double lat, double lon, double q) {
    StructType s = Schemas.INCIDENTS;
    Object[] v = new Object[s.fields().length];
    v[s.fieldIndex(Columns.INCIDENT_ID)] = id;
    v[s.fieldIndex("source_feed")] = feed;
    v[s.fieldIndex(Columns.CATEGORY)] = category;
    v[s.fieldIndex(Columns.EVENT_DATE)] = Date.valueOf(date);
    v[s.fieldIndex(Columns.EVENT_MONTH)] = date.toString().substring(0, 7);
    v[s.fieldIndex("latitude")] = lat;
    v[s.fieldIndex("longitude")] = lon;
    v[s.fieldIndex(Columns.PRIO_GID)] = PrioGrid.gid(lat, lon);
    v[s.fieldIndex("quantity")] = q;
    v[s.fieldIndex("unit")] = "kg";
    return RowFactory.create(v);
  }

  static LocalDate date(Row r) {
    return r.getDate(Schemas.INCIDENTS.fieldIndex(Columns.EVENT_DATE)).toLocalDate();
  }

  static List<LocalDate> dates(List<Row> rows) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    rows.forEach(r -> dates.add(date(r)));
    return List.copyOf(dates);
  }

  TableCatalog catalog(String name) {
    TableCatalog catalog = new TableCatalog(dir.resolve(name).toString());
    catalog.ensure(spark, Table.INCIDENTS, Schemas.INCIDENTS);
    return catalog;
  }

  static void append(TableCatalog catalog, List<Row> rows) {
    spark.createDataFrame(rows, Schemas.INCIDENTS).write().format("delta").mode("append")
        .save(catalog.path(Table.INCIDENTS));
  }

  /** incident id -> the id it duplicates ("" when none). */
  static Map<String, String> links(TableCatalog catalog) {
    Map<String, String> out = new TreeMap<>();
    for (Row r : catalog.read(spark, Table.INCIDENTS).select(Columns.INCIDENT_ID, Columns.DUPLICATE_OF).collectAsList()) {
      out.put(r.getString(0), r.isNullAt(1) ? "" : r.getString(1));
    }
    return out;
  }
}
