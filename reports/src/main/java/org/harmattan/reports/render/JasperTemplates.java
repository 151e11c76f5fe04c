package org.harmattan.reports.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import org.harmattan.core.HarmattanException;

/**
 * The report templates, compiled from their JRXML on first use and kept for the life of the JVM:
 * compiling takes seconds, filling a compiled template milliseconds.
 */
public final class JasperTemplates {
  /** The threat report template ({@code reports/src/main/jasperreports/ThreatReport.jrxml}). */
  public static final String THREAT_REPORT = "ThreatReport";
  private static final String LOCATION = "org/harmattan/reports/templates/";
  private static final Map<String, JasperReport> COMPILED = new ConcurrentHashMap<>();

  private JasperTemplates() {}

  /**
   * The compiled template.
   *
   * @throws HarmattanException when the JRXML is missing or does not compile
   */
  public static JasperReport get(String name) {
    return COMPILED.computeIfAbsent(name, JasperTemplates::compile);
  }

  private static JasperReport compile(String name) {
    String resource = LOCATION + name + ".jrxml";
    try (InputStream in = JasperTemplates.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new HarmattanException("Report template '" + resource + "' is missing from the classpath");
      }
      return JasperCompileManager.compileReport(in);
    } catch (IOException | JRException e) {
      throw new HarmattanException("Report template '" + resource + "' does not compile: " + e.getMessage(), e);
    }
  }
}
