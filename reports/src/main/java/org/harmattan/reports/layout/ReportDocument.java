package org.harmattan.reports.layout;

import java.util.List;
import org.harmattan.reports.Edition;
import org.harmattan.reports.ReportLanguage;

/**
 * A report ready for Jasper: its blocks in reading order and the texts of its page furniture
 * and PDF metadata, all in the reader's language.
 *
 * @param reportId identifier printed on every page and stored in {@code report_runs}
 * @param marking classification marking printed in the header and footer of every page
 */
public record ReportDocument(String reportId, Edition edition, ReportLanguage language, String title, String subject,
    String keywords, String marking, List<Block> blocks) {}
