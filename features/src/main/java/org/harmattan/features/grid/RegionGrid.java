package org.harmattan.features.grid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.harmattan.core.ConfigException;
import org.harmattan.core.geo.CountryBorders;
import org.harmattan.core.geo.Haversine;
import org.harmattan.core.geo.PrioGrid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * The PRIO-GRID cells of the analysed region: every 0.5-degree cell that touches one of the
 * region's countries, with its centre, its country and the distance from its centre to the
 * nearest international land border. A few thousand cells, computed once on the driver with JTS
 * (the geometry work is small and has no Spark equivalent).
 */
public final class RegionGrid {
  public static final StructType SCHEMA = new StructType()
      .add("prio_gid", DataTypes.IntegerType).add("latitude", DataTypes.DoubleType)
      .add("longitude", DataTypes.DoubleType).add("country", DataTypes.StringType)
      .add("border_km", DataTypes.DoubleType);

  /** One cell of the grid. */
  public record Cell(int gid, double latitude, double longitude, String country, double borderKm) {}

  private RegionGrid() {}

  /**
   * Cells of the region.
   *
   * @param borders country polygons
   * @param allCountries every country code the borders know (neighbours outside the region count for border distance)
   * @param regionCountries the countries analysed
   * @throws ConfigException when a region country has no polygon
   */
  public static List<Cell> cells(CountryBorders borders, Collection<String> allCountries, List<String> regionCountries) {
    GeometryFactory gf = new GeometryFactory();
    Map<String, Geometry> region = new LinkedHashMap<>();
    for (String code : regionCountries) {
      region.put(code, borders.geometry(code).orElseThrow(() -> new ConfigException(
          "Configuration key 'harmattan.features.region-countries': no country polygon for '" + code + "'")));
    }
    Map<String, Geometry> all = new LinkedHashMap<>();
    for (String code : allCountries) {
      borders.geometry(code).ifPresent(g -> all.put(code, g));
    }
    IndexedFacetDistance borderIndex = new IndexedFacetDistance(landBorders(gf, region, all));
    Map<Integer, Cell> cells = new LinkedHashMap<>();
    for (Map.Entry<String, Geometry> e : region.entrySet()) {
      PreparedGeometry country = PreparedGeometryFactory.prepare(e.getValue());
      Envelope env = e.getValue().getEnvelopeInternal();
      int gidMin = PrioGrid.gid(env.getMinY(), env.getMinX());
      int gidMax = PrioGrid.gid(env.getMaxY(), env.getMaxX());
      int rowMin = (gidMin - 1) / PrioGrid.COLUMNS;
      int rowMax = (gidMax - 1) / PrioGrid.COLUMNS;
      int colMin = (gidMin - 1) % PrioGrid.COLUMNS;
      int colMax = (gidMax - 1) % PrioGrid.COLUMNS;
      for (int row = rowMin; row <= rowMax; row++) {
        for (int col = colMin; col <= colMax; col++) {
          int gid = row * PrioGrid.COLUMNS + col + 1;
          if (cells.containsKey(gid)) {
            continue;
          }
          double[] sw = PrioGrid.southWestCorner(gid);
          Geometry square = gf.toGeometry(new Envelope(sw[1], sw[1] + PrioGrid.CELL_DEGREES, sw[0], sw[0] + PrioGrid.CELL_DEGREES));
          if (!country.intersects(square)) {
            continue;
          }
          double lat = PrioGrid.centreLatitude(gid);
          double lon = PrioGrid.centreLongitude(gid);
          String owner = ownerOf(borders, region, square, lat, lon).orElse(e.getKey());
          Coordinate nearest = borderIndex.nearestPoints(gf.createPoint(new Coordinate(lon, lat)))[0];
          double km = Math.round(Haversine.km(lat, lon, nearest.y, nearest.x) * 10) / 10.0;
          cells.put(gid, new Cell(gid, lat, lon, owner, km));
        }
      }
    }
    return new ArrayList<>(cells.values());
  }

  /** The frame of the cells (a few thousand rows). */
  public static Dataset<Row> frame(SparkSession spark, List<Cell> cells) {
    List<Row> rows = new ArrayList<>(cells.size());
    for (Cell c : cells) {
      rows.add(RowFactory.create(c.gid(), c.latitude(), c.longitude(), c.country(), c.borderKm()));
    }
    return spark.createDataFrame(rows, SCHEMA);
  }

  /** The region country holding the centre, else the one covering most of the cell. */
  private static Optional<String> ownerOf(CountryBorders borders, Map<String, Geometry> region, Geometry square,
      double lat, double lon) {
    Optional<String> atCentre = borders.countryAt(lat, lon).filter(region::containsKey);
    if (atCentre.isPresent()) {
      return atCentre;
    }
    String best = null;
    double bestArea = 0;
    for (Map.Entry<String, Geometry> e : region.entrySet()) {
      if (!e.getValue().getEnvelopeInternal().intersects(square.getEnvelopeInternal())) {
        continue;
      }
      double area = e.getValue().intersection(square).getArea();
      if (area > bestArea) {
        bestArea = area;
        best = e.getKey();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Land borders touching the region: the parts of each region country's outline that lie on
   * (within about 1 km of) another country. Coasts are not borders.
   */
  private static Geometry landBorders(GeometryFactory gf, Map<String, Geometry> region, Map<String, Geometry> all) {
    List<Geometry> parts = new ArrayList<>();
    for (Map.Entry<String, Geometry> a : region.entrySet()) {
      Envelope ea = a.getValue().getEnvelopeInternal().copy();
      ea.expandBy(0.05);
      for (Map.Entry<String, Geometry> b : all.entrySet()) {
        if (b.getKey().equals(a.getKey()) || !ea.intersects(b.getValue().getEnvelopeInternal())) {
          continue;
        }
        Geometry shared = a.getValue().getBoundary().intersection(b.getValue().buffer(0.01));
        if (!shared.isEmpty()) {
          parts.add(shared);
        }
      }
    }
    if (parts.isEmpty()) {
      throw new ConfigException("Configuration key 'harmattan.features.region-countries': the region has no land border");
    }
    return gf.buildGeometry(parts);
  }
}
