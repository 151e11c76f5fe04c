package org.harmattan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvExportTest {
  @Test
  void neutralisesCellsASpreadsheetWouldRunAsFormulas() {
    assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvExport.cell("=HYPERLINK(\"http://x\")"));
    assertEquals("'=SUM(A1:A9)", CsvExport.cell("=SUM(A1:A9)"));
    assertEquals("'+1", CsvExport.cell("+1"));
    assertEquals("'-3", CsvExport.cell("-3"));
    assertEquals("'@cmd", CsvExport.cell("@cmd"));
    assertEquals("'\tx", CsvExport.cell("\tx"));
    assertEquals("plain", CsvExport.cell("plain"));
    assertEquals("تهريب الأسلحة", CsvExport.cell("تهريب الأسلحة"));
  }

  @Test
  void quotesCellsWithSeparatorsQuotesOrLineBreaks() {
    assertEquals("\"a,b\"", CsvExport.cell("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", CsvExport.cell("say \"hi\""));
    assertEquals("\"two\nlines\"", CsvExport.cell("two\nlines"));
    assertEquals("\"'=1+1,2\"", CsvExport.cell("=1+1,2"));
    assertEquals("", CsvExport.cell(null));
    assertEquals("x,,\"y,z\"\r\n", CsvExport.line(Arrays.asList("x", null, "y,z")));
  }
}
