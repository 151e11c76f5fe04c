package org.harmattan.samples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The towns of docs DOMAIN.md plus a few more on the same routes, with Arabic names and first-level
 * administrative units, so every bureau can name a place near each point in its own language.
 */
final class Places {
  static final List<Place> ALL = List.of(
      p("Agadez", "أغاديز", 16.97, 7.99, "NER", "Agadez", "أغاديز"),
      p("Arlit", "أرليت", 18.74, 7.39, "NER", "Agadez", "أغاديز"),
      p("Dirkou", "ديركو", 18.99, 12.89, "NER", "Agadez", "أغاديز"),
      p("Séguédine", "سيغيدين", 20.19, 12.98, "NER", "Agadez", "أغاديز"),
      p("Madama", "ماداما", 21.95, 13.65, "NER", "Agadez", "أغاديز"),
      p("Djado", "جادو", 21.02, 12.31, "NER", "Agadez", "أغاديز"),
      p("Zinder", "زندر", 13.81, 8.99, "NER", "Zinder", "زندر"),
      p("Diffa", "ديفا", 13.32, 12.61, "NER", "Diffa", "ديفا"),
      p("Bosso", "بوسو", 13.70, 13.31, "NER", "Diffa", "ديفا"),
      p("Niamey", "نيامي", 13.51, 2.11, "NER", "Niamey", "نيامي"),
      p("Tillabéri", "تيلابيري", 14.21, 1.45, "NER", "Tillabéri", "تيلابيري"),
      p("Assamaka", "أساماكا", 19.35, 5.80, "NER", "Agadez", "أغاديز"),
      p("Sebha", "سبها", 27.04, 14.43, "LBY", "Fezzan", "فزان"),
      p("Ubari", "أوباري", 26.59, 12.78, "LBY", "Fezzan", "فزان"),
      p("Ghat", "غات", 24.96, 10.18, "LBY", "Fezzan", "فزان"),
      p("Murzuq", "مرزق", 25.92, 13.92, "LBY", "Fezzan", "فزان"),
      p("Qatrun", "القطرون", 24.93, 14.64, "LBY", "Fezzan", "فزان"),
      p("Kufra", "الكفرة", 24.18, 23.31, "LBY", "Cyrenaica", "برقة"),
      p("Tripoli", "طرابلس", 32.87, 13.19, "LBY", "Tripolitania", "طرابلس"),
      p("Zuwara", "زوارة", 32.91, 12.08, "LBY", "Tripolitania", "طرابلس"),
      p("Sabratha", "صبراتة", 32.77, 12.49, "LBY", "Tripolitania", "طرابلس"),
      p("Misrata", "مصراتة", 32.36, 15.09, "LBY", "Tripolitania", "طرابلس"),
      p("Benghazi", "بنغازي", 32.10, 20.09, "LBY", "Cyrenaica", "برقة"),
      p("Tobruk", "طبرق", 32.06, 23.95, "LBY", "Cyrenaica", "برقة"),
      p("Ajdabiya", "أجدابيا", 30.76, 20.22, "LBY", "Cyrenaica", "برقة"),
      p("Tamanrasset", "تمنراست", 22.79, 5.52, "DZA", "Tamanrasset", "تمنراست"),
      p("In Guezzam", "عين قزام", 19.57, 5.77, "DZA", "In Guezzam", "عين قزام"),
      p("Bordj Badji Mokhtar", "برج باجي مختار", 21.33, 0.95, "DZA", "Bordj Badji Mokhtar", "برج باجي مختار"),
      p("Algiers", "الجزائر", 36.70, 3.06, "DZA", "Alger", "الجزائر"),
      p("Tlemcen", "تلمسان", 34.88, -1.32, "DZA", "Tlemcen", "تلمسان"),
      p("Maghnia", "مغنية", 34.85, -1.73, "DZA", "Tlemcen", "تلمسان"),
      p("El Oued", "الوادي", 33.37, 6.86, "DZA", "El Oued", "الوادي"),
      p("Djanet", "جانت", 24.55, 9.48, "DZA", "Djanet", "جانت"),
      p("Kidal", "كيدال", 18.44, 1.41, "MLI", "Kidal", "كيدال"),
      p("Tessalit", "تساليت", 20.20, 1.01, "MLI", "Kidal", "كيدال"),
      p("Gao", "غاو", 16.27, -0.04, "MLI", "Gao", "غاو"),
      p("Ansongo", "أنسونغو", 15.66, 0.50, "MLI", "Gao", "غاو"),
      p("Timbuktu", "تمبكتو", 16.77, -3.01, "MLI", "Tombouctou", "تمبكتو"),
      p("Ménaka", "ميناكا", 15.92, 2.40, "MLI", "Ménaka", "ميناكا"),
      p("Bamako", "باماكو", 12.64, -8.00, "MLI", "Bamako", "باماكو"),
      p("Ouagadougou", "واغادوغو", 12.37, -1.52, "BFA", "Centre", "الوسط"),
      p("Djibo", "جيبو", 14.10, -1.63, "BFA", "Sahel", "الساحل"),
      p("Dori", "دوري", 14.03, -0.03, "BFA", "Sahel", "الساحل"),
      p("Bobo-Dioulasso", "بوبو ديولاسو", 11.18, -4.30, "BFA", "Hauts-Bassins", "الهضاب العليا"),
      p("N'Djamena", "انجامينا", 12.13, 15.06, "TCD", "N'Djamena", "انجامينا"),
      p("Faya-Largeau", "فايا لارجو", 17.93, 19.11, "TCD", "Borkou", "بوركو"),
      p("Zouar", "زوار", 20.45, 16.53, "TCD", "Tibesti", "تيبستي"),
      p("Bardaï", "برداي", 21.36, 17.00, "TCD", "Tibesti", "تيبستي"),
      p("Abéché", "أبشي", 13.83, 20.83, "TCD", "Ouaddaï", "وداي"),
      p("Bol", "بول", 13.46, 14.71, "TCD", "Lac", "البحيرة"),
      p("Khartoum", "الخرطوم", 15.50, 32.56, "SDN", "Khartoum", "الخرطوم"),
      p("Dongola", "دنقلا", 19.17, 30.48, "SDN", "Northern", "الشمالية"),
      p("El Geneina", "الجنينة", 13.45, 22.45, "SDN", "West Darfur", "غرب دارفور"),
      p("El Fasher", "الفاشر", 13.63, 25.35, "SDN", "North Darfur", "شمال دارفور"),
      p("Karb al-Tom", "كرب التوم", 20.90, 27.20, "SDN", "Northern", "الشمالية"),
      p("Wadi Halfa", "وادي حلفا", 21.79, 31.35, "SDN", "Northern", "الشمالية"),
      p("Nouakchott", "نواكشوط", 18.08, -15.96, "MRT", "Nouakchott", "نواكشوط"),
      p("Nouadhibou", "نواذيبو", 20.94, -17.02, "MRT", "Dakhlet Nouadhibou", "داخلت نواذيبو"),
      p("Zouerate", "ازويرات", 22.73, -12.47, "MRT", "Tiris Zemmour", "تيرس زمور"),
      p("Néma", "النعمة", 16.62, -7.26, "MRT", "Hodh Ech Chargui", "الحوض الشرقي"),
      p("Tunis", "تونس", 36.80, 10.17, "TUN", "Tunis", "تونس"),
      p("Ben Guerdane", "بن قردان", 33.14, 11.22, "TUN", "Médenine", "مدنين"),
      p("Médenine", "مدنين", 33.35, 10.50, "TUN", "Médenine", "مدنين"),
      p("Sfax", "صفاقس", 34.74, 10.74, "TUN", "Sfax", "صفاقس"),
      p("Kasserine", "القصرين", 35.17, 8.83, "TUN", "Kasserine", "القصرين"),
      p("Oujda", "وجدة", 34.68, -1.91, "MAR", "Oriental", "الشرق"),
      p("Nador", "الناظور", 35.17, -2.93, "MAR", "Oriental", "الشرق"),
      p("Tangier", "طنجة", 35.76, -5.83, "MAR", "Tanger-Tétouan-Al Hoceïma", "طنجة تطوان الحسيمة"),
      p("Ketama", "كتامة", 34.90, -4.60, "MAR", "Tanger-Tétouan-Al Hoceïma", "طنجة تطوان الحسيمة"),
      p("Casablanca", "الدار البيضاء", 33.57, -7.59, "MAR", "Casablanca-Settat", "الدار البيضاء سطات"),
      p("Laayoune", "العيون", 27.15, -13.20, "ESH", "Laâyoune-Sakia El Hamra", "العيون الساقية الحمراء"),
      p("Dakhla", "الداخلة", 23.70, -15.94, "ESH", "Dakhla-Oued Ed-Dahab", "الداخلة وادي الذهب"),
      p("Cairo", "القاهرة", 30.04, 31.24, "EGY", "Cairo", "القاهرة"),
      p("Aswan", "أسوان", 24.09, 32.90, "EGY", "Aswan", "أسوان"),
      p("Salloum", "السلوم", 31.55, 25.16, "EGY", "Matrouh", "مطروح"),
      p("Marsa Matruh", "مرسى مطروح", 31.33, 27.24, "EGY", "Matrouh", "مطروح"),
      p("Siwa", "سيوة", 29.20, 25.52, "EGY", "Matrouh", "مطروح"),
      p("Abu Simbel", "أبو سمبل", 22.34, 31.61, "EGY", "Aswan", "أسوان"),
      p("Maiduguri", "مايدوغوري", 11.85, 13.16, "NGA", "Borno", "بورنو"),
      p("Baga", "باغا", 13.11, 13.83, "NGA", "Borno", "بورنو"),
      p("Kano", "كانو", 12.00, 8.52, "NGA", "Kano", "كانو"),
      p("Sokoto", "سوكوتو", 13.06, 5.24, "NGA", "Sokoto", "سوكوتو"));

  private static final Map<String, Place> BY_NAME = new HashMap<>();
  static {
    for (Place p : ALL) {
      BY_NAME.put(p.name(), p);
    }
  }

  private Places() {}

  static Place named(String name) {
    Place p = BY_NAME.get(name);
    if (p == null) {
      throw new IllegalArgumentException("Unknown place '" + name + "'");
    }
    return p;
  }

  /** Towns of one bureau (MAR includes Western Sahara). */
  static List<Place> ofBureau(String bureau) {
    List<Place> out = new ArrayList<>();
    for (Place p : ALL) {
      if (Bureaus.bureauOf(p.country()).equals(bureau)) {
        out.add(p);
      }
    }
    return out;
  }

  /** The town nearest to a point among the towns of one bureau, for the place-name column. */
  static Place nearest(double lat, double lon, List<Place> candidates) {
    Place best = null;
    double bestD = Double.MAX_VALUE;
    double cos = Math.cos(Math.toRadians(lat));
    for (Place p : candidates) {
      double dx = (p.lon() - lon) * cos;
      double dy = p.lat() - lat;
      double d = dx * dx + dy * dy;
      if (d < bestD) {
        bestD = d;
        best = p;
      }
    }
    return best;
  }

  private static Place p(String name, String ar, double lat, double lon, String country, String admin1, String admin1Ar) {
    return new Place(name, ar, lat, lon, country, admin1, admin1Ar);
  }
}
