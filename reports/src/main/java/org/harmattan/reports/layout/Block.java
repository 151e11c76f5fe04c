package org.harmattan.reports.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.sf.jasperreports.renderers.Renderable;

/**
 * One printable piece of a report, in reading order: a heading, a paragraph, a table row, a pair
 * of charts, a map. The JRXML has one band per kind and prints the band matching {@link #getKind()};
 * a Block is a JavaBean so that {@code JRBeanCollectionDataSource} can feed it. Every text it holds
 * is already in the reader's language.
 */
public final class Block {
  /** The kinds the template knows. */
  public enum Kind { COVER, PAGE_BREAK, H1, H2, P, BULLET, NOTE, TH, TR, TT, CHARTS, MAP }

  /** Cells of a table row; the template prints up to this many. */
  public static final int MAX_CELLS = 6;

  private final Kind kind;
  private String text;
  private String text2;
  private String anchor;
  private final String[] cells = new String[MAX_CELLS];
  private List<ChartPoint> points = List.of();
  private List<ChartPoint> points2 = List.of();
  private Renderable image;
  private int section;
  private int part;

  private Block(Kind kind) {
    this.kind = kind;
  }

  public static Block of(Kind kind, String text) {
    Block b = new Block(kind);
    b.text = text;
    return b;
  }

  /** A section heading with its bookmark anchor. */
  public static Block heading(Kind kind, String text, String anchor) {
    Block b = of(kind, text);
    b.anchor = anchor;
    return b;
  }

  public static Block pageBreak() {
    return new Block(Kind.PAGE_BREAK);
  }

  /** A table row (TH header, TR body, TT total); cells beyond {@link #MAX_CELLS} are refused. */
  public static Block row(Kind kind, String... cells) {
    if (cells.length > MAX_CELLS) {
      throw new IllegalArgumentException("a table row holds at most " + MAX_CELLS + " cells, got " + cells.length);
    }
    Block b = new Block(kind);
    System.arraycopy(cells, 0, b.cells, 0, cells.length);
    return b;
  }

  /** Cover lines: title, subtitle, period, edition, produced, report id; {@code marking} the classification. */
  public static Block cover(String marking, String note, String... lines) {
    Block b = row(Kind.COVER, lines);
    b.text = marking;
    b.text2 = note;
    return b;
  }

  /** Two trend charts side by side (the second may be absent). */
  public static Block charts(String title, List<ChartPoint> points, String title2, List<ChartPoint> points2) {
    Block b = of(Kind.CHARTS, title);
    b.points = List.copyOf(points);
    b.text2 = title2;
    b.points2 = points2 == null ? List.of() : List.copyOf(points2);
    return b;
  }

  public static Block map(String caption, Renderable image) {
    Block b = of(Kind.MAP, caption);
    b.image = image;
    return b;
  }

  /** Number of the section the block belongs to (0 for the cover): the template starts a section on a new page when little room is left. */
  public Integer getSection() {
    return section;
  }

  /** Number of the heading-led part (a section or sub-section) the block belongs to: kept with its first rows. */
  public Integer getPart() {
    return part;
  }

  Block inSection(int number, int partNumber) {
    this.section = number;
    this.part = partNumber;
    return this;
  }

  public String getKind() {
    return kind.name();
  }

  public Kind kind() {
    return kind;
  }

  public String getText() {
    return text;
  }

  public String getText2() {
    return text2;
  }

  public String getAnchor() {
    return anchor;
  }

  public String getC1() {
    return cells[0];
  }

  public String getC2() {
    return cells[1];
  }

  public String getC3() {
    return cells[2];
  }

  public String getC4() {
    return cells[3];
  }

  public String getC5() {
    return cells[4];
  }

  public String getC6() {
    return cells[5];
  }

  public List<String> cells() {
    return new ArrayList<>(Arrays.asList(cells));
  }

  public List<ChartPoint> getPoints() {
    return points;
  }

  public List<ChartPoint> getPoints2() {
    return points2;
  }

  public Renderable getImage() {
    return image;
  }

  /** The block's text content, for tests and the structured dump. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(kind.name());
    if (text != null) {
      sb.append(" | ").append(text);
    }
    if (text2 != null) {
      sb.append(" | ").append(text2);
    }
    for (String c : cells) {
      if (c != null) {
        sb.append(" | ").append(c);
      }
    }
    return sb.toString();
  }
}
