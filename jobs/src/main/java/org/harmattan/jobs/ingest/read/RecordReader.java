package org.harmattan.jobs.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/** Reads the records of one feed file. Implementations never throw for a bad record: they return it marked. */
public interface RecordReader {
  /**
   * The file's column names (CSV/XLSX header, keys of the first JSON record).
   *
   * @throws IOException when the file cannot be read or has no header
   */
  List<String> header(InputStream in) throws IOException;

  /** Every record of the file, in order; the stream is read lazily and closed by the caller. */
  Iterator<RawRecord> records(InputStream in) throws IOException;
}
