package org.harmattan.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.cos.COSName;

/** Reads a report PDF back with PDFBox: text (NFKC, so Arabic presentation forms compare), fonts, bookmarks. */
public final class PdfText {
  private PdfText() {}

  public static PDDocument open(Path pdf, String password) throws IOException {
    return password == null ? Loader.loadPDF(pdf.toFile()) : Loader.loadPDF(pdf.toFile(), password);
  }

  /** The whole text, NFKC-normalised, runs of white space folded to one space. */
  public static String text(Path pdf, String password) throws IOException {
    try (PDDocument doc = open(pdf, password)) {
      return normalise(new PDFTextStripper().getText(doc));
    }
  }

  public static String normalise(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", " ");
  }

  /** Names of the fonts that are not embedded, over every page. */
  public static List<String> fontsNotEmbedded(Path pdf, String password) throws IOException {
    List<String> missing = new ArrayList<>();
    try (PDDocument doc = open(pdf, password)) {
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          if (!font.isEmbedded()) {
            missing.add(font.getName());
          }
        }
      }
    }
    return missing;
  }

  /** Top-level bookmark titles, NFKC-normalised. */
  public static List<String> bookmarks(Path pdf, String password) throws IOException {
    List<String> titles = new ArrayList<>();
    try (PDDocument doc = open(pdf, password)) {
      var outline = doc.getDocumentCatalog().getDocumentOutline();
      if (outline == null) {
        return titles;
      }
      for (PDOutlineItem item : outline.children()) {
        titles.add(normalise(item.getTitle()).trim());
      }
    }
    return titles;
  }
}
