package org.harmattan.samples;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Category words per language. Every word is a synonym of conf/vocabulary.conf `categories`
 * (compared after lower-casing and folding accents), so feeds need no category translations.
 */
final class Lexicon {
  private static final Map<Category, List<String>> FR = new EnumMap<>(Category.class);
  private static final Map<Category, List<String>> AR = new EnumMap<>(Category.class);
  private static final Map<Category, List<String>> EN = new EnumMap<>(Category.class);

  static {
    put(Category.ARMS_TRAFFICKING, List.of("Trafic d'armes", "Armes et munitions", "Armes"),
        List.of("تهريب الأسلحة", "أسلحة وذخائر", "تهريب اسلحة"), List.of("Arms trafficking", "Firearms", "Weapons"));
    put(Category.DRUG_TRAFFICKING, List.of("Trafic de stupéfiants", "Trafic de drogue", "Stupéfiants"),
        List.of("الاتجار بالمخدرات", "تهريب المخدرات", "مخدرات"), List.of("Drug trafficking", "Narcotics"));
    put(Category.HUMAN_TRAFFICKING, List.of("Traite des personnes", "Traite des êtres humains"),
        List.of("الاتجار بالبشر", "الاتجار بالأشخاص"), List.of("Trafficking in persons", "Human trafficking"));
    put(Category.MIGRANT_SMUGGLING, List.of("Trafic de migrants", "Immigration clandestine", "Trafic illicite de migrants"),
        List.of("تهريب المهاجرين", "الهجرة غير الشرعية"), List.of("Migrant smuggling", "Smuggling of migrants"));
    put(Category.FUEL_SMUGGLING, List.of("Contrebande de carburant", "Carburant"),
        List.of("تهريب الوقود", "تهريب المحروقات"), List.of("Fuel smuggling", "Fuel"));
    put(Category.TOBACCO_SMUGGLING, List.of("Contrebande de tabac", "Tabac"),
        List.of("تهريب التبغ", "سجائر"), List.of("Tobacco smuggling", "Cigarettes"));
    put(Category.TERRORIST_ATTACK, List.of("Attaque terroriste", "Attentat", "Terrorisme"),
        List.of("هجوم إرهابي", "هجوم ارهابي"), List.of("Terrorist attack", "Terrorism"));
    put(Category.KIDNAPPING, List.of("Enlèvement", "Prise d'otages"),
        List.of("اختطاف", "خطف"), List.of("Kidnapping", "Abduction", "Hostage taking"));
    put(Category.DOCUMENT_FRAUD, List.of("Fraude documentaire", "Faux documents"),
        List.of("تزوير الوثائق", "تزوير"), List.of("Document fraud", "Forged documents"));
    put(Category.CYBERCRIME, List.of("Cybercriminalité"), List.of("الجريمة الإلكترونية", "جرائم إلكترونية"), List.of("Cybercrime"));
    put(Category.GOLD_SMUGGLING, List.of("Contrebande d'or"), List.of("تهريب الذهب", "ذهب"), List.of("Gold smuggling", "Gold"));
  }

  /** Words no vocabulary knows, for UNKNOWN_CATEGORY records. */
  static final Map<Language, List<String>> UNKNOWN_CATEGORIES = Map.of(
      Language.FR, List.of("Vol de bétail", "Braconnage", "Abus de confiance"),
      Language.AR, List.of("سرقة المواشي", "صيد جائر"),
      Language.EN, List.of("Cattle rustling", "Poaching", "Breach of trust"));

  /** Units no vocabulary knows, for UNKNOWN_UNIT records. */
  static final Map<Language, List<String>> UNKNOWN_UNITS = Map.of(
      Language.FR, List.of("sacs", "ballots", "fûts"),
      Language.AR, List.of("أكياس", "براميل"),
      Language.EN, List.of("bags", "bales", "drums"));

  /** Dates no pattern parses, for UNPARSEABLE_DATE records. */
  static final Map<Language, List<String>> UNPARSEABLE_DATES = Map.of(
      Language.FR, List.of("inconnue", "fin mars", "??/??/2024"),
      Language.AR, List.of("غير معروف", "بداية الشهر"),
      Language.EN, List.of("unknown", "early March", "TBC"));

  private Lexicon() {}

  static String category(Category c, Language lang, SplittableRandom rnd) {
    List<String> words = (lang == Language.FR ? FR : lang == Language.AR ? AR : EN).get(c);
    return words.get(rnd.nextInt(words.size()));
  }

  static String pick(Map<Language, List<String>> words, Language lang, SplittableRandom rnd) {
    List<String> w = words.get(lang);
    return w.get(rnd.nextInt(w.size()));
  }

  private static void put(Category c, List<String> fr, List<String> ar, List<String> en) {
    FR.put(c, fr);
    AR.put(c, ar);
    EN.put(c, en);
  }
}
