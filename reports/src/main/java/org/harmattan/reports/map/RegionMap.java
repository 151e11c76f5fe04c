package org.harmattan.reports.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import org.harmattan.core.HarmattanException;
import org.harmattan.core.geo.CountryBorders;
import org.harmattan.core.geo.PrioGrid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * A map of the Maghreb and the Sahel drawn with Java 2D, so that the PDF exporter writes it as
 * vectors: Natural Earth borders, PRIO-GRID cells filled by class, outlined cells (hot spots),
 * town labels in the reader's script, a legend, a scale bar and the sources. The legend panel
 * sits on the reading side: right of the map in left-to-right languages, left of it in Arabic.
 * The map itself is never mirrored.
 */
public final class RegionMap extends AbstractRenderer implements Graphics2DRenderable {
  private static final long serialVersionUID = 1L;
  /** Shown extent, degrees: the region analysed, from the Atlantic coast to the Nile. */
  static final double LON_MIN = -18.5;
  static final double LON_MAX = 34.0;
  static final double LAT_MIN = 9.5;
  static final double LAT_MAX = 37.8;
  /** Equirectangular projection true at this latitude: distances stay within a few percent over the region. */
  private static final double COS_LAT0 = Math.cos(Math.toRadians(24.0));
  private static final double KM_PER_DEGREE = 111.32;
  private static final String FONT_RESOURCE = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
  private static final Color SEA = new Color(0xE4EEF5);
  private static final Color LAND = new Color(0xF4F1EA);
  private static final Color REGION_LAND = new Color(0xFBF8F0);
  private static final Color BORDER = new Color(0x6B6B6B);
  private static final Color INK = new Color(0x222222);
  private static volatile Font baseFont;

  /** A cell filled with a class colour. */
  public record CellFill(int gid, Color color) implements java.io.Serializable {}

  /** A cell outlined (hot or cold spot). */
  public record CellOutline(int gid, Color color, boolean dashed) implements java.io.Serializable {}

  /** A legend line: a swatch (fill and/or outline) and its label. */
  public record LegendEntry(String label, Color fill, Color outline, boolean dashed) implements java.io.Serializable {}

  /** A labelled place. */
  public record Place(String name, double latitude, double longitude) implements java.io.Serializable {}

  /** Everything the map shows; texts already in the reader's language. */
  public record Content(List<CellFill> fills, List<CellOutline> outlines, List<Place> places, String legendTitle,
      List<LegendEntry> legend, String scaleLabel, double scaleKm, String sources, boolean rightToLeft)
      implements java.io.Serializable {}

  private final Map<String, Geometry> countries;
  private final Set<String> regionCountries;
  private final Content content;

  /**
   * @param countries country polygons by alpha-3 code (from {@link CountryBorders})
   * @param regionCountries the countries analysed, drawn lighter than their neighbours
   * @param content what to draw over them
   */
  public RegionMap(Map<String, Geometry> countries, Set<String> regionCountries, Content content) {
    this.countries = Map.copyOf(countries);
    this.regionCountries = Set.copyOf(regionCountries);
    this.content = content;
  }

  public Content content() {
    return content;
  }

  @Override
  public void render(JasperReportsContext context, Graphics2D g, Rectangle2D area) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      double panel = Math.min(140, area.getWidth() * 0.27);
      double mapWidth = area.getWidth() - panel - 6;
      double mapX = content.rightToLeft() ? area.getX() + panel + 6 : area.getX();
      double unitsWide = (LON_MAX - LON_MIN) * COS_LAT0;
      double unitsHigh = LAT_MAX - LAT_MIN;
      double scale = Math.min(mapWidth / unitsWide, area.getHeight() / unitsHigh);
      Rectangle2D frame = new Rectangle2D.Double(mapX, area.getY(), unitsWide * scale, unitsHigh * scale);
      Projection p = new Projection(frame, scale);
      drawMap(g2, p, frame);
      double panelX = content.rightToLeft() ? area.getX() : frame.getMaxX() + 6;
      drawPanel(g2, new Rectangle2D.Double(panelX, area.getY(), panel, frame.getHeight()), scale);
    } finally {
      g2.dispose();
    }
  }

  /** Degrees to page points inside the map frame. */
  private record Projection(Rectangle2D frame, double scale) {
    double x(double lon) {
      return frame.getX() + (lon - LON_MIN) * COS_LAT0 * scale;
    }

    double y(double lat) {
      return frame.getY() + (LAT_MAX - lat) * scale;
    }
  }

  private void drawMap(Graphics2D g, Projection p, Rectangle2D frame) {
    Shape oldClip = g.getClip();
    g.clip(frame);
    g.setColor(SEA);
    g.fill(frame);
    for (Map.Entry<String, Geometry> e : countryGeometries().entrySet()) {
      Path2D path = path(e.getValue(), p);
      g.setColor(regionCountries.contains(e.getKey()) ? REGION_LAND : LAND);
      g.fill(path);
    }
    double cell = PrioGrid.CELL_DEGREES;
    for (CellFill f : content.fills()) {
      double[] sw = PrioGrid.southWestCorner(f.gid());
      g.setColor(f.color());
      g.fill(cellRect(p, sw, cell));
    }
    g.setStroke(new BasicStroke(0.45f));
    g.setColor(BORDER);
    for (Geometry geom : countryGeometries().values()) {
      g.draw(path(geom, p));
    }
    for (CellOutline o : content.outlines()) {
      double[] sw = PrioGrid.southWestCorner(o.gid());
      g.setColor(o.color());
      g.setStroke(o.dashed() ? new BasicStroke(0.9f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4f,
          new float[] {1.5f, 1.2f}, 0f) : new BasicStroke(1.1f));
      g.draw(cellRect(p, sw, cell));
    }
    drawGraticule(g, p, frame);
    Font font = font(6.5f);
    List<Rectangle2D> taken = new java.util.ArrayList<>();
    for (Place place : content.places()) {
      double x = p.x(place.longitude());
      double y = p.y(place.latitude());
      g.setColor(INK);
      g.fill(new Ellipse2D.Double(x - 1.3, y - 1.3, 2.6, 2.6));
      taken.add(new Rectangle2D.Double(x - 1.5, y - 1.5, 3, 3));
    }
    for (Place place : content.places()) {
      double x = p.x(place.longitude());
      double y = p.y(place.latitude());
      TextLayout layout = layout(place.name(), font, g.getFontRenderContext());
      double w = layout.getAdvance();
      double h = layout.getAscent() + layout.getDescent();
      // Right of the dot, left of it, above, below: the first spot inside the frame that hides no other label.
      double[][] spots = {{x + 2.5, y + h / 2 - layout.getDescent()}, {x - 2.5 - w, y + h / 2 - layout.getDescent()},
          {x - w / 2, y - 3 - layout.getDescent()}, {x - w / 2, y + 3 + layout.getAscent()}};
      for (double[] spot : spots) {
        Rectangle2D box = new Rectangle2D.Double(spot[0] - 0.5, spot[1] - layout.getAscent() - 0.5, w + 1, h + 1);
        boolean free = frame.contains(box) && taken.stream().noneMatch(box::intersects);
        if (free || spot == spots[spots.length - 1]) {
          if (free) {
            taken.add(box);
            drawHalo(g, place.name(), font, spot[0], spot[1], false);
          }
          break;
        }
      }
    }
    g.setClip(oldClip);
    g.setColor(BORDER);
    g.setStroke(new BasicStroke(0.6f));
    g.draw(frame);
  }

  private void drawGraticule(Graphics2D g, Projection p, Rectangle2D frame) {
    g.setStroke(new BasicStroke(0.25f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4f, new float[] {2f, 2f}, 0f));
    Font font = font(5f);
    for (int lon = -10; lon <= 30; lon += 10) {
      g.setColor(new Color(0x9AA7B0));
      g.draw(new Line2D.Double(p.x(lon), frame.getY(), p.x(lon), frame.getMaxY()));
      drawText(g, Math.abs(lon) + "°" + (lon < 0 ? "W" : lon > 0 ? "E" : ""), font, p.x(lon) + 1.5,
          frame.getMaxY() - 2, false, new Color(0x5A6A75));
    }
    for (int lat = 10; lat <= 35; lat += 5) {
      g.setColor(new Color(0x9AA7B0));
      g.draw(new Line2D.Double(frame.getX(), p.y(lat), frame.getMaxX(), p.y(lat)));
      drawText(g, lat + "°N", font, frame.getX() + 2, p.y(lat) - 1.5, false, new Color(0x5A6A75));
    }
  }

  private void drawPanel(Graphics2D g, Rectangle2D panel, double scale) {
    boolean rtl = content.rightToLeft();
    double y = panel.getY() + 10;
    Font title = font(7.5f).deriveFont(Font.BOLD);
    drawText(g, content.legendTitle(), title, rtl ? panel.getMaxX() : panel.getX(), y, rtl, INK);
    y += 8;
    Font label = font(6.5f);
    for (LegendEntry e : content.legend()) {
      double sx = rtl ? panel.getMaxX() - 12 : panel.getX();
      Rectangle2D swatch = new Rectangle2D.Double(sx, y, 12, 8);
      if (e.fill() != null) {
        g.setColor(e.fill());
        g.fill(swatch);
      }
      if (e.outline() != null) {
        g.setColor(e.outline());
        g.setStroke(e.dashed() ? new BasicStroke(0.9f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4f,
            new float[] {1.5f, 1.2f}, 0f) : new BasicStroke(1.1f));
        g.draw(swatch);
      }
      double tx = rtl ? panel.getMaxX() - 16 : panel.getX() + 16;
      y = drawWrapped(g, e.label(), label, tx, y + 6.5, panel.getWidth() - 16, rtl) + 4;
    }
    // Scale bar: scaleKm at the projection's standard latitude.
    y += 8;
    double barWidth = content.scaleKm() / (KM_PER_DEGREE * COS_LAT0) * COS_LAT0 * scale;
    double bx = rtl ? panel.getMaxX() - barWidth : panel.getX();
    g.setColor(INK);
    g.setStroke(new BasicStroke(0.8f));
    g.draw(new Line2D.Double(bx, y, bx + barWidth, y));
    g.draw(new Line2D.Double(bx, y - 2.5, bx, y + 2.5));
    g.draw(new Line2D.Double(bx + barWidth, y - 2.5, bx + barWidth, y + 2.5));
    g.draw(new Line2D.Double(bx + barWidth / 2, y - 1.5, bx + barWidth / 2, y + 1.5));
    drawText(g, content.scaleLabel(), label, rtl ? panel.getMaxX() : panel.getX(), y + 9, rtl, INK);
    y += 20;
    drawWrapped(g, content.sources(), font(5.5f), rtl ? panel.getMaxX() : panel.getX(), y, panel.getWidth(), rtl);
  }

  /** Wraps text to the width, right-aligned at {@code x} in right-to-left languages; returns the last baseline. */
  private double drawWrapped(Graphics2D g, String text, Font font, double x, double y, double width, boolean rtl) {
    String[] words = text.split(" ");
    StringBuilder line = new StringBuilder();
    double baseline = y;
    FontRenderContext frc = g.getFontRenderContext();
    for (String w : words) {
      String candidate = line.isEmpty() ? w : line + " " + w;
      if (!line.isEmpty() && layout(candidate, font, frc).getAdvance() > width) {
        drawText(g, line.toString(), font, x, baseline, rtl, INK);
        baseline += font.getSize2D() * 1.3;
        line = new StringBuilder(w);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (!line.isEmpty()) {
      drawText(g, line.toString(), font, x, baseline, rtl, INK);
    }
    return baseline;
  }

  private void drawHalo(Graphics2D g, String text, Font font, double x, double y, boolean rtl) {
    TextLayout layout = layout(text, font, g.getFontRenderContext());
    double left = rtl ? x - layout.getAdvance() : x;
    Shape outline = layout.getOutline(java.awt.geom.AffineTransform.getTranslateInstance(left, y));
    g.setColor(new Color(255, 255, 255, 210));
    g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(outline);
    g.setColor(INK);
    g.fill(outline);
  }

  /** Draws text through TextLayout (bidi and Arabic shaping), as outlines so that no font needs embedding. */
  private void drawText(Graphics2D g, String text, Font font, double x, double y, boolean rtl, Color color) {
    if (text == null || text.isEmpty()) {
      return;
    }
    TextLayout layout = layout(text, font, g.getFontRenderContext());
    double left = rtl ? x - layout.getAdvance() : x;
    g.setColor(color);
    g.fill(layout.getOutline(java.awt.geom.AffineTransform.getTranslateInstance(left, y)));
  }

  private static TextLayout layout(String text, Font font, FontRenderContext frc) {
    java.util.Map<TextAttribute, Object> attrs = new java.util.HashMap<>();
    attrs.put(TextAttribute.FONT, font);
    return new TextLayout(new java.text.AttributedString(text, attrs).getIterator(), frc);
  }

  private static Rectangle2D cellRect(Projection p, double[] sw, double cell) {
    double x0 = p.x(sw[1]);
    double x1 = p.x(sw[1] + cell);
    double y0 = p.y(sw[0] + cell);
    double y1 = p.y(sw[0]);
    return new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0);
  }

  private Map<String, Geometry> countryGeometries() {
    return countries;
  }

  private static Path2D path(Geometry geometry, Projection p) {
    Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      Geometry part = geometry.getGeometryN(i);
      if (part instanceof Polygon polygon) {
        ring(path, polygon.getExteriorRing().getCoordinates(), p);
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
          ring(path, polygon.getInteriorRingN(h).getCoordinates(), p);
        }
      }
    }
    return path;
  }

  private static void ring(Path2D path, Coordinate[] coords, Projection p) {
    for (int i = 0; i < coords.length; i++) {
      double x = p.x(coords[i].x);
      double y = p.y(coords[i].y);
      if (i == 0) {
        path.moveTo(x, y);
      } else {
        path.lineTo(x, y);
      }
    }
    path.closePath();
  }

  /** DejaVu Sans from the Jasper font extension's jar: the font the rest of the report uses. */
  static Font font(float size) {
    if (baseFont == null) {
      synchronized (RegionMap.class) {
        if (baseFont == null) {
          try (InputStream in = RegionMap.class.getClassLoader().getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
              throw new HarmattanException("Font '" + FONT_RESOURCE + "' is missing from the classpath (jasperreports-fonts)");
            }
            baseFont = Font.createFont(Font.TRUETYPE_FONT, in);
          } catch (IOException | FontFormatException e) {
            throw new HarmattanException("Font '" + FONT_RESOURCE + "': " + e.getMessage(), e);
          }
        }
      }
    }
    return baseFont.deriveFont(size);
  }
}
