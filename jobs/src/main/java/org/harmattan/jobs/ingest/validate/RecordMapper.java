package org.harmattan.jobs.ingest.validate;

import java.io.Serializable;
import org.harmattan.jobs.ingest.read.RawRecord;

/** Maps one record of a feed to its target table's columns and checks it; runs on the executors, never throws for a bad record. */
public interface RecordMapper extends Serializable {
  MappedRecord map(RawRecord record);
}
