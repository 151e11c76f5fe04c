package org.harmattan.samples;

/** Reason codes of the impossible records planted in the reference feeds (truth/reference_bad_records.csv). */
enum ReferenceBadReason {
  EXPIRY_BEFORE_ISSUE, CANCELLATION_BEFORE_ISSUE, ANSWER_BEFORE_REQUEST, ISSUED_AFTER_REPORTED, UNKNOWN_PERSON_REFERENCE;

  /** Where the {@code k}-th of {@code count} planted records goes in a stream of {@code n}: spread evenly. */
  static long position(int k, int count, long n) {
    return (k + 1) * n / (count + 1);
  }
}
