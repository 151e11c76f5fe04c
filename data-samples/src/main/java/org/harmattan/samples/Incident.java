package org.harmattan.samples;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated event or seizure, before a bureau writes it in its own format. Absent numbers are
 * -1 (counts) or NaN (quantities) so that writers leave the cell empty.
 *
 * @param bureau the reporting bureau (alpha-3)
 * @param source corridor id, "TOWN" for background noise or "SURGE-n"
 */
record Incident(String bureau, LocalDate date, Category category, String itemFr, String itemAr, String itemEn,
    double quantity, QuantityUnit unit, double lat, double lon, Place place, int arrests, int fatalities, int smallArms,
    int ammunition, double explosivesKg, int heavyWeapons, Transport transport, List<Group> actors, String source) {

  Incident withReport(String newBureau, LocalDate newDate, double newQuantity, double newLat, double newLon, Place newPlace) {
    return new Incident(newBureau, newDate, category, itemFr, itemAr, itemEn, newQuantity, unit, newLat, newLon, newPlace,
        arrests, fatalities, smallArms, ammunition, explosivesKg, heavyWeapons, transport, actors, source);
  }

  boolean hasQuantity() {
    return !Double.isNaN(quantity);
  }
}
