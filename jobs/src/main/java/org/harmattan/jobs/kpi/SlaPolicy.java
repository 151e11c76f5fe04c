package org.harmattan.jobs.kpi;

import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.harmattan.core.ConfigException;
import org.harmattan.core.config.HarmattanConfig;

/**
 * The answer delay agreed per request priority ({@code harmattan.reference.sla-hours} in
 * {@code conf/}). A request with a priority the policy does not name has no SLA: it counts in
 * volumes and response times, never as answered within or past its SLA.
 */
public record SlaPolicy(Map<String, Double> hoursByPriority) {
  public static final String KEY = "harmattan.reference.sla-hours";

  public SlaPolicy {
    hoursByPriority = Map.copyOf(hoursByPriority);
  }

  /** @throws ConfigException when a delay is not a positive number of hours */
  public static SlaPolicy from(HarmattanConfig config) {
    Map<String, Double> hours = new LinkedHashMap<>();
    var section = config.section(KEY);
    for (String priority : section.root().keySet()) {
      double h;
      try {
        h = section.getDouble(priority);
      } catch (RuntimeException e) {
        throw new ConfigException(KEY + "." + priority + ": expected a number of hours, got '"
            + section.getValue(priority).unwrapped() + "'");
      }
      if (!(h > 0)) {
        throw new ConfigException(KEY + "." + priority + ": expected a positive number of hours, got " + h);
      }
      hours.put(priority.toUpperCase(java.util.Locale.ROOT), h);
    }
    return new SlaPolicy(hours);
  }

  /** The SLA in hours of each row's priority, null when the priority has none. */
  public Column hours(Column priority) {
    List<Column> kv = new ArrayList<>();
    hoursByPriority.forEach((p, h) -> {
      kv.add(lit(p));
      kv.add(lit(h));
    });
    return try_element_at(map(kv.toArray(Column[]::new)), priority);
  }
}
