package org.harmattan.samples;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

/** The planted truth under {@code <out>/truth/}, against which ingestion and analytics are tested. */
final class TruthWriter implements Closeable {
  private final Path dir;
  private final CsvTable doubles;
  private final CsvTable bad;

  TruthWriter(Path dir) throws IOException {
    this.dir = dir;
    this.doubles = new CsvTable(dir.resolve("double_reports.csv"), "feed_a", "record_ref_a", "feed_b", "record_ref_b");
    this.bad = new CsvTable(dir.resolve("bad_records.csv"), "feed", "file", "line", "expected_reason");
  }

  void writePlan(SourcePlan plan) throws IOException {
    try (CsvTable t = new CsvTable(dir.resolve("corridors.csv"), "corridor_id", "corridor_type", "gid")) {
      for (Corridor c : Corridors.ALL) {
        for (int gid : c.cells()) {
          t.row(c.id(), c.type(), gid);
        }
      }
    }
    try (CsvTable t = new CsvTable(dir.resolve("trends.csv"), "corridor_id", "category", "direction", "monthly_growth")) {
      for (Corridor c : Corridors.ALL) {
        String dir = c.monthlyGrowth() > 0 ? "RISING" : c.monthlyGrowth() < 0 ? "FALLING" : "STABLE";
        t.row(c.id(), c.type().mainCategory(), dir, c.monthlyGrowth());
      }
    }
    try (CsvTable t = new CsvTable(dir.resolve("surges.csv"), "gid", "month", "category", "factor")) {
      for (Surge s : plan.surges) {
        t.row(s.gid(), s.month(), s.category(), s.factor());
      }
    }
  }

  void writeLinks(GroupLinks links) throws IOException {
    // Groups and links are reference data the feeds' actors must agree with, so they are written with the feeds.
    Path ref = dir.getParent().resolve("reference");
    try (CsvTable t = new CsvTable(ref.resolve("groups.csv"), "group_id", "name", "kind", "name_fr", "name_ar", "aliases",
        "first_seen_month")) {
      for (Group g : Group.values()) {
        YearMonth first = links.groups().get(g);
        t.row(g.id, g.en, g.kind, g.fr, g.ar, String.join("|", g.aliases), first == null ? "" : first);
      }
    }
    try (CsvTable t = new CsvTable(ref.resolve("group_links.csv"), "group_a", "group_b", "link_type", "first_seen_month")) {
      for (Map.Entry<String, YearMonth> e : links.links().entrySet()) {
        String[] ab = e.getKey().split("\\|");
        Group a = Group.valueOf(ab[0]);
        Group b = Group.valueOf(ab[1]);
        t.row(a.id, b.id, GroupLinks.linkType(a, b), e.getValue());
      }
    }
  }

  void doubleReport(String feedA, String refA, String feedB, String refB) throws IOException {
    doubles.row(feedA, refA, feedB, refB);
  }

  void badRecord(String feed, String file, long line, BadReason reason) throws IOException {
    bad.row(feed, file, line, reason);
  }

  @Override
  public void close() throws IOException {
    doubles.close();
    bad.close();
  }
}
