package org.harmattan.reports.render;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import org.harmattan.core.HarmattanException;
import org.harmattan.reports.ReportPassword;
import org.harmattan.reports.layout.ReportDocument;
import org.harmattan.reports.text.ReportText;

/**
 * Fills the threat report template with a {@link ReportDocument} and exports it to PDF: fonts
 * embedded, bookmarks from the section headings, metadata (title, subject, keywords, language),
 * and, for the restricted edition, AES-128 encryption with the report password.
 */
public final class PdfRenderer {
  private PdfRenderer() {}

  /** Fills the template; the result is what both the PDF and the structured (golden) export are made from. */
  public static JasperPrint fill(ReportDocument doc) {
    Map<String, Object> params = new HashMap<>();
    ReportText text = new ReportText(doc.language().locale());
    params.put(JRParameter.REPORT_LOCALE, doc.language().locale());
    params.put(JRParameter.REPORT_RESOURCE_BUNDLE, text.bundle());
    params.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("UTC"));
    params.put("rtl", doc.language().rightToLeft());
    params.put("reportId", doc.reportId());
    params.put("marking", doc.marking());
    try {
      JasperPrint print = JasperFillManager.fillReport(JasperTemplates.get(JasperTemplates.THREAT_REPORT), params,
          new JRBeanCollectionDataSource(doc.blocks()));
      print.setName(doc.reportId());
      return print;
    } catch (JRException e) {
      throw new HarmattanException("Report " + doc.reportId() + ": filling the template failed: " + e.getMessage(), e);
    }
  }

  /**
   * Exports a filled report to PDF bytes.
   *
   * @param password required when the edition is encrypted
   */
  public static byte[] export(JasperPrint print, ReportDocument doc, Optional<ReportPassword> password) {
    JRPdfExporter exporter = new JRPdfExporter();
    exporter.setExporterInput(new SimpleExporterInput(print));
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    SimplePdfReportConfiguration report = new SimplePdfReportConfiguration();
    report.setForceSvgShapes(true);
    exporter.setConfiguration(report);
    SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
    config.setMetadataTitle(doc.title());
    config.setMetadataSubject(doc.subject());
    config.setMetadataKeywords(doc.keywords());
    config.setMetadataAuthor("Harmattan");
    config.setMetadataCreator("Harmattan (JasperReports)");
    config.setDisplayMetadataTitle(true);
    exporter.setConfiguration(config);
    try {
      exporter.exportReport();
    } catch (JRException e) {
      throw new HarmattanException("Report " + doc.reportId() + ": PDF export failed: " + e.getMessage(), e);
    }
    return finish(out.toByteArray(), doc, password);
  }

  /**
   * Adds what Jasper cannot write with stock OpenPDF, then encrypts: the document language
   * ({@code /Lang}, which Jasper writes only in tagged PDF, and tagging needs Jaspersoft's unpublished
   * OpenPDF) and, for right-to-left languages, the reading direction viewers use for page order.
   */
  private static byte[] finish(byte[] pdf, ReportDocument doc, Optional<ReportPassword> password) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
    try {
      PdfReader reader = new PdfReader(pdf);
      // The stamper rewrites the reader's catalog: set /Lang there (its extra-catalog is ignored when stamping).
      reader.getCatalog().put(PdfName.LANG, new PdfString(doc.language().code()));
      PdfStamper stamper = new PdfStamper(reader, out);
      if (doc.language().rightToLeft()) {
        stamper.addViewerPreference(PdfName.DIRECTION, PdfName.R2L);
      }
      if (doc.edition().encrypted()) {
        String secret = password.orElseThrow(ReportPassword::missing).reveal();
        stamper.setEncryption(PdfWriter.ENCRYPTION_AES_128, secret, secret,
            PdfWriter.ALLOW_PRINTING | PdfWriter.ALLOW_SCREENREADERS);
      }
      stamper.close();
      reader.close();
    } catch (IOException | DocumentException e) {
      throw new HarmattanException("Report " + doc.reportId() + ": finishing the PDF failed: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }
}
