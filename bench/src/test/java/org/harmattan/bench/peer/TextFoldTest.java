package org.harmattan.bench.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.harmattan.core.testing.SharedSpark;
import org.harmattan.core.vocab.TextNormalizer;
import org.junit.jupiter.api.Test;

class TextFoldTest {
  @Test
  void peersFoldEveryVocabularySynonymAsHarmattanDoes() {
    Synonyms s = Synonyms.load(SharedSpark.projectHome().resolve("conf/vocabulary.conf"));
    for (String key : s.categories().keySet()) {
      assertEquals(key, TextFold.fold(key));
    }
    for (String key : s.units().keySet()) {
      assertEquals(key, TextFold.fold(key));
    }
  }

  @Test
  void peersFoldAccentsCaseHamzaTatweelAndCurlyQuotesAsHarmattanDoes() {
    for (String text : List.of("Trafic de Stupéfiants", "  TRAFIC D\u2019ARMES ", "Traite des êtres humains",
        "أسلحة", "إرهاب", "آلية", "مــخدرات", "الهجرة غير الشرعية", "Cybercriminalité", "ÉÈÊËÀÂÎÏÔÛÙÇ")) {
      assertEquals(TextNormalizer.normalize(text), TextFold.fold(text), text);
    }
  }
}
