package org.harmattan.jobs.ingest;

import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.harmattan.core.catalog.Schemas;
import org.harmattan.jobs.ingest.read.RawRecord;
import org.harmattan.jobs.ingest.read.RecordReaders;
import org.harmattan.jobs.ingest.validate.IncidentMapper;
import org.harmattan.jobs.ingest.validate.MappedIncident;
import org.harmattan.jobs.ingest.validate.Violation;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The rows an ingest batch stages before writing: the bronze columns (record as received),
 * the canonical incident columns, and the violations. One Spark task reads one file.
 */
final class StagedRecords {
  /** The canonical incident columns produced by mapping (incident schema minus keys of lineage). */
  static final List<String> INCIDENT_COLUMNS = List.of("incident_id", "source", "source_feed", "source_record_id",
      "reporting_country", "country", "admin1", "place_name", "latitude", "longitude", "prio_gid", "event_date",
      "event_month", "category", "item", "quantity", "unit", "quantity_reported", "unit_reported", "small_arms",
      "ammunition_rounds", "explosives_kg", "heavy_weapons", "fatalities", "arrests", "actors", "transport_mode",
      "narrative");

  static final StructType SCHEMA = schema();

  private StagedRecords() {}

  private static StructType schema() {
    List<StructField> fields = new ArrayList<>(List.of(Schemas.BRONZE_FEED_RECORDS.fields()));
    for (String c : INCIDENT_COLUMNS) {
      fields.add(Schemas.INCIDENTS.apply(c));
    }
    fields.add(createStructField("violations", createArrayType(Schemas.VIOLATION, true), false));
    return new StructType(fields.toArray(StructField[]::new));
  }

  /** A file to read in one task. */
  record FileTask(String feed, String file, String sha256) implements Serializable {}

  /** Reads one file and maps every record; never throws for a bad record. */
  static final class ReadFile implements FlatMapFunction<FileTask, Row> {
    private static final long serialVersionUID = 1L;
    private final Map<String, IncidentMapper> mappers;
    private final Map<String, org.harmattan.jobs.ingest.feed.FeedSpec> feeds;
    private final HadoopFiles files;
    private final int maxLinesPerRecord;
    private final String batchId;
    private final Timestamp ingestedAt;

    ReadFile(Map<String, IncidentMapper> mappers, Map<String, org.harmattan.jobs.ingest.feed.FeedSpec> feeds,
        HadoopFiles files, int maxLinesPerRecord, String batchId, Timestamp ingestedAt) {
      this.mappers = mappers;
      this.feeds = feeds;
      this.files = files;
      this.maxLinesPerRecord = maxLinesPerRecord;
      this.batchId = batchId;
      this.ingestedAt = ingestedAt;
    }

    @Override
    public Iterator<Row> call(FileTask task) throws IOException {
      IncidentMapper mapper = mappers.get(task.feed());
      InputStream in = files.open(task.file());
      Iterator<RawRecord> records = RecordReaders.forFeed(feeds.get(task.feed()), maxLinesPerRecord).records(in);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          boolean more = records.hasNext();
          if (!more) {
            try {
              in.close();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          return more;
        }

        @Override
        public Row next() {
          RawRecord r = records.next();
          return toRow(task, r, mapper.map(r));
        }
      };
    }

    private Row toRow(FileTask task, RawRecord r, MappedIncident m) {
      List<Row> violations = new ArrayList<>();
      for (Violation v : m.violations) {
        violations.add(RowFactory.create(v.code(), v.column(), v.message()));
      }
      boolean ok = m.accepted();
      Date date = m.eventDate == null ? null : Date.valueOf(m.eventDate);
      return RowFactory.create(task.feed(), task.file(), r.line(), batchId, ingestedAt, task.sha256(), r.raw(),
          CollectionConverters.asScala(r.fields()),
          m.incidentId, m.source, m.sourceFeed, m.sourceRecordId, m.reportingCountry, ok ? m.country : null,
          m.admin1, m.placeName, m.latitude, m.longitude, m.prioGid, date,
          m.eventDate == null ? null : m.eventDate.toString().substring(0, 7), m.category, m.item, m.quantity, m.unit,
          m.quantityReported, m.unitReported, m.smallArms, m.ammunitionRounds, m.explosivesKg, m.heavyWeapons,
          m.fatalities, m.arrests, CollectionConverters.asScala(m.actors).toSeq(), m.transportMode, m.narrative,
          CollectionConverters.asScala(violations).toSeq());
    }
  }
}
