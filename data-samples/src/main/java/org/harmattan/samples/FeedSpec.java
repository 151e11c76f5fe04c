package org.harmattan.samples;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that makes one bureau's feed look the way it does: format, language, encoding,
 * delimiter, date pattern, decimal comma and its column headers. The conf files in conf/feeds are
 * rendered from the same spec (see {@link FeedConfRenderer}), so headers and mapping cannot drift.
 *
 * @param refPattern String.format pattern of the bureau reference with (year, month, sequence)
 * @param arabicDigits dates and quantities written with Arabic-Indic digits
 * @param textDateShare share of XLSX rows whose date is text rather than a date cell
 * @param serviceName value of the extra SERVICE column (the reporting unit), if the feed has one
 */
record FeedSpec(String name, String source, String bureau, String description, FeedFormat format, Language language,
    Charset charset, char delimiter, boolean bom, String datePattern, boolean decimalComma, boolean arabicDigits,
    double textDateShare, String refPattern, List<Map.Entry<Field, String>> columns, String serviceName) {

  Map<Field, String> headers() {
    Map<Field, String> m = new LinkedHashMap<>();
    for (Map.Entry<Field, String> e : columns) {
      m.put(e.getKey(), e.getValue());
    }
    return m;
  }

  boolean has(Field f) {
    return headers().containsKey(f);
  }

  /** Reasons a bad record of this feed can be planted with: some faults only exist in some formats. */
  List<BadReason> plantableReasons() {
    return BadReason.plantableIn(this);
  }
}
