package org.harmattan.jobs.ingest.feed;

import java.io.Serializable;

/**
 * Where a canonical column comes from in a feed: a source column, optionally one part of it
 * when the source packs several values in one field ("lat, lon"), or several source columns
 * joined with "; " (UCDP names the two sides of a dyad in two columns).
 *
 * @param column source column (CSV/XLSX header text, JSON key; nested JSON keys joined with '.')
 * @param split separator when the field holds several values, else null
 * @param index which part to take after splitting (0-based)
 * @param joined further source columns whose non-blank values are appended, else empty
 * @param separator what joins the parts of a joined column ("; " unless the feed says otherwise, e.g. " " for names)
 */
public record ColumnSource(String column, String split, int index, java.util.List<String> joined, String separator)
    implements Serializable {
  public static ColumnSource of(String column) {
    return new ColumnSource(column, null, 0, java.util.List.of(), "; ");
  }

  /** The value of this column in a record's fields, trimmed; null when absent or blank. */
  public String valueIn(java.util.Map<String, String> fields) {
    if (!joined.isEmpty()) {
      java.util.List<String> parts = new java.util.ArrayList<>();
      for (String c : java.util.stream.Stream.concat(java.util.stream.Stream.of(column), joined.stream()).toList()) {
        String v = of(c).valueIn(fields);
        if (v != null) {
          parts.add(v);
        }
      }
      return parts.isEmpty() ? null : String.join(separator, parts);
    }
    String v = fields.get(column);
    if (v == null) {
      return null;
    }
    if (split != null) {
      String[] parts = v.split(java.util.regex.Pattern.quote(split), -1);
      v = index < parts.length ? parts[index] : null;
    }
    if (v == null) {
      return null;
    }
    v = v.strip();
    return v.isEmpty() ? null : v;
  }
}
