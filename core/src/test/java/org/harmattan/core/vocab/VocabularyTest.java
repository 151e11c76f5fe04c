package org.harmattan.core.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.harmattan.core.testing.SharedSpark;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  private final Vocabulary vocabulary = Vocabulary.load(SharedSpark.projectHome().resolve("conf/vocabulary.conf"));

  @Test
  void matchesCategoriesInThreeLanguagesIgnoringCaseAccentsAndAlefForms() {
    assertEquals(Optional.of("ARMS_TRAFFICKING"), vocabulary.category("Trafic d'Armes"));
    assertEquals(Optional.of("DRUG_TRAFFICKING"), vocabulary.category("  TRAFIC DE STUPÉFIANTS "));
    assertEquals(Optional.of("ARMS_TRAFFICKING"), vocabulary.category("أسلحة"));
    assertEquals(Optional.of("ARMS_TRAFFICKING"), vocabulary.category("اسلحة"));
    assertEquals(Optional.of("MIGRANT_SMUGGLING"), vocabulary.category("Trafic de migrants"));
    assertEquals(Optional.of("FUEL_SMUGGLING"), vocabulary.category("FUEL_SMUGGLING"));
    assertEquals(Optional.empty(), vocabulary.category("pêche illégale"));
  }

  @Test
  void convertsUnitsToCanonicalUnits() {
    assertEquals("kg", vocabulary.unit("grammes").orElseThrow().canonical());
    assertEquals(0.001, vocabulary.unit("grammes").orElseThrow().factor());
    assertEquals("units", vocabulary.unit("قطعة").orElseThrow().canonical());
    assertEquals(20.0, vocabulary.unit("Jerricans").orElseThrow().factor());
    assertTrue(vocabulary.unit("boisseau").isEmpty());
  }

  @Test
  void knowsCountriesByNameCodeAndNumericCode() {
    assertEquals(Optional.of("DZA"), vocabulary.country("Algérie"));
    assertEquals(Optional.of("LBY"), vocabulary.country("ليبيا"));
    assertEquals(Optional.of("TUR"), vocabulary.country("Türkiye"));
    assertEquals(Optional.of("ESH"), vocabulary.alpha3ForNumeric(732));
    assertTrue(vocabulary.countries().get("NER").region());
    assertTrue(!vocabulary.countries().get("ESP").region());
  }

  @Test
  void feedValuesExtendTheVocabularyWithoutChangingIt() {
    Vocabulary feed = vocabulary.withFeedValues(Map.of("1", "STATE_BASED_VIOLENCE"), Map.of(), Map.of(), Map.of());
    assertEquals(Optional.of("STATE_BASED_VIOLENCE"), feed.category("1"));
    assertEquals(Optional.empty(), vocabulary.category("1"));
  }
}
