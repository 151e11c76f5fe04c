package org.harmattan.jobs.ingest;

import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.harmattan.core.catalog.Schemas;
import org.harmattan.jobs.ingest.feed.FeedSpec;
import org.harmattan.jobs.ingest.read.RawRecord;
import org.harmattan.jobs.ingest.read.RecordReaders;
import org.harmattan.jobs.ingest.validate.MappedRecord;
import org.harmattan.jobs.ingest.validate.ReasonCodes;
import org.harmattan.jobs.ingest.validate.RecordMapper;
import org.harmattan.jobs.ingest.validate.Violation;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The rows an ingest batch stages before writing: the bronze columns (record as received), the
 * columns every target shares (target, key, reference, person reference), the violations, and one
 * struct column per target holding the mapped values (null for the other targets).
 */
final class StagedRecords {
  static final String TARGET = "_target";
  static final String KEY = "_key";
  static final String REFERENCE = "_record_ref";
  static final String SOURCE_FEED = "_source_feed";
  static final String PERSON_REF = "_person_ref";
  static final String PERSON_REF_COLUMN = "_person_ref_column";
  static final String VIOLATIONS = "violations";

  private StagedRecords() {}

  /** The staged schema for these targets, in this order. */
  static StructType schema(List<TargetTable> targets) {
    List<StructField> fields = new ArrayList<>(List.of(Schemas.BRONZE_FEED_RECORDS.fields()));
    for (String c : List.of(TARGET, KEY, REFERENCE, SOURCE_FEED, PERSON_REF, PERSON_REF_COLUMN)) {
      fields.add(createStructField(c, StringType, true));
    }
    fields.add(createStructField(VIOLATIONS, createArrayType(Schemas.VIOLATION, true), false));
    for (TargetTable t : targets) {
      fields.add(createStructField(t.name(), t.staged(), true));
    }
    return new StructType(fields.toArray(StructField[]::new));
  }

  /**
   * A file to read.
   *
   * @param bytes the file's size as stored: read tasks are sized by it
   */
  record FileTask(String feed, String file, String sha256, long bytes, java.time.Instant modifiedAt) implements Serializable {}

  /** Reads one file and maps every record; never throws for a bad record. */
  static final class ReadFile implements FlatMapFunction<FileTask, Row> {
    private static final long serialVersionUID = 1L;
    private final Map<String, RecordMapper> mappers;
    private final Map<String, FeedSpec> feeds;
    private final List<String> targets;
    private final HadoopFiles files;
    private final int maxLinesPerRecord;
    private final String batchId;
    private final Timestamp ingestedAt;

    /** @param targets target names in the order of the staged struct columns */
    ReadFile(Map<String, RecordMapper> mappers, Map<String, FeedSpec> feeds, List<String> targets, HadoopFiles files,
        int maxLinesPerRecord, String batchId, Timestamp ingestedAt) {
      this.mappers = mappers;
      this.feeds = feeds;
      this.targets = targets;
      this.files = files;
      this.maxLinesPerRecord = maxLinesPerRecord;
      this.batchId = batchId;
      this.ingestedAt = ingestedAt;
    }

    @Override
    public Iterator<Row> call(FileTask task) throws IOException {
      RecordMapper mapper = mappers.get(task.feed());
      FeedSpec feed = feeds.get(task.feed());
      int slot = targets.indexOf(feed.target());
      InputStream in = files.open(task.file());
      Iterator<RawRecord> records = RecordReaders.forFeed(feed, maxLinesPerRecord).records(in);
      // First line of each record id in this file (bounded by one file's records): a later line
      // with the same id is refused here, while reading, rather than by a shuffle of the whole batch.
      Map<String, Long> firstLines = new HashMap<>();
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
          MappedRecord m = mapper.map(r);
          Long first = m.key() == null ? null : firstLines.putIfAbsent(m.key(), r.line());
          return toRow(task, feed.target(), slot, r, m, first);
        }
      };
    }

    /** @param firstLine the line where the record's id first appeared in the file, or null */
    private Row toRow(FileTask task, String target, int slot, RawRecord r, MappedRecord m, Long firstLine) {
      List<Row> violations = new ArrayList<>();
      for (Violation v : m.violations()) {
        violations.add(RowFactory.create(v.code(), v.column(), v.message()));
      }
      if (firstLine != null) {
        violations.add(RowFactory.create(ReasonCodes.DUPLICATE_KEY_IN_BATCH, null, "Feed '" + task.feed() + "' line "
            + r.line() + ": record id '" + m.reference() + "' already appears at line " + firstLine + " of this file"));
      }
      Object[] values = new Object[15 + targets.size()];
      int i = 0;
      values[i++] = task.feed();
      values[i++] = task.file();
      values[i++] = r.line();
      values[i++] = batchId;
      values[i++] = ingestedAt;
      values[i++] = task.sha256();
      values[i++] = r.raw();
      values[i++] = CollectionConverters.asScala(r.fields());
      values[i++] = target;
      values[i++] = m.key();
      values[i++] = m.reference();
      values[i++] = m.sourceFeed();
      values[i++] = m.personRef();
      values[i++] = m.personRefColumn();
      values[i++] = CollectionConverters.asScala(violations).toSeq();
      values[i + slot] = m.values();
      return RowFactory.create(values);
    }
  }
}
