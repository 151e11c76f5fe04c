package org.harmattan.bench.feeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The incremental case's input folder: the generated feed files as hard links, first without the
 * last month's files (the history), then with them (the month that arrives). Nothing is copied,
 * so the incremental run reads the very bytes the full rebuild read; hard links, unlike symbolic
 * ones, look like plain files to every file system client.
 */
public final class MonthStaging {
  private final Path generated;
  private final Path staged;

  public MonthStaging(Path generated, Path staged) {
    this.generated = generated;
    this.staged = staged;
  }

  public Path dir() {
    return staged;
  }

  /** Links every incident feed file except those of {@code month}. */
  public void stageHistory(YearMonth month) {
    try {
      if (Files.exists(staged)) {
        deleteTree(staged);
      }
      Files.createDirectories(staged.resolve("feeds"));
      for (Path f : monthFiles(m -> !m.equals(month.toString()))) {
        link(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds the files of {@code month}; returns how many. */
  public int addMonth(YearMonth month) {
    List<Path> files = monthFiles(m -> m.equals(month.toString()));
    files.forEach(this::link);
    return files.size();
  }

  private List<Path> monthFiles(java.util.function.Predicate<String> monthFilter) {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(generated.resolve("feeds"))) {
      for (Path feedDir : s.sorted().toList()) {
        try (Stream<Path> files = Files.list(feedDir)) {
          files.filter(f -> monthFilter.test(f.getFileName().toString().replaceFirst("\\..*$", "")))
              .sorted().forEach(out::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private void link(Path file) {
    Path rel = generated.resolve("feeds").relativize(file);
    Path target = staged.resolve("feeds").resolve(rel);
    try {
      Files.createDirectories(target.getParent());
      Files.createLink(target, file.toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a folder tree (links only, never what they point to). */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
