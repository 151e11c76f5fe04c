package org.harmattan.samples;

/**
 * What a feed column holds, with the canonical column of docs/feeds.md it maps to. A null
 * canonical name marks an extra column, kept in bronze only.
 */
enum Field {
  REF("source_record_id"), DATE("event_date"), CATEGORY("category"), ITEM("item"), QUANTITY("quantity"), UNIT("unit"),
  PLACE("place_name"), ADMIN1("admin1"), LAT("latitude"), LON("longitude"), ARRESTS("arrests"), FATALITIES("fatalities"),
  SMALL_ARMS("small_arms"), AMMUNITION("ammunition_rounds"), EXPLOSIVES("explosives_kg"), HEAVY("heavy_weapons"),
  TRANSPORT("transport_mode"), ACTORS("actors"), NARRATIVE("narrative"), SERVICE(null);

  final String canonical;

  Field(String canonical) {
    this.canonical = canonical;
  }
}
