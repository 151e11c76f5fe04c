package org.harmattan.samples;

import org.harmattan.core.geo.PrioGrid;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A trafficking corridor: a polyline through real towns along which incidents are drawn.
 *
 * @param weight relative activity in the first month
 * @param monthlyGrowth compound change per month (0.03 = +3%/month); the planted trend
 * @param groups actors seen on the corridor (empty for pure criminal flows without named groups)
 */
record Corridor(String id, CorridorType type, String name, List<Place> waypoints, double weight, double monthlyGrowth,
    List<Group> groups) {

  /** Relative activity in month index m (0 = first month). */
  double intensity(int m) {
    return weight * Math.pow(1 + monthlyGrowth, m);
  }

  /** The point at fraction f (0..1) of the polyline length, as {lat, lon}. */
  double[] pointAt(double f) {
    double total = length();
    double target = f * total;
    for (int i = 0; i + 1 < waypoints.size(); i++) {
      Place a = waypoints.get(i);
      Place b = waypoints.get(i + 1);
      double seg = dist(a, b);
      if (target <= seg || i + 2 == waypoints.size()) {
        double t = seg == 0 ? 0 : Math.min(1, target / seg);
        return new double[] {a.lat() + t * (b.lat() - a.lat()), a.lon() + t * (b.lon() - a.lon())};
      }
      target -= seg;
    }
    return new double[] {waypoints.get(0).lat(), waypoints.get(0).lon()};
  }

  /** PRIO-GRID cells the polyline passes through, in order along the route. */
  Set<Integer> cells() {
    Set<Integer> out = new LinkedHashSet<>();
    int steps = (int) Math.ceil(length() / 0.02);
    for (int i = 0; i <= steps; i++) {
      double[] p = pointAt(i / (double) steps);
      out.add(PrioGrid.gid(p[0], p[1]));
    }
    return out;
  }

  /** Length in degrees (planar); only proportions along the route matter. */
  double length() {
    double sum = 0;
    for (int i = 0; i + 1 < waypoints.size(); i++) {
      sum += dist(waypoints.get(i), waypoints.get(i + 1));
    }
    return sum;
  }

  private static double dist(Place a, Place b) {
    return Math.hypot(a.lat() - b.lat(), a.lon() - b.lon());
  }
}
