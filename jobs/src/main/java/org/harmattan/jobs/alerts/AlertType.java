package org.harmattan.jobs.alerts;

/** The situations the reference databases are watched for, each with its default severity. */
public enum AlertType {
  /** A red notice still active although the warrant it rests on has expired: an arrest without a legal basis. */
  EXPIRED_WARRANT_ACTIVE_NOTICE("HIGH"),
  /** The same notice cancelled by one bureau and still active in another's records. */
  NOTICE_STATUS_CONFLICT("MEDIUM"),
  /** A document on the stolen/lost list was checked and hit after it was reported. */
  STOLEN_DOCUMENT_HIT("HIGH"),
  /** An active notice reaches the end of its validity within the configured days. */
  NOTICE_EXPIRING("LOW"),
  /** A warrant expires within the configured days (its red notices will need a decision). */
  WARRANT_EXPIRING("MEDIUM"),
  /** A listed stolen or lost document reaches its expiry date within the configured days. */
  DOCUMENT_EXPIRING("LOW");

  private final String severity;

  AlertType(String severity) {
    this.severity = severity;
  }

  public String severity() {
    return severity;
  }
}
