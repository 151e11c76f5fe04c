package org.harmattan.jobs.ingest.feed;

/** File formats a feed can be sent in. */
public enum FeedFormat {
  /** Delimited text with a header line; quoted fields may span lines. */
  CSV,
  /** One JSON object per line. */
  JSONL,
  /** One JSON array of objects in the file. */
  JSON,
  /** An Excel workbook, one sheet, header row then records. */
  XLSX
}
