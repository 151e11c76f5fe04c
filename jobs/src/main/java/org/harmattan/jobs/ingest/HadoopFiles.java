package org.harmattan.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * Feed files on any Hadoop file system (local, HDFS, S3A, ABFS). Serializable: it carries the
 * session's Hadoop settings (credentials included) to the executors as a plain map.
 */
public final class HadoopFiles implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Map<String, String> settings;
  private transient Configuration conf;

  public HadoopFiles(Configuration conf) {
    this.settings = new HashMap<>();
    conf.forEach(e -> settings.put(e.getKey(), e.getValue()));
  }

  private Configuration conf() {
    if (conf == null) {
      Configuration c = new Configuration(false);
      settings.forEach(c::set);
      conf = c;
    }
    return conf;
  }

  /** A stored file as listed: path, size in bytes and modification time. */
  public record Listed(String path, long bytes, java.time.Instant modifiedAt) {}

  /** Files matching a path or glob, sorted by path; empty when nothing matches. */
  public List<Listed> glob(String pattern) throws IOException {
    Path p = new Path(pattern);
    FileSystem fs = p.getFileSystem(conf());
    FileStatus[] found = fs.globStatus(p);
    List<Listed> files = new ArrayList<>();
    if (found != null) {
      for (FileStatus s : found) {
        if (s.isFile()) {
          files.add(new Listed(s.getPath().toString(), s.getLen(), java.time.Instant.ofEpochMilli(s.getModificationTime())));
        }
      }
    }
    files.sort(java.util.Comparator.comparing(Listed::path));
    return files;
  }

  /** Opens a file, decompressing it when its extension names a codec (.gz, .bz2). */
  public InputStream open(String file) throws IOException {
    Path p = new Path(file);
    InputStream in = p.getFileSystem(conf()).open(p);
    CompressionCodec codec = new CompressionCodecFactory(conf()).getCodec(p);
    return codec == null ? in : codec.createInputStream(in);
  }

  /** SHA-256 of the file's bytes as stored (before decompression), read as a stream. */
  public String sha256(String file) throws IOException {
    Path p = new Path(file);
    try (InputStream in = new DigestInputStream(p.getFileSystem(conf()).open(p), MessageDigest.getInstance("SHA-256"))) {
      byte[] buf = new byte[1 << 16];
      while (in.read(buf) != -1) {
        // reading feeds the digest
      }
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public void deleteRecursively(String dir) throws IOException {
    Path p = new Path(dir);
    FileSystem fs = p.getFileSystem(conf());
    if (fs.exists(p)) {
      fs.delete(p, true);
    }
  }
}
