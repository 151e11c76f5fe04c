package org.harmattan.jobs.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 4180 records with a header line, any delimiter and quote character, quoted fields that
 * span lines, and line numbers. Written here rather than taken from a CSV library because a bad
 * quote must cost one record, not the rest of the file: a quoted field left open for more than
 * {@code maxLinesPerRecord} lines (or to the end of the file) refuses the record's first line as
 * BROKEN_QUOTING and reading resumes on the next line.
 */
public final class CsvRecordReader implements RecordReader {
  private final Charset charset;
  private final char delimiter;
  private final char quote;
  private final int maxLinesPerRecord;

  public CsvRecordReader(Charset charset, char delimiter, char quote, int maxLinesPerRecord) {
    this.charset = charset;
    this.delimiter = delimiter;
    this.quote = quote;
    this.maxLinesPerRecord = maxLinesPerRecord;
  }

  @Override
  public List<String> header(InputStream in) throws IOException {
    ByteLineReader lines = new ByteLineReader(in, charset);
    ByteLineReader.Line first = lines.next();
    if (first == null || first.text().isBlank()) {
      throw new IOException("the file is empty: a header line is expected");
    }
    if (first.decodeError() != null) {
      throw new IOException("header line: " + first.decodeError());
    }
    Parsed p = parse(first.text());
    if (p.state != State.COMPLETE) {
      throw new IOException("header line: " + p.error);
    }
    return p.fields.stream().map(String::strip).toList();
  }

  @Override
  public Iterator<RawRecord> records(InputStream in) throws IOException {
    ByteLineReader lines = new ByteLineReader(in, charset);
    ByteLineReader.Line headerLine = lines.next();
    if (headerLine == null) {
      return List.<RawRecord>of().iterator();
    }
    List<String> header = parse(headerLine.text()).fields.stream().map(String::strip).toList();
    return new LookaheadIterator<>() {
      private final Deque<ByteLineReader.Line> pending = new ArrayDeque<>();

      private ByteLineReader.Line pull() throws IOException {
        return pending.isEmpty() ? lines.next() : pending.pollFirst();
      }

      @Override
      protected RawRecord computeNext() throws IOException {
        ByteLineReader.Line first;
        while ((first = pull()) != null) {
          if (!first.text().isBlank() || first.decodeError() != null) { // empty lines are not records
            return assemble(first);
          }
        }
        return null;
      }

      private RawRecord assemble(ByteLineReader.Line first) throws IOException {
        List<ByteLineReader.Line> used = new ArrayList<>();
        used.add(first);
        StringBuilder text = new StringBuilder(first.text());
        Parsed p = parse(text.toString());
        while (p.state == State.OPEN_QUOTE && used.size() < maxLinesPerRecord) {
          ByteLineReader.Line more = pull();
          if (more == null) {
            break;
          }
          used.add(more);
          text.append('\n').append(more.text());
          p = parse(text.toString());
        }
        if (p.state == State.OPEN_QUOTE) {
          // Give back every line but the first: they are read again as records of their own.
          for (int i = used.size() - 1; i >= 1; i--) {
            pending.addFirst(used.get(i));
          }
          return RawRecord.bad(first.number(), first.text(), "BROKEN_QUOTING",
              "line " + first.number() + ": a quoted field opened at character " + p.openedAt
                  + " is not closed within " + maxLinesPerRecord + " lines");
        }
        String raw = text.toString();
        for (ByteLineReader.Line l : used) {
          if (l.decodeError() != null) {
            return RawRecord.bad(first.number(), raw, "UNDECODABLE_BYTES", l.decodeError());
          }
        }
        if (p.state == State.BAD_QUOTE) {
          return RawRecord.bad(first.number(), raw, "BROKEN_QUOTING", "line " + first.number() + ": " + p.error);
        }
        if (p.fields.size() != header.size()) {
          return RawRecord.bad(first.number(), raw, "MALFORMED_ROW", "line " + first.number() + ": " + p.fields.size()
              + " fields where the header has " + header.size() + " (delimiter '" + delimiter + "')");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          fields.put(header.get(i), p.fields.get(i));
        }
        return RawRecord.ok(first.number(), raw, fields);
      }
    };
  }

  private enum State { COMPLETE, OPEN_QUOTE, BAD_QUOTE }

  private static final class Parsed {
    State state = State.COMPLETE;
    final List<String> fields = new ArrayList<>();
    int openedAt;
    String error;
  }

  /** Splits one record's text (possibly several lines joined by LF) into fields. */
  Parsed parse(String text) {
    Parsed p = new Parsed();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = text.length();
    while (true) {
      if (i < n && text.charAt(i) == quote) {
        p.openedAt = i + 1;
        i++;
        boolean closed = false;
        while (i < n) {
          char c = text.charAt(i);
          if (c == quote) {
            if (i + 1 < n && text.charAt(i + 1) == quote) {
              field.append(quote);
              i += 2;
              continue;
            }
            closed = true;
            i++;
            break;
          }
          field.append(c);
          i++;
        }
        if (!closed) {
          p.state = State.OPEN_QUOTE;
          return p;
        }
        if (i < n && text.charAt(i) != delimiter) {
          p.state = State.BAD_QUOTE;
          p.error = "unexpected '" + text.charAt(i) + "' after the closing quote of field " + (p.fields.size() + 1);
          return p;
        }
      } else {
        while (i < n && text.charAt(i) != delimiter) {
          field.append(text.charAt(i));
          i++;
        }
      }
      p.fields.add(field.toString());
      field.setLength(0);
      if (i >= n) {
        return p;
      }
      i++; // skip the delimiter
    }
  }
}
