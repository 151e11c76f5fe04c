package org.harmattan.jobs.ingest.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A record mapped to the canonical incident columns, with every violation found on the way. */
public final class MappedIncident {
  public String incidentId;
  public String source;
  public String sourceFeed;
  public String sourceRecordId;
  public String reportingCountry;
  public String country;
  public String admin1;
  public String placeName;
  public Double latitude;
  public Double longitude;
  public Integer prioGid;
  public LocalDate eventDate;
  public String category;
  public String item;
  public Double quantity;
  public String unit;
  public String quantityReported;
  public String unitReported;
  public Integer smallArms;
  public Integer ammunitionRounds;
  public Double explosivesKg;
  public Integer heavyWeapons;
  public Integer fatalities;
  public Integer arrests;
  public List<String> actors = List.of();
  public String transportMode;
  public String narrative;
  public final List<Violation> violations = new ArrayList<>();

  void refuse(String code, String column, String message) {
    violations.add(new Violation(code, column, message));
  }

  public boolean accepted() {
    return violations.isEmpty();
  }
}
