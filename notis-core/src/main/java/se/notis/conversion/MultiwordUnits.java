package se.notis.conversion;

import static se.notis.conversion.DependencyArrays.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Re-analysis of the v1 {@code mwe} units that UD v2 no longer treats as fixed expressions: v2
 * keeps only true fixed expressions and gives the rest an internal structure.
 */
final class MultiwordUnits {
  private MultiwordUnits() {}

  /**
   * Units (head and its v1 {@code mwe} dependents, in order) that v2 still analyses as {@code fixed};
   * other v1 {@code mwe} are re-analysed. Whole units: "så att säga" is fixed, "så att" before a
   * clause is two subordinators (all 9 in the dev split).
   */
  private static final Set<String> FIXED = Set.of("därför att", "rent av", "till och med", "som helst",
      "vare sig", "i och med", "för skull", "så att säga", "sent omsider", "för sedan", "så heller",
      "i och för sig");

  /**
   * v1 glued many phrases into {@code mwe} units ("i regel", "på grund av", "för att", "den här");
   * v2 keeps only true fixed expressions and analyses the rest: a preposition with its noun (the
   * noun heads, the preposition is its {@code case}), a complex preposition ("på grund av X": the
   * noun heads, X its nmod), a two-word subordinator ("för att", "även om": both words on the
   * verb), a demonstrative with "här"/"där", a quantity noun ("ett par"), "när det gäller".
   */
  static void reanalyseMultiwords(String[] form, String[] upos, int[] head, String[] rel) {
    int n = form.length;
    for (int h = 0; h < n; h++) {
      List<Integer> unit = new ArrayList<>();
      unit.add(h);
      for (int d = 0; d < n; d++) {
        if (head[d] == h + 1 && rel[d].equals("mwe")) {
          unit.add(d);
        }
      }
      if (unit.size() < 2) {
        continue;
      }
      unit.sort(null);
      if (unit.get(0) != h || isFixed(form, unit)) {
        continue;
      }
      reanalyseUnit(form, upos, head, rel, unit);
    }
  }

  private static boolean isFixed(String[] form, List<Integer> unit) {
    StringBuilder words = new StringBuilder();
    for (int k : unit) {
      words.append(words.length() == 0 ? "" : " ").append(lower(form[k]));
    }
    return FIXED.contains(words.toString());
  }

  private static final Set<String> DEMONSTRATIVES = Set.of("den", "det", "de", "denna", "detta", "dessa");
  private static final Set<String> SUBORDINATORS = Set.of("att", "om", "som", "än");
  private static final Set<String> DEGREE = Set.of("så", "allt", "lika", "för");
  private static final Set<String> GRADABLE = Set.of("länge", "mer", "mera", "mycket", "långt", "ofta", "snart");

  private static void reanalyseUnit(String[] form, String[] upos, int[] head, String[] rel, List<Integer> unit) {
    int h = unit.get(0);
    int last = unit.get(unit.size() - 1);
    int g = head[h] - 1;
    String first = lower(form[h]);
    String end = lower(form[last]);
    int core = -1;
    if (upos[h].equals("ADP")) {
      for (int k : unit) {
        if (k != h && (upos[k].equals("NOUN") || upos[k].equals("ADJ") || upos[k].equals("PRON"))) {
          core = k;
        }
      }
    }
    if (core >= 0) {
      boolean complex = core < last && upos[last].equals("ADP");
      if (complex && !(rel[h].equals("case") && g > last && NOMINAL_V1.contains(upos[g]))) {
        return;
      }
      if (complex) {
        // "på grund av X": the noun "grund" takes X's place, X becomes its nmod with "av" as case.
        head[core] = head[g];
        rel[core] = rel[g];
        head[g] = core + 1;
        rel[g] = "nmod";
        head[last] = g + 1;
        rel[last] = "case";
      } else {
        head[core] = head[h];
        rel[core] = rel[h].equals("conj") || rel[h].equals("root") ? rel[h] : "nmod";
      }
      for (int k = 0; k < head.length; k++) {
        if (k != core && head[k] == h + 1 && !unit.contains(k)) {
          head[k] = core + 1;
        }
      }
      for (int k : unit) {
        if (k == core || (complex && k == last)) {
          continue;
        }
        head[k] = core + 1;
        rel[k] = k == h ? "case" : modifierRelation(upos[k]);
      }
      return;
    }
    if (unit.size() == 2 && DEMONSTRATIVES.contains(first) && (end.equals("här") || end.equals("där"))) {
      rel[last] = "advmod";
      return;
    }
    if (unit.size() == 2 && first.equals("så") && (end.equals("här") || end.equals("där"))) {
      rel[last] = "advmod";
      return;
    }
    if (unit.size() == 2 && SUBORDINATORS.contains(end) && g >= 0 && (rel[h].equals("mark")
        || rel[h].equals("advmod"))) {
      // "för att", "även om", "samtidigt som", "mer än": both words attach to the clause.
      head[last] = head[h];
      rel[last] = "mark";
      rel[h] = upos[h].equals("ADP") || (first.equals("så") && end.equals("att")) ? "mark" : "advmod";
      return;
    }
    if (unit.size() == 2 && DEGREE.contains(first) && GRADABLE.contains(end) && g >= 0) {
      // "så länge", "allt mer": the degree adverb modifies the other (dev split: 5 of 5).
      head[last] = head[h];
      rel[last] = rel[h];
      head[h] = last + 1;
      rel[h] = "advmod";
      for (int k = 0; k < head.length; k++) {
        if (k != last && head[k] == h + 1) {
          head[k] = last + 1;
        }
      }
      return;
    }
    if (unit.size() == 3 && first.equals("när") && end.startsWith("gäll") && g >= 0) {
      // "när det gäller X": a clause whose object is X.
      int det = unit.get(1);
      head[last] = head[g];
      rel[last] = "advcl";
      head[g] = last + 1;
      rel[g] = "obj";
      head[h] = last + 1;
      rel[h] = "mark";
      head[det] = last + 1;
      rel[det] = "nsubj";
      return;
    }
    if (unit.size() == 2 && upos[h].equals("DET") && (first.equals("en") || first.equals("ett"))
        && upos[last].equals("NOUN") && rel[h].equals("det") && g >= 0) {
      // "ett par år": the quantity noun modifies the counted noun, the article the quantity noun.
      head[last] = head[h];
      rel[last] = "nmod";
      head[h] = last + 1;
      rel[h] = "det";
      return;
    }
    if (unit.size() == 3 && first.equals(end) && lower(form[unit.get(1)]).equals("och")) {
      // "mer och mer", "då och då": coordination.
      int cc = unit.get(1);
      rel[last] = "conj";
      head[cc] = last + 1;
      rel[cc] = "cc";
    }
  }

  private static final Set<String> NOMINAL_V1 = Set.of("NOUN", "PROPN", "PRON", "NUM", "ADJ", "DT", "DET");

  private static String modifierRelation(String upos) {
    return switch (upos) {
      case "DET" -> "det";
      case "DT", "PRON" -> "nmod:poss";
      case "ADJ" -> "amod";
      case "NOUN" -> "nmod";
      default -> "advmod";
    };
  }
}
