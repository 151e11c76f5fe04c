package org.harmattan.jobs.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines split across chunk boundaries and short reads come out as if the stream were read byte by byte. */
class ByteLineReaderTest {
  private static final byte[] SAMPLE = ("\uFEFFid;lieu\r\n"
      + "1;Agadez\n"
      + "\n"
      + "2;" + "x".repeat(300) + "\r\n"
      + "3;\u0627\u0644\u0643\u0641\u0631\u0629\n"
      + "4;sans fin de ligne").getBytes(StandardCharsets.UTF_8);
  private static final List<String> EXPECTED = List.of("id;lieu", "1;Agadez", "", "2;" + "x".repeat(300),
      "3;\u0627\u0644\u0643\u0641\u0631\u0629", "4;sans fin de ligne");

  @Test
  void everyChunkSizeGivesTheSameLinesAndNumbers() throws IOException {
    for (int chunk : new int[] {1, 2, 3, 7, 64, 301, 1 << 16}) {
      List<ByteLineReader.Line> lines = readAll(new ByteArrayInputStream(SAMPLE), StandardCharsets.UTF_8, chunk);
      assertEquals(EXPECTED, lines.stream().map(ByteLineReader.Line::text).toList(), "chunk " + chunk);
      for (int i = 0; i < lines.size(); i++) {
        assertEquals(i + 1, lines.get(i).number());
        assertNull(lines.get(i).decodeError());
      }
    }
  }

  @Test
  void aStreamThatAnswersOneByteAtATimeGivesTheSameLines() throws IOException {
    InputStream trickle = new ByteArrayInputStream(SAMPLE) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };
    assertEquals(EXPECTED, readAll(trickle, StandardCharsets.UTF_8, 1 << 16).stream()
        .map(ByteLineReader.Line::text).toList());
  }

  @Test
  void aTrailingNewlineAddsNoEmptyLineAndAnEmptyStreamHasNone() throws IOException {
    assertEquals(List.of("a", "b"), readAll(new ByteArrayInputStream("a\nb\n".getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8, 2).stream().map(ByteLineReader.Line::text).toList());
    assertTrue(readAll(new ByteArrayInputStream(new byte[0]), StandardCharsets.UTF_8, 4).isEmpty());
  }

  @Test
  void anInvalidByteIsReportedOnItsOwnLineAcrossAChunkBoundary() throws IOException {
    byte[] bytes = {'o', 'k', '\n', 'a', 'b', (byte) 0xC3, '(', '\n', 'z'};
    List<ByteLineReader.Line> lines = readAll(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, 5);
    assertEquals(3, lines.size());
    assertNull(lines.get(0).decodeError());
    assertNotNull(lines.get(1).decodeError());
    assertTrue(lines.get(1).decodeError().contains("0xC3"), lines.get(1).decodeError());
    assertTrue(lines.get(1).decodeError().contains("at byte 3 of line 2"), lines.get(1).decodeError());
    assertEquals("z", lines.get(2).text());
  }

  private static List<ByteLineReader.Line> readAll(InputStream in, Charset charset, int chunk) throws IOException {
    ByteLineReader reader = new ByteLineReader(in, charset, chunk);
    List<ByteLineReader.Line> out = new ArrayList<>();
    for (ByteLineReader.Line l = reader.next(); l != null; l = reader.next()) {
      out.add(l);
    }
    assertNull(reader.next(), "stays at the end");
    return out;
  }
}
