package org.harmattan.samples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.harmattan.core.geo.CountryBorders;

/**
 * Finds the neighbouring bureau whose territory lies within a few kilometres of a point, the
 * candidates for cross-border double reports. Polygon distances are costly, so candidates are
 * cached per (0.5 degree cell, bureau) and then per (0.1 degree cell, bureau): only points in cells
 * that touch a border pay for an exact distance. The caches are bounded by the region's cell count.
 */
final class BorderProximity {
  private static final String[] NONE = new String[0];
  private final CountryBorders borders;
  private final Map<Long, String[]> coarse = new HashMap<>();
  private final Map<Long, String[]> fine = new HashMap<>();

  BorderProximity(CountryBorders borders) {
    this.borders = borders;
  }

  /** The first neighbour of {@code bureau} (in Bureaus.NEIGHBOURS order) within {@code km}, or null. */
  String neighbourWithin(double lat, double lon, String bureau, double km) {
    String[] coarseCands = candidates(coarse, lat, lon, 0.5, bureau, Bureaus.NEIGHBOURS.get(bureau), km + 40);
    if (coarseCands.length == 0) {
      return null;
    }
    String[] fineCands = candidates(fine, lat, lon, 0.1, bureau, List.of(coarseCands), km + 8);
    for (String b : fineCands) {
      if (distanceKm(lat, lon, b) <= km) {
        return b;
      }
    }
    return null;
  }

  /** Distance to a bureau's territory; Morocco's includes Western Sahara. */
  double distanceKm(double lat, double lon, String bureau) {
    double d = borders.distanceKm(lat, lon, bureau);
    return "MAR".equals(bureau) ? Math.min(d, borders.distanceKm(lat, lon, "ESH")) : d;
  }

  private String[] candidates(Map<Long, String[]> cache, double lat, double lon, double size, String bureau,
      List<String> from, double maxKm) {
    long row = (long) Math.floor((lat + 90) / size);
    long col = (long) Math.floor((lon + 180) / size);
    long key = ((row * 4000 + col) << 4) | Bureaus.ALL.indexOf(bureau);
    String[] hit = cache.get(key);
    if (hit == null) {
      double clat = row * size - 90 + size / 2;
      double clon = col * size - 180 + size / 2;
      List<String> near = new ArrayList<>();
      for (String b : from) {
        if (distanceKm(clat, clon, b) <= maxKm) {
          near.add(b);
        }
      }
      hit = near.isEmpty() ? NONE : near.toArray(String[]::new);
      cache.put(key, hit);
    }
    return hit;
  }
}
