package org.harmattan.jobs.ingest;

/**
 * What one feed's files gave in a run.
 *
 * @param status SUCCEEDED, SKIPPED (nothing new) or FAILED (unreadable; nothing written)
 */
public record FeedRunSummary(String feed, String status, int files, int filesSkipped, long read, long accepted,
    long quarantined, long duplicates, long millis, String message) {}
