package se.notis.conversion;

import static se.notis.conversion.DependencyArrays.hasChild;
import static se.notis.conversion.DependencyArrays.lower;
import static se.notis.conversion.VerbGroups.AUXILIARIES;
import static se.notis.conversion.VerbGroups.DEPONENTS;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The label passes: v1 tags, relations and features mapped to their v2 values word by word, plus
 * the comparative obliques and the definiteness of ambiguous adjective forms, which depend on the
 * converted labels.
 */
final class LabelMapping {
  private LabelMapping() {}

  /** Particles (PL) that stay prepositions in v2; the other particles are adverbs. */
  private static final Set<String> PREPOSITIONS = Set.of("till", "med", "över", "av", "på", "utan", "ifrån",
      "från", "emot", "mot", "om", "för", "åt", "under", "efter", "genom", "vid", "ur", "i", "bakom",
      "förbi", "kring", "omkring", "runt", "bland", "mellan", "före", "inför", "längs", "hos", "sedan");

  private static final Set<String> SYMBOLS = Set.of("-", "–", "/", "+");
  private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "PRON", "NUM", "X", "SYM", "DET", "ADJ");

  private static final Set<String> CORRELATIVES = Set.of("både", "varken", "såväl", "antingen");
  private static final Set<String> NOMINAL_HEADS = Set.of("NOUN", "PRON", "PROPN", "NUM");

  private static final Set<String> SUBORDINATE = Set.of("advcl", "acl", "acl:relcl", "ccomp", "csubj");

  /** Maps the v1 UPOS tags to v2: CCONJ, AUX, DT resolved, negation, subordinators, particles, symbols. */
  static void mapTags(String[] form, String[] upos, String[] xpos, String[] rel) {
    int n = form.length;
    for (int i = 0; i < n; i++) {
      String lower = form[i].toLowerCase(Locale.ROOT);
      String pos = SwedishFeats.mainTag(xpos[i]);
      upos[i] = switch (upos[i]) {
        case "CONJ" -> "CCONJ";
        case "DT" -> pos.equals("HD") ? "DET" : "PRON";
        default -> upos[i];
      };
      if (upos[i].equals("VERB") && (rel[i].equals("aux") || rel[i].equals("auxpass") || rel[i].equals("cop"))
          && AUXILIARIES.contains(lower)) {
        upos[i] = "AUX";
      }
      if (lower.equals("inte") || lower.equals("ej") || lower.equals("icke")) {
        upos[i] = "PART";
      } else if (rel[i].equals("neg")) {
        // v2 keeps PART for the negation proper; "knappast", "ingalunda" are adverbs.
        upos[i] = "ADV";
      }
      if ((pos.equals("KN") || pos.equals("HA")) && rel[i].equals("mark") && !lower.equals("därför")) {
        upos[i] = "SCONJ";
      }
      if (pos.equals("PL") && !PREPOSITIONS.contains(lower)) {
        upos[i] = "ADV";
      }
      if (pos.equals("AB") && rel[i].equals("amod")) {
        // An adverb-tagged modifier of a noun ("de s.k. moshaverna", "i så fall") is ADJ in v2.
        upos[i] = "ADJ";
      }
      if (pos.equals("DT") && lower.equals("samma")) {
        upos[i] = "ADJ";
      }
      if (SYMBOLS.contains(form[i]) && (rel[i].equals("cc") || rel[i].equals("case"))) {
        // A dash, slash or plus that stands for a word ("15 - 20", "hälso- och / eller") is SYM in v2.
        upos[i] = "SYM";
      }
    }
  }

  /** Completes the features, after re-reading clause-initial "när"/"då" as subordinators. */
  static void completeFeatures(String[] form, String[] upos, String[] xpos, String[] feats, int[] head,
      String[] rel) {
    int n = form.length;
    for (int i = 0; i < n; i++) {
      String lower = form[i].toLowerCase(Locale.ROOT);
      if (xpos[i].equals("HA") && (lower.equals("när") || lower.equals("då")) && rel[i].equals("advmod")
          && head[i] > i + 1 && SUBORDINATE.contains(rel[head[i] - 1])) {
        // A clause-initial "när"/"då" introducing a subordinate clause is a subordinator in v2.
        upos[i] = "SCONJ";
        rel[i] = "mark";
      }
      feats[i] = SwedishFeats.complete(form[i], upos[i], xpos[i], feats[i]);
      // Forms the same in both numbers (comparatives "större", present participles "rådande",
      // indeclinables "bra") have no Definite in v2 either; the dev split never gives them one.
      if (xpos[i].contains("|IND/DEF|") && !xpos[i].contains("|SIN/PLU|") && upos[i].equals("ADJ")) {
        feats[i] = definiteness(feats[i], isDefinitePhrase(i, xpos, feats, head, rel));
      }
    }
  }

  /** Maps the v1 relations to v2, given the converted tags. */
  static void mapRelations(String[] form, String[] upos, String[] xpos, int[] head, String[] rel) {
    int n = form.length;
    for (int i = 0; i < n; i++) {
      String headUpos = head[i] == 0 ? "ROOT" : upos[head[i] - 1];
      boolean verbHead = headUpos.equals("VERB") || headUpos.equals("AUX");
      boolean stranded = upos[i].equals("ADP") && head[i] > 0 && head[i] - 1 < i && verbHead;
      if (rel[i].equals("case") && verbHead) {
        // A preposition before its verb marks the clause ("för att hjälpa"); one stranded after it
        // ("du har rätt till", "lämna besked om") is an oblique in v2 (dev split: 9 of 9).
        rel[i] = stranded ? "obl" : "mark";
      } else if (rel[i].equals("det") && upos[i].equals("ADJ")) {
        rel[i] = "amod";
      } else if (rel[i].equals("advmod") && upos[i].equals("CCONJ") && CORRELATIVES.contains(lower(form[i]))) {
        // The first part of "både ... och", "varken ... eller" is a conjunction in v2.
        rel[i] = "cc";
      } else if (rel[i].equals("mark") && lower(form[i]).equals("än") && NOMINAL_HEADS.contains(headUpos)
          && !rel[head[i] - 1].equals("acl")) {
        // "större än kvinnor": a comparison with a nominal is case-marked in v2, unless it modifies
        // a noun ("större antal än flickorna", acl with mark).
        rel[i] = "case";
      } else if (rel[i].equals("det") && (upos[i].equals("NOUN") || upos[i].equals("PROPN"))) {
        // Quantity nouns before the counted noun ("en grupp barn", "ett tiotal år") are nmod in v2.
        rel[i] = "nmod";
      } else if (rel[i].equals("mark") && stranded) {
        // A stranded preposition after its verb ("vad de höll på med") is an oblique in v2.
        rel[i] = "obl";
      }
      rel[i] = relation(rel[i], headUpos, upos[i]);
      if (rel[i].equals("ccomp") && xpos[i].startsWith("VB|INF") && !hasChild(head, rel, i, "nsubj")) {
        // Subjectless infinitival complements are controlled: xcomp in v2.
        rel[i] = "xcomp";
      }
      if (rel[i].endsWith(":pass") && head[i] > 0 && DEPONENTS.contains(form[head[i] - 1].toLowerCase(Locale.ROOT))) {
        rel[i] = rel[i].substring(0, rel[i].length() - ":pass".length());
      }
    }
  }

  /** The features that depend on the converted tree: relative pronouns and deponent verbs. */
  static void finishFeatures(String[] form, String[] xpos, String[] feats, int[] head, String[] rel) {
    int n = form.length;
    for (int i = 0; i < n; i++) {
      if (xpos[i].startsWith("HP") && head[i] > 0 && rel[head[i] - 1].equals("acl:relcl")) {
        // "vilket", "vilka" opening a relative clause are relative, not interrogative, pronouns.
        feats[i] = feats[i].replace("PronType=Int", "PronType=Rel");
      }
      if (DEPONENTS.contains(form[i].toLowerCase(Locale.ROOT))) {
        Map<String, String> map = SwedishFeats.parse(feats[i]);
        map.remove("Voice");
        feats[i] = SwedishFeats.format(map);
      }
    }
  }

  /** The v2 relation for a v1 relation, given the (converted) UPOS of the head and dependent. */
  static String relation(String rel, String headUpos, String upos) {
    return switch (rel) {
      case "dobj" -> "obj";
      case "nsubjpass" -> "nsubj:pass";
      case "csubjpass" -> "csubj:pass";
      case "auxpass" -> "aux:pass";
      case "neg" -> "advmod";
      case "name" -> "flat:name";
      case "mwe" -> "fixed";
      case "nmod:agent" -> "obl:agent";
      case "nmod" -> NOMINAL.contains(headUpos) && !headUpos.equals("ADJ") ? "nmod" : "obl";
      // v2 keeps acl for nominals: "Ni anger själv", "lätt att hitta själv" are advcl.
      case "acl" -> headUpos.equals("VERB") || headUpos.equals("AUX") || headUpos.equals("ADJ") ? "advcl" : rel;
      default -> rel;
    };
  }

  /**
   * "Utlänningar betalar skatt som svenskar", "är lika lång som mannen", "går fortare än bilen": v1
   * made the nominal after "som"/"än" an adverbial clause ({@code advcl}) with the word its marker;
   * v2 makes it an oblique with the word as its {@code case} ("som" then an ADP). A nominal with a
   * subject or copula of its own is a clause and stays.
   */
  static void reanalyseComparativeObliques(String[] form, String[] upos, int[] head, String[] rel) {
    for (int m = 0; m < head.length; m++) {
      String word = lower(form[m]);
      int x = head[m] - 1;
      boolean marker = (word.equals("som") || word.equals("än")) && (rel[m].equals("mark") || rel[m].equals("case"));
      if (!marker || x < 0 || !isAdverbialNominal(upos, head, rel, x)) {
        continue;
      }
      rel[m] = "case";
      rel[x] = "obl";
      if (word.equals("som")) {
        upos[m] = "ADP";
      }
    }
  }

  private static final Set<String> RESUMPTIVE = Set.of("så", "då");

  /**
   * "Märker du att …, så tala med befälet": v1 hung the resumptive "så" ("då") on the fronted
   * clause as {@code dislocated}; v2 makes it an adverb of the main clause it opens (the dev split
   * has "så" as advmod 43 times and never as dislocated).
   */
  static void reattachResumptiveAdverbs(String[] form, int[] head, String[] rel) {
    for (int m = 0; m < head.length; m++) {
      int fronted = head[m] - 1;
      if (!rel[m].equals("dislocated") || !RESUMPTIVE.contains(lower(form[m])) || fronted < 0) {
        continue;
      }
      int main = head[fronted] - 1;
      if (main > m && (rel[fronted].equals("advcl") || rel[fronted].equals("obl"))) {
        head[m] = main + 1;
        rel[m] = "advmod";
      }
    }
  }

  /** A nominal (not a number) attached as advcl or obl that has no subject or copula of its own. */
  private static boolean isAdverbialNominal(String[] upos, int[] head, String[] rel, int x) {
    return (rel[x].equals("advcl") || rel[x].equals("obl")) && NOMINAL_HEADS.contains(upos[x])
        && !upos[x].equals("NUM") && !hasChild(head, rel, x, "nsubj") && !hasChild(head, rel, x, "cop");
  }

  /**
   * v2 resolves the ambiguous IND/DEF adjective forms ("stora") by the phrase: definite after a
   * definite determiner or possessive or with a definite head noun, otherwise indefinite.
   */
  static boolean isDefinitePhrase(int i, String[] xpos, String[] feats, int[] head, String[] rel) {
    int h = head[i] - 1;
    if (h < 0 || !rel[i].startsWith("amod")) {
      return false;
    }
    if (xpos[h].contains("|DEF|")) {
      return true;
    }
    for (int k = 0; k < head.length; k++) {
      if (head[k] == h + 1 && k < i) {
        String pos = SwedishFeats.mainTag(xpos[k]);
        if ((pos.equals("DT") && xpos[k].contains("DEF")) || pos.equals("PS") || rel[k].equals("nmod:poss")) {
          return true;
        }
      }
    }
    return false;
  }

  private static String definiteness(String feats, boolean definite) {
    java.util.Map<String, String> map = SwedishFeats.parse(feats);
    map.put("Definite", definite ? "Def" : "Ind");
    if (definite) {
      map.remove("Number");
    }
    return SwedishFeats.format(map);
  }
}
