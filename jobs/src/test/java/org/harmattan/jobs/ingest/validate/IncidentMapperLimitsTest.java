package org.harmattan.jobs.ingest.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.harmattan.core.geo.CountryBorders;
import org.harmattan.core.testing.SharedSpark;
import org.harmattan.core.vocab.Vocabulary;
import org.harmattan.jobs.ingest.feed.FeedSpec;
import org.harmattan.jobs.ingest.feed.FeedSpecParser;
import org.harmattan.jobs.ingest.read.RawRecord;
import org.junit.jupiter.api.Test;

/** Field-length limits below the 40 characters a FIELD_TOO_LONG message quotes (no Spark needed). */
class IncidentMapperLimitsTest {
  @Test
  void aFieldLongerThanASmallConfiguredLimitIsRefusedNotAnException() throws URISyntaxException {
    Vocabulary vocabulary = Vocabulary.load(SharedSpark.projectHome().resolve("conf/vocabulary.conf"));
    Path corpus = Path.of(IncidentMapperLimitsTest.class.getResource("/bad-input").toURI());
    FeedSpec feed = new FeedSpecParser(vocabulary, corpus.toString(), 25)
        .parse(new File(corpus.resolve("feeds/bad-fr-csv.conf").toString()));
    IncidentMapper mapper = new IncidentMapper(feed, vocabulary, CountryBorders.loadDefault(vocabulary::alpha3ForNumeric),
        new IngestLimits(30, 4000, 100), LocalDate.of(2026, 11, 22));
    Map<String, String> fields = new LinkedHashMap<>();
    String[] header = {"Référence", "Date", "Infraction", "Objet", "Quantité", "Unité", "Localité", "Région", "Latitude",
        "Longitude", "Interpellés", "Tués", "Moyen", "Observations"};
    String[] values = {"ML-001", "05/10/2026", "Trafic de stupéfiants", "résine de cannabis en plaquettes", "1,5", "kg",
        "Gao", "Gao", "16,27", "-0,04", "2", "0", "pick-up", "RAS"};
    for (int i = 0; i < header.length; i++) {
      fields.put(header[i], values[i]);
    }
    MappedIncident m = mapper.map(RawRecord.ok(2, String.join(";", values), fields));
    assertEquals(1, m.violations.size(), m.violations.toString());
    Violation v = m.violations.get(0);
    assertEquals(ReasonCodes.FIELD_TOO_LONG, v.code());
    assertEquals("Objet", v.column());
    assertTrue(v.message().contains("32 characters, at most 30 allowed"), v.message());
  }
}
