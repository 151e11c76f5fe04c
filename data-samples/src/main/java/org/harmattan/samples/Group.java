package org.harmattan.samples;

import java.util.List;

/**
 * Armed and criminal groups named in incidents. The five armed groups are real; the criminal
 * networks are invented. Each feed names a group in its own language (fr/ar/en labels below).
 */
enum Group {
  AQIM("G01", "ARMED", "Al-Qaeda in the Islamic Maghreb", "AQMI", "القاعدة في بلاد المغرب الإسلامي", List.of("AQIM", "Al-Qaida au Maghreb islamique")),
  JNIM("G02", "ARMED", "Jama'at Nusrat al-Islam wal-Muslimin", "JNIM", "جماعة نصرة الإسلام والمسلمين", List.of("GSIM", "Groupe de soutien à l'islam et aux musulmans")),
  ISSP("G03", "ARMED", "Islamic State Sahel Province", "EIGS", "ولاية الساحل", List.of("ISSP", "IS Sahel", "État islamique au Sahel", "ISGS")),
  ISWAP("G04", "ARMED", "Islamic State West Africa Province", "EIAO", "ولاية غرب أفريقيا", List.of("ISWAP", "État islamique en Afrique de l'Ouest")),
  BOKO_HARAM("G05", "ARMED", "Boko Haram", "Boko Haram", "بوكو حرام", List.of("JAS", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad")),
  TENERE_NETWORK("G06", "CRIMINAL", "Tenere Network", "Réseau du Ténéré", "شبكة تينيري", List.of("Tenere Network", "Ténéré")),
  SIROCCO_CARTEL("G07", "CRIMINAL", "Sirocco Cartel", "Cartel Sirocco", "كارتل سيروكو", List.of("Sirocco")),
  OUED_FUEL_SYNDICATE("G08", "CRIMINAL", "Oued Fuel Syndicate", "Syndicat de l'Oued", "نقابة الوادي للوقود", List.of("Oued Syndicate")),
  ATLANTIC_CROSSING_RING("G09", "CRIMINAL", "Atlantic Crossing Ring", "Filière Atlantique", "شبكة العبور الأطلسي", List.of("Filiere Atlantique")),
  COAST_RING("G10", "CRIMINAL", "Western Coast Ring", "Réseau de la Côte Ouest", "شبكة الساحل الغربي", List.of("Coast Ring")),
  RED_SANDS_BROKERS("G11", "CRIMINAL", "Red Sands Brokers", "Courtiers des Sables Rouges", "سماسرة الرمال الحمراء", List.of("Red Sands"));

  final String id;
  final String kind;
  final String en;
  final String fr;
  final String ar;
  final List<String> aliases;

  Group(String id, String kind, String en, String fr, String ar, List<String> aliases) {
    this.id = id;
    this.kind = kind;
    this.en = en;
    this.fr = fr;
    this.ar = ar;
    this.aliases = aliases;
  }

  String label(Language lang) {
    return switch (lang) {
      case FR -> fr;
      case AR -> ar;
      case EN -> en;
    };
  }
}
