package org.harmattan.features.clusters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.harmattan.core.testing.SharedSpark;
import org.harmattan.core.vocab.Vocabulary;
import org.junit.jupiter.api.Test;

class ClusterDescriberTest {
  static final ClusterDescriber describer = new ClusterDescriber(
      Vocabulary.load(SharedSpark.projectHome().resolve("conf/vocabulary.conf")));
  static final ClusterDescriber.Profile ARMS_ROUTE = new ClusterDescriber.Profile(14, List.of("NER", "LBY"),
      List.of("ARMS_TRAFFICKING", "DRUG_TRAFFICKING"), ClusterDescriber.Trend.RISING, true);

  @Test
  void describesAClusterInEnglishFromItsProfile() {
    assertEquals("14 cells in Niger and Libya dominated by arms trafficking and drug trafficking, with rising activity"
        + " and active armed groups.", describer.english(ARMS_ROUTE));
  }

  @Test
  void describesItInFrenchWithTheRightArticles() {
    assertEquals("14 cellules (Niger, Libye) dominées par le trafic d'armes et le trafic de stupéfiants, avec une"
        + " activité en hausse et des groupes armés actifs.", describer.french(ARMS_ROUTE));
    assertEquals("la contrebande de carburant", ClusterDescriber.frenchArticle("Contrebande de carburant"));
    assertEquals("l'enlèvement", ClusterDescriber.frenchArticle("Enlèvement"));
    assertEquals("la traite des personnes", ClusterDescriber.frenchArticle("Traite des personnes"));
  }

  @Test
  void describesItInArabicWithTheCountedNounInTheRightForm() {
    assertEquals("14 خلية في النيجر وليبيا يغلب عليها تهريب الأسلحة والاتجار بالمخدرات، ونشاطها في ازدياد"
        + " مع نشاط لجماعات مسلحة.", describer.arabic(ARMS_ROUTE));
    assertEquals("خليتان", ClusterDescriber.arabicCells(2));
    assertEquals("5 خلايا", ClusterDescriber.arabicCells(5));
    assertEquals("103 خلايا", ClusterDescriber.arabicCells(103));
    assertEquals("111 خلية", ClusterDescriber.arabicCells(111));
  }
}
