package org.harmattan.samples;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Units a quantity is reported in, with the words each language uses. Every word is a synonym in
 * conf/vocabulary.conf `units`, so no feed needs its own unit translations.
 */
enum QuantityUnit {
  KG(List.of("kg", "kilogrammes", "kilos"), List.of("كغ", "كيلوغرام", "كلغ"), List.of("kg", "kilograms", "kgs")),
  G(List.of("g", "grammes"), List.of("غرام", "غ"), List.of("g", "grams")),
  TONNES(List.of("tonnes", "t"), List.of("طن"), List.of("tonnes", "tons")),
  PIECES(List.of("pièces", "unités"), List.of("قطعة", "قطع"), List.of("pieces", "units", "pcs")),
  CARTONS(List.of("cartouches", "cartons"), List.of("خرطوشة"), List.of("cartons")),
  LITRES(List.of("litres", "l"), List.of("لتر", "ليتر"), List.of("litres", "liters")),
  JERRICANS(List.of("jerricans", "bidons de 20 l"), List.of("جالون"), List.of("jerricans", "jerrycan")),
  PERSONS(List.of("personnes", "migrants", "victimes"), List.of("أشخاص", "شخص", "مهاجرين"), List.of("persons", "people"));

  private final Wording wording;

  QuantityUnit(List<String> fr, List<String> ar, List<String> en) {
    this.wording = new Wording(fr, ar, en);
  }

  /** A word for this in the language, varied between records as bureaus do. */
  String word(Language lang, SplittableRandom rnd) {
    return wording.word(lang, rnd);
  }
}
