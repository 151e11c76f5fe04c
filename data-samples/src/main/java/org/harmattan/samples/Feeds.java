package org.harmattan.samples;

import static org.harmattan.samples.Field.*;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The twelve bureau feeds: each bureau's own headers, language and conventions. */
final class Feeds {
  private static final Charset UTF8 = StandardCharsets.UTF_8;
  /** Libyan exports come from Arabic Windows; the code page cannot encode Arabic-Indic digits, so digits are ASCII. */
  private static final Charset CP1256 = Charset.forName("windows-1256");

  static final List<FeedSpec> ALL = List.of(
      csv("mar-dgsn", "MAR-DGSN", "MAR", "Morocco, DGSN: monthly seizure and incident reports (French CSV, ';', BOM)",
          Language.FR, UTF8, ';', true, "dd/MM/yyyy", true, "PV-%04d%02d-%05d", "DGSN - Brigade nationale",
          cols(REF, "N° PV", DATE, "Date saisie", CATEGORY, "Infraction", ITEM, "Objet saisi", QUANTITY, "Quantité",
              UNIT, "Unité", PLACE, "Localité", ADMIN1, "Région", LAT, "Latitude", LON, "Longitude",
              ARRESTS, "Personnes interpellées", TRANSPORT, "Moyen de transport", ACTORS, "Réseau",
              NARRATIVE, "Observations", SERVICE, "Service")),
      csv("dza-dgsn", "DZA-DGSN", "DZA", "Algeria, DGSN: monthly case reports (French CSV, ';')",
          Language.FR, UTF8, ';', false, "dd/MM/yyyy", true, "DZ/%04d-%02d/%05d", null,
          cols(REF, "Référence", DATE, "Date des faits", CATEGORY, "Nature de l'affaire", ITEM, "Objet",
              QUANTITY, "Quantité saisie", UNIT, "Unité de mesure", PLACE, "Commune", ADMIN1, "Wilaya",
              LAT, "Lat", LON, "Long", ARRESTS, "Nombre d'arrestations", SMALL_ARMS, "Armes légères",
              AMMUNITION, "Munitions (cartouches)", EXPLOSIVES, "Explosifs (kg)", TRANSPORT, "Moyen de transport",
              ACTORS, "Groupe", NARRATIVE, "Résumé")),
      csv("tun-garde-nationale", "TUN-GN", "TUN", "Tunisia, Garde nationale: monthly seizures (French CSV, ',', decimal comma in quotes)",
          Language.FR, UTF8, ',', false, "dd-MM-yyyy", true, "GN-%04d%02d-%04d", null,
          cols(REF, "Ref", DATE, "Date", CATEGORY, "Type d'infraction", ITEM, "Marchandise", QUANTITY, "Quantite",
              UNIT, "Unite", PLACE, "Delegation", ADMIN1, "Gouvernorat", LAT, "Latitude", LON, "Longitude",
              ARRESTS, "Arrestations", TRANSPORT, "Moyen", NARRATIVE, "Commentaire")),
      csv("lby-cid", "LBY-CID", "LBY", "Libya, Criminal Investigation Department: monthly cases (Arabic CSV, windows-1256)",
          Language.AR, CP1256, ',', false, "dd/MM/yyyy", false, "CID/%04d/%02d/%05d", null,
          cols(REF, "رقم القضية", DATE, "تاريخ الواقعة", CATEGORY, "نوع الجريمة", ITEM, "المضبوطات", QUANTITY, "الكمية",
              UNIT, "الوحدة", PLACE, "المكان", ADMIN1, "المنطقة", LAT, "خط العرض", LON, "خط الطول",
              ARRESTS, "عدد الموقوفين", FATALITIES, "عدد القتلى", SMALL_ARMS, "أسلحة خفيفة", AMMUNITION, "ذخيرة",
              EXPLOSIVES, "متفجرات (كغ)", HEAVY, "أسلحة ثقيلة", TRANSPORT, "وسيلة النقل", ACTORS, "الجماعة",
              NARRATIVE, "ملاحظات")),
      jsonl("egy-moi", "EGY-MOI", "EGY", "Egypt, Ministry of Interior: monthly incidents (JSON Lines, English)",
          Language.EN, "yyyy-MM-dd", false, "EG-MOI-%04d%02d-%05d", "General Directorate for Drug Control",
          cols(REF, "case_id", DATE, "incident_date", CATEGORY, "crime_type", ITEM, "item", QUANTITY, "quantity",
              UNIT, "unit", PLACE, "location", ADMIN1, "governorate", LAT, "lat", LON, "lon", ARRESTS, "arrested",
              FATALITIES, "killed", SMALL_ARMS, "small_arms", AMMUNITION, "ammunition", EXPLOSIVES, "explosives_kg",
              HEAVY, "heavy_weapons", TRANSPORT, "transport", ACTORS, "group", NARRATIVE, "summary",
              SERVICE, "reporting_unit")),
      csv("mrt-police", "MRT-POLICE", "MRT", "Mauritania, Police nationale: monthly seizures (French CSV, ';')",
          Language.FR, UTF8, ';', false, "dd/MM/yyyy", true, "MR%04d%02d%05d", null,
          cols(REF, "Numéro", DATE, "Date", CATEGORY, "Catégorie", ITEM, "Saisie", QUANTITY, "Qté", UNIT, "Unité",
              PLACE, "Lieu", ADMIN1, "Wilaya", LAT, "Latitude", LON, "Longitude", ARRESTS, "Interpellés",
              TRANSPORT, "Moyen de transport", NARRATIVE, "Commentaire")),
      csv("mli-police", "MLI-POLICE", "MLI", "Mali, Police nationale: monthly incidents with narratives (French CSV, ';', multi-line quotes)",
          Language.FR, UTF8, ';', false, "dd/MM/yyyy", true, "ML-PN-%04d-%02d-%05d", null,
          cols(REF, "N° dossier", DATE, "Date de l'incident", CATEGORY, "Type d'incident", ITEM, "Objet",
              QUANTITY, "Quantité", UNIT, "Unité", PLACE, "Localité", ADMIN1, "Région", LAT, "Latitude", LON, "Longitude",
              ARRESTS, "Arrestations", FATALITIES, "Tués", SMALL_ARMS, "Armes saisies", AMMUNITION, "Munitions",
              EXPLOSIVES, "Explosifs (kg)", HEAVY, "Armes lourdes", TRANSPORT, "Moyen de transport",
              ACTORS, "Groupe armé", NARRATIVE, "Récit")),
      xlsx("ner-police", "NER-POLICE", "NER", "Niger, Police nationale: monthly workbook (XLSX, French, mixed date cells)",
          0.35, "NE/PN/%04d%02d/%05d",
          cols(REF, "Référence", DATE, "Date", CATEGORY, "Nature", ITEM, "Objet saisi", QUANTITY, "Quantité", UNIT, "Unité",
              PLACE, "Localité", ADMIN1, "Région", LAT, "Latitude", LON, "Longitude", ARRESTS, "Interpellations",
              FATALITIES, "Décès", SMALL_ARMS, "Armes légères", AMMUNITION, "Munitions", EXPLOSIVES, "Explosifs (kg)",
              HEAVY, "Armes lourdes", TRANSPORT, "Moyen de transport", ACTORS, "Groupe", NARRATIVE, "Observations")),
      xlsx("tcd-police", "TCD-POLICE", "TCD", "Chad, Police nationale: monthly workbook (XLSX, French)",
          0.0, "TD-PV-%04d%02d-%05d",
          cols(REF, "N° PV", DATE, "Date des faits", CATEGORY, "Infraction", ITEM, "Nature de la saisie", QUANTITY, "Quantité",
              UNIT, "Unité", PLACE, "Lieu", ADMIN1, "Province", LAT, "Lat", LON, "Lon", ARRESTS, "Personnes arrêtées",
              FATALITIES, "Victimes décédées", SMALL_ARMS, "Armes", AMMUNITION, "Munitions", ACTORS, "Groupe",
              TRANSPORT, "Moyen", NARRATIVE, "Résumé")),
      csv("bfa-police", "BFA-POLICE", "BFA", "Burkina Faso, Police nationale: monthly incidents (French CSV, ';')",
          Language.FR, UTF8, ';', false, "dd/MM/yyyy", true, "BF-%04d%02d-%05d", null,
          cols(REF, "Référence", DATE, "Date", CATEGORY, "Infraction", ITEM, "Objet", QUANTITY, "Quantité", UNIT, "Unité",
              PLACE, "Commune", ADMIN1, "Région", LAT, "Latitude", LON, "Longitude", ARRESTS, "Interpellés",
              FATALITIES, "Tués", SMALL_ARMS, "Armes légères", AMMUNITION, "Munitions", ACTORS, "Groupe armé",
              TRANSPORT, "Moyen", NARRATIVE, "Observations")),
      new FeedSpec("sdn-police", "SDN-POLICE", "SDN", "Sudan, Police: monthly incidents (JSON Lines, English keys, Arabic values, Arabic-Indic digits)",
          FeedFormat.JSONL, Language.AR, UTF8, ',', false, "yyyy/MM/dd", false, true, 0, "SD-%04d%02d-%05d",
          cols(REF, "report_no", DATE, "date", CATEGORY, "category", ITEM, "item", QUANTITY, "quantity", UNIT, "unit",
              PLACE, "place", ADMIN1, "state", LAT, "latitude", LON, "longitude", ARRESTS, "arrests",
              FATALITIES, "deaths", SMALL_ARMS, "small_arms", AMMUNITION, "ammunition", ACTORS, "group",
              TRANSPORT, "transport", NARRATIVE, "notes"), null),
      csv("nga-npf", "NGA-NPF", "NGA", "Nigeria Police Force: monthly incidents (English CSV, ',')",
          Language.EN, UTF8, ',', false, "yyyy-MM-dd", false, "NPF/%04d/%02d/%05d", null,
          cols(REF, "Case No", DATE, "Date", CATEGORY, "Offence", ITEM, "Item", QUANTITY, "Quantity", UNIT, "Unit",
              PLACE, "Location", ADMIN1, "State", LAT, "Latitude", LON, "Longitude", ARRESTS, "Arrests",
              FATALITIES, "Fatalities", SMALL_ARMS, "Small Arms", AMMUNITION, "Ammunition", EXPLOSIVES, "Explosives (kg)",
              HEAVY, "Heavy Weapons", TRANSPORT, "Transport", ACTORS, "Group", NARRATIVE, "Summary")));

  private Feeds() {}

  static FeedSpec ofBureau(String bureau) {
    for (FeedSpec f : ALL) {
      if (f.bureau().equals(bureau)) {
        return f;
      }
    }
    throw new IllegalArgumentException("No feed for bureau " + bureau);
  }

  static FeedSpec named(String name) {
    for (FeedSpec f : ALL) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException("No feed named " + name);
  }

  private static FeedSpec csv(String name, String source, String bureau, String description, Language lang, Charset cs,
      char delimiter, boolean bom, String datePattern, boolean decimalComma, String ref, String service,
      List<Map.Entry<Field, String>> columns) {
    return new FeedSpec(name, source, bureau, description, FeedFormat.CSV, lang, cs, delimiter, bom, datePattern,
        decimalComma, false, 0, ref, columns, service);
  }

  private static FeedSpec jsonl(String name, String source, String bureau, String description, Language lang,
      String datePattern, boolean arabicDigits, String ref, String service, List<Map.Entry<Field, String>> columns) {
    return new FeedSpec(name, source, bureau, description, FeedFormat.JSONL, lang, UTF8, ',', false, datePattern, false,
        arabicDigits, 0, ref, columns, service);
  }

  private static FeedSpec xlsx(String name, String source, String bureau, String description, double textDateShare,
      String ref, List<Map.Entry<Field, String>> columns) {
    return new FeedSpec(name, source, bureau, description, FeedFormat.XLSX, Language.FR, UTF8, ',', false, "dd/MM/yyyy",
        false, false, textDateShare, ref, columns, null);
  }

  private static List<Map.Entry<Field, String>> cols(Object... pairs) {
    List<Map.Entry<Field, String>> out = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.add(Map.entry((Field) pairs[i], (String) pairs[i + 1]));
    }
    return List.copyOf(out);
  }
}
