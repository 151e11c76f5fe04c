package org.harmattan.jobs.ingest;

import java.util.ArrayList;
import java.util.List;
import org.harmattan.core.ConfigException;
import org.harmattan.jobs.reference.ReferenceTargets;

/** Every silver table feeds can fill, by the name feeds give in {@code target = ...}. */
public final class TargetTables {
  private static final List<TargetTable> ALL = build();

  private TargetTables() {}

  private static List<TargetTable> build() {
    List<TargetTable> all = new ArrayList<>();
    all.add(new IncidentTarget());
    all.addAll(ReferenceTargets.ALL);
    return List.copyOf(all);
  }

  /** In a fixed order: persons before the notices and warrants that point at them. */
  public static List<TargetTable> all() {
    return ALL;
  }

  /** @throws ConfigException for a name no table answers to */
  public static TargetTable named(String name) {
    return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new ConfigException("Unknown target table '" + name + "'"));
  }
}
