package se.notis.conversion;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * UD v2 feature rules for Swedish that the v1.0 release of Talbanken did not carry: PronType of
 * pronouns and determiners, Poss, Polarity, Mood of finite verbs, NumType, Abbr and Degree of
 * participles. Closed-class words decide PronType, so the rules need the word form.
 */
public final class SwedishFeats {
  private SwedishFeats() {}

  private static final Map<String, String> PRON_TYPE = new TreeMap<>();

  static {
    put("Art", "en ett den det de dom");
    put("Dem", "denna denne detta dessa sådan sådant sådana dylik dylikt dylika");
    put("Tot", "all alla allt varje var vart varenda vartenda båda bägge samtliga allihop");
    put("Ind", "någon något några man nån nåt nåra somlig somliga ngn många andra annat fler flera få mycket mer"
        + " mera");
    put("Neg", "ingen inget inga ingenting ingendera");
    put("Rcp", "varandra varann varandras");
    put("Int", "vad vem vems vilken vilket vilka vilkas");
    put("Rel", "som vars");
  }

  private static void put(String type, String words) {
    for (String word : words.split(" ")) {
      PRON_TYPE.put(word, type);
    }
  }

  private static final Set<String> NEGATIONS = Set.of("inte", "icke", "ej", "inte-", "aldrig", "knappast");

  /**
   * Quantifying adjectives whose v2 features the dev split fixes whatever their SUC tag says: no
   * definiteness, and "flera"/"fler" comparative.
   */
  private static final Map<String, String> QUANTIFIER_FEATS = Map.of(
      "många", "Case=Nom|Degree=Pos",
      "få", "Case=Nom|Degree=Pos|Number=Plur",
      "flera", "Case=Nom|Degree=Cmp|Number=Plur",
      "fler", "Case=Nom|Degree=Cmp|Number=Plur",
      "samma", "Case=Nom|Definite=Ind|Degree=Pos");

  /** Returns v2 FEATS for a word given its v2 UPOS, its XPOS and its v1 FEATS ({@code _} if none). */
  public static String complete(String form, String upos, String xpos, String feats) {
    String lower = form.toLowerCase(Locale.ROOT);
    String pos = mainTag(xpos);
    if (upos.equals("ADJ") && QUANTIFIER_FEATS.containsKey(lower)) {
      return QUANTIFIER_FEATS.get(lower);
    }
    Map<String, String> out = parse(feats);
    switch (pos) {
      case "PN", "DT", "HP", "HD", "HS", "PS" -> {
        String type = PRON_TYPE.get(lower);
        if (pos.equals("PS") || pos.equals("HS")) {
          out.put("Poss", "Yes");
          type = pos.equals("HS") ? (lower.equals("vars") ? "Rel" : "Int") : "Prs";
        } else if (pos.equals("HP") && lower.equals("som")) {
          type = "Rel";
        } else if (type == null || (pos.equals("PN") && type.equals("Art"))) {
          type = pos.equals("PN") ? "Prs" : type == null ? "Ind" : type;
        }
        if (pos.equals("PN") && (lower.equals("det") || lower.equals("den") || lower.equals("de")
            || lower.equals("dom") || lower.equals("en") || lower.equals("ett"))) {
          type = lower.startsWith("e") ? "Ind" : "Prs";
        }
        out.put("PronType", type);
        if (pos.equals("HP") && !lower.equals("vem")) {
          out.remove("Gender");
        }
        if (lower.equals("mycket")) {
          out.remove("Gender");
          out.remove("Number");
        }
      }
      case "AB" -> {
        if (NEGATIONS.contains(lower)) {
          out.put("Polarity", "Neg");
        }
      }
      case "VB" -> {
        if (xpos.contains("|PRS") || xpos.contains("|PRT")) {
          out.putIfAbsent("Mood", "Ind");
        } else if (xpos.contains("|IMP")) {
          out.put("Mood", "Imp");
        } else if (xpos.contains("|KON")) {
          out.put("Mood", "Sub");
        }
      }
      case "RG" -> out.put("NumType", "Card");
      case "RO" -> {
        out.remove("Gender");
        out.remove("Number");
        out.put("NumType", "Ord");
      }
      case "PC" -> {
        out.put("VerbForm", "Part");
        if (upos.equals("VERB")) {
          // A participle v2 reads as a verb (the passive "blev påverkade") has voice, not degree,
          // and its plural no definiteness.
          out.put("Voice", "Pass");
          if (xpos.contains("|PLU|")) {
            out.remove("Definite");
          }
        } else {
          out.putIfAbsent("Degree", "Pos");
        }
        dropWeakNumber(xpos, out);
      }
      case "JJ" -> dropWeakNumber(xpos, out);
      default -> { }
    }
    if (xpos.endsWith("|AN") || xpos.equals("AN")) {
      out.put("Abbr", "Yes");
    }
    return format(out);
  }

  /** Definite (weak) adjective forms carry no Number in v2 ("stora", "viktigaste"). */
  private static void dropWeakNumber(String xpos, Map<String, String> out) {
    if ("Def".equals(out.get("Definite"))) {
      out.remove("Number");
      out.remove("Gender");
    }
  }

  /** The main SUC tag of an XPOS ({@code NN} of {@code NN|UTR|SIN|IND|NOM}). */
  public static String mainTag(String xpos) {
    int bar = xpos.indexOf('|');
    return bar < 0 ? xpos : xpos.substring(0, bar);
  }

  static Map<String, String> parse(String feats) {
    Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (feats == null || feats.isEmpty() || feats.equals("_")) {
      return out;
    }
    for (String pair : feats.split("\\|")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return out;
  }

  static String format(Map<String, String> feats) {
    if (feats.isEmpty()) {
      return "_";
    }
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> e : feats.entrySet()) {
      if (out.length() > 0) {
        out.append('|');
      }
      out.append(e.getKey()).append('=').append(e.getValue());
    }
    return out.toString();
  }
}
