package org.harmattan.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Person names and document numbers of the committed sample reference feeds (data-samples/reference). */
public final class SampleReferenceData {
  private SampleReferenceData() {}

  private static Path dir() {
    return ReportFixtures.home().resolve("data-samples/reference");
  }

  public static List<String> documentNumbers() throws IOException {
    Set<String> numbers = new LinkedHashSet<>();
    for (String f : List.of("mar-bcn/travel_documents.csv", "i247/travel_documents.csv")) {
      List<String> lines = Files.readAllLines(dir().resolve(f), StandardCharsets.UTF_8);
      String sep = f.startsWith("mar") ? ";" : ",";
      for (String line : lines.subList(1, lines.size())) {
        String n = line.split(sep, -1)[0].trim();
        if (n.length() >= 6) {
          numbers.add(n);
        }
      }
    }
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(dir().resolve("egy-ncb/travel_documents.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode n = json.readTree(line).path("document_number");
        if (n.isTextual() && n.asText().length() >= 6) {
          numbers.add(n.asText());
        }
      }
    }
    return new ArrayList<>(numbers);
  }

  /** Full names as written in the person files, in Latin and Arabic script. */
  public static List<String> personNames() throws IOException {
    Set<String> names = new LinkedHashSet<>();
    List<String> mar = Files.readAllLines(dir().resolve("mar-bcn/persons.csv"), StandardCharsets.UTF_8);
    for (String line : mar.subList(1, mar.size())) {
      String[] f = line.split(";", -1);
      if (f.length > 3) {
        names.add((f[2] + " " + f[1]).trim());
        if (!f[3].isBlank()) {
          names.add(f[3].trim());
        }
      }
    }
    List<String> lby = Files.readAllLines(dir().resolve("lby-ncb/persons.csv"), StandardCharsets.UTF_8);
    for (String line : lby.subList(1, lby.size())) {
      String[] f = line.split(",", -1);
      if (f.length > 2) {
        names.add(f[1].trim());
        if (!f[2].isBlank()) {
          names.add(f[2].trim());
        }
      }
    }
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(dir().resolve("egy-ncb/persons.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode n = json.readTree(line);
        names.add(n.path("full_name").asText());
        if (n.path("name_ar").isTextual()) {
          names.add(n.path("name_ar").asText());
        }
      }
    }
    names.removeIf(n -> n.length() < 6);
    return new ArrayList<>(names);
  }
}
