package org.harmattan.samples;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Links between groups as observed in incidents naming two of them, with the first month seen. */
final class GroupLinks {
  private final Map<String, YearMonth> firstSeen = new TreeMap<>();
  private final Map<Group, YearMonth> groupFirstSeen = new TreeMap<>();

  void observe(List<Group> actors, YearMonth month) {
    for (Group g : actors) {
      groupFirstSeen.putIfAbsent(g, month);
    }
    if (actors.size() == 2) {
      firstSeen.putIfAbsent(actors.get(0).name() + "|" + actors.get(1).name(), month);
    }
  }

  Map<String, YearMonth> links() {
    return firstSeen;
  }

  Map<Group, YearMonth> groups() {
    return groupFirstSeen;
  }

  /** Armed groups allied or rival; armed groups protect or tax criminal networks; networks supply each other. */
  static String linkType(Group a, Group b) {
    if (a.kind.equals("ARMED") && b.kind.equals("ARMED")) {
      boolean rivals = (a == Group.JNIM && b == Group.ISSP) || (a == Group.ISWAP && b == Group.BOKO_HARAM);
      return rivals ? "RIVALRY" : "AFFILIATION";
    }
    if (a.kind.equals("ARMED") || b.kind.equals("ARMED")) {
      return "PROTECTION";
    }
    return "SUPPLY";
  }
}
