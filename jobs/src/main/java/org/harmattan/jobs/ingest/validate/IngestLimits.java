package org.harmattan.jobs.ingest.validate;

import java.io.Serializable;
import org.harmattan.core.config.ConfigKeys;
import org.harmattan.core.config.HarmattanConfig;

/** Size limits applied to every feed (harmattan.ingest.*). */
public record IngestLimits(int maxFieldLength, int maxNarrativeLength, int maxLinesPerRecord) implements Serializable {
  public static IngestLimits from(HarmattanConfig config) {
    return new IngestLimits(config.getInt(ConfigKeys.INGEST_MAX_FIELD_LENGTH),
        config.getInt(ConfigKeys.INGEST_MAX_NARRATIVE_LENGTH), config.getInt(ConfigKeys.INGEST_MAX_LINES_PER_RECORD));
  }
}
