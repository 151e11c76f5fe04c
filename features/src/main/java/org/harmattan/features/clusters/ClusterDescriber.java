package org.harmattan.features.clusters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harmattan.core.vocab.Vocabulary;

/**
 * One sentence per cluster in English, French and Arabic, built from its profile: how many
 * cells, where (countries), which categories dominate, whether activity rises or falls, and
 * whether armed groups are active there. Category and country names come from the vocabulary's
 * labels in each language.
 */
public final class ClusterDescriber {
  /** Direction of the cluster's activity over the window. */
  public enum Trend { RISING, STABLE, FALLING }

  /** What a sentence says. */
  public record Profile(int cells, List<String> countries, List<String> categories, Trend trend, boolean armedGroups) {}

  private final Vocabulary vocabulary;

  public ClusterDescriber(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  public String english(Profile p) {
    StringBuilder s = new StringBuilder();
    s.append(p.cells()).append(p.cells() == 1 ? " cell" : " cells");
    if (!p.countries().isEmpty()) {
      s.append(" in ").append(joinAnd(labels(p.countries(), "en", true), " and "));
    }
    if (p.categories().isEmpty()) {
      s.append(" with scattered incidents of no dominant kind");
    } else {
      s.append(" dominated by ").append(joinAnd(lower(labels(p.categories(), "en", false)), " and "));
    }
    s.append(", with ").append(switch (p.trend()) {
      case RISING -> "rising";
      case FALLING -> "falling";
      case STABLE -> "stable";
    }).append(" activity");
    if (p.armedGroups()) {
      s.append(" and active armed groups");
    }
    return s.append('.').toString();
  }

  public String french(Profile p) {
    StringBuilder s = new StringBuilder();
    s.append(p.cells()).append(p.cells() == 1 ? " cellule" : " cellules");
    if (!p.countries().isEmpty()) {
      s.append(" (").append(String.join(", ", labels(p.countries(), "fr", true))).append(")");
    }
    if (p.categories().isEmpty()) {
      s.append(" aux incidents épars sans type dominant");
    } else {
      List<String> withArticles = new ArrayList<>();
      for (String label : labels(p.categories(), "fr", false)) {
        withArticles.add(frenchArticle(label));
      }
      s.append(p.cells() == 1 ? " dominée par " : " dominées par ").append(joinAnd(withArticles, " et "));
    }
    s.append(", avec une activité ").append(switch (p.trend()) {
      case RISING -> "en hausse";
      case FALLING -> "en baisse";
      case STABLE -> "stable";
    });
    if (p.armedGroups()) {
      s.append(" et des groupes armés actifs");
    }
    return s.append('.').toString();
  }

  public String arabic(Profile p) {
    StringBuilder s = new StringBuilder();
    s.append(arabicCells(p.cells()));
    if (!p.countries().isEmpty()) {
      s.append(" في ").append(String.join(" و", labels(p.countries(), "ar", true)));
    }
    if (p.categories().isEmpty()) {
      s.append(" تشهد حوادث متفرقة دون نمط غالب");
    } else {
      s.append(" يغلب عليها ").append(String.join(" و", labels(p.categories(), "ar", false)));
    }
    s.append("، ").append(switch (p.trend()) {
      case RISING -> "ونشاطها في ازدياد";
      case FALLING -> "ونشاطها في تراجع";
      case STABLE -> "ونشاطها مستقر";
    });
    if (p.armedGroups()) {
      s.append(" مع نشاط لجماعات مسلحة");
    }
    return s.append('.').toString();
  }

  /** Arabic counted noun: 1 and 2 have their own forms, 3-10 take the plural, 11 and above the singular. */
  static String arabicCells(int n) {
    if (n == 1) {
      return "خلية واحدة";
    }
    if (n == 2) {
      return "خليتان";
    }
    int lastTwo = n % 100;
    return n + (lastTwo >= 3 && lastTwo <= 10 ? " خلايا" : " خلية");
  }

  /**
   * The French label with its definite article: l' before a vowel, les for plurals, la for the
   * feminine nouns the vocabulary uses, le otherwise.
   */
  static String frenchArticle(String label) {
    String lower = label.substring(0, 1).toLowerCase(Locale.FRENCH) + label.substring(1);
    String first = lower.split("[ ']")[0];
    if ("aeéèêiouyh".indexOf(lower.charAt(0)) >= 0) {
      return "l'" + lower;
    }
    if (first.endsWith("s") && !first.equals("traite")) {
      return "les " + lower;
    }
    if (List.of("traite", "contrebande", "fraude", "cybercriminalité", "violence").contains(first)) {
      return "la " + lower;
    }
    return "le " + lower;
  }

  private List<String> labels(List<String> codes, String language, boolean countries) {
    List<String> out = new ArrayList<>();
    for (String code : codes) {
      Map<String, String> labels = countries
          ? (vocabulary.countries().containsKey(code) ? vocabulary.countries().get(code).labels() : Map.of())
          : (vocabulary.categories().containsKey(code) ? vocabulary.categories().get(code).labels() : Map.of());
      out.add(labels.getOrDefault(language, code));
    }
    return out;
  }

  private static List<String> lower(List<String> labels) {
    List<String> out = new ArrayList<>();
    for (String l : labels) {
      out.add(l.substring(0, 1).toLowerCase(Locale.ENGLISH) + l.substring(1));
    }
    return out;
  }

  private static String joinAnd(List<String> items, String and) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + and + items.get(items.size() - 1);
  }
}
