package org.harmattan.samples;

/** Structural damage a writer applies to a planted bad record, beyond wrong values. */
enum Damage {
  NONE,
  /** The last field is missing: a row with the wrong number of columns (CSV). */
  MISSING_LAST_FIELD,
  /** The JSON object is cut short (JSON Lines). */
  TRUNCATED_JSON
}
