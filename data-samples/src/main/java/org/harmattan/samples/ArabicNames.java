package org.harmattan.samples;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Arabic personal names and the Latin spellings bureaus write for them. A person is one
 * {@link Identity} (given name, father's name, family name in Arabic script); each bureau writes
 * it in its own way: French-style transliterations in the Maghreb and the Sahel (Mohamed,
 * Mouhamed, Abdellah, Ould, ben, El), English-style ones in Egypt and Sudan (Mohammed, Muhammad,
 * Abdullah, bin, Ibn, Al-).
 */
final class ArabicNames {
  /** Where a person's name comes from: decides connectors (ould, ben) and family names. */
  enum Origin { MAGHREB, MRT, SAHEL, EAST }

  /** One name with its Arabic form, its French-style (Maghreb), Sahel and English-style spellings. */
  record Part(String ar, List<String> fr, List<String> sahel, List<String> en) {
    static Part of(String ar, List<String> fr, List<String> en) {
      return new Part(ar, fr, fr, en);
    }
  }

  /** A family name: optionally with the article (El / Al / El- / Al-), whose base differs per style. */
  record Family(String ar, boolean article, List<String> fr, List<String> en) {}

  /** The person behind the spellings. {@code family} may be null (Mauritanian "X ould Y"). */
  record Identity(Part given, Part father, Family family, Origin origin, boolean nasab) {}

  static final List<Part> MALE = List.of(
      new Part("محمد", List.of("Mohamed", "Mohammed", "Mohamed"), List.of("Mouhamed", "Mohamed", "Mahamat"),
          List.of("Mohammed", "Muhammad", "Mohamed")),
      new Part("أحمد", List.of("Ahmed", "Ahmad"), List.of("Ahmed", "Amadou", "Ahmat"), List.of("Ahmed", "Ahmad")),
      new Part("عبد الله", List.of("Abdallah", "Abdellah"), List.of("Abdallah", "Abdoulaye"), List.of("Abdullah", "Abdallah", "Abdalla")),
      Part.of("عبد القادر", List.of("Abdelkader", "Abdelkadir"), List.of("Abdel Qader", "Abdulqadir", "Abdelqader")),
      Part.of("عبد الرحمن", List.of("Abderrahmane", "Abderrahman"), List.of("Abdulrahman", "Abdel Rahman", "Abdelrahman")),
      new Part("مصطفى", List.of("Mustapha", "Moustapha"), List.of("Moustapha", "Mustapha"), List.of("Mustafa", "Moustafa")),
      new Part("عمر", List.of("Omar"), List.of("Oumar", "Omar"), List.of("Omar", "Umar")),
      new Part("إبراهيم", List.of("Brahim", "Ibrahim"), List.of("Ibrahima", "Brahim", "Ibrahim"), List.of("Ibrahim", "Ebrahim")),
      Part.of("يوسف", List.of("Youssef", "Youcef", "Youssouf"), List.of("Yousef", "Yusuf", "Youssef")),
      Part.of("خالد", List.of("Khaled", "Khalid"), List.of("Khalid", "Khaled")),
      Part.of("حسن", List.of("Hassan", "Hacen"), List.of("Hassan", "Hasan")),
      Part.of("حسين", List.of("Houcine", "Hocine", "Hussein"), List.of("Hussein", "Husain", "Hussain")),
      Part.of("علي", List.of("Ali"), List.of("Ali", "Aly")),
      Part.of("محمود", List.of("Mahmoud"), List.of("Mahmoud", "Mahmud")),
      Part.of("إسماعيل", List.of("Smail", "Ismail"), List.of("Ismail", "Ismael")),
      new Part("أبو بكر", List.of("Aboubakr", "Boubaker"), List.of("Aboubacar", "Boubacar", "Abou Bakr"), List.of("Abubakar", "Abu Bakr")),
      new Part("موسى", List.of("Moussa"), List.of("Moussa", "Mousa"), List.of("Musa", "Moussa")),
      new Part("عثمان", List.of("Othmane", "Otmane"), List.of("Ousmane", "Ousmane"), List.of("Osman", "Othman", "Usman")),
      Part.of("سالم", List.of("Salem"), List.of("Salem", "Salim")),
      Part.of("يحيى", List.of("Yahia", "Yahya"), List.of("Yahya", "Yehia")),
      Part.of("طارق", List.of("Tarek", "Tarik"), List.of("Tariq", "Tarek")),
      Part.of("عادل", List.of("Adel"), List.of("Adel", "Adil")));

  static final List<Part> FEMALE = List.of(
      new Part("فاطمة", List.of("Fatima", "Fatma"), List.of("Fatimata", "Fatouma", "Fatima"), List.of("Fatima", "Fatma")),
      new Part("عائشة", List.of("Aicha", "Aïcha"), List.of("Aïssata", "Aicha", "Assa"), List.of("Aisha", "Aicha", "Aysha")),
      Part.of("خديجة", List.of("Khadija", "Khadidja"), List.of("Khadiga", "Khadija")),
      new Part("مريم", List.of("Meriem", "Mariem", "Myriam"), List.of("Mariam", "Mariama"), List.of("Maryam", "Mariam")),
      Part.of("زينب", List.of("Zineb", "Zeineb"), List.of("Zainab", "Zeinab")),
      new Part("آمنة", List.of("Amina", "Amna"), List.of("Aminata", "Amina"), List.of("Amina", "Amna")),
      Part.of("حليمة", List.of("Halima"), List.of("Halima", "Haleema")),
      Part.of("سلمى", List.of("Salma"), List.of("Salma", "Selma")));

  static final List<Family> MAGHREB_FAMILIES = List.of(
      new Family("العمراني", true, List.of("Amrani"), List.of("Amrani")),
      new Family("الشريف", true, List.of("Cherif", "Chérif"), List.of("Sharif", "Sherif")),
      new Family("الحسني", true, List.of("Hassani"), List.of("Hassani", "Hasani")),
      new Family("الطيب", true, List.of("Tayeb", "Taïeb"), List.of("Tayeb", "Tayyib")),
      new Family("العبيدي", true, List.of("Obeidi", "Abidi"), List.of("Obaidi", "Obeidi")),
      new Family("الفاسي", true, List.of("Fassi"), List.of("Fassi", "Fasi")),
      new Family("بوعزيز", false, List.of("Bouaziz"), List.of("Bouaziz", "Bu Aziz")),
      new Family("بلقاسم", false, List.of("Belkacem", "Belgacem"), List.of("Belkacem", "Bilqasim")),
      new Family("بن علي", false, List.of("Ben Ali", "Benali"), List.of("Bin Ali", "Ben Ali", "Ibn Ali")),
      new Family("بن صالح", false, List.of("Ben Salah", "Bensalah"), List.of("Bin Salih", "Ben Salah")),
      new Family("منصور", false, List.of("Mansour"), List.of("Mansour", "Mansur")),
      new Family("الزوي", true, List.of("Zoui", "Zouai"), List.of("Zawi", "Zwai")));

  static final List<Family> EAST_FAMILIES = List.of(
      new Family("المصري", true, List.of("Masri"), List.of("Masri", "Masry")),
      new Family("السيد", true, List.of("Sayed"), List.of("Sayed", "Sayyid")),
      new Family("عبد العزيز", false, List.of("Abdelaziz", "Abdel Aziz"), List.of("Abdulaziz", "Abdel Aziz", "Abdelaziz")),
      new Family("النور", true, List.of("Nour"), List.of("Nour", "Nur")),
      new Family("الطاهر", true, List.of("Tahar", "Taher"), List.of("Tahir", "Taher")),
      new Family("عبد الرحيم", false, List.of("Abderrahim"), List.of("Abdelrahim", "Abdul Rahim")),
      new Family("الأمين", true, List.of("Amine"), List.of("Amin", "Ameen")));

  static final List<Family> SAHEL_FAMILIES = List.of(
      new Family("تراوري", false, List.of("Traoré", "Traore"), List.of("Traore", "Traoré")),
      new Family("توري", false, List.of("Touré", "Toure"), List.of("Toure", "Ture")),
      new Family("مايغا", false, List.of("Maïga", "Maiga"), List.of("Maiga", "Maïga")),
      new Family("سيسي", false, List.of("Cissé", "Cisse"), List.of("Cisse", "Sisse")),
      new Family("ديالو", false, List.of("Diallo"), List.of("Diallo", "Jallow")),
      new Family("الأنصاري", true, List.of("Ansari"), List.of("Ansari")),
      new Family("بلو", false, List.of("Bello"), List.of("Bello")),
      new Family("عبد الله", false, List.of("Abdoulaye", "Abdallah"), List.of("Abdullahi", "Abdallah")));

  private ArabicNames() {}

  /** Mohamed is by far the commonest name, then Ahmed and Abdallah. */
  private static Part male(SplittableRandom rnd) {
    double u = rnd.nextDouble();
    if (u < 0.2) {
      return MALE.get(0);
    }
    if (u < 0.28) {
      return MALE.get(1);
    }
    if (u < 0.34) {
      return MALE.get(2);
    }
    return MALE.get(3 + rnd.nextInt(MALE.size() - 3));
  }

  static Origin originOf(String nationality) {
    return switch (nationality) {
      case "MAR", "DZA", "TUN", "LBY" -> Origin.MAGHREB;
      case "MRT" -> Origin.MRT;
      case "EGY", "SDN" -> Origin.EAST;
      default -> Origin.SAHEL;
    };
  }

  static Identity identity(String nationality, char sex, SplittableRandom rnd) {
    Origin o = originOf(nationality);
    Part given = sex == 'F' ? FEMALE.get(rnd.nextInt(FEMALE.size())) : male(rnd);
    Part father = male(rnd);
    while (father == given) {
      father = male(rnd);
    }
    List<Family> fams = o == Origin.EAST ? EAST_FAMILIES : o == Origin.SAHEL ? SAHEL_FAMILIES : MAGHREB_FAMILIES;
    Family family = o == Origin.MRT && rnd.nextDouble() < 0.7 ? null : fams.get(rnd.nextInt(fams.size()));
    // Maghreb: "X ben Y Family" in a third of names; Mauritania: "X ould Y" (or "mint Y" for women, written ould here).
    boolean nasab = o == Origin.MRT || (o == Origin.MAGHREB && rnd.nextDouble() < 0.35);
    return new Identity(given, father, family, o, nasab);
  }

  /** The name in Arabic script, with the usual variation (hamza dropped, عبد joined). */
  static String arabic(Identity id, char sex, SplittableRandom rnd) {
    StringBuilder b = new StringBuilder(id.given().ar());
    if (id.origin() == Origin.MRT) {
      b.append(sex == 'F' ? " منت " : " ولد ").append(id.father().ar());
    } else if (id.nasab()) {
      b.append(sex == 'F' ? " بنت " : " بن ").append(id.father().ar());
    } else if (id.origin() == Origin.EAST) {
      b.append(' ').append(id.father().ar());
    }
    if (id.family() != null) {
      b.append(' ').append(id.family().ar());
    }
    String s = b.toString();
    if (rnd.nextDouble() < 0.3) {
      s = s.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا');
    }
    if (rnd.nextDouble() < 0.3) {
      s = s.replace("عبد ال", "عبدال");
    }
    return s;
  }

  /** Latin given name(s) and family name as one bureau writes them: {given-part, family-part}. */
  static String[] latin(Identity id, char sex, boolean english, SplittableRandom rnd) {
    String given = pick(english ? id.given().en() : id.origin() == Origin.SAHEL ? id.given().sahel() : id.given().fr(), rnd);
    String father = pick(english ? id.father().en() : id.origin() == Origin.SAHEL ? id.father().sahel() : id.father().fr(), rnd);
    String connector = null;
    if (id.origin() == Origin.MRT) {
      connector = sex == 'F' ? "Mint" : english && rnd.nextDouble() < 0.3 ? "Wuld" : "Ould";
    } else if (id.nasab()) {
      connector = sex == 'F' ? (english ? "Bint" : "Bent") : english ? pick(List.of("Bin", "bin", "Ibn"), rnd) : pick(List.of("Ben", "ben"), rnd);
    }
    String givenPart = given;
    String familyPart;
    if (id.family() == null) {
      // "Mohamed Ould Ahmed": the father's name with its connector is the surname.
      familyPart = connector + " " + father;
    } else {
      if (connector != null) {
        givenPart = given + " " + connector + " " + father;
      } else if (id.origin() == Origin.EAST) {
        givenPart = given + " " + father;
      }
      familyPart = family(id.family(), english, rnd);
    }
    return new String[] {givenPart, familyPart};
  }

  private static String family(Family f, boolean english, SplittableRandom rnd) {
    String base = pick(english ? f.en() : f.fr(), rnd);
    if (!f.article()) {
      return base;
    }
    int k = rnd.nextInt(4);
    if (english) {
      return switch (k) {
        case 0 -> "Al-" + base;
        case 1 -> "Al " + base;
        case 2 -> "El-" + base;
        default -> "El " + base;
      };
    }
    return switch (k) {
      case 0 -> "El " + base;
      case 1 -> "El-" + base;
      case 2 -> "El" + base.toLowerCase(Locale.ROOT);
      default -> base;
    };
  }

  private static String pick(List<String> l, SplittableRandom rnd) {
    return l.get(rnd.nextInt(l.size()));
  }
}
