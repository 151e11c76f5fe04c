package org.harmattan.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.harmattan.core.ledger.RunLedger;
import org.harmattan.jobs.ingest.feed.FeedSpec;
import org.harmattan.jobs.ingest.read.NoRecordsException;
import org.harmattan.jobs.ingest.read.RecordReaders;

/**
 * Decides, on the driver and before anything is written, which files of each feed a run reads:
 * files matching the feed's paths, minus those whose content was already ingested, each with a
 * header that has every required column. A feed with no file or an unreadable file fails whole.
 *
 * <p>Content is identified by SHA-256. With the quick check on, a file whose path, size and
 * modification time are those recorded in the ledger when it was last hashed keeps that digest
 * without being read again (as rsync and make decide): a monthly run then reads only the month's
 * new files instead of rehashing the whole history (1.8 GB at 10M incidents).
 */
final class IngestPlanner {
  /** A file left out of the run, with its digest and why. */
  record Skipped(HadoopFiles.Listed file, String sha256, String reason) {}

  /** The plan for one feed. */
  record FeedPlan(FeedSpec feed, List<StagedRecords.FileTask> tasks, List<Skipped> skipped, String failure) {
    boolean failed() {
      return failure != null;
    }
  }

  /** A listed file and its digest, computed in this run or recalled from the ledger. */
  private record Digested(HadoopFiles.Listed file, String sha256, boolean recalled) {}

  private final HadoopFiles files;
  private final RunLedger ledger;
  private final int maxLinesPerRecord;
  private final boolean quickCheck;

  IngestPlanner(HadoopFiles files, RunLedger ledger, int maxLinesPerRecord, boolean quickCheck) {
    this.files = files;
    this.ledger = ledger;
    this.maxLinesPerRecord = maxLinesPerRecord;
    this.quickCheck = quickCheck;
  }

  /**
   * Plans every feed: files listed first, then one ledger query for the digests already known,
   * the others hashed, then one ledger query for the contents already ingested.
   */
  List<FeedPlan> plan(List<FeedSpec> feeds, boolean force, Consumer<String> progress) {
    Map<String, List<HadoopFiles.Listed>> listed = new LinkedHashMap<>();
    Map<String, String> failures = new HashMap<>();
    for (FeedSpec feed : feeds) {
      try {
        listed.put(feed.name(), list(feed));
      } catch (IOException e) {
        failures.put(feed.name(), e.getMessage());
      }
    }
    // --force re-reads every file, so it does not trust recorded digests either.
    Map<String, String> recalled = quickCheck && !force
        ? ledger.recordedDigests(listed.values().stream().flatMap(List::stream).map(HadoopFiles.Listed::path).toList())
        : Map.of();
    Map<String, List<Digested>> digestsByFeed = new LinkedHashMap<>();
    Set<String> allHashes = new LinkedHashSet<>();
    for (Map.Entry<String, List<HadoopFiles.Listed>> e : listed.entrySet()) {
      try {
        List<Digested> digests = digest(e.getValue(), recalled);
        digestsByFeed.put(e.getKey(), digests);
        digests.forEach(d -> allHashes.add(d.sha256()));
      } catch (IOException ex) {
        failures.put(e.getKey(), ex.getMessage());
      }
    }
    Map<String, String[]> before = force ? Map.of() : ledger.succeededIngestions(allHashes);
    List<FeedPlan> plans = new ArrayList<>();
    for (FeedSpec feed : feeds) {
      long t0 = System.currentTimeMillis();
      List<Digested> digests = digestsByFeed.get(feed.name());
      FeedPlan plan = failures.containsKey(feed.name()) ? new FeedPlan(feed, List.of(), List.of(), failures.get(feed.name()))
          : plan(feed, digests, before);
      long hashed = plan.failed() ? 0 : digests.stream().filter(d -> !d.recalled()).count();
      progress.accept(String.format("%-22s %s (%.1f s)", feed.name(), plan.failed() ? "FAILED: " + plan.failure()
          : plan.tasks().size() + " new file(s) to read, " + plan.skipped().size() + " already ingested, " + hashed
          + " hashed", (System.currentTimeMillis() - t0) / 1000.0));
      plans.add(plan);
    }
    return plans;
  }

  /** The feed's files in path order; none is an error. */
  private List<HadoopFiles.Listed> list(FeedSpec feed) throws IOException {
    Map<String, HadoopFiles.Listed> found = new LinkedHashMap<>();
    try {
      for (String pattern : feed.paths()) {
        files.glob(pattern).forEach(f -> found.putIfAbsent(f.path(), f));
      }
    } catch (IOException e) {
      throw new IOException("cannot list " + feed.paths() + ": " + e.getMessage(), e);
    }
    if (found.isEmpty()) {
      throw new IOException("no file matches " + String.join(", ", feed.paths()));
    }
    return List.copyOf(found.values());
  }

  /** Each file's SHA-256: recalled when the ledger knows this path, size and time, else read (in parallel). */
  private List<Digested> digest(List<HadoopFiles.Listed> listed, Map<String, String> recalled) throws IOException {
    List<Object> digests = listed.parallelStream().map(f -> {
      String known = recalled.get(RunLedger.fileKey(f.path(), f.bytes(), f.modifiedAt()));
      if (known != null) {
        return (Object) new Digested(f, known, true);
      }
      try {
        return new Digested(f, files.sha256(f.path()), false);
      } catch (IOException e) {
        return new IOException("file '" + f.path() + "' cannot be read: " + e.getMessage(), e);
      }
    }).toList();
    List<Digested> out = new ArrayList<>();
    for (Object d : digests) {
      if (d instanceof IOException e) {
        throw e;
      }
      out.add((Digested) d);
    }
    return out;
  }

  private FeedPlan plan(FeedSpec feed, List<Digested> digests, Map<String, String[]> before) {
    List<StagedRecords.FileTask> tasks = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    Set<String> seenInRun = new LinkedHashSet<>();
    for (Digested d : digests) {
      HadoopFiles.Listed file = d.file();
      String sha = d.sha256();
      if (!seenInRun.add(sha)) {
        skipped.add(new Skipped(file, sha, "same content as another file of this run"));
        continue;
      }
      String[] earlier = before.get(feed.name() + '\u0000' + sha);
      if (earlier != null) {
        skipped.add(new Skipped(file, sha, "already ingested (same content) in run " + earlier[0] + " as '"
            + earlier[1] + "'" + (d.recalled() ? "; path, size and modification time unchanged, not re-read" : "")));
        continue;
      }
      String headerProblem = checkHeader(feed, file.path());
      if (headerProblem != null) {
        return new FeedPlan(feed, List.of(), List.of(), "file '" + file.path() + "': " + headerProblem);
      }
      tasks.add(new StagedRecords.FileTask(feed.name(), file.path(), sha, file.bytes(), file.modifiedAt()));
    }
    return new FeedPlan(feed, tasks, skipped, null);
  }
  private String checkHeader(FeedSpec feed, String file) {
    List<String> header;
    try (InputStream in = files.open(file)) {
      header = RecordReaders.forFeed(feed, maxLinesPerRecord).header(in);
    } catch (NoRecordsException e) {
      return null;
    } catch (IOException | RuntimeException e) {
      return "cannot read it as " + feed.format().name().toLowerCase(java.util.Locale.ROOT) + " (" + feed.encoding() + "): "
          + e.getMessage();
    }
    List<String> missing = new ArrayList<>();
    for (String col : feed.requiredSourceColumns()) {
      if (!header.contains(col)) {
        missing.add(col);
      }
    }
    if (!missing.isEmpty()) {
      return "required column" + (missing.size() > 1 ? "s" : "") + " '" + String.join("', '", missing)
          + "' missing; the file has: " + String.join(", ", header.stream().limit(30).toList());
    }
    return null;
  }
}
