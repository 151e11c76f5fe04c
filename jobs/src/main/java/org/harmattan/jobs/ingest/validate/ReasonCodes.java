package org.harmattan.jobs.ingest.validate;

import java.util.List;

/** Reason codes of the quarantine table, documented in docs/quarantine.md. */
public final class ReasonCodes {
  public static final String MALFORMED_ROW = "MALFORMED_ROW";
  public static final String BROKEN_QUOTING = "BROKEN_QUOTING";
  public static final String UNDECODABLE_BYTES = "UNDECODABLE_BYTES";
  public static final String INVALID_JSON = "INVALID_JSON";
  public static final String MISSING_REQUIRED_FIELD = "MISSING_REQUIRED_FIELD";
  public static final String FIELD_TOO_LONG = "FIELD_TOO_LONG";
  public static final String CONTROL_CHARACTERS = "CONTROL_CHARACTERS";
  public static final String BIDI_OVERRIDE = "BIDI_OVERRIDE";
  public static final String UNPARSEABLE_DATE = "UNPARSEABLE_DATE";
  public static final String DATE_IN_FUTURE = "DATE_IN_FUTURE";
  public static final String DATE_BEFORE_RANGE = "DATE_BEFORE_RANGE";
  public static final String UNPARSEABLE_NUMBER = "UNPARSEABLE_NUMBER";
  public static final String COORDINATES_OUT_OF_RANGE = "COORDINATES_OUT_OF_RANGE";
  public static final String OUTSIDE_REPORTING_COUNTRY = "OUTSIDE_REPORTING_COUNTRY";
  public static final String UNKNOWN_COUNTRY = "UNKNOWN_COUNTRY";
  public static final String OUTSIDE_REGION = "OUTSIDE_REGION";
  public static final String UNKNOWN_CATEGORY = "UNKNOWN_CATEGORY";
  public static final String UNKNOWN_UNIT = "UNKNOWN_UNIT";
  public static final String UNKNOWN_TRANSPORT_MODE = "UNKNOWN_TRANSPORT_MODE";
  public static final String NEGATIVE_QUANTITY = "NEGATIVE_QUANTITY";
  public static final String NEGATIVE_COUNT = "NEGATIVE_COUNT";
  public static final String DUPLICATE_KEY_IN_BATCH = "DUPLICATE_KEY_IN_BATCH";
  public static final String UNKNOWN_CODE = "UNKNOWN_CODE";
  public static final String UNPARSEABLE_TIMESTAMP = "UNPARSEABLE_TIMESTAMP";
  public static final String EXPIRY_BEFORE_ISSUE = "EXPIRY_BEFORE_ISSUE";
  public static final String CANCELLATION_BEFORE_ISSUE = "CANCELLATION_BEFORE_ISSUE";
  public static final String ANSWER_BEFORE_REQUEST = "ANSWER_BEFORE_REQUEST";
  public static final String ISSUED_AFTER_REPORTED = "ISSUED_AFTER_REPORTED";
  public static final String UNKNOWN_PERSON_REFERENCE = "UNKNOWN_PERSON_REFERENCE";

  public static final List<String> ALL = List.of(MALFORMED_ROW, BROKEN_QUOTING, UNDECODABLE_BYTES, INVALID_JSON,
      MISSING_REQUIRED_FIELD, FIELD_TOO_LONG, CONTROL_CHARACTERS, BIDI_OVERRIDE, UNPARSEABLE_DATE, DATE_IN_FUTURE,
      DATE_BEFORE_RANGE, UNPARSEABLE_NUMBER, COORDINATES_OUT_OF_RANGE, OUTSIDE_REPORTING_COUNTRY, UNKNOWN_COUNTRY,
      OUTSIDE_REGION, UNKNOWN_CATEGORY, UNKNOWN_UNIT, UNKNOWN_TRANSPORT_MODE, NEGATIVE_QUANTITY, NEGATIVE_COUNT,
      DUPLICATE_KEY_IN_BATCH, UNKNOWN_CODE, UNPARSEABLE_TIMESTAMP, EXPIRY_BEFORE_ISSUE, CANCELLATION_BEFORE_ISSUE,
      ANSWER_BEFORE_REQUEST, ISSUED_AFTER_REPORTED, UNKNOWN_PERSON_REFERENCE);

  /** Codes only reference feeds (persons, notices, warrants, documents, requests, queries) can get. */
  public static final List<String> REFERENCE_ONLY = List.of(UNKNOWN_CODE, UNPARSEABLE_TIMESTAMP, EXPIRY_BEFORE_ISSUE,
      CANCELLATION_BEFORE_ISSUE, ANSWER_BEFORE_REQUEST, ISSUED_AFTER_REPORTED, UNKNOWN_PERSON_REFERENCE);

  private ReasonCodes() {}
}
