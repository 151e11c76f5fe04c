package org.harmattan.jobs.ingest.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** One JSON object per line; a line that is not a JSON object is an INVALID_JSON record. */
public final class JsonLinesRecordReader implements RecordReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  static final int HEADER_SAMPLE = 1000;
  private final Charset charset;

  public JsonLinesRecordReader(Charset charset) {
    this.charset = charset;
  }

  /**
   * JSON has no header: the keys seen in the first {@value #HEADER_SAMPLE} objects stand for it,
   * so that a key missing from a few records refuses those records, not the feed. An empty file
   * (blank lines at most) is a delivery without records: {@link NoRecordsException}.
   */
  @Override
  public List<String> header(InputStream in) throws IOException {
    ByteLineReader lines = new ByteLineReader(in, charset);
    java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
    int objects = 0;
    int lineCount = 0;
    ByteLineReader.Line l;
    while (objects < HEADER_SAMPLE && (l = lines.next()) != null) {
      if (l.text().isBlank() && l.decodeError() == null) {
        continue;
      }
      lineCount++;
      try {
        JsonNode n = MAPPER.readTree(l.text());
        if (n != null && n.isObject()) {
          keys.addAll(JsonFields.flatten(n).keySet());
          objects++;
        }
      } catch (JsonProcessingException e) {
        // Not a header problem: the record will be quarantined; look at the next line.
      }
    }
    if (lineCount == 0) {
      throw new NoRecordsException("the file is empty");
    }
    if (objects == 0) {
      throw new IOException("the file holds no JSON object");
    }
    return new ArrayList<>(keys);
  }

  @Override
  public Iterator<RawRecord> records(InputStream in) {
    ByteLineReader lines = new ByteLineReader(in, charset);
    return new LookaheadIterator<>() {
      @Override
      protected RawRecord computeNext() throws IOException {
        ByteLineReader.Line l;
        while ((l = lines.next()) != null) {
          if (!l.text().isBlank() || l.decodeError() != null) {
            return toRecord(l);
          }
        }
        return null;
      }
    };
  }

  private static RawRecord toRecord(ByteLineReader.Line l) {
    if (l.decodeError() != null) {
      return RawRecord.bad(l.number(), l.text(), "UNDECODABLE_BYTES", l.decodeError());
    }
    try {
      JsonNode n = MAPPER.readTree(l.text());
      if (n == null || !n.isObject()) {
        return RawRecord.bad(l.number(), l.text(), "INVALID_JSON", "line " + l.number() + ": expected a JSON object, found "
            + (n == null ? "nothing" : n.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
      }
      return RawRecord.ok(l.number(), l.text(), JsonFields.flatten(n));
    } catch (JsonProcessingException e) {
      return RawRecord.bad(l.number(), l.text(), "INVALID_JSON", "line " + l.number() + ": " + e.getOriginalMessage());
    }
  }
}
