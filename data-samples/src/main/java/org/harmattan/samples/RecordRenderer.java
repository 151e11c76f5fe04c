package org.harmattan.samples;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Turns an incident into the values of one bureau's row, in that bureau's language. Values are
 * typed (String, Long, Double, LocalDate); each writer formats them for its file format.
 */
final class RecordRenderer {
  private RecordRenderer() {}

  static Map<Field, Object> render(Incident in, FeedSpec feed, String ref, SplittableRandom rnd) {
    Language lang = feed.language();
    Map<Field, Object> row = new EnumMap<>(Field.class);
    row.put(Field.REF, ref);
    row.put(Field.DATE, feed.arabicDigits()
        ? Numbers.arabicIndic(in.date().format(DateTimeFormatter.ofPattern(feed.datePattern())))
        : feed.textDateShare() > 0 && rnd.nextDouble() < feed.textDateShare()
            ? in.date().format(DateTimeFormatter.ofPattern(feed.datePattern()))
            : in.date());
    row.put(Field.CATEGORY, Lexicon.category(in.category(), lang, rnd));
    row.put(Field.ITEM, lang == Language.FR ? in.itemFr() : lang == Language.AR ? in.itemAr() : in.itemEn());
    if (in.hasQuantity()) {
      Object q = number(in.quantity());
      row.put(Field.QUANTITY, feed.arabicDigits() ? Numbers.arabicIndic(Numbers.format(q, false)) : q);
      row.put(Field.UNIT, in.unit().word(lang, rnd));
    }
    row.put(Field.PLACE, lang == Language.AR ? in.place().nameAr() : in.place().name());
    row.put(Field.ADMIN1, lang == Language.AR ? in.place().admin1Ar() : in.place().admin1());
    row.put(Field.LAT, round5(in.lat()));
    row.put(Field.LON, round5(in.lon()));
    row.put(Field.ARRESTS, (long) in.arrests());
    row.put(Field.FATALITIES, (long) in.fatalities());
    row.put(Field.SMALL_ARMS, (long) in.smallArms());
    row.put(Field.AMMUNITION, (long) in.ammunition());
    row.put(Field.EXPLOSIVES, number(in.explosivesKg()));
    row.put(Field.HEAVY, (long) in.heavyWeapons());
    if (in.transport() != null) {
      row.put(Field.TRANSPORT, in.transport().word(lang, rnd));
    }
    if (!in.actors().isEmpty()) {
      row.put(Field.ACTORS, in.actors().stream().map(g -> g.label(lang)).collect(Collectors.joining("; ")));
    }
    row.put(Field.NARRATIVE, Narratives.write(in, feed, row, rnd));
    if (feed.serviceName() != null) {
      row.put(Field.SERVICE, feed.serviceName());
    }
    row.keySet().retainAll(feed.headers().keySet());
    return row;
  }

  /** Whole numbers as Long so that no writer prints "12.0". */
  static Object number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v;
  }

  static double round5(double v) {
    return Math.round(v * 1e5) / 1e5;
  }

  static List<Field> numericFields() {
    return List.of(Field.QUANTITY, Field.LAT, Field.LON, Field.ARRESTS, Field.FATALITIES, Field.SMALL_ARMS,
        Field.AMMUNITION, Field.EXPLOSIVES, Field.HEAVY);
  }
}
