package org.harmattan.bench.peer;

import java.util.List;

/**
 * What a peer engine (the bare-Spark floor, DuckDB) needs to read one feed: where its files are,
 * how they are written and which source columns hold the fields of the cell-month-category
 * aggregate. Taken from Harmattan's own feed declaration ({@code conf/feeds/<name>.conf}), so
 * all three engines read the same files the same way.
 *
 * @param format {@code csv} or {@code jsonl}
 * @param paths file globs (absolute)
 * @param datePattern {@link java.time.format.DateTimeFormatter} pattern (only d, M and y fields)
 */
public record PeerFeed(String name, String format, List<String> paths, String encoding, String delimiter,
    boolean decimalComma, String datePattern, String minDate, String recordId, String date, String category,
    String latitude, String longitude, String quantity, String unit) {

  public boolean csv() {
    return format.equals("csv");
  }

  /** The source columns read, in a fixed order: record id, date, category, latitude, longitude, quantity, unit. */
  public List<String> sourceColumns() {
    return java.util.Arrays.asList(recordId, date, category, latitude, longitude, quantity, unit);
  }

  /** The date pattern in strptime form ({@code dd/MM/yyyy} -> {@code %d/%m/%Y}), for DuckDB. */
  public String strptimePattern() {
    return datePattern.replace("dd", "%d").replace("MM", "%m").replace("yyyy", "%Y");
  }
}
