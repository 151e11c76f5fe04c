package org.harmattan.bench.duck;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harmattan.bench.measure.ChildReport;
import org.harmattan.bench.peer.PeerFeed;
import org.harmattan.bench.peer.PeerJob;
import org.harmattan.bench.peer.PeerRows;
import org.harmattan.bench.peer.TextFold;
import org.harmattan.core.geo.PrioGrid;

/**
 * The DuckDB peer, in-process through JDBC in its own JVM: reads the same raw files with DuckDB's
 * CSV and JSON readers, applies the same checks as the floor ({@link PeerRows}), consolidates the
 * accepted records into one row per (feed, record id), and writes that table and the
 * cell-month-category aggregate as Parquet. Usage: {@code DuckDbPeerMain <peer-job.json> <report.json>};
 * {@code DuckDbPeerMain <peer-job.json> duplicated-keys <report.json>} writes, in a separate untimed
 * run, the record ids it dropped for occurring more than once (for the agreement check).
 */
public final class DuckDbPeerMain {
  private DuckDbPeerMain() {}

  public static void main(String[] args) throws SQLException {
    PeerJob job = PeerJob.read(Path.of(args[0]));
    boolean keysOnly = args.length == 3 && args[1].equals("duplicated-keys");
    long t0 = System.nanoTime();
    Path out = Path.of(job.outDir());
    out.toFile().mkdirs();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      if (job.threads() > 0) {
        s.execute("SET threads = " + job.threads());
      }
      s.execute("CREATE TABLE lookup (kind VARCHAR, key VARCHAR, code VARCHAR)");
      try (PreparedStatement p = c.prepareStatement("INSERT INTO lookup VALUES (?, ?, ?)")) {
        insert(p, "category", job.categories());
        insert(p, "unit", job.units());
      }
      List<String> selects = new ArrayList<>();
      for (PeerFeed f : job.feeds()) {
        selects.add(parse(f, job.today()));
      }
      s.execute("CREATE TABLE parsed AS " + String.join("\nUNION ALL\n", selects));
      if (keysOnly) {
        s.execute("COPY (SELECT DISTINCT feed, record_id FROM (SELECT feed, record_id, count(*) OVER (PARTITION BY "
            + "feed, record_id) AS n FROM parsed) WHERE n > 1 AND record_id IS NOT NULL) TO '"
            + sql(out.resolve("duplicated_keys.parquet").toString()) + "' (FORMAT parquet)");
        ChildReport.write(Path.of(args[args.length - 1]), Map.of("work_seconds", (System.nanoTime() - t0) / 1e9));
        return;
      }
      // One row per (feed, record id): a record id seen twice in a feed is dropped in every copy (PeerRows).
      s.execute("""
          CREATE TABLE incidents AS
          SELECT p.feed, p.record_id, %s AS gid, strftime(p.event_date, '%%Y-%%m') AS month, cat.code AS category
          FROM (SELECT *, count(*) OVER (PARTITION BY feed, record_id) AS copies FROM parsed) p
          LEFT JOIN lookup cat ON cat.kind = 'category' AND cat.key = p.category_fold
          LEFT JOIN lookup u ON u.kind = 'unit' AND u.key = p.unit_fold
          WHERE p.record_id IS NOT NULL AND p.copies = 1 AND p.date_ok
            AND p.lat BETWEEN -90 AND 90 AND p.lon BETWEEN -180 AND 180
            AND cat.code IS NOT NULL
            AND (p.unit_fold IS NULL OR u.code IS NOT NULL)
            AND (p.quantity_raw IS NULL OR p.quantity >= 0)
          """.formatted(PrioGrid.sqlExpression("p.lat", "p.lon")));
      s.execute("COPY incidents TO '" + sql(out.resolve("rows.parquet").toString()) + "' (FORMAT parquet)");
      s.execute("COPY (SELECT gid, month, category, count(*) AS incidents FROM incidents GROUP BY ALL) TO '"
          + sql(out.resolve("aggregate.parquet").toString()) + "' (FORMAT parquet)");
    }
    ChildReport.write(Path.of(args[args.length - 1]), Map.of("work_seconds", (System.nanoTime() - t0) / 1e9));
  }

  private static void insert(PreparedStatement p, String kind, Map<String, String> map) throws SQLException {
    for (Map.Entry<String, String> e : map.entrySet()) {
      p.setString(1, kind);
      p.setString(2, e.getKey());
      p.setString(3, e.getValue());
      p.addBatch();
    }
    p.executeBatch();
  }

  /** One feed's records, parsed: the same columns and rules as the floor's parse. */
  static String parse(PeerFeed f, String today) {
    List<String> source = f.sourceColumns();
    String files = "[" + String.join(", ", f.paths().stream().map(p -> "'" + sql(p) + "'").toList()) + "]";
    String from;
    if (f.csv()) {
      from = "read_csv(" + files + ", delim = '" + sql(f.delimiter()) + "', quote = '\"', escape = '\"', header = true, "
          + "all_varchar = true, ignore_errors = true, encoding = '" + f.encoding().toLowerCase(Locale.ROOT) + "')";
    } else {
      List<String> cols = new ArrayList<>();
      for (String c : source) {
        cols.add("'" + sql(c) + "': 'VARCHAR'");
      }
      from = "read_json(" + files + ", format = 'newline_delimited', ignore_errors = true, columns = {"
          + String.join(", ", cols) + "})";
    }
    List<String> picked = new ArrayList<>();
    for (int i = 0; i < source.size(); i++) {
      picked.add("nullif(trim(\"" + source.get(i).replace("\"", "\"\"") + "\"), '') AS " + PeerRows.FIELDS.get(i));
    }
    String date = "try_strptime(" + ascii("date_raw") + ", '" + sql(f.strptimePattern()) + "')::DATE";
    return """
        SELECT '%s' AS feed, record_id, event_date,
          event_date >= DATE '%s' AND event_date <= DATE '%s' AS date_ok,
          %s AS lat, %s AS lon, %s AS category_fold, %s AS unit_fold, quantity_raw, %s AS quantity
        FROM (SELECT *, %s AS event_date FROM (SELECT %s FROM %s))""".formatted(sql(f.name()), f.minDate(), today,
        number("lat_raw", f.decimalComma()), number("lon_raw", f.decimalComma()), fold("category_raw"),
        fold("unit_raw"), number("quantity_raw", f.decimalComma()), date, String.join(", ", picked), from);
  }

  private static String ascii(String column) {
    return "translate(" + column + ", '" + PeerRows.LOCAL_DIGITS + "', '" + PeerRows.ASCII_DIGITS + "')";
  }

  private static String number(String column, boolean decimalComma) {
    String t = ascii(column);
    return "TRY_CAST(" + (decimalComma ? "translate(" + t + ", ',', '.')" : t) + " AS DOUBLE)";
  }

  private static String fold(String column) {
    return "regexp_replace(trim(translate(lower(" + column + "), '" + sql(TextFold.from()) + "', '" + sql(TextFold.to())
        + "')), '\\s+', ' ', 'g')";
  }

  static String sql(String text) {
    return text.replace("'", "''");
  }
}
