package org.harmattan.jobs.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.harmattan.core.config.ConfigKeys;
import org.harmattan.core.config.HarmattanConfig;
import org.harmattan.core.testing.SharedSpark;
import org.harmattan.core.vocab.Vocabulary;
import org.harmattan.jobs.ingest.TargetTable;
import org.harmattan.jobs.ingest.feed.FeedCatalog;
import org.harmattan.jobs.ingest.read.RawRecord;
import org.harmattan.jobs.ingest.validate.IngestLimits;
import org.harmattan.jobs.ingest.validate.MappedRecord;
import org.junit.jupiter.api.Test;

/** The reference mappers on single records of the shipped feed confs: no Spark involved. */
class ReferenceMappersTest {
  static final HarmattanConfig CONFIG = SharedSpark.config(Path.of("/tmp/unused-lakehouse"), "");
  static final Vocabulary VOCABULARY = Vocabulary.load(CONFIG.localPath(ConfigKeys.VOCABULARY));
  static final FeedCatalog FEEDS = FeedCatalog.load(CONFIG, VOCABULARY);
  static final TargetTable.MappingResources RESOURCES = new TargetTable.MappingResources(VOCABULARY, null,
      IngestLimits.from(CONFIG), LocalDate.of(2026, 11, 22));

  private static MappedRecord map(String feed, ReferenceTarget target, Map<String, String> fields) {
    return target.mapper(FEEDS.select(List.of(feed)).get(0), RESOURCES).map(RawRecord.ok(7, "raw", fields));
  }

  private static Object value(ReferenceTarget target, MappedRecord m, String column) {
    return m.values().get(target.staged().fieldIndex(column));
  }

  private static final Map<String, String> ARABIC_NOTICE = Map.of("رقم النشرة", "A-1/10-2024", "نوع النشرة", "حمراء",
      "الرقم المرجعي للشخص", "LY/0913117", "الدولة المصدرة", "ليبيا", "الجريمة", "مخدرات", "تاريخ الإصدار", "١١/١٠/٢٠٢٤",
      "صالحة حتى", "10/10/2029", "الحالة", "ملغاة", "تاريخ الإلغاء", "03/02/2025");

  @Test
  void anArabicNoticeWithArabicIndicDigitsBecomesARedNoticeCancelledOnItsDate() {
    MappedRecord m = map("lby-ncb-notices", ReferenceTargets.NOTICES, ARABIC_NOTICE);
    assertTrue(m.accepted(), m.violations().toString());
    assertEquals("RED", value(ReferenceTargets.NOTICES, m, "notice_type"));
    assertEquals("LBY", value(ReferenceTargets.NOTICES, m, "issuing_country"));
    assertEquals("DRUG_TRAFFICKING", value(ReferenceTargets.NOTICES, m, "offence_category"));
    assertEquals("مخدرات", value(ReferenceTargets.NOTICES, m, "offence_reported"));
    assertEquals(java.sql.Date.valueOf("2024-10-11"), value(ReferenceTargets.NOTICES, m, "issue_date"));
    assertEquals("lby-ncb", m.sourceFeed());
    assertEquals(ReferenceMapper.key("lby-ncb", "LY/0913117"), value(ReferenceTargets.NOTICES, m, "person_id"));
    @SuppressWarnings("unchecked")
    List<Row> versions = scala.jdk.javaapi.CollectionConverters.asJava(
        (scala.collection.Seq<Row>) value(ReferenceTargets.NOTICES, m, ReferenceTarget.VERSIONS));
    assertEquals(List.of("ACTIVE 2024-10-11T00:00:00Z 2025-02-03T00:00:00Z", "CANCELLED 2025-02-03T00:00:00Z null"),
        versions.stream().map(v -> v.getString(0) + " " + v.getTimestamp(1).toInstant() + " "
            + (v.isNullAt(2) ? "null" : v.getTimestamp(2).toInstant().toString())).toList());
  }

  @Test
  void anUnknownNoticeTypeIsRefusedWithFeedLineColumnAndValue() {
    Map<String, String> fields = new java.util.HashMap<>(ARABIC_NOTICE);
    fields.put("نوع النشرة", "رمادية");
    MappedRecord m = map("lby-ncb-notices", ReferenceTargets.NOTICES, fields);
    assertEquals(1, m.violations().size(), m.violations().toString());
    assertEquals("UNKNOWN_CODE", m.violations().get(0).code());
    assertTrue(m.violations().get(0).message().startsWith("Feed 'lby-ncb-notices' line 7 column 'نوع النشرة': unknown notice type 'رمادية'"),
        m.violations().get(0).message());
  }

  @Test
  void aCancellationBeforeTheIssueIsRefusedAndNoVersionIsMade() {
    Map<String, String> fields = new java.util.HashMap<>(ARABIC_NOTICE);
    fields.put("تاريخ الإلغاء", "01/01/2024");
    MappedRecord m = map("lby-ncb-notices", ReferenceTargets.NOTICES, fields);
    assertEquals(List.of("CANCELLATION_BEFORE_ISSUE"), m.violations().stream().map(v -> v.code()).toList());
    assertTrue(m.violations().get(0).message().contains("cancelled on 2024-01-01, before the notice was issued on 2024-10-11"));
    assertNull(value(ReferenceTargets.NOTICES, m, ReferenceTarget.VERSIONS));
  }

  @Test
  void aFrenchPersonGetsGivenNamesBeforeTheFamilyNameAndAnAlpha3Nationality() {
    MappedRecord m = map("mar-bcn-persons", ReferenceTargets.PERSONS, Map.of("Réf. personne", "MA-P-1", "Nom", "DIALLO",
        "Prénoms", "Ahmed", "Date de naissance", "14/06/1993", "Sexe", "M", "Nationalité", "Nigéria"));
    assertTrue(m.accepted(), m.violations().toString());
    assertEquals("Ahmed DIALLO", value(ReferenceTargets.PERSONS, m, "name_latin"));
    assertEquals("NGA", value(ReferenceTargets.PERSONS, m, "nationality"));
    assertEquals(java.sql.Date.valueOf("1993-06-14"), value(ReferenceTargets.PERSONS, m, "date_of_birth"));
  }

  @Test
  void aRequestAnsweredWithAnUnreadableTimeIsRefused() {
    MappedRecord m = map("i247-requests", ReferenceTargets.REQUESTS, Map.of("request_ref", "RQ-1", "from_bureau", "MAR",
        "to_bureau", "NER", "request_type", "INFORMATION", "priority", "URGENT", "sent_at", "2026-03-01T10:00:00Z",
        "answered_at", "yesterday", "status", "ANSWERED"));
    assertEquals(List.of("UNPARSEABLE_TIMESTAMP"), m.violations().stream().map(v -> v.code()).toList());
    assertTrue(m.violations().get(0).message().contains("'answered_at': cannot parse 'yesterday'"));
  }

  @Test
  void aStolenDocumentWithoutReportDateIsStolenFromTheIngestionDay() {
    MappedRecord m = map("i247-travel-documents", ReferenceTargets.TRAVEL_DOCUMENTS, Map.of("document_number", "P1",
        "document_type", "Laissez-passer", "issuing_country", "SDN", "issue_date", "2020-01-01", "status", "Stolen"));
    assertTrue(m.accepted(), m.violations().toString());
    assertEquals("TRAVEL_DOCUMENT", value(ReferenceTargets.TRAVEL_DOCUMENTS, m, "document_type"));
    assertEquals("STOLEN", value(ReferenceTargets.TRAVEL_DOCUMENTS, m, ReferenceTarget.CHANGE_STATUS));
    @SuppressWarnings("unchecked")
    Row only = scala.jdk.javaapi.CollectionConverters.asJava(
        (scala.collection.Seq<Row>) value(ReferenceTargets.TRAVEL_DOCUMENTS, m, ReferenceTarget.VERSIONS)).get(0);
    assertEquals("2026-11-22T00:00:00Z", only.getTimestamp(1).toInstant().toString());
  }
}
