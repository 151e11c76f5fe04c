package org.harmattan.features;

import com.typesafe.config.Config;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.harmattan.core.ConfigException;
import org.harmattan.core.config.HarmattanConfig;

/**
 * The {@code harmattan.features} section, typed. Every analytics job reads its settings from here
 * and records {@link #describe()} with its run, so a result can always be traced to its settings.
 */
public record FeaturesSettings(List<String> regionCountries, String firstMonth, int historyMonths,
    List<String> activityCategories,
    List<String> violenceCategories, Neighbourhood neighbourhood, Hotspots hotspots, Clusters clusters, Risk risk) {

  public static final String SECTION = "harmattan.features";

  /** Queen contiguity of the given order, or every cell whose centre lies within the distance band. */
  public record Neighbourhood(String type, int order, double distanceKm) {
    public boolean isDistanceBand() {
      return type.equals("distance");
    }
  }

  /**
   * @param value {@code count} (the measure itself) or {@code excess} (the count minus the cell's mean over the
   *     {@code excessMonths} months before: the change that emerging hot spots are about)
   */
  public record Hotspots(Map<String, List<String>> measures, boolean perCategory, String value, int excessMonths,
      String excessBaseline, int windowMonths, double fdrAlpha, double trendAlpha, String weights,
      double bandwidthKm) {
    public boolean excess() {
      return value.equals("excess");
    }

    /**
     * Whether Gi* weighs each neighbour by a Gaussian kernel of its distance, {@code exp(-d^2 / (2 b^2))}
     * (the cell itself weighs 1), rather than 1 for every cell of the neighbourhood.
     */
    public boolean gaussianWeights() {
      return weights.equals("gaussian");
    }

    /** Whether the expected count is the cell's recent trend (else its recent mean). */
    public boolean trendBaseline() {
      return excessBaseline.equals("trend");
    }
  }

  public record Clusters(String algorithm, int kMin, int kMax, long seed, int maxIterations, int windowMonths,
      int minIncidents, int chooseKMonths) {}

  /** @param concurrentFits model fits (rolling-origin folds and the final model) run at once */
  public record Risk(long seed, int origins, int minTrainMonths, int trees, int maxDepth, double stepSize,
      double logisticRegParam, int concurrentFits, int retrainMonths) {}

  /**
   * Reads the section.
   *
   * @throws ConfigException when a value is missing or out of range (names the key and the value)
   */
  public static FeaturesSettings from(HarmattanConfig config) {
    Config c = config.section(SECTION);
    try {
      Config n = c.getConfig("neighbourhood");
      String type = n.getString("type").trim().toLowerCase(java.util.Locale.ROOT);
      if (!type.equals("queen") && !type.equals("distance")) {
        throw new ConfigException("Configuration key '" + SECTION + ".neighbourhood.type': '" + type
            + "' is not a neighbourhood; expected queen or distance");
      }
      Neighbourhood nb = new Neighbourhood(type, positive(n.getInt("order"), "neighbourhood.order"),
          n.getDouble("distance-km"));
      Config h = c.getConfig("hotspots");
      Map<String, List<String>> measures = new LinkedHashMap<>();
      if (h.hasPath("measures")) {
        Config m = h.getConfig("measures");
        for (String key : new TreeMap<>(m.root().unwrapped()).keySet()) {
          measures.put(key, m.getStringList(key));
        }
      }
      String value = h.getString("value").trim().toLowerCase(java.util.Locale.ROOT);
      if (!value.equals("count") && !value.equals("excess")) {
        throw new ConfigException("Configuration key '" + SECTION + ".hotspots.value': '" + value
            + "' is not supported; expected count or excess");
      }
      String baseline = h.getString("excess-baseline").trim().toLowerCase(java.util.Locale.ROOT);
      if (!baseline.equals("trend") && !baseline.equals("mean")) {
        throw new ConfigException("Configuration key '" + SECTION + ".hotspots.excess-baseline': '" + baseline
            + "' is not supported; expected trend or mean");
      }
      String weights = h.getString("weights").trim().toLowerCase(java.util.Locale.ROOT);
      if (!weights.equals("binary") && !weights.equals("gaussian")) {
        throw new ConfigException("Configuration key '" + SECTION + ".hotspots.weights': '" + weights
            + "' is not supported; expected binary or gaussian");
      }
      double bandwidth = h.getDouble("bandwidth-km");
      if (!(bandwidth > 0)) {
        throw new ConfigException("Configuration key '" + SECTION + ".hotspots.bandwidth-km': " + bandwidth
            + " is not a positive distance");
      }
      Hotspots hs = new Hotspots(measures, h.getBoolean("per-category"), value,
          positive(h.getInt("excess-months"), "hotspots.excess-months"), baseline, positive(h.getInt("window-months"),
          "hotspots.window-months"), probability(h.getDouble("fdr-alpha"), "hotspots.fdr-alpha"),
          probability(h.getDouble("trend-alpha"), "hotspots.trend-alpha"), weights, bandwidth);
      Config k = c.getConfig("clusters");
      String algorithm = k.getString("algorithm").trim().toLowerCase(java.util.Locale.ROOT);
      if (!algorithm.equals("kmeans") && !algorithm.equals("bisecting")) {
        throw new ConfigException("Configuration key '" + SECTION + ".clusters.algorithm': '" + algorithm
            + "' is not supported; expected kmeans or bisecting");
      }
      int kMin = k.getInt("k-min");
      int kMax = k.getInt("k-max");
      if (kMin < 2 || kMax < kMin) {
        throw new ConfigException("Configuration keys '" + SECTION + ".clusters.k-min/k-max': " + kMin + ".." + kMax
            + " is not a range of at least 2 clusters");
      }
      Clusters cl = new Clusters(algorithm, kMin, kMax, k.getLong("seed"), positive(k.getInt("max-iterations"),
          "clusters.max-iterations"), positive(k.getInt("window-months"), "clusters.window-months"),
          k.getInt("min-incidents"), positive(k.getInt("choose-k-months"), "clusters.choose-k-months"));
      Config r = c.getConfig("risk");
      Risk risk = new Risk(r.getLong("seed"), positive(r.getInt("origins"), "risk.origins"),
          positive(r.getInt("min-train-months"), "risk.min-train-months"), positive(r.getInt("trees"), "risk.trees"),
          positive(r.getInt("max-depth"), "risk.max-depth"), r.getDouble("step-size"), r.getDouble("logistic-reg-param"),
          positive(r.getInt("concurrent-fits"), "risk.concurrent-fits"),
          positive(r.getInt("retrain-months"), "risk.retrain-months"));
      int history = c.getInt("history-months");
      if (history < 0) {
        throw new ConfigException(SECTION + ".history-months: expected 0 (all months) or a positive number, got " + history);
      }
      return new FeaturesSettings(List.copyOf(c.getStringList("region-countries")), c.getString("first-month").trim(),
          history,
          List.copyOf(c.getStringList("activity-categories")), List.copyOf(c.getStringList("violence-categories")), nb,
          hs, cl, risk);
    } catch (com.typesafe.config.ConfigException e) {
      throw new ConfigException("Configuration section '" + SECTION + "': " + e.getMessage(), e);
    }
  }

  private static int positive(int v, String key) {
    if (v <= 0) {
      throw new ConfigException("Configuration key '" + SECTION + "." + key + "': " + v + " must be positive");
    }
    return v;
  }

  private static double probability(double v, String key) {
    if (v <= 0 || v >= 1) {
      throw new ConfigException("Configuration key '" + SECTION + "." + key + "': " + v + " must lie between 0 and 1");
    }
    return v;
  }

  /** The settings as flat {@code key -> value} text, recorded with every run. */
  /**
   * What a saved risk model depends on: the panel's definitions and the model's own settings. A model
   * is reused only while this is unchanged ({@code concurrent-fits} and {@code retrain-months} do not
   * change what is learnt).
   */
  public String riskModelKey() {
    Map<String, String> d = describe();
    return String.join("|", d.get("region-countries"), d.get("activity-categories"), d.get("violence-categories"),
        d.get("neighbourhood"), d.get("risk.seed"), d.get("risk.gbt"), d.get("risk.logistic-reg-param"));
  }

  /** What the choice of k depends on: the clustering settings and the category sets. */
  public String clusterKKey() {
    Map<String, String> d = describe();
    return String.join("|", d.get("activity-categories"), d.get("violence-categories"), d.get("clusters.algorithm"),
        d.get("clusters.k-range"), d.get("clusters.seed"), d.get("clusters.window-months"),
        d.get("clusters.min-incidents"), String.valueOf(clusters.maxIterations()));
  }

  public Map<String, String> describe() {
    Map<String, String> out = new TreeMap<>();
    out.put("region-countries", String.join(",", regionCountries));
    out.put("first-month", firstMonth);
    out.put("history-months", String.valueOf(historyMonths));
    out.put("activity-categories", String.join(",", activityCategories));
    out.put("violence-categories", String.join(",", violenceCategories));
    out.put("neighbourhood", neighbourhood.isDistanceBand() ? "distance " + neighbourhood.distanceKm() + " km"
        : "queen order " + neighbourhood.order());
    List<String> ms = new ArrayList<>();
    hotspots.measures().forEach((k, v) -> ms.add(k + "=" + String.join("+", v)));
    out.put("hotspots.measures", String.join(";", ms));
    out.put("hotspots.per-category", String.valueOf(hotspots.perCategory()));
    out.put("hotspots.value", hotspots.excess() ? "excess over the " + hotspots.excessBaseline() + " of "
        + hotspots.excessMonths() + " months" : "count");
    out.put("hotspots.weights", hotspots.gaussianWeights() ? "gaussian, bandwidth " + hotspots.bandwidthKm() + " km"
        : "binary");
    out.put("hotspots.window-months", String.valueOf(hotspots.windowMonths()));
    out.put("hotspots.fdr-alpha", String.valueOf(hotspots.fdrAlpha()));
    out.put("hotspots.trend-alpha", String.valueOf(hotspots.trendAlpha()));
    out.put("clusters.algorithm", clusters.algorithm());
    out.put("clusters.k-range", clusters.kMin() + ".." + clusters.kMax());
    out.put("clusters.seed", String.valueOf(clusters.seed()));
    out.put("clusters.window-months", String.valueOf(clusters.windowMonths()));
    out.put("clusters.min-incidents", String.valueOf(clusters.minIncidents()));
    out.put("clusters.choose-k-months", String.valueOf(clusters.chooseKMonths()));
    out.put("risk.seed", String.valueOf(risk.seed()));
    out.put("risk.origins", String.valueOf(risk.origins()));
    out.put("risk.min-train-months", String.valueOf(risk.minTrainMonths()));
    out.put("risk.gbt", "trees=" + risk.trees() + " depth=" + risk.maxDepth() + " step=" + risk.stepSize());
    out.put("risk.logistic-reg-param", String.valueOf(risk.logisticRegParam()));
    out.put("risk.retrain-months", String.valueOf(risk.retrainMonths()));
    return out;
  }
}
