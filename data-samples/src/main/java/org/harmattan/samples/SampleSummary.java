package org.harmattan.samples;

import java.util.Map;

/**
 * What a generation run wrote.
 *
 * @param recordsPerFeed records per feed name, good and bad, including double reports
 * @param referenceRecords records per reference file name (persons, notices, ...)
 */
public record SampleSummary(long incidents, long doubleReports, long plantedBadRecords, Map<String, Long> recordsPerFeed,
    Map<String, Long> referenceRecords) {}
