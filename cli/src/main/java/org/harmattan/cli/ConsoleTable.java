package org.harmattan.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain text table for the terminal: left-aligned text, right-aligned numbers. */
final class ConsoleTable {
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  ConsoleTable(String... headers) {
    this.headers = List.of(headers);
  }

  ConsoleTable row(Object... cells) {
    List<String> r = new ArrayList<>();
    for (Object c : cells) {
      r.add(c == null ? "" : c instanceof Long || c instanceof Integer ? String.format("%,d", ((Number) c).longValue())
          : String.valueOf(c));
    }
    rows.add(r);
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void print(PrintStream out) {
    int[] width = new int[headers.size()];
    for (int i = 0; i < headers.size(); i++) {
      width[i] = headers.get(i).length();
    }
    for (List<String> r : rows) {
      for (int i = 0; i < r.size() && i < width.length; i++) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    line(out, headers, width);
    StringBuilder rule = new StringBuilder();
    for (int w : width) {
      rule.append("-".repeat(w)).append("  ");
    }
    out.println(rule.toString().stripTrailing());
    for (List<String> r : rows) {
      line(out, r, width);
    }
  }

  private static void line(PrintStream out, List<String> cells, int[] width) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      boolean numeric = c.matches("-?[\\d,.]+( s)?");
      sb.append(numeric ? " ".repeat(width[i] - c.length()) + c : c + " ".repeat(width[i] - c.length())).append("  ");
    }
    out.println(sb.toString().stripTrailing());
  }
}
