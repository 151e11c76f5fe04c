package org.harmattan.samples;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * Kind of trafficking corridor. Each kind has its own category mix, so that clustering can tell
 * the kinds apart: an arms corridor is 70% arms seizures, a migrant corridor 70% migrant smuggling.
 */
enum CorridorType {
  ARMS(mix(Category.ARMS_TRAFFICKING, 70, Category.FUEL_SMUGGLING, 10, Category.DRUG_TRAFFICKING, 10,
      Category.KIDNAPPING, 5, Category.GOLD_SMUGGLING, 5)),
  MIGRANT(mix(Category.MIGRANT_SMUGGLING, 70, Category.HUMAN_TRAFFICKING, 20, Category.DOCUMENT_FRAUD, 5,
      Category.FUEL_SMUGGLING, 5)),
  DRUGS(mix(Category.DRUG_TRAFFICKING, 75, Category.ARMS_TRAFFICKING, 10, Category.TOBACCO_SMUGGLING, 10,
      Category.FUEL_SMUGGLING, 5)),
  FUEL(mix(Category.FUEL_SMUGGLING, 70, Category.TOBACCO_SMUGGLING, 20, Category.DRUG_TRAFFICKING, 10)),
  TERROR(mix(Category.TERRORIST_ATTACK, 50, Category.KIDNAPPING, 20, Category.ARMS_TRAFFICKING, 20,
      Category.FUEL_SMUGGLING, 10)),
  GOLD(mix(Category.GOLD_SMUGGLING, 60, Category.ARMS_TRAFFICKING, 15, Category.MIGRANT_SMUGGLING, 15,
      Category.FUEL_SMUGGLING, 10)),
  /** Background incidents in towns, not a corridor. */
  TOWN(mix(Category.DRUG_TRAFFICKING, 30, Category.TOBACCO_SMUGGLING, 20, Category.DOCUMENT_FRAUD, 15,
      Category.CYBERCRIME, 10, Category.FUEL_SMUGGLING, 10, Category.MIGRANT_SMUGGLING, 10, Category.HUMAN_TRAFFICKING, 5));

  private final Map<Category, Integer> mix;
  private final int total;

  CorridorType(Map<Category, Integer> mix) {
    this.mix = mix;
    this.total = mix.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Share of the category among this kind's incidents, 0..1. */
  double share(Category c) {
    return mix.getOrDefault(c, 0) / (double) total;
  }

  Category mainCategory() {
    return mix.keySet().iterator().next();
  }

  Category sample(SplittableRandom rnd) {
    int r = rnd.nextInt(total);
    for (Map.Entry<Category, Integer> e : mix.entrySet()) {
      r -= e.getValue();
      if (r < 0) {
        return e.getKey();
      }
    }
    throw new IllegalStateException("unreachable");
  }

  private static Map<Category, Integer> mix(Object... pairs) {
    // Insertion order matters: the first pair is the main category, and sampling must be deterministic.
    Map<Category, Integer> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((Category) pairs[i], (Integer) pairs[i + 1]);
    }
    return m;
  }
}
