package org.harmattan.samples;

import java.util.List;
import java.util.SplittableRandom;

/** Transport modes with the words of conf/vocabulary.conf `transport-modes` per language. */
enum Transport {
  VEHICLE_4X4(List.of("4x4", "pick-up", "land cruiser"), List.of("سيارة رباعية الدفع", "رباعية الدفع"), List.of("4x4", "pickup", "Land Cruiser")),
  TRUCK(List.of("camion"), List.of("شاحنة"), List.of("truck", "lorry")),
  CAR(List.of("voiture", "véhicule"), List.of("سيارة"), List.of("car")),
  MOTORCYCLE(List.of("moto"), List.of("دراجة نارية"), List.of("motorcycle")),
  BOAT(List.of("pirogue", "embarcation", "zodiac"), List.of("قارب", "زورق"), List.of("boat")),
  CAMEL(List.of("dromadaire", "chameaux"), List.of("جمال", "إبل"), List.of("camels")),
  ON_FOOT(List.of("à pied"), List.of("سيرا على الأقدام"), List.of("on foot")),
  POST(List.of("colis"), List.of("طرد"), List.of("parcel"));

  private final Wording wording;

  Transport(List<String> fr, List<String> ar, List<String> en) {
    this.wording = new Wording(fr, ar, en);
  }

  /** A word for this in the language, varied between records as bureaus do. */
  String word(Language lang, SplittableRandom rnd) {
    return wording.word(lang, rnd);
  }
}
