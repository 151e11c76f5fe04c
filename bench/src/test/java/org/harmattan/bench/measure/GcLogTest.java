package org.harmattan.bench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcLogTest {
  /** Lines as G1 writes them with -Xlog:gc on Java 17 (GC(5) and GC(6) from a 10M ingest); concurrent-cycle lines carry no heap figures. */
  @Test
  void takesTheMostHeapBeforeAndAfterAnyPause(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("01-ingest.gc.log");
    Files.writeString(log, """
        [0.010s][info][gc] Using G1
        [1.234s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 4.567ms
        [9.100s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 1843M->1210M(2048M) 30.1ms
        [9.200s][info][gc] GC(2) Concurrent Mark Cycle 120.2ms
        [9.300s][info][gc] GC(2) Pause Remark 1300M->1290M(2048M) 5.0ms
        [12.00s][info][gc] GC(3) Pause Full (G1 Compaction Pause) 2047M->1536M(2048M) 900.0ms
        [13.00s][info][gc] GC(4) Pause Young (Normal) (G1 Evacuation Pause) 512000K->20480K(2048M) 3.0ms
        [14.00s][info][gc] GC(5) To-space exhausted
        [14.00s][info][gc] GC(5) Pause Young (Normal) (G1 Evacuation Pause) 2045M->2045M(2048M) 3.2ms
        [14.20s][info][gc] GC(6) Pause Full (G1 Compaction Pause) 2045M->702M(2048M) 167.8ms
        """);
    GcLog.HeapUse use = GcLog.read(log);
    assertEquals(2047, use.peakBeforeGcMb());
    // the failed evacuation of GC(5) kept everything for a moment; the full collection after it did not
    assertEquals(1536, use.peakAfterGcMb());
    assertEquals(7, use.collections());
  }

  @Test
  void aJvmThatNeverCollectedHasNoFigures(@TempDir Path dir) throws Exception {
    assertEquals(-1, GcLog.read(dir.resolve("missing.gc.log")).peakBeforeGcMb());
  }
}
