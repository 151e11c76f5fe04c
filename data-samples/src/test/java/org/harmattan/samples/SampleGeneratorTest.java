package org.harmattan.samples;

import org.harmattan.core.geo.PrioGrid;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.harmattan.core.geo.CountryBorders;
import org.harmattan.core.vocab.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGeneratorTest {
  private static final long SCALE = 1000;
  @TempDir static Path tmp;
  private static CountryBorders borders;
  private static SampleSummary summary;
  private static Path out;

  @BeforeAll
  static void generateOnce() throws IOException {
    borders = Borders.load();
    out = tmp.resolve("a");
    summary = new SampleGenerator(borders).generate(SampleSpec.of(SCALE, 42, out));
  }

  @Test
  void writesOneFilePerFeedAndMonthAndCountsTheIncidents() {
    assertEquals(SCALE, summary.incidents());
    assertEquals(12, summary.recordsPerFeed().size());
    for (FeedSpec f : Feeds.ALL) {
      Path first = out.resolve("feeds/" + f.name() + "/2023-11." + f.format().extension);
      Path last = out.resolve("feeds/" + f.name() + "/2026-10." + f.format().extension);
      assertTrue(Files.isRegularFile(first), first.toString());
      assertTrue(Files.isRegularFile(last), last.toString());
    }
    long total = summary.recordsPerFeed().values().stream().mapToLong(Long::longValue).sum();
    assertEquals(SCALE + summary.doubleReports() + summary.plantedBadRecords(), total);
  }

  @Test
  void sameSeedGivesIdenticalTextFilesAndXlsxCells() throws IOException {
    Path again = tmp.resolve("b");
    SampleSummary s2 = new SampleGenerator(borders).generate(SampleSpec.of(SCALE, 42, again));
    assertEquals(summary, s2);
    for (Path f : files(out)) {
      Path g = again.resolve(out.relativize(f));
      if (f.toString().endsWith(".xlsx")) {
        FeedSpec feed = Feeds.named(f.getParent().getFileName().toString());
        assertEquals(FeedFiles.read(feed, f), FeedFiles.read(feed, g), f.toString());
      } else {
        assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(g), f.toString());
      }
    }
  }

  @Test
  void differentSeedsGiveDifferentFeeds() throws IOException {
    Path other = tmp.resolve("c");
    new SampleGenerator(borders).generate(SampleSpec.of(SCALE, 7, other));
    Path f = Path.of("feeds/nga-npf/2026-10.csv");
    assertFalse(Files.readString(out.resolve(f)).equals(Files.readString(other.resolve(f))));
  }

  @Test
  void everyGoodPointLiesInItsBureausCountryOrWithin20KmForDoubleReports() throws IOException {
    Set<String> bad = badKeys();
    Set<String> doubleRefs = new HashSet<>();
    for (List<String> r : truth("double_reports.csv")) {
      doubleRefs.add(r.get(2) + "|" + r.get(3));
    }
    int checked = 0;
    int doubles = 0;
    for (FeedSpec feed : Feeds.ALL) {
      for (Path file : files(out.resolve("feeds/" + feed.name()))) {
        String rel = out.relativize(file).toString();
        for (Map<String, String> rec : FeedFiles.read(feed, file)) {
          if (bad.contains(feed.name() + "|" + rel + "|" + rec.get("_line"))) {
            continue;
          }
          double lat = FeedFiles.number(feed, rec.get(feed.headers().get(Field.LAT)));
          double lon = FeedFiles.number(feed, rec.get(feed.headers().get(Field.LON)));
          String ref = rec.get(feed.headers().get(Field.REF));
          if (doubleRefs.contains(feed.name() + "|" + ref)) {
            double d = feed.bureau().equals("MAR")
                ? Math.min(borders.distanceKm(lat, lon, "MAR"), borders.distanceKm(lat, lon, "ESH"))
                : borders.distanceKm(lat, lon, feed.bureau());
            assertTrue(d <= 20, feed.name() + " " + ref + " double report " + d + " km away");
            doubles++;
          } else {
            String country = borders.countryAt(lat, lon).orElse("sea");
            assertEquals(feed.bureau(), Bureaus.bureauOf(country), feed.name() + " " + ref + " at " + lat + "," + lon);
          }
          checked++;
        }
      }
    }
    assertTrue(checked >= SCALE, "checked " + checked);
    assertEquals(summary.doubleReports(), doubles);
  }

  @Test
  void badRecordTruthPointsAtRecordsThatExistWithTheRightFault() throws IOException {
    List<List<String>> rows = truth("bad_records.csv");
    assertEquals(summary.plantedBadRecords(), rows.size());
    Map<String, Set<String>> reasonsPerFeed = new HashMap<>();
    for (List<String> r : rows) {
      FeedSpec feed = Feeds.named(r.get(0));
      List<Map<String, String>> recs = FeedFiles.read(feed, out.resolve(r.get(1)));
      Map<String, String> rec = recs.stream().filter(m -> m.get("_line").equals(r.get(2))).findFirst().orElse(null);
      assertNotNull(rec, r.toString());
      BadReason reason = BadReason.valueOf(r.get(3));
      reasonsPerFeed.computeIfAbsent(feed.name(), k -> new HashSet<>()).add(reason.name());
      switch (reason) {
        case MALFORMED_ROW -> assertEquals(String.valueOf(feed.headers().size() - 1), rec.get("_fields"), r.toString());
        case INVALID_JSON -> assertEquals("true", rec.get("_invalid"), r.toString());
        case DUPLICATE_KEY_IN_BATCH -> {
          String ref = rec.get(feed.headers().get(Field.REF));
          long same = recs.stream().filter(m -> ref.equals(m.get(feed.headers().get(Field.REF)))).count();
          assertEquals(2, same, r.toString());
        }
        default -> {
        }
      }
    }
    for (FeedSpec feed : Feeds.ALL) {
      Set<String> expected = feed.plantableReasons().stream().map(Enum::name).collect(Collectors.toSet());
      assertEquals(expected, reasonsPerFeed.get(feed.name()), feed.name());
    }
  }

  @Test
  void doubleReportTruthNamesRecordsOfTwoNeighbouringFeeds() throws IOException {
    List<List<String>> rows = truth("double_reports.csv");
    assertEquals(summary.doubleReports(), rows.size());
    assertTrue(rows.size() >= SCALE / 200, "about 2% of incidents are double reported, got " + rows.size());
    Map<String, Set<String>> refs = new HashMap<>();
    for (FeedSpec feed : Feeds.ALL) {
      Set<String> s = new HashSet<>();
      for (Path file : files(out.resolve("feeds/" + feed.name()))) {
        for (Map<String, String> rec : FeedFiles.read(feed, file)) {
          s.add(rec.get(feed.headers().get(Field.REF)));
        }
      }
      refs.put(feed.name(), s);
    }
    for (List<String> r : rows) {
      assertTrue(refs.get(r.get(0)).contains(r.get(1)), r.toString());
      assertTrue(refs.get(r.get(2)).contains(r.get(3)), r.toString());
      String a = Feeds.named(r.get(0)).bureau();
      String b = Feeds.named(r.get(2)).bureau();
      assertTrue(Bureaus.NEIGHBOURS.get(a).contains(b), a + " -> " + b);
    }
  }

  @Test
  void libyanFeedIsWindows1256AndNotUtf8() throws IOException {
    byte[] bytes = Files.readAllBytes(out.resolve("feeds/lby-cid/2025-06.csv"));
    assertThrows(() -> StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)));
    String text = new String(bytes, java.nio.charset.Charset.forName("windows-1256"));
    assertTrue(text.startsWith("رقم القضية,تاريخ الواقعة,نوع الجريمة"), text.substring(0, 40));
  }

  @Test
  void sudaneseFeedWritesDatesAndQuantitiesInArabicIndicDigits() throws IOException {
    FeedSpec feed = Feeds.named("sdn-police");
    List<Map<String, String>> recs = FeedFiles.read(feed, out.resolve("feeds/sdn-police/2025-06.jsonl"));
    Map<String, String> first = recs.get(0);
    assertTrue(first.get("date").matches("٢٠٢٥/٠٦/[٠-٣][٠-٩]"), first.get("date"));
    assertTrue(first.get("category").chars().anyMatch(c -> c >= 0x0621 && c <= 0x064A), first.get("category"));
  }

  @Test
  void nigerWorkbookIsReadableWithDateCellsAndTextDates() throws IOException {
    FeedSpec feed = Feeds.named("ner-police");
    int cells = 0;
    int texts = 0;
    for (Path file : files(out.resolve("feeds/ner-police"))) {
      for (Map<String, String> rec : FeedFiles.read(feed, file)) {
        String d = rec.get("Date");
        if (d != null && d.startsWith("DATE:")) {
          cells++;
        } else if (d != null && d.matches("\\d\\d/\\d\\d/\\d{4}")) {
          texts++;
        }
      }
    }
    assertTrue(cells > 50 && texts > 20, cells + " date cells, " + texts + " text dates");
  }

  @Test
  void everyCategoryUnitAndTransportWordOfGoodRecordsIsInTheVocabulary() throws IOException {
    Vocabulary vocabulary = Vocabulary.load(Path.of(System.getProperty("harmattan.home", "..")).resolve("conf/vocabulary.conf"));
    Set<String> bad = badKeys();
    for (FeedSpec feed : Feeds.ALL) {
      for (Path file : files(out.resolve("feeds/" + feed.name()))) {
        String rel = out.relativize(file).toString();
        for (Map<String, String> rec : FeedFiles.read(feed, file)) {
          if (bad.contains(feed.name() + "|" + rel + "|" + rec.get("_line"))) {
            continue;
          }
          String cat = rec.get(feed.headers().get(Field.CATEGORY));
          assertTrue(vocabulary.category(cat).isPresent(), feed.name() + " category '" + cat + "'");
          String unit = rec.get(feed.headers().get(Field.UNIT));
          if (unit != null && !unit.isEmpty()) {
            assertTrue(vocabulary.unit(unit).isPresent(), feed.name() + " unit '" + unit + "'");
          }
          String mode = rec.get(feed.headers().get(Field.TRANSPORT));
          if (mode != null && !mode.isEmpty()) {
            assertTrue(vocabulary.transportMode(mode).isPresent(), feed.name() + " transport '" + mode + "'");
          }
        }
      }
    }
  }

  @Test
  void feedConfsInTheRepositoryMatchTheGeneratedHeaders() throws IOException {
    Path confs = Path.of(System.getProperty("harmattan.home", "..")).resolve("conf/feeds");
    for (FeedSpec feed : Feeds.ALL) {
      assertEquals(FeedConfRenderer.render(feed), Files.readString(confs.resolve(feed.name() + ".conf")), feed.name());
    }
  }

  @Test
  void truthListsCorridorCellsTrendsAndLateSurges() throws IOException {
    List<List<String>> cells = truth("corridors.csv");
    assertTrue(cells.size() > 200);
    int agadez = PrioGrid.gid(16.97, 7.99);
    assertTrue(cells.stream().anyMatch(r -> r.get(0).equals("C01") && r.get(2).equals(String.valueOf(agadez))));
    List<List<String>> trends = truth("trends.csv");
    assertTrue(trends.stream().anyMatch(r -> r.get(2).equals("RISING")));
    assertTrue(trends.stream().anyMatch(r -> r.get(2).equals("FALLING")));
    List<List<String>> surges = truth("surges.csv");
    assertEquals(6, surges.size());
    assertTrue(surges.stream().filter(r -> r.get(1).compareTo("2025-10") > 0).count() >= 4);
  }

  private static void assertThrows(org.junit.jupiter.api.function.Executable e) {
    org.junit.jupiter.api.Assertions.assertThrows(CharacterCodingException.class, e);
  }

  private static Set<String> badKeys() throws IOException {
    Set<String> bad = new HashSet<>();
    for (List<String> r : truth("bad_records.csv")) {
      bad.add(r.get(0) + "|" + r.get(1) + "|" + r.get(2));
    }
    return bad;
  }

  private static List<List<String>> truth(String name) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(out.resolve("truth").resolve(name));
    for (String l : lines.subList(1, lines.size())) {
      rows.add(List.of(l.split(",", -1)));
    }
    return rows;
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
  }
}
