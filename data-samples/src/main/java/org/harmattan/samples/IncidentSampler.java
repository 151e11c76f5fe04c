package org.harmattan.samples;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws what happened at a point: category-specific item, quantity and unit, weapons, casualties,
 * transport and actors. Quantities follow heavy-tailed distributions, as seizures do.
 */
final class IncidentSampler {
  private record Item(String fr, String ar, String en) {}

  private static final Item AK = new Item("fusils d'assaut AK-47", "بنادق كلاشنكوف", "AK-47 assault rifles");
  private static final Item PISTOLS = new Item("pistolets automatiques", "مسدسات", "pistols");
  private static final Item PKM = new Item("mitrailleuses PKM", "رشاشات", "PKM machine guns");
  private static final Item RPG = new Item("lance-roquettes RPG-7", "قاذفات آر بي جي", "RPG-7 launchers");
  private static final Item CANNABIS = new Item("résine de cannabis", "حشيش", "cannabis resin");
  private static final Item COCAINE = new Item("cocaïne", "كوكايين", "cocaine");
  private static final Item TRAMADOL = new Item("comprimés de tramadol", "أقراص ترامادول", "tramadol tablets");
  private static final Item CAPTAGON = new Item("comprimés de captagon", "أقراص كبتاغون", "captagon pills");
  private static final Item MIGRANTS = new Item("migrants en situation irrégulière", "مهاجرين غير شرعيين", "irregular migrants");
  private static final Item VICTIMS = new Item("victimes de traite", "ضحايا الاتجار", "trafficking victims");
  private static final Item DIESEL = new Item("gasoil", "وقود ديزل", "diesel");
  private static final Item PETROL = new Item("essence", "بنزين", "petrol");
  private static final Item CIGARETTES = new Item("cigarettes de contrebande", "سجائر مهربة", "contraband cigarettes");
  private static final Item ATTACK = new Item("attaque armée", "هجوم مسلح", "armed attack");
  private static final Item IED = new Item("engin explosif improvisé", "عبوة ناسفة", "improvised explosive device");
  private static final Item HOSTAGES = new Item("otages", "رهائن", "hostages");
  private static final Item PASSPORTS = new Item("passeports falsifiés", "جوازات سفر مزورة", "forged passports");
  private static final Item ID_CARDS = new Item("cartes d'identité falsifiées", "بطاقات هوية مزورة", "forged ID cards");
  private static final Item ONLINE_FRAUD = new Item("escroquerie en ligne", "احتيال إلكتروني", "online fraud");
  private static final Item GOLD = new Item("or brut", "ذهب خام", "raw gold");

  private IncidentSampler() {}

  static Incident sample(SplittableRandom rnd, String bureau, LocalDate date, Category cat, String source, List<Group> groups,
      double lat, double lon, Place place) {
    Item item;
    double qty = Double.NaN;
    QuantityUnit unit = null;
    int arrests = rnd.nextInt(10) < 3 ? 0 : 1 + (int) Math.min(12, expo(rnd, 2.5));
    int fatalities = 0;
    int smallArms = 0;
    int ammo = 0;
    double explosives = 0;
    int heavy = 0;
    Transport transport;
    switch (cat) {
      case ARMS_TRAFFICKING -> {
        int r = rnd.nextInt(100);
        item = r < 55 ? AK : r < 75 ? PISTOLS : r < 92 ? PKM : RPG;
        qty = 1 + (int) Math.min(80, expo(rnd, 8));
        unit = QuantityUnit.PIECES;
        if (item == RPG) {
          heavy = (int) qty;
        } else {
          smallArms = (int) qty;
        }
        ammo = rnd.nextBoolean() ? 50 * (1 + (int) expo(rnd, 15)) : 0;
        explosives = rnd.nextInt(100) < 6 ? round1(5 + expo(rnd, 40)) : 0;
        transport = pick(rnd, Transport.VEHICLE_4X4, Transport.VEHICLE_4X4, Transport.VEHICLE_4X4, Transport.TRUCK, Transport.CAMEL);
      }
      case DRUG_TRAFFICKING -> {
        item = drugFor(source, rnd);
        if (item == TRAMADOL || item == CAPTAGON) {
          qty = 1000 * (1 + (int) expo(rnd, 40));
          unit = QuantityUnit.PIECES;
        } else if (item == COCAINE) {
          boolean small = rnd.nextInt(10) < 2;
          qty = small ? 50 + (int) expo(rnd, 400) : round1(1 + expo(rnd, 60));
          unit = small ? QuantityUnit.G : QuantityUnit.KG;
        } else {
          double kg = round1(10 + expo(rnd, 600));
          boolean tonnes = kg >= 1000 && rnd.nextBoolean();
          qty = tonnes ? Math.round(kg / 10.0) / 100.0 : kg;
          unit = tonnes ? QuantityUnit.TONNES : QuantityUnit.KG;
        }
        transport = pick(rnd, Transport.VEHICLE_4X4, Transport.TRUCK, Transport.CAR, Transport.CAR, Transport.POST);
      }
      case MIGRANT_SMUGGLING -> {
        item = MIGRANTS;
        qty = 3 + (int) Math.min(250, expo(rnd, 35));
        unit = QuantityUnit.PERSONS;
        transport = "C05".equals(source) || rnd.nextInt(10) == 0 ? Transport.BOAT
            : pick(rnd, Transport.VEHICLE_4X4, Transport.VEHICLE_4X4, Transport.TRUCK, Transport.ON_FOOT);
      }
      case HUMAN_TRAFFICKING -> {
        item = VICTIMS;
        qty = 1 + (int) Math.min(30, expo(rnd, 4));
        unit = QuantityUnit.PERSONS;
        transport = pick(rnd, Transport.CAR, Transport.VEHICLE_4X4, Transport.TRUCK);
      }
      case FUEL_SMUGGLING -> {
        item = rnd.nextBoolean() ? DIESEL : PETROL;
        boolean jerricans = rnd.nextBoolean();
        qty = jerricans ? 5 + (int) expo(rnd, 80) : 100 * (2 + (int) expo(rnd, 30));
        unit = jerricans ? QuantityUnit.JERRICANS : QuantityUnit.LITRES;
        transport = pick(rnd, Transport.TRUCK, Transport.CAR, Transport.VEHICLE_4X4, Transport.CAMEL, Transport.MOTORCYCLE);
      }
      case TOBACCO_SMUGGLING -> {
        item = CIGARETTES;
        qty = 10 + (int) expo(rnd, 500);
        unit = QuantityUnit.CARTONS;
        transport = pick(rnd, Transport.TRUCK, Transport.CAR, Transport.VEHICLE_4X4);
      }
      case TERRORIST_ATTACK -> {
        item = rnd.nextInt(4) == 0 ? IED : ATTACK;
        fatalities = (int) Math.min(120, expo(rnd, 7));
        arrests = rnd.nextInt(5) == 0 ? 1 + rnd.nextInt(4) : 0;
        smallArms = rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(12) : 0;
        ammo = smallArms > 0 ? 30 * (1 + rnd.nextInt(40)) : 0;
        explosives = item == IED ? round1(2 + expo(rnd, 15)) : 0;
        transport = pick(rnd, Transport.MOTORCYCLE, Transport.MOTORCYCLE, Transport.VEHICLE_4X4);
      }
      case KIDNAPPING -> {
        item = HOSTAGES;
        qty = 1 + (int) Math.min(20, expo(rnd, 2));
        unit = QuantityUnit.PERSONS;
        fatalities = rnd.nextInt(6) == 0 ? 1 + rnd.nextInt(3) : 0;
        transport = pick(rnd, Transport.VEHICLE_4X4, Transport.MOTORCYCLE);
      }
      case DOCUMENT_FRAUD -> {
        item = rnd.nextBoolean() ? PASSPORTS : ID_CARDS;
        qty = 1 + (int) expo(rnd, 8);
        unit = QuantityUnit.PIECES;
        transport = pick(rnd, Transport.CAR, Transport.POST);
      }
      case CYBERCRIME -> {
        item = ONLINE_FRAUD;
        transport = null;
      }
      case GOLD_SMUGGLING -> {
        item = GOLD;
        boolean grams = rnd.nextInt(3) == 0;
        qty = grams ? 50 + (int) expo(rnd, 500) : round1(0.5 + expo(rnd, 12));
        unit = grams ? QuantityUnit.G : QuantityUnit.KG;
        transport = pick(rnd, Transport.VEHICLE_4X4, Transport.CAMEL, Transport.MOTORCYCLE);
      }
      default -> throw new IllegalStateException("no sampler for " + cat);
    }
    return new Incident(bureau, date, cat, item.fr(), item.ar(), item.en(), qty, unit, lat, lon, place, arrests, fatalities,
        smallArms, ammo, explosives, heavy, transport, actors(rnd, cat, groups), source);
  }

  /** Armed groups always claim attacks and kidnappings; about a third of trafficking cases name a network. */
  private static List<Group> actors(SplittableRandom rnd, Category cat, List<Group> groups) {
    boolean violent = cat == Category.TERRORIST_ATTACK || cat == Category.KIDNAPPING;
    if (groups.isEmpty()) {
      return violent ? List.of(Group.JNIM) : List.of();
    }
    if (!violent && rnd.nextInt(3) != 0) {
      return List.of();
    }
    Group first = groups.get(rnd.nextInt(groups.size()));
    if (groups.size() > 1 && rnd.nextInt(5) == 0) {
      Group second = groups.get(rnd.nextInt(groups.size()));
      if (second != first) {
        return first.ordinal() < second.ordinal() ? List.of(first, second) : List.of(second, first);
      }
    }
    return List.of(first);
  }

  private static Item drugFor(String source, SplittableRandom rnd) {
    return switch (source) {
      case "C06" -> COCAINE;
      case "C07" -> CANNABIS;
      case "C13" -> TRAMADOL;
      case "C16" -> rnd.nextBoolean() ? CAPTAGON : TRAMADOL;
      default -> switch (rnd.nextInt(4)) {
        case 0 -> COCAINE;
        case 1 -> TRAMADOL;
        default -> CANNABIS;
      };
    };
  }

  private static double expo(SplittableRandom rnd, double mean) {
    return -mean * Math.log(1 - rnd.nextDouble());
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  @SafeVarargs
  private static <T> T pick(SplittableRandom rnd, T... options) {
    return options[rnd.nextInt(options.length)];
  }
}
