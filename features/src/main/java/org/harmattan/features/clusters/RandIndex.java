package org.harmattan.features.clusters;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The adjusted Rand index (Hubert and Arabie 1985) between two labellings of the same items:
 * 1 for identical partitions (up to renaming), about 0 for chance agreement.
 */
public final class RandIndex {
  private RandIndex() {}

  public static <A, B> double adjusted(List<A> first, List<B> second) {
    if (first.size() != second.size()) {
      throw new IllegalArgumentException("labellings differ in length: " + first.size() + " vs " + second.size());
    }
    Map<A, Long> a = new HashMap<>();
    Map<B, Long> b = new HashMap<>();
    Map<List<Object>, Long> ab = new HashMap<>();
    for (int i = 0; i < first.size(); i++) {
      a.merge(first.get(i), 1L, Long::sum);
      b.merge(second.get(i), 1L, Long::sum);
      ab.merge(List.of(first.get(i), second.get(i)), 1L, Long::sum);
    }
    double index = ab.values().stream().mapToDouble(RandIndex::pairs).sum();
    double sumA = a.values().stream().mapToDouble(RandIndex::pairs).sum();
    double sumB = b.values().stream().mapToDouble(RandIndex::pairs).sum();
    double total = pairs(first.size());
    double expected = total == 0 ? 0 : sumA * sumB / total;
    double max = (sumA + sumB) / 2;
    if (max == expected) {
      return 1.0;
    }
    return (index - expected) / (max - expected);
  }

  private static double pairs(long n) {
    return n * (n - 1) / 2.0;
  }
}
