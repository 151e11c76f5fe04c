package org.harmattan.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.harmattan.core.ledger.RunLedger;
import org.harmattan.jobs.ingest.feed.FeedSpec;
import org.harmattan.jobs.ingest.read.NoRecordsException;
import org.harmattan.jobs.ingest.read.RecordReaders;

/**
 * Decides, on the driver and before anything is written, which files of each feed a run reads:
 * files matching the feed's paths, minus those whose content was already ingested, each with a
 * header that has every required column. A feed with no file or an unreadable file fails whole.
 */
final class IngestPlanner {
  /** The plan for one feed. */
  record FeedPlan(FeedSpec feed, List<StagedRecords.FileTask> tasks, List<String[]> skipped, String failure) {
    boolean failed() {
      return failure != null;
    }
  }

  private final HadoopFiles files;
  private final RunLedger ledger;
  private final int maxLinesPerRecord;

  IngestPlanner(HadoopFiles files, RunLedger ledger, int maxLinesPerRecord) {
    this.files = files;
    this.ledger = ledger;
    this.maxLinesPerRecord = maxLinesPerRecord;
  }

  /** Plans every feed: files listed and hashed first, then one ledger query for all their hashes. */
  List<FeedPlan> plan(List<FeedSpec> feeds, boolean force, java.util.function.Consumer<String> progress) {
    java.util.Map<String, java.util.Map<String, String>> hashesByFeed = new java.util.LinkedHashMap<>();
    java.util.Map<String, String> failures = new java.util.HashMap<>();
    Set<String> allHashes = new LinkedHashSet<>();
    for (FeedSpec feed : feeds) {
      try {
        java.util.Map<String, String> hashes = hashFiles(feed);
        hashesByFeed.put(feed.name(), hashes);
        allHashes.addAll(hashes.values());
      } catch (IOException e) {
        failures.put(feed.name(), e.getMessage());
      }
    }
    java.util.Map<String, String[]> before = force ? java.util.Map.of() : ledger.succeededIngestions(allHashes);
    List<FeedPlan> plans = new ArrayList<>();
    for (FeedSpec feed : feeds) {
      long t0 = System.currentTimeMillis();
      FeedPlan plan = failures.containsKey(feed.name()) ? new FeedPlan(feed, List.of(), List.of(), failures.get(feed.name()))
          : plan(feed, hashesByFeed.get(feed.name()), before);
      progress.accept(String.format("%-22s %s (%.1f s)", feed.name(), plan.failed() ? "FAILED: " + plan.failure()
          : plan.tasks().size() + " new file(s) to read, " + plan.skipped().size() + " already ingested",
          (System.currentTimeMillis() - t0) / 1000.0));
      plans.add(plan);
    }
    return plans;
  }

  /** The feed's files and their SHA-256, in path order. */
  private java.util.Map<String, String> hashFiles(FeedSpec feed) throws IOException {
    Set<String> found = new LinkedHashSet<>();
    try {
      for (String pattern : feed.paths()) {
        found.addAll(files.glob(pattern));
      }
    } catch (IOException e) {
      throw new IOException("cannot list " + feed.paths() + ": " + e.getMessage(), e);
    }
    if (found.isEmpty()) {
      throw new IOException("no file matches " + String.join(", ", feed.paths()));
    }
    // Hashing reads every file of the feed on each run: done in parallel, one file per thread.
    List<String> paths = List.copyOf(found);
    List<Object> digests = paths.parallelStream().map(file -> {
      try {
        return (Object) files.sha256(file);
      } catch (IOException e) {
        return new IOException("file '" + file + "' cannot be read: " + e.getMessage(), e);
      }
    }).toList();
    java.util.Map<String, String> hashes = new java.util.LinkedHashMap<>();
    for (int i = 0; i < paths.size(); i++) {
      if (digests.get(i) instanceof IOException e) {
        throw e;
      }
      hashes.put(paths.get(i), (String) digests.get(i));
    }
    return hashes;
  }

  private FeedPlan plan(FeedSpec feed, java.util.Map<String, String> hashes, java.util.Map<String, String[]> before) {
    List<StagedRecords.FileTask> tasks = new ArrayList<>();
    List<String[]> skipped = new ArrayList<>();
    Set<String> seenInRun = new LinkedHashSet<>();
    for (java.util.Map.Entry<String, String> e : hashes.entrySet()) {
      String file = e.getKey();
      String sha = e.getValue();
      if (!seenInRun.add(sha)) {
        skipped.add(new String[] {file, sha, "same content as another file of this run"});
        continue;
      }
      String[] earlier = before.get(feed.name() + '\u0000' + sha);
      if (earlier != null) {
        skipped.add(new String[] {file, sha, "already ingested (same content) in run " + earlier[0] + " as '"
            + earlier[1] + "'"});
        continue;
      }
      String headerProblem = checkHeader(feed, file);
      if (headerProblem != null) {
        return new FeedPlan(feed, List.of(), List.of(), "file '" + file + "': " + headerProblem);
      }
      long bytes;
      try {
        bytes = files.length(file);
      } catch (IOException ex) {
        return new FeedPlan(feed, List.of(), List.of(), "file '" + file + "' cannot be read: " + ex.getMessage());
      }
      tasks.add(new StagedRecords.FileTask(feed.name(), file, sha, bytes));
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
