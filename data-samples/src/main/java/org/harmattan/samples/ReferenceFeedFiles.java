package org.harmattan.samples;

import static org.harmattan.samples.ReferenceModel.EGY;
import static org.harmattan.samples.ReferenceModel.I247;
import static org.harmattan.samples.ReferenceModel.LBY;
import static org.harmattan.samples.ReferenceModel.MAR;
import static org.harmattan.samples.ReferenceModel.NOTICE_TYPES;
import static org.harmattan.samples.ReferenceModel.personRef;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.harmattan.samples.ReferenceModel.Copy;
import org.harmattan.samples.ReferenceModel.Document;
import org.harmattan.samples.ReferenceModel.Notice;
import org.harmattan.samples.ReferenceModel.Person;
import org.harmattan.samples.ReferenceModel.Warrant;

/**
 * The person and document files of the reference feeds, each bureau with its own language, date
 * style and file format: Moroccan French with dd/MM/yyyy in ';'-separated text, Libyan Arabic with
 * Arabic-Indic digits now and then, Egyptian English in JSON Lines. The I-24/7 feed only holds
 * travel documents here.
 */
final class ReferenceFeedFiles {
  private static final Map<String, String> FR_COUNTRY = Map.ofEntries(Map.entry("MAR", "Maroc"), Map.entry("DZA", "Algérie"),
      Map.entry("TUN", "Tunisie"), Map.entry("LBY", "Libye"), Map.entry("EGY", "Égypte"), Map.entry("MRT", "Mauritanie"),
      Map.entry("MLI", "Mali"), Map.entry("NER", "Niger"), Map.entry("TCD", "Tchad"), Map.entry("BFA", "Burkina Faso"),
      Map.entry("SDN", "Soudan"), Map.entry("NGA", "Nigéria"));
  private static final Map<String, String> AR_COUNTRY = Map.ofEntries(Map.entry("MAR", "المغرب"), Map.entry("DZA", "الجزائر"),
      Map.entry("TUN", "تونس"), Map.entry("LBY", "ليبيا"), Map.entry("EGY", "مصر"), Map.entry("MRT", "موريتانيا"),
      Map.entry("MLI", "مالي"), Map.entry("NER", "النيجر"), Map.entry("TCD", "تشاد"), Map.entry("BFA", "بوركينا فاسو"),
      Map.entry("SDN", "السودان"), Map.entry("NGA", "نيجيريا"));

  private static final List<String> FR_TYPES = List.of("Rouge", "Jaune", "Bleue", "Verte", "Orange", "Mauve", "Noire", "Diffusion");
  private static final List<String> AR_TYPES = List.of("حمراء", "صفراء", "زرقاء", "خضراء", "برتقالية", "بنفسجية", "سوداء", "تعميم");

  private static final DateTimeFormatter FR_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

  /** The files of one reference feed. */
  private static final class FeedFiles {
    RefFile persons;
    RefFile notices;
    RefFile warrants;
    RefFile documents;
  }

  private final Map<String, FeedFiles> files = new LinkedHashMap<>();
  private final ReferenceTruth truth;

  ReferenceFeedFiles(Path out, ReferenceTruth truth) throws IOException {
    this.truth = truth;
    FeedFiles mar = new FeedFiles();
    String m = "reference/" + MAR + "/";
    mar.persons = new RefFile(out, m + "persons.csv", ';', List.of("Réf. personne", "Nom", "Prénoms", "Nom en arabe",
        "Date de naissance", "Sexe", "Nationalité"));
    mar.notices = new RefFile(out, m + "notices.csv", ';', List.of("N° notice", "Type", "Réf. personne", "Pays émetteur",
        "Infraction", "Date d'émission", "Valable jusqu'au", "Statut", "Date d'annulation", "N° mandat"));
    mar.warrants = new RefFile(out, m + "warrants.csv", ';', List.of("N° mandat", "Réf. personne", "Pays émetteur", "Autorité",
        "Infraction", "Date d'émission", "Date d'expiration"));
    mar.documents = new RefFile(out, m + "travel_documents.csv", ';', List.of("N° document", "Type de document",
        "Pays émetteur", "Date de délivrance", "Date d'expiration", "Date de signalement", "Statut"));
    files.put(MAR, mar);
    FeedFiles lby = new FeedFiles();
    String l = "reference/" + LBY + "/";
    lby.persons = new RefFile(out, l + "persons.csv", ',', List.of("الرقم المرجعي", "الاسم الكامل", "الاسم باللاتينية",
        "تاريخ الميلاد", "الجنس", "الجنسية"));
    lby.notices = new RefFile(out, l + "notices.csv", ',', List.of("رقم النشرة", "نوع النشرة", "الرقم المرجعي للشخص",
        "الدولة المصدرة", "الجريمة", "تاريخ الإصدار", "صالحة حتى", "الحالة", "تاريخ الإلغاء", "رقم أمر القبض"));
    lby.warrants = new RefFile(out, l + "warrants.csv", ',', List.of("رقم أمر القبض", "الرقم المرجعي للشخص", "الدولة المصدرة",
        "الجهة المصدرة", "الجريمة", "تاريخ الإصدار", "تاريخ الانتهاء"));
    files.put(LBY, lby);
    FeedFiles egy = new FeedFiles();
    String e = "reference/" + EGY + "/";
    egy.persons = new RefFile(out, e + "persons.jsonl", (char) 0, List.of("person_ref", "full_name", "name_ar", "date_of_birth",
        "sex", "nationality"));
    egy.notices = new RefFile(out, e + "notices.jsonl", (char) 0, List.of("notice_ref", "notice_type", "person_ref",
        "issuing_country", "offence", "issue_date", "valid_until", "status", "cancellation_date", "warrant_ref"));
    egy.warrants = new RefFile(out, e + "warrants.jsonl", (char) 0, List.of("warrant_ref", "person_ref", "issuing_country",
        "authority", "offence", "issue_date", "expiry_date"));
    egy.documents = new RefFile(out, e + "travel_documents.jsonl", (char) 0, List.of("document_number", "document_type",
        "issuing_country", "issue_date", "expiry_date", "reported_date", "status"));
    files.put(EGY, egy);
    FeedFiles i247 = new FeedFiles();
    i247.documents = new RefFile(out, "reference/" + I247 + "/travel_documents.csv", ',', List.of("document_number",
        "document_type", "issuing_country", "issue_date", "expiry_date", "reported_date", "status"));
    files.put(I247, i247);
  }

  RefFile notices(String feed) {
    return files.get(feed).notices;
  }

  RefFile warrants(String feed) {
    return files.get(feed).warrants;
  }

  RefFile documents(String feed) {
    return files.get(feed).documents;
  }

  /** One record in each feed that knows the person, the name spelt as that bureau spells it; the spellings go to the truth. */
  void writePerson(Person p, SplittableRandom r) throws IOException {
    for (String feed : p.feeds()) {
      String ref = personRef(feed, p.id());
      FeedFiles f = files.get(feed);
      switch (feed) {
        case MAR -> {
          String[] latin = ArabicNames.latin(p.identity(), p.sex(), false, r);
          String nom = latin[1].toUpperCase(Locale.FRENCH);
          String ar = r.nextDouble() < 0.4 ? ArabicNames.arabic(p.identity(), p.sex(), r) : null;
          f.persons.write(Arrays.asList(ref, nom, latin[0], ar, p.dob().format(FR_DATE), String.valueOf(p.sex()),
              FR_COUNTRY.get(p.nationality())));
          truth.variants.row(p.id(), feed, ref, "Latn", latin[0] + " " + nom);
          if (ar != null) {
            truth.variants.row(p.id(), feed, ref, "Arab", ar);
          }
        }
        case LBY -> {
          String ar = ArabicNames.arabic(p.identity(), p.sex(), r);
          String latin = null;
          if (r.nextDouble() < 0.5) {
            String[] l = ArabicNames.latin(p.identity(), p.sex(), false, r);
            latin = (l[0] + " " + l[1]).toUpperCase(Locale.FRENCH);
          }
          f.persons.write(Arrays.asList(ref, ar, latin, lbyDate(p.dob(), r), p.sex() == 'F' ? "أنثى" : "ذكر",
              AR_COUNTRY.get(p.nationality())));
          truth.variants.row(p.id(), feed, ref, "Arab", ar);
          if (latin != null) {
            truth.variants.row(p.id(), feed, ref, "Latn", latin);
          }
        }
        default -> {
          String[] l = ArabicNames.latin(p.identity(), p.sex(), true, r);
          String full = l[0] + " " + l[1];
          String ar = r.nextDouble() < 0.5 ? ArabicNames.arabic(p.identity(), p.sex(), r) : null;
          f.persons.write(Arrays.asList(ref, full, ar, p.dob().format(ISO_DATE), p.sex() == 'F' ? "female" : "male",
              p.nationality()));
          truth.variants.row(p.id(), feed, ref, "Latn", full);
          if (ar != null) {
            truth.variants.row(p.id(), feed, ref, "Arab", ar);
          }
        }
      }
    }
  }

  /** Libyan dates: dd/MM/yyyy, in Arabic-Indic digits in about a third of the records. */
  private static String lbyDate(LocalDate d, SplittableRandom r) {
    String s = d.format(FR_DATE);
    return r.nextDouble() < 0.3 ? Numbers.arabicIndic(s) : s;
  }

  private String offenceText(Category c, String feed, SplittableRandom r) {
    if (c == null) {
      return null;
    }
    return switch (feed) {
      case MAR -> Lexicon.category(c, Language.FR, r);
      case LBY -> Lexicon.category(c, Language.AR, r);
      default -> r.nextDouble() < 0.5 ? c.name() : Lexicon.category(c, Language.EN, r);
    };
  }

  long writeWarrant(Warrant w, String personRef, SplittableRandom r) throws IOException {
    RefFile f = files.get(w.feed()).warrants;
    String off = offenceText(w.offence(), w.feed(), r);
    return switch (w.feed()) {
      case MAR -> f.write(Arrays.asList(w.ref(), personRef, FR_COUNTRY.get(w.issuing()), w.authority(), off,
          w.issued().format(FR_DATE), w.expiry().format(FR_DATE)));
      case LBY -> f.write(Arrays.asList(w.ref(), personRef, AR_COUNTRY.get(w.issuing()), w.authority(), off,
          lbyDate(w.issued(), r), lbyDate(w.expiry(), r)));
      default -> f.write(Arrays.asList(w.ref(), personRef, w.issuing(), w.authority(), off, w.issued().format(ISO_DATE),
          w.expiry().format(ISO_DATE)));
    };
  }

  long writeNotice(Notice n, Copy c, String personRef, SplittableRandom r) throws IOException {
    RefFile f = files.get(c.feed()).notices;
    int t = NOTICE_TYPES.indexOf(n.type());
    String off = offenceText(n.offence(), c.feed(), r);
    String wref = n.warrant() == null ? null : n.warrant().ref();
    return switch (c.feed()) {
      case MAR -> f.write(Arrays.asList(n.ref(), FR_TYPES.get(t), personRef, FR_COUNTRY.get(n.issuing()), off,
          n.issued().format(FR_DATE), n.validUntil().format(FR_DATE), c.active() ? "Active" : "Annulée",
          c.cancelled() == null ? null : c.cancelled().format(FR_DATE), wref));
      case LBY -> f.write(Arrays.asList(n.ref(), AR_TYPES.get(t), personRef, AR_COUNTRY.get(n.issuing()), off,
          lbyDate(n.issued(), r), lbyDate(n.validUntil(), r), c.active() ? "سارية" : "ملغاة",
          c.cancelled() == null ? null : lbyDate(c.cancelled(), r), wref));
      default -> f.write(Arrays.asList(n.ref(), n.type(), personRef, n.issuing(), off, n.issued().format(ISO_DATE),
          n.validUntil().format(ISO_DATE), c.active() ? "active" : "cancelled",
          c.cancelled() == null ? null : c.cancelled().format(ISO_DATE), wref));
    };
  }

  long writeDocument(Document d) throws IOException {
    RefFile f = files.get(d.feed()).documents;
    return switch (d.feed()) {
      case MAR -> f.write(Arrays.asList(d.number(), switch (d.type()) {
            case "PASSPORT" -> "Passeport";
            case "NATIONAL_ID" -> "Carte nationale d'identité";
            default -> "Laissez-passer";
          }, FR_COUNTRY.get(d.issuing()), d.issued().format(FR_DATE), d.expiry().format(FR_DATE), d.reported().format(FR_DATE),
          switch (d.status()) {
            case "STOLEN" -> "Volé";
            case "LOST" -> "Perdu";
            default -> "Révoqué";
          }));
      case EGY -> f.write(Arrays.asList(d.number(), d.type(), d.issuing(), d.issued().format(ISO_DATE),
          d.expiry().format(ISO_DATE), d.reported().format(ISO_DATE), d.status()));
      default -> f.write(Arrays.asList(d.number(), switch (d.type()) {
            case "PASSPORT" -> "Passport";
            case "NATIONAL_ID" -> "National ID";
            default -> "Laissez-passer";
          }, d.issuing(), d.issued().format(ISO_DATE), d.expiry().format(ISO_DATE), d.reported().format(ISO_DATE),
          d.status().charAt(0) + d.status().substring(1).toLowerCase(Locale.ROOT)));
    };
  }

  /** Closes every file and adds its record count, keyed "feed/entity". */
  void close(Map<String, Long> counts) throws IOException {
    for (Map.Entry<String, FeedFiles> e : files.entrySet()) {
      FeedFiles f = e.getValue();
      RefFile[] all = {f.persons, f.notices, f.warrants, f.documents};
      String[] names = {"persons", "notices", "warrants", "travel_documents"};
      for (int i = 0; i < all.length; i++) {
        if (all[i] != null) {
          all[i].close();
          counts.put(e.getKey() + "/" + names[i], all[i].records());
        }
      }
    }
  }
}
