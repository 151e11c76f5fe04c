package org.harmattan.reports.layout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.harmattan.core.HarmattanException;
import org.harmattan.core.geo.Haversine;
import org.harmattan.core.geo.PrioGrid;

/**
 * The region's main towns with their names in the three report languages, used to name cells
 * ("near Agadez, 35 km") and to label the map.
 */
public final class Towns {
  private static final String RESOURCE = "org/harmattan/reports/geo/towns.tsv";
  private static volatile Towns instance;

  /** A town: names by language code (en, fr, ar), position, and whether the map labels it. */
  public record Town(Map<String, String> names, double latitude, double longitude, boolean labelled) {
    public String name(String language) {
      return names.getOrDefault(language, names.get("en"));
    }
  }

  /** The nearest town to a point and its distance. */
  public record Nearest(Town town, double km) {}

  private final List<Town> towns;

  private Towns(List<Town> towns) {
    this.towns = List.copyOf(towns);
  }

  public static Towns get() {
    if (instance == null) {
      synchronized (Towns.class) {
        if (instance == null) {
          instance = load();
        }
      }
    }
    return instance;
  }

  private static Towns load() {
    List<Town> towns = new ArrayList<>();
    try (InputStream in = Towns.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new HarmattanException("Town list '" + RESOURCE + "' is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        towns.add(new Town(Map.of("en", f[0], "fr", f[1], "ar", f[2]), Double.parseDouble(f[3]),
            Double.parseDouble(f[4]), "1".equals(f[5].trim())));
      }
    } catch (IOException e) {
      throw new HarmattanException("Town list '" + RESOURCE + "': " + e.getMessage(), e);
    }
    return new Towns(towns);
  }

  public List<Town> all() {
    return towns;
  }

  public Nearest nearest(double latitude, double longitude) {
    Town best = null;
    double bestKm = Double.MAX_VALUE;
    for (Town t : towns) {
      double km = Haversine.km(latitude, longitude, t.latitude(), t.longitude());
      if (km < bestKm) {
        best = t;
        bestKm = km;
      }
    }
    return new Nearest(best, bestKm);
  }

  /** The town nearest to a PRIO-GRID cell's centre. */
  public Nearest nearestToCell(int gid) {
    return nearest(PrioGrid.centreLatitude(gid), PrioGrid.centreLongitude(gid));
  }
}
