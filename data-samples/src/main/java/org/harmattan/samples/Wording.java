package org.harmattan.samples;

import java.util.List;
import java.util.SplittableRandom;

/** The words bureaus use for one thing in French, Arabic and English. */
record Wording(List<String> fr, List<String> ar, List<String> en) {
  /** One of the words for the language, varied between records as bureaus do. */
  String word(Language lang, SplittableRandom rnd) {
    List<String> words = switch (lang) {
      case FR -> fr;
      case AR -> ar;
      case EN -> en;
    };
    return words.get(rnd.nextInt(words.size()));
  }
}
