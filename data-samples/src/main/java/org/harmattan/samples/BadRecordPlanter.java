package org.harmattan.samples;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Spoils an otherwise good row in exactly one way, so that each planted bad record has one
 * unambiguous expected quarantine reason.
 */
final class BadRecordPlanter {
  /** Towns deep inside a country, used when swapping coordinates would not leave the reporting country. */
  private static final List<String> FAR_TOWNS = List.of("Cairo", "Bamako", "Khartoum", "N'Djamena", "Casablanca", "Tunis");

  private final BorderProximity proximity;
  private final YearMonth lastMonth;

  BadRecordPlanter(BorderProximity proximity, YearMonth lastMonth) {
    this.proximity = proximity;
    this.lastMonth = lastMonth;
  }

  record Planted(Map<Field, Object> row, Damage damage) {}

  /** Whether the reason needs a base record that carries a quantity. */
  static boolean needsQuantity(BadReason r) {
    return r == BadReason.UNKNOWN_UNIT || r == BadReason.NEGATIVE_QUANTITY || r == BadReason.UNPARSEABLE_NUMBER;
  }

  Planted plant(BadReason reason, FeedSpec feed, Map<Field, Object> good, String lastGoodRef, SplittableRandom rnd) {
    Map<Field, Object> row = new EnumMap<>(good);
    Language lang = feed.language();
    Damage damage = Damage.NONE;
    switch (reason) {
      case UNPARSEABLE_DATE -> row.put(Field.DATE, Lexicon.pick(Lexicon.UNPARSEABLE_DATES, lang, rnd));
      case DATE_IN_FUTURE -> row.put(Field.DATE, date(feed, lastMonth.plusYears(2).atDay(1 + rnd.nextInt(28))));
      case DATE_BEFORE_RANGE -> row.put(Field.DATE, date(feed, LocalDate.of(1990 + rnd.nextInt(9), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28))));
      case COORDINATES_OUT_OF_RANGE -> {
        if (rnd.nextBoolean()) {
          row.put(Field.LAT, 91 + rnd.nextInt(800) / 100.0);
        } else {
          row.put(Field.LON, 181 + rnd.nextInt(5000) / 100.0);
        }
      }
      case OUTSIDE_REPORTING_COUNTRY -> outside(feed, row);
      case UNKNOWN_CATEGORY -> row.put(Field.CATEGORY, Lexicon.pick(Lexicon.UNKNOWN_CATEGORIES, lang, rnd));
      case UNKNOWN_UNIT -> row.put(Field.UNIT, Lexicon.pick(Lexicon.UNKNOWN_UNITS, lang, rnd));
      case NEGATIVE_QUANTITY -> row.put(Field.QUANTITY, negative(feed, row.get(Field.QUANTITY)));
      case MISSING_REQUIRED_FIELD -> row.put(rnd.nextBoolean() ? Field.DATE : Field.CATEGORY, "");
      case UNPARSEABLE_NUMBER -> {
        if (rnd.nextBoolean()) {
          // The clerk typed the unit into the number cell: "12,5kg".
          String q = Numbers.format(row.get(Field.QUANTITY), feed.decimalComma()) + String.valueOf(row.get(Field.UNIT));
          row.put(Field.QUANTITY, feed.arabicDigits() ? Numbers.arabicIndic(q) : q.replace(" ", ""));
        } else {
          row.put(rnd.nextBoolean() ? Field.LAT : Field.LON, lang == Language.AR ? "غير متوفر" : "N/A");
        }
      }
      case MALFORMED_ROW -> damage = Damage.MISSING_LAST_FIELD;
      case DUPLICATE_KEY_IN_BATCH -> row.put(Field.REF, lastGoodRef);
      case INVALID_JSON -> damage = Damage.TRUNCATED_JSON;
      default -> throw new IllegalStateException("unplanted reason " + reason);
    }
    return new Planted(row, damage);
  }

  private static Object date(FeedSpec feed, LocalDate d) {
    return feed.arabicDigits()
        ? Numbers.arabicIndic(d.format(java.time.format.DateTimeFormatter.ofPattern(feed.datePattern())))
        : d;
  }

  private static Object negative(FeedSpec feed, Object q) {
    if (q instanceof Long l) {
      return -l;
    }
    if (q instanceof Double d) {
      return -d;
    }
    return feed.arabicDigits() ? "-" + q : q;
  }

  /** Swapped latitude and longitude if that lands far outside the reporting country, else a far town. */
  private void outside(FeedSpec feed, Map<Field, Object> row) {
    double lat = (Double) row.get(Field.LAT);
    double lon = (Double) row.get(Field.LON);
    if (Math.abs(lon) <= 90 && proximity.distanceKm(lon, lat, feed.bureau()) > 100) {
      row.put(Field.LAT, lon);
      row.put(Field.LON, lat);
      return;
    }
    for (String name : FAR_TOWNS) {
      Place p = Places.named(name);
      if (proximity.distanceKm(p.lat(), p.lon(), feed.bureau()) > 200) {
        row.put(Field.LAT, p.lat());
        row.put(Field.LON, p.lon());
        return;
      }
    }
    throw new IllegalStateException("no far town for " + feed.bureau());
  }
}
