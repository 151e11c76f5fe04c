package org.harmattan.core.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.harmattan.core.ConfigException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Country polygons (Natural Earth Admin 0, 1:50m) and the questions ingestion and analysis ask
 * of them: which country holds a point, and how far a point lies outside a given country.
 * Serializable so that Spark can broadcast it; the spatial index is rebuilt lazily on each JVM.
 */
public final class CountryBorders implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Classpath location of the Natural Earth extract shipped with Harmattan (copied from data-samples/real/). */
  public static final String DEFAULT_RESOURCE = "geo/naturalearth_admin0_50m_mena_sahel.geojson";

  private final Map<String, Geometry> countries;
  private transient STRtree index;
  private transient Map<String, PreparedGeometry> prepared;
  private transient GeometryFactory factory;
  /** Polygon areas, computed once: JTS computes an area afresh from every vertex on each call. */
  private transient Map<String, Double> areas;

  private CountryBorders(Map<String, Geometry> countries) {
    this.countries = countries;
  }

  /**
   * Reads the Natural Earth extract shipped on the classpath.
   *
   * @param alpha3ForNumeric maps Natural Earth's ISO numeric id to an alpha-3 code; features it
   *     does not know are kept under {@code "N" + numeric} (or their name when they have no id)
   */
  public static CountryBorders loadDefault(IntFunction<Optional<String>> alpha3ForNumeric) {
    try (InputStream in = CountryBorders.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new ConfigException("Country borders '" + DEFAULT_RESOURCE + "' are missing from the classpath");
      }
      return fromGeoJson(in, alpha3ForNumeric);
    } catch (IOException e) {
      throw new ConfigException("Country borders '" + DEFAULT_RESOURCE + "': " + e.getMessage(), e);
    }
  }

  /** Reads a GeoJSON FeatureCollection whose features carry {@code iso_n3} and {@code name} properties. */
  public static CountryBorders fromGeoJson(InputStream in, IntFunction<Optional<String>> alpha3ForNumeric) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode root = mapper.readTree(in);
    GeoJsonReader reader = new GeoJsonReader();
    Map<String, Geometry> countries = new LinkedHashMap<>();
    for (JsonNode feature : root.path("features")) {
      JsonNode props = feature.path("properties");
      String numeric = props.path("iso_n3").isTextual() ? props.path("iso_n3").asText() : null;
      String code = numeric == null ? props.path("name").asText()
          : alpha3ForNumeric.apply(Integer.parseInt(numeric)).orElse("N" + numeric);
      try {
        Geometry g = reader.read(mapper.writeValueAsString(feature.path("geometry")));
        countries.merge(code, g, Geometry::union);
      } catch (ParseException e) {
        throw new IOException("feature '" + props.path("name").asText() + "': " + e.getMessage(), e);
      }
    }
    return new CountryBorders(countries);
  }

  private synchronized void ensureIndex() {
    if (index != null) {
      return;
    }
    factory = new GeometryFactory();
    prepared = new LinkedHashMap<>();
    areas = new java.util.HashMap<>();
    STRtree tree = new STRtree();
    for (Map.Entry<String, Geometry> e : countries.entrySet()) {
      PreparedGeometry p = PreparedGeometryFactory.prepare(e.getValue());
      prepared.put(e.getKey(), p);
      areas.put(e.getKey(), e.getValue().getArea());
      tree.insert(e.getValue().getEnvelopeInternal(), e.getKey());
    }
    tree.build();
    index = tree;
  }

  /**
   * The country whose polygon holds the point, if any (none at sea). Should polygons overlap,
   * the smallest (most specific) wins, so the answer never depends on index order.
   */
  public Optional<String> countryAt(double latitude, double longitude) {
    ensureIndex();
    Point p = factory.createPoint(new Coordinate(longitude, latitude));
    @SuppressWarnings("unchecked")
    List<String> candidates = new ArrayList<>(index.query(p.getEnvelopeInternal()));
    if (candidates.size() > 1) {
      candidates.sort(java.util.Comparator.comparingDouble(areas::get));
    }
    for (String code : candidates) {
      if (prepared.get(code).covers(p)) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }

  /** Whether the point lies in the country's polygon. */
  public boolean contains(String alpha3, double latitude, double longitude) {
    ensureIndex();
    PreparedGeometry g = prepared.get(alpha3);
    return g != null && g.covers(factory.createPoint(new Coordinate(longitude, latitude)));
  }

  /**
   * Distance in km from the point to the nearest point of the country (0 inside), or
   * {@link Double#POSITIVE_INFINITY} when the country is not in the file.
   */
  public double distanceKm(double latitude, double longitude, String alpha3) {
    ensureIndex();
    Geometry g = countries.get(alpha3);
    if (g == null) {
      return Double.POSITIVE_INFINITY;
    }
    Point p = factory.createPoint(new Coordinate(longitude, latitude));
    if (prepared.get(alpha3).covers(p)) {
      return 0.0;
    }
    Coordinate nearest = DistanceOp.nearestPoints(g, p)[0];
    return Haversine.km(latitude, longitude, nearest.y, nearest.x);
  }

  /** The polygon of a country, for maps and distance features. */
  public Optional<Geometry> geometry(String alpha3) {
    return Optional.ofNullable(countries.get(alpha3));
  }
}
