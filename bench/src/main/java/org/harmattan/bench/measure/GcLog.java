package org.harmattan.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap use read from a measured JVM's own GC log ({@code -Xlog:gc}). The heap only grows between two
 * collections, so the largest "before" figure of any pause is the most heap the JVM ever held; the
 * largest "after" figure bounds what it had to keep (the live data plus garbage not yet collected).
 * The memory pools' peaks cannot give this: each pool peaks at another moment, and their sum
 * exceeded -Xmx in our runs.
 */
public final class GcLog {
  /** {@code 1024M->300M(2048M)} in a G1 pause line. */
  private static final Pattern PAUSE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
  private static final Pattern GC_ID = Pattern.compile("GC\\((\\d+)\\)");

  /**
   * @param peakBeforeGcMb most heap in use, seen just before a collection; -1 when no collection ran
   * @param peakAfterGcMb most heap still in use just after a collection; -1 when no collection ran
   * @param collections pauses in the log
   */
  public record HeapUse(long peakBeforeGcMb, long peakAfterGcMb, int collections) {
    static final HeapUse NONE = new HeapUse(-1, -1, 0);
  }

  private GcLog() {}

  public static HeapUse read(Path log) throws IOException {
    if (!Files.isRegularFile(log)) {
      return HeapUse.NONE;
    }
    long before = -1;
    long after = -1;
    int n = 0;
    // A pause whose evacuation failed ("To-space exhausted") frees nothing and is followed by a full
    // collection: its "after" figure is the full heap, not what the JVM had to keep.
    java.util.Set<String> failed = new java.util.HashSet<>();
    for (String line : Files.readAllLines(log)) {
      Matcher id = GC_ID.matcher(line);
      String gc = id.find() ? id.group(1) : "";
      if (line.contains("To-space exhausted")) {
        failed.add(gc);
      }
      Matcher m = PAUSE.matcher(line);
      if (line.contains("Pause") && m.find()) {
        before = Math.max(before, mb(m.group(1), m.group(2)));
        if (!failed.contains(gc)) {
          after = Math.max(after, mb(m.group(3), m.group(4)));
        }
        n++;
      }
    }
    return new HeapUse(before, after, n);
  }

  private static long mb(String value, String unit) {
    long v = Long.parseLong(value);
    return switch (unit) {
      case "K" -> v / 1024;
      case "G" -> v * 1024;
      default -> v;
    };
  }
}
