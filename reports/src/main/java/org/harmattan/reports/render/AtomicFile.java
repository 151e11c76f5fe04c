package org.harmattan.reports.render;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.harmattan.core.HarmattanException;

/** Writes a file so that readers see either the old file or the complete new one, never half of it. */
public final class AtomicFile {
  private AtomicFile() {}

  /**
   * Writes {@code bytes} to a temporary file beside {@code target}, then renames it over the target.
   *
   * @throws HarmattanException when the folder cannot be created or written
   */
  public static void write(Path target, byte[] bytes) {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new HarmattanException("Cannot write report file '" + target + "': " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // The rename succeeded or the error above is the one to report.
        }
      }
    }
  }
}
