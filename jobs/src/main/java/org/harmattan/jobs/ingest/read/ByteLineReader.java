package org.harmattan.jobs.ingest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;

/**
 * Splits a byte stream into physical lines and decodes each one strictly, so that a line with
 * bytes that are not valid in the feed's character set is reported, with the offending bytes,
 * instead of being silently replaced. Lines end at LF; a CR before it is dropped. A UTF-8 byte
 * order mark at the start is skipped. The stream is read in chunks, not byte by byte: a read()
 * call per byte through Hadoop's checksummed stream was about a third of the ingest's read stage.
 */
final class ByteLineReader {
  /** A decoded physical line; {@code decodeError} is null when the bytes were valid. */
  record Line(long number, String text, String decodeError) {}

  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder strict;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
  private final byte[] chunk;
  private int position;
  private int limit;
  private long number;
  private boolean eof;

  ByteLineReader(InputStream in, Charset charset) {
    this(in, charset, 64 * 1024);
  }

  /** @param chunkBytes how much is read from the stream at a time */
  ByteLineReader(InputStream in, Charset charset, int chunkBytes) {
    this.in = in;
    this.chunk = new byte[chunkBytes];
    this.charset = charset;
    this.strict = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    if (eof) {
      return null;
    }
    buffer.reset();
    boolean any = false;
    while (true) {
      if (position == limit) {
        int read = in.read(chunk, 0, chunk.length);
        if (read < 0) {
          eof = true;
          break;
        }
        position = 0;
        limit = read;
        continue;
      }
      int end = position;
      while (end < limit && chunk[end] != '\n') {
        end++;
      }
      buffer.write(chunk, position, end - position);
      any = true;
      if (end < limit) {
        position = end + 1;
        break;
      }
      position = limit;
    }
    if (eof && !any) {
      return null;
    }
    number++;
    byte[] bytes = buffer.toByteArray();
    int len = bytes.length;
    if (len > 0 && bytes[len - 1] == '\r') {
      len--;
    }
    int start = 0;
    if (number == 1 && len >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      start = 3;
    }
    ByteBuffer bb = ByteBuffer.wrap(bytes, start, len - start);
    try {
      CharBuffer cb = strict.reset().decode(bb);
      return new Line(number, cb.toString(), null);
    } catch (CharacterCodingException e) {
      String lenient = new String(bytes, start, len - start, charset);
      return new Line(number, lenient, describe(bytes, start, len, e));
    }
  }

  private String describe(byte[] bytes, int start, int len, CharacterCodingException e) {
    // Find the first bad byte by decoding prefixes; lines are short, this runs only on bad lines.
    int bad = start;
    CharsetDecoder d = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bb = ByteBuffer.wrap(bytes, start, len - start);
    CharBuffer out = CharBuffer.allocate(len + 1);
    java.nio.charset.CoderResult r = d.decode(bb, out, true);
    if (r.isError()) {
      bad = bb.position();
    }
    int count = e instanceof MalformedInputException m ? m.getInputLength() : 1;
    StringBuilder hex = new StringBuilder();
    for (int i = bad; i < Math.min(len, bad + Math.max(1, count)); i++) {
      hex.append(hex.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xff));
    }
    return "byte " + hex + " at byte " + (bad - start + 1) + " of line " + number + " is not valid " + charset.name();
  }
}
