package org.harmattan.core.vocab;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds the spellings that bureaus use for the same word onto one key: case, accents, Arabic
 * diacritics and tatweel, alef variants (أ إ آ to ا), alef maqsura (ى to ي), curly quotes and
 * repeated spaces. Used only to match vocabulary synonyms, never to alter stored text.
 */
public final class TextNormalizer {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private TextNormalizer() {}

  public static String normalize(String text) {
    if (text == null) {
      return "";
    }
    // NFKD splits accents and hamza/madda from their letters, and maps presentation forms to letters.
    String t = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    t = t.replace("\u0640", "")
        .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00b4', '\'')
        .replace('\u0649', '\u064a');
    return SPACES.matcher(t).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
  }
}
