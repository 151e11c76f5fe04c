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

  private final List<String> fr;
  private final List<String> ar;
  private final List<String> en;

  QuantityUnit(List<String> fr, List<String> ar, List<String> en) {
    this.fr = fr;
    this.ar = ar;
    this.en = en;
  }

  /** A word for this unit, varied between records as bureaus do. */
  String word(Language lang, SplittableRandom rnd) {
    List<String> words = switch (lang) {
      case FR -> fr;
      case AR -> ar;
      case EN -> en;
    };
    return words.get(rnd.nextInt(words.size()));
  }
}
