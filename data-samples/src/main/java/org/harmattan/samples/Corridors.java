package org.harmattan.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * The planted corridors along the real routes of DOMAIN.md. Growth rates are the planted trends:
 * positive rising, negative falling, zero stable.
 */
final class Corridors {
  static final List<Corridor> ALL = List.of(
      c("C01", CorridorType.ARMS, "Fezzan - Madama - Agadez - In Guezzam", 10, 0.03,
          List.of(Group.TENERE_NETWORK, Group.ISSP), "Sebha", "Murzuq", "Qatrun", "Madama", "Dirkou", "Agadez", "Arlit", "Assamaka", "In Guezzam"),
      c("C02", CorridorType.ARMS, "In Guezzam - Kidal - Gao", 6, 0.0,
          List.of(Group.JNIM, Group.AQIM, Group.TENERE_NETWORK), "In Guezzam", "Tessalit", "Kidal", "Gao"),
      c("C03", CorridorType.MIGRANT, "Agadez - Séguédine - Sebha - Zuwara", 12, -0.02,
          List.of(Group.TENERE_NETWORK, Group.COAST_RING), "Agadez", "Dirkou", "Séguédine", "Madama", "Qatrun", "Sebha", "Sabratha", "Zuwara"),
      c("C04", CorridorType.MIGRANT, "Khartoum - Dongola - Kufra - Benghazi", 7, 0.02,
          List.of(Group.COAST_RING), "Khartoum", "Dongola", "Karb al-Tom", "Kufra", "Ajdabiya", "Benghazi"),
      c("C05", CorridorType.MIGRANT, "Atlantic route Laayoune - Dakhla - Nouadhibou", 8, 0.04,
          List.of(Group.ATLANTIC_CROSSING_RING), "Laayoune", "Dakhla", "Nouadhibou", "Nouakchott"),
      c("C06", CorridorType.DRUGS, "Cocaine: Nouadhibou - Zouerate - Timbuktu - Gao - Agadez - Sebha", 9, 0.0,
          List.of(Group.SIROCCO_CARTEL, Group.AQIM), "Nouadhibou", "Zouerate", "Timbuktu", "Gao", "Ménaka", "Agadez", "Dirkou", "Madama", "Sebha"),
      c("C07", CorridorType.DRUGS, "Cannabis resin: Ketama - Oujda - El Oued - Ben Guerdane - Tripoli", 10, -0.015,
          List.of(Group.OUED_FUEL_SYNDICATE), "Ketama", "Nador", "Oujda", "Maghnia", "Tlemcen", "El Oued", "Médenine", "Ben Guerdane", "Zuwara", "Tripoli"),
      c("C08", CorridorType.FUEL, "Fuel: Tlemcen - Maghnia - Oujda", 5, 0.0,
          List.of(Group.OUED_FUEL_SYNDICATE), "Tlemcen", "Maghnia", "Oujda"),
      c("C09", CorridorType.FUEL, "Fuel: Zuwara - Ben Guerdane - Médenine", 5, -0.02,
          List.of(), "Zuwara", "Ben Guerdane", "Médenine"),
      c("C10", CorridorType.TERROR, "Liptako-Gourma: Gao - Ménaka - Tillabéri - Dori - Djibo", 9, 0.03,
          List.of(Group.JNIM, Group.ISSP), "Gao", "Ménaka", "Tillabéri", "Dori", "Djibo"),
      c("C11", CorridorType.TERROR, "Lake Chad: Maiduguri - Diffa - Bosso - Bol", 8, 0.0,
          List.of(Group.ISWAP, Group.BOKO_HARAM), "Maiduguri", "Diffa", "Bosso", "Baga", "Bol"),
      c("C12", CorridorType.GOLD, "Gold: Djado - Tibesti - Faya-Largeau", 4, 0.025,
          List.of(Group.RED_SANDS_BROKERS), "Djado", "Bardaï", "Zouar", "Faya-Largeau"),
      c("C13", CorridorType.DRUGS, "Tramadol: Kano - Zinder - Agadez", 5, 0.0,
          List.of(Group.SIROCCO_CARTEL), "Kano", "Zinder", "Agadez"),
      c("C14", CorridorType.ARMS, "Arms east: Benghazi - Tobruk - Salloum - Siwa", 4, -0.02,
          List.of(Group.RED_SANDS_BROKERS), "Benghazi", "Tobruk", "Salloum", "Siwa"),
      c("C15", CorridorType.ARMS, "Arms Darfur: El Fasher - El Geneina - Abéché", 5, 0.02,
          List.of(Group.RED_SANDS_BROKERS), "El Fasher", "El Geneina", "Abéché"),
      c("C16", CorridorType.DRUGS, "Drugs to Egypt: Kufra - Abu Simbel - Aswan", 3, 0.0,
          List.of(Group.SIROCCO_CARTEL), "Kufra", "Abu Simbel", "Aswan"));

  private Corridors() {}

  private static Corridor c(String id, CorridorType type, String name, double weight, double growth, List<Group> groups,
      String... towns) {
    List<Place> w = new ArrayList<>();
    for (String t : towns) {
      w.add(Places.named(t));
    }
    return new Corridor(id, type, name, List.copyOf(w), weight, growth, groups);
  }
}
