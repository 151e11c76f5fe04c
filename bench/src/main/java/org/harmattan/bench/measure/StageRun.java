package org.harmattan.bench.measure;

import java.util.Map;

/**
 * One measured run of a stage or peer.
 *
 * @param status {@code ok}, {@code failed} or {@code not run (...)}: a figure exists only for {@code ok}
 * @param wallSeconds from process start to exit (JVM and Spark start included), or in-process wall time
 * @param cpuSeconds CPU time of the process, all threads; -1 when not measured
 * @param peakRssMb peak resident memory; -1 when not measured
 * @param peakHeapMb most heap in use, just before a collection (from the JVM's GC log, at most -Xmx); -1 when not
 *     measured
 * @param heapAfterGcMb most heap still in use just after a collection: what the stage had to keep; -1 when not
 *     measured
 * @param details what the stage said about its work (counts, sub-step timings)
 */
public record StageRun(String name, String status, double wallSeconds, double cpuSeconds, long peakRssMb,
    long peakHeapMb, long heapAfterGcMb, long maxHeapMb, Map<String, Object> details) {

  public static StageRun notRun(String name, String reason) {
    return new StageRun(name, "not run (" + reason + ")", -1, -1, -1, -1, -1, -1, Map.of());
  }

  public boolean ok() {
    return status.equals("ok");
  }
}
