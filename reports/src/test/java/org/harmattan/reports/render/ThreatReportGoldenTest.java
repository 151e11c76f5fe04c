package org.harmattan.reports.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import org.harmattan.reports.Edition;
import org.harmattan.reports.ReportFixtures;
import org.harmattan.reports.ReportLanguage;
import org.harmattan.reports.layout.ReportDocument;
import org.harmattan.reports.layout.ThreatReportComposer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden tests on Jasper's filled report (its structured output, before PDF): every text element
 * with its page, position, size and text, for a fixed dataset, locale and time zone. Positions are
 * part of the check, so a table that stops being mirrored in Arabic fails here.
 * After an intended layout change: run with -Dgolden.update=true and review the diff.
 */
class ThreatReportGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  /** One line per text element: page, x, y, width, height, text (line breaks shown as ⏎). */
  static List<String> dump(JasperPrint print) {
    List<String> lines = new ArrayList<>();
    lines.add("pages " + print.getPages().size() + ", " + print.getPageWidth() + "x" + print.getPageHeight());
    int p = 0;
    for (JRPrintPage page : print.getPages()) {
      p++;
      dump(page.getElements(), p, 0, 0, lines);
    }
    return lines;
  }

  private static void dump(List<JRPrintElement> elements, int page, int dx, int dy, List<String> lines) {
    for (JRPrintElement e : elements) {
      if (e instanceof JRPrintFrame frame) {
        dump(frame.getElements(), page, dx + e.getX(), dy + e.getY(), lines);
      } else if (e instanceof JRPrintText t) {
        String text = t.getFullText() == null ? "" : t.getFullText().replace("\n", "⏎");
        lines.add(page + " " + (dx + t.getX()) + "," + (dy + t.getY()) + " " + t.getWidth() + "x" + t.getHeight() + " "
            + t.getHorizontalTextAlign() + " " + text);
      } else {
        lines.add(page + " " + (dx + e.getX()) + "," + (dy + e.getY()) + " " + e.getWidth() + "x" + e.getHeight() + " "
            + e.getClass().getSimpleName());
      }
    }
  }

  @ParameterizedTest(name = "{0} edition in {1}")
  @CsvSource({"CONFERENCE,EN,false", "CONFERENCE,AR,false", "RESTRICTED,FR,false", "RESTRICTED,AR,true",
      "CONFERENCE,EN,true"})
  void filledReportMatchesItsGoldenCopy(Edition edition, ReportLanguage language, boolean full) throws Exception {
    ReportDocument doc = new ThreatReportComposer(ReportFixtures.setting(full ? ReportFixtures.october2026Full()
        : ReportFixtures.october2026()), edition, language).compose("HTR-2026-10-GOLDEN");
    JasperPrint print = PdfRenderer.fill(doc);
    List<String> actual = dump(print);
    String name = "threat-report_" + edition.id() + "_" + language.code() + (full ? "_full" : "");
    // -Dreports.preview=DIR writes the PDFs too, to look at them (pdftoppm -png -r 60).
    String preview = System.getProperty("reports.preview");
    if (preview != null) {
      Files.createDirectories(Path.of(preview));
      Files.write(Path.of(preview, name + ".pdf"), PdfRenderer.export(print, doc,
          java.util.Optional.of(org.harmattan.reports.ReportPassword.of("preview-password"))));
    }
    Path golden = GOLDEN.resolve(name + ".txt");
    if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
      Files.createDirectories(GOLDEN);
      Files.write(golden, actual, StandardCharsets.UTF_8);
      fail("Golden copy written to " + golden + ": review it, then run again");
    }
    assertEquals(String.join("\n", Files.readAllLines(golden, StandardCharsets.UTF_8)), String.join("\n", actual));
  }
}
