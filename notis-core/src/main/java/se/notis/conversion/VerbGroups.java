package se.notis.conversion;

import static se.notis.conversion.DependencyArrays.hasChild;
import static se.notis.conversion.DependencyArrays.lower;

import java.util.Set;

/**
 * The verb-group passes: clefts, main verbs and false auxiliaries that v1 attached as {@code aux},
 * and passive "bli", each rebuilding the tree the way UD v2 analyses the verb group.
 */
final class VerbGroups {
  private VerbGroups() {}

  private static final Set<String> COPULAS = Set.of("är", "var", "vara", "varit", "blir", "blev");

  /**
   * "Det är X som ...": v1 made the copula the head, X its {@code dep} and the cleft clause a
   * relative clause on X; v2 makes X the predicate with "det" as {@code expl}, the copula {@code cop}
   * and the clause {@code acl:cleft}.
   */
  static void reanalyseClefts(String[] form, String[] upos, int[] head, String[] rel) {
    int n = head.length;
    for (int v = 0; v < n; v++) {
      if (!COPULAS.contains(lower(form[v]))) {
        continue;
      }
      int x = -1;
      for (int k = v + 1; k < n && x < 0; k++) {
        if (head[k] == v + 1 && rel[k].equals("dep") && hasChild(head, rel, k, "acl:relcl")) {
          x = k;
        }
      }
      int subject = -1;
      for (int k = 0; k < n && subject < 0; k++) {
        if (head[k] == v + 1 && rel[k].startsWith("nsubj") && lower(form[k]).equals("det")) {
          subject = k;
        }
      }
      if (x < 0 || subject < 0) {
        continue;
      }
      head[x] = head[v];
      rel[x] = rel[v];
      for (int k = 0; k < n; k++) {
        if (head[k] == v + 1 && k != x) {
          head[k] = x + 1;
          if (k > v && k < x && upos[k].equals("ADP")) {
            rel[k] = "case";
          }
        } else if (head[k] == x + 1 && rel[k].equals("acl:relcl")) {
          rel[k] = "acl:cleft";
        }
      }
      head[v] = x + 1;
      rel[v] = "cop";
      rel[subject] = "expl";
    }
  }

  /** Verbs v1 attached as aux that v2 treats as main verbs with an xcomp ("behöver göra"). */
  private static final Set<String> NOT_AUXILIARIES = Set.of("behöver", "behöva", "behövde", "behövt",
      "brukar", "bruka", "brukade", "brukat");

  /**
   * "Du behöver inte göra det": v1 hung "behöver" on "göra" as aux; v2 makes it the head, with the
   * infinitive its xcomp, and moves the subject, negation and punctuation up with it.
   */
  static void promoteMainVerbs(String[] form, int[] head, String[] rel) {
    int n = head.length;
    for (int d = 0; d < n; d++) {
      if (!rel[d].equals("aux") || head[d] <= 0 || head[d] - 1 < d || !NOT_AUXILIARIES.contains(lower(form[d]))) {
        continue;
      }
      int v = head[d] - 1;
      head[d] = head[v];
      rel[d] = rel[v];
      head[v] = d + 1;
      rel[v] = "xcomp";
      for (int k = 0; k < n; k++) {
        if (head[k] == v + 1 && (k < v && !rel[k].equals("mark") || rel[k].equals("punct"))) {
          head[k] = d + 1;
        }
      }
    }
  }

  /** Forms of the verbs v2 tags AUX: bli, böra, få, ha, komma, kunna, lär, må, måste, skola, torde, vara, vilja. */
  static final Set<String> AUXILIARIES = Set.of("bli", "blir", "blev", "blivit", "bliva", "böra", "bör",
      "borde", "bort", "få", "får", "fick", "fått", "ha", "har", "hade", "haft", "hava", "komma", "kommer", "kom",
      "kommit", "kunna", "kan", "kunde", "kunnat", "lär", "må", "måtte", "måste", "skola", "ska", "skall", "skulle",
      "torde", "vara", "är", "var", "varit", "vore", "vilja", "vill", "ville", "velat");

  /**
   * v1 sometimes hung the first of coordinated verbs on the last as aux ("att skydda, vårda och
   * förbättra": skydda and vårda aux of förbättra). v2 makes the first conjunct the head and the
   * others its {@code conj}; the dependents before the first conjunct (subject, infinitive mark)
   * and the punctuation after the last move up to it. An aux after its head that is no auxiliary is a later conjunct.
   */
  static void reanalyseFalseAuxiliaries(String[] form, int[] head, String[] rel) {
    int n = head.length;
    for (int d = 0; d < n; d++) {
      if (!rel[d].equals("aux") && !rel[d].equals("auxpass") || head[d] <= 0 || AUXILIARIES.contains(lower(form[d]))) {
        continue;
      }
      int v = head[d] - 1;
      if (v < d) {
        rel[d] = "conj";
        continue;
      }
      head[d] = head[v];
      rel[d] = rel[v];
      head[v] = d + 1;
      rel[v] = "conj";
      for (int k = 0; k < n; k++) {
        if (head[k] != v + 1) {
          continue;
        }
        if (k < d || k > v && rel[k].equals("punct")) {
          head[k] = d + 1;
        } else if ((rel[k].equals("aux") || rel[k].equals("auxpass")) && k < v && !AUXILIARIES.contains(lower(form[k]))) {
          head[k] = d + 1;
          rel[k] = "conj";
        }
      }
    }
  }

  private static final Set<String> BLI = Set.of("bli", "blir", "blev", "blivit", "bliva", "blevo");

  /**
   * "Barnen blev påverkade": v1 made "bli" the head with the past participle its {@code xcomp}; v2
   * reads it as the passive auxiliary ({@code aux:pass}) of the participle, which becomes a VERB
   * and takes over the clause with its subject ({@code nsubj:pass}). The dev split does so every
   * time the participle is perfect; present participles ("blir avgörande") stay {@code xcomp}.
   */
  static void reanalysePassiveBli(String[] form, String[] upos, String[] xpos, int[] head, String[] rel) {
    int n = head.length;
    for (int p = 0; p < n; p++) {
      int b = head[p] - 1;
      if (b < 0 || !rel[p].equals("xcomp") || !xpos[p].startsWith("PC|PRF") || !BLI.contains(lower(form[b]))) {
        continue;
      }
      head[p] = head[b];
      rel[p] = rel[b];
      upos[p] = "VERB";
      for (int k = 0; k < n; k++) {
        if (head[k] == b + 1 && k != p) {
          head[k] = p + 1;
          if (rel[k].equals("nsubj") || rel[k].equals("csubj")) {
            rel[k] = rel[k] + "pass";
          }
        }
      }
      head[b] = p + 1;
      rel[b] = "auxpass";
    }
  }

  /** Forms of deponent verbs: passive in form, active in meaning, so no :pass subjects in v2. */
  static final Set<String> DEPONENTS = Set.of("finns", "fanns", "funnits", "finnas", "tycks", "tycktes",
      "tyckas", "hoppas", "hoppades", "lyckas", "lyckades", "lyckats", "minnas", "minns", "mindes", "trivs",
      "trivdes", "trivas", "andas", "brås", "låtsas", "svettas", "umgås", "umgicks", "åldras", "kräkas", "synas",
      "syns", "syntes", "fattas", "fattades", "vistas", "vistades", "skämtas", "brottas", "slåss", "träffas",
      "kämpas", "envisas", "envisades", "rymmas", "ryms");
}
