package org.harmattan.samples;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * Free-text narratives in the feed's language. Mali's narratives are two-line police prose with
 * semicolons and quoted speech, the hardest case for a CSV reader.
 */
final class Narratives {
  private Narratives() {}

  static String write(Incident in, FeedSpec feed, Map<Field, Object> row, SplittableRandom rnd) {
    String place = String.valueOf(row.get(Field.PLACE));
    String qty = row.containsKey(Field.QUANTITY) ? Numbers.format(row.get(Field.QUANTITY), feed.decimalComma()) : "";
    String unit = row.containsKey(Field.UNIT) ? String.valueOf(row.get(Field.UNIT)) : "";
    boolean attack = in.category() == Category.TERRORIST_ATTACK;
    String groups = in.actors().isEmpty() ? "" : in.actors().get(0).label(feed.language());
    String text = switch (feed.language()) {
      case FR -> attack
          ? "Attaque contre une position des forces de défense près de " + place + " : " + in.fatalities() + " morts."
              + (groups.isEmpty() ? "" : " Revendiquée par " + groups + ".")
          : (rnd.nextBoolean() ? "Saisie de " : "Interception de ") + (qty.isEmpty() ? "" : qty + " " + unit + " de ")
              + in.itemFr() + " près de " + place + ", " + in.arrests() + " personne(s) interpellée(s).";
      case AR -> attack
          ? "هجوم مسلح قرب " + place + " أسفر عن " + in.fatalities() + " قتلى."
          : "ضبط " + (qty.isEmpty() ? "" : qty + " " + unit + " من ") + in.itemAr() + " قرب " + place + "، وتوقيف "
              + in.arrests() + " أشخاص.";
      case EN -> attack
          ? "Attack on a security post near " + place + "; " + in.fatalities() + " killed."
          : "Seizure of " + (qty.isEmpty() ? "" : qty + " " + unit + " of ") + in.itemEn() + " near " + place + "; "
              + in.arrests() + " arrested.";
    };
    if (feed.arabicDigits()) {
      text = Numbers.arabicIndic(text);
    }
    if (feed.bureau().equals("MLI") && rnd.nextInt(3) == 0) {
      // Two physical lines inside one quoted field, with ';' and quoted speech.
      text = text + "\nPatrouille mixte; un témoin déclare : \"ils venaient du nord, sans phares\".";
    }
    return text;
  }
}
