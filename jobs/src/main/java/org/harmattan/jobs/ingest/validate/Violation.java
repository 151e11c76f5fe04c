package org.harmattan.jobs.ingest.validate;

import java.io.Serializable;

/** Why a record was refused: a reason code, the column concerned, and a message naming the value. */
public record Violation(String code, String column, String message) implements Serializable {}
