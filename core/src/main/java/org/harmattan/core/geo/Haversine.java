package org.harmattan.core.geo;

/** Great-circle distance on a sphere of the Earth's mean radius. */
public final class Haversine {
  public static final double EARTH_RADIUS_KM = 6371.0088;

  private Haversine() {}

  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
  }

  /** The Spark SQL expression of {@link #km} over four columns. */
  public static String sqlExpression(String lat1, String lon1, String lat2, String lon2) {
    return "2 * " + EARTH_RADIUS_KM + " * ASIN(LEAST(1.0, SQRT(POW(SIN(RADIANS(" + lat2 + " - " + lat1 + ") / 2), 2) + COS(RADIANS("
        + lat1 + ")) * COS(RADIANS(" + lat2 + ")) * POW(SIN(RADIANS(" + lon2 + " - " + lon1 + ") / 2), 2))))";
  }
}
