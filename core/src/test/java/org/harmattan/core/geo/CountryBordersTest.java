package org.harmattan.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.harmattan.core.testing.SharedSpark;
import org.harmattan.core.vocab.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CountryBordersTest {
  static CountryBorders borders;

  @BeforeAll
  static void load() {
    Vocabulary v = Vocabulary.load(SharedSpark.projectHome().resolve("conf/vocabulary.conf"));
    borders = CountryBorders.loadDefault(v::alpha3ForNumeric);
  }

  @Test
  void locatesTheRegionsTownsInTheirCountries() {
    assertEquals(Optional.of("NER"), borders.countryAt(16.97, 7.99));   // Agadez
    assertEquals(Optional.of("LBY"), borders.countryAt(27.04, 14.43));  // Sebha
    assertEquals(Optional.of("MLI"), borders.countryAt(18.44, 1.41));   // Kidal
    assertEquals(Optional.of("MAR"), borders.countryAt(34.68, -1.91));  // Oujda
    // This extract (world-atlas) splits Western Sahara along the berm: the west lies in the MAR polygon.
    assertEquals(Optional.of("ESH"), borders.countryAt(26.16, -10.57)); // Tifariti
    assertEquals(Optional.of("MAR"), borders.countryAt(27.15, -13.20)); // Laayoune
    assertEquals(Optional.of("SDN"), borders.countryAt(15.50, 32.56));  // Khartoum
    assertEquals(Optional.empty(), borders.countryAt(35.0, 15.0));      // central Mediterranean
  }

  @Test
  void measuresHowFarAPointLiesOutsideACountry() {
    assertEquals(0.0, borders.distanceKm(16.97, 7.99, "NER"));
    // Agadez is some 250 km from Algeria's southern border.
    double d = borders.distanceKm(16.97, 7.99, "DZA");
    assertTrue(d > 150 && d < 400, "Agadez to Algeria: " + d);
    // Dakhla lies on a peninsula that the 1:50m coastline does not draw: just outside, within tolerance.
    double dakhla = borders.distanceKm(23.68, -15.96, "MAR");
    assertTrue(dakhla > 0 && dakhla < 25, "Dakhla to MAR: " + dakhla);
    assertEquals(Double.POSITIVE_INFINITY, borders.distanceKm(0, 0, "XXX"));
  }

  @Test
  void prioGridMatchesTheFormulaAndUcdpsCellForElGeneina() {
    // UCDP candidate event 628149 at 13.45262, 22.44725 carries priogrid_gid 148725.
    assertEquals(148725, PrioGrid.gid(13.45262, 22.44725));
    assertEquals(13.25, PrioGrid.centreLatitude(148725));
    assertEquals(22.25, PrioGrid.centreLongitude(148725));
    assertEquals(1, PrioGrid.gid(-90, -180));
  }

  @Test
  void haversineGivesKnownDistances() {
    // Agadez to Arlit: about 200 km.
    double d = Haversine.km(16.97, 7.99, 18.74, 7.39);
    assertTrue(Math.abs(d - 208) < 5, "Agadez-Arlit " + d);
  }
}
