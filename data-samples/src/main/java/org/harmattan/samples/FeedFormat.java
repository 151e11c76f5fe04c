package org.harmattan.samples;

/** File formats the bureaus send; the values are the `format` keys of docs/feeds.md. */
enum FeedFormat {
  CSV("csv", "csv"), JSONL("jsonl", "jsonl"), XLSX("xlsx", "xlsx");

  final String confName;
  final String extension;

  FeedFormat(String confName, String extension) {
    this.confName = confName;
    this.extension = extension;
  }
}
