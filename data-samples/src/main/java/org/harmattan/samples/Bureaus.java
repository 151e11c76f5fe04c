package org.harmattan.samples;

import java.util.List;
import java.util.Map;

/** The twelve reporting bureaus and which of them share a border (double reports cross these). */
final class Bureaus {
  static final List<String> ALL = List.of("MAR", "DZA", "TUN", "LBY", "EGY", "MRT", "MLI", "NER", "TCD", "BFA", "SDN", "NGA");

  static final Map<String, List<String>> NEIGHBOURS = Map.ofEntries(
      Map.entry("MAR", List.of("DZA", "MRT")),
      Map.entry("DZA", List.of("MAR", "TUN", "LBY", "NER", "MLI", "MRT")),
      Map.entry("TUN", List.of("DZA", "LBY")),
      Map.entry("LBY", List.of("TUN", "DZA", "NER", "TCD", "SDN", "EGY")),
      Map.entry("EGY", List.of("LBY", "SDN")),
      Map.entry("MRT", List.of("MAR", "DZA", "MLI")),
      Map.entry("MLI", List.of("DZA", "MRT", "NER", "BFA")),
      Map.entry("NER", List.of("DZA", "LBY", "TCD", "NGA", "BFA", "MLI")),
      Map.entry("TCD", List.of("LBY", "NER", "NGA", "SDN")),
      Map.entry("BFA", List.of("MLI", "NER")),
      Map.entry("SDN", List.of("EGY", "LBY", "TCD")),
      Map.entry("NGA", List.of("NER", "TCD")));

  private Bureaus() {}

  /** The bureau reporting a point in a Natural Earth country: Morocco reports Western Sahara; others report nothing. */
  static String bureauOf(String country) {
    if ("ESH".equals(country)) {
      return "MAR";
    }
    return ALL.contains(country) ? country : "";
  }
}
