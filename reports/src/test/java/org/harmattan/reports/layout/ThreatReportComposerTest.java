package org.harmattan.reports.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.harmattan.reports.Edition;
import org.harmattan.reports.ReportFixtures;
import org.harmattan.reports.ReportLanguage;
import org.junit.jupiter.api.Test;

class ThreatReportComposerTest {
  static List<String> rows(Edition edition, ReportLanguage language) {
    return new ThreatReportComposer(ReportFixtures.setting(ReportFixtures.october2026()), edition, language)
        .compose("HTR-TEST").blocks().stream().map(Block::toString).toList();
  }

  @Test
  void theConferenceEditionSuppressesCountsBelowTheThresholdAndTheChangesBuiltOnThem() {
    List<String> conference = rows(Edition.CONFERENCE, ReportLanguage.EN);
    assertTrue(conference.contains("TR | CBRN materials | <5 | 0 | – | <5 | –"), conference.toString());
    assertTrue(conference.contains("TR | Fuel smuggling | 36 | 37 | −2.7% | 48 | −25%"), conference.toString());
    List<String> restricted = rows(Edition.RESTRICTED, ReportLanguage.EN);
    assertTrue(restricted.contains("TR | CBRN materials | 3 | 0 | – | 1 | +200%"), restricted.toString());
  }

  @Test
  void tablesKeepTheirLogicalColumnOrderAndArabicNumbersUseArabicIndicDigits() {
    List<String> ar = rows(Edition.RESTRICTED, ReportLanguage.AR);
    assertTrue(ar.contains("TR | تهريب الأسلحة | ٦٨ | ٦٦ | +٣٪ | ٤٤ | +٥٥٪"), ar.toString());
  }

  @Test
  void everySectionHeadingComesInTheIssuesOrder() {
    List<String> headings = rows(Edition.TRAINING, ReportLanguage.FR).stream().filter(r -> r.startsWith("H1")).toList();
    assertEquals(11, headings.size());
    assertEquals("H1 | 1. Synthèse", headings.get(0));
    assertEquals("H1 | 11. Méthode et sources", headings.get(10));
  }

  @Test
  void sectionsWithoutDataSayWhyAndInventNothing() {
    List<String> en = rows(Edition.CONFERENCE, ReportLanguage.EN);
    assertTrue(en.contains("NOTE | Not available in this edition: cluster analysis has not been run for this period."));
    assertTrue(en.contains("NOTE | Not available in this edition: no request or database query has been loaded."));
    assertFalse(en.stream().anyMatch(r -> r.startsWith("H2 | Cluster ")), "no cluster profile is invented");
  }
}
