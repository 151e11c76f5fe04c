package org.harmattan.jobs.ingest.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A file holding one JSON array of objects, read as a stream (the file is never held whole).
 * A record's line is its number in the array (1-based): published JSON arrays are often one
 * physical line, where a line number would say nothing.
 */
public final class JsonArrayRecordReader implements RecordReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final Charset charset;

  public JsonArrayRecordReader(Charset charset) {
    this.charset = charset;
  }

  /** The keys seen in the first {@value JsonLinesRecordReader#HEADER_SAMPLE} objects stand for a header. */
  @Override
  public List<String> header(InputStream in) throws IOException {
    JsonParser p = MAPPER.getFactory().createParser(new InputStreamReader(in, charset));
    if (p.nextToken() != JsonToken.START_ARRAY) {
      throw new IOException("expected a JSON array of records");
    }
    java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
    int objects = 0;
    JsonToken t;
    while (objects < JsonLinesRecordReader.HEADER_SAMPLE && (t = p.nextToken()) != null && t != JsonToken.END_ARRAY) {
      JsonNode n = MAPPER.readTree(p);
      if (n.isObject()) {
        keys.addAll(JsonFields.flatten(n).keySet());
        objects++;
      }
    }
    if (objects == 0) {
      throw new IOException("the JSON array holds no object");
    }
    return new ArrayList<>(keys);
  }

  @Override
  public Iterator<RawRecord> records(InputStream in) throws IOException {
    JsonParser p = MAPPER.getFactory().createParser(new InputStreamReader(in, charset));
    if (p.nextToken() != JsonToken.START_ARRAY) {
      throw new IOException("expected a JSON array of records");
    }
    return new LookaheadIterator<>() {
      private long number;
      private boolean broken;

      @Override
      protected RawRecord computeNext() {
        if (broken) {
          return null;
        }
        try {
          JsonToken t = p.nextToken();
          if (t == JsonToken.END_ARRAY || t == null) {
            return null;
          }
          number++;
          JsonNode n = MAPPER.readTree(p);
          return n.isObject() ? RawRecord.ok(number, n.toString(), JsonFields.flatten(n))
              : RawRecord.bad(number, n.toString(), "INVALID_JSON", "record " + number + ": expected a JSON object");
        } catch (IOException e) {
          // The stream cannot be resynchronised after broken JSON: the rest of the file is one bad record.
          broken = true;
          number++;
          return RawRecord.bad(number, "", "INVALID_JSON", "record " + number + " and after: " + e.getMessage());
        }
      }
    };
  }
}
