package org.harmattan.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The generated sample's planted truth: surges and corridor cells. */
public final class PlantedTruth {
  public record Surge(int gid, String month, String category, double factor) {}

  private PlantedTruth() {}

  public static List<Surge> surges() {
    List<Surge> out = new ArrayList<>();
    for (String[] r : rows("surges.csv")) {
      out.add(new Surge(Integer.parseInt(r[0]), r[1], r[2], Double.parseDouble(r[3])));
    }
    return out;
  }

  /** Cell -> corridor type, for cells that lie on corridors of one type only. */
  public static Map<Integer, String> corridorTypeOfCell() {
    Map<Integer, Set<String>> types = new HashMap<>();
    for (String[] r : rows("corridors.csv")) {
      types.computeIfAbsent(Integer.parseInt(r[2]), g -> new HashSet<>()).add(r[1]);
    }
    Map<Integer, String> out = new HashMap<>();
    types.forEach((gid, t) -> {
      if (t.size() == 1) {
        out.put(gid, t.iterator().next());
      }
    });
    return out;
  }

  private static List<String[]> rows(String file) {
    try {
      List<String> lines = Files.readAllLines(SampleLakehouse.truth().resolve(file), StandardCharsets.UTF_8);
      List<String[]> out = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isBlank()) {
          out.add(line.split(","));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
