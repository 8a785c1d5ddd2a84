package se.notis.conversion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.notis.io.ConlluSentence;

/**
 * Rewrites a UD v1.0 Swedish-Talbanken sentence in UD v2 form. Each rule follows a documented v2
 * change or what the current dev split shows: CONJ→CCONJ, auxiliaries and copulas VERB→AUX, the
 * non-UD tag DT of possessives (PRON) and wh-determiners (DET), negation as PART/advmod, nominal
 * obliques nmod→obl, the renamed relations, and multi-word {@code mwe} units that v2 analyses as a
 * preposition plus its noun.
 */
public final class TalbankenConverter {
  private TalbankenConverter() {}

  /** Fixed expressions that v2 still analyses as {@code fixed}; other v1 {@code mwe} are re-analysed. */
  private static final Set<String> FIXED = Set.of("därför att", "rent av", "till och med", "som helst",
      "vare sig", "i och med", "för skull", "så att", "så säga", "sent omsider", "för sedan", "så heller",
      "till med", "i med", "i och", "i för", "i sig");

  /** Particles (PL) that are adverbs rather than prepositions in v2. */
  private static final Set<String> PREPOSITIONS = Set.of("till", "med", "över", "av", "på", "utan", "ifrån",
      "från", "emot", "mot", "om", "för", "åt", "under", "efter", "genom", "vid", "ur", "i", "bakom",
      "förbi", "kring", "omkring", "runt", "bland", "mellan", "före", "inför", "längs", "hos", "sedan");

  private static final Set<String> SYMBOLS = Set.of("-", "–", "/", "+");
  private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "PRON", "NUM", "X", "SYM", "DET", "ADJ");

  public static List<ConlluSentence> convert(List<ConlluSentence> sentences) {
    List<ConlluSentence> out = new ArrayList<>(sentences.size());
    for (ConlluSentence sent : sentences) {
      out.add(convert(sent));
    }
    return out;
  }

  public static ConlluSentence convert(ConlluSentence sent) {
    List<ConlluSentence.Word> words = sent.words();
    int n = words.size();
    String[] form = new String[n];
    String[] upos = new String[n];
    String[] xpos = new String[n];
    String[] feats = new String[n];
    int[] head = new int[n];
    String[] rel = new String[n];
    for (int i = 0; i < n; i++) {
      ConlluSentence.Word w = words.get(i);
      form[i] = w.form();
      upos[i] = w.upos();
      xpos[i] = w.xpos();
      feats[i] = w.feats();
      head[i] = w.head();
      rel[i] = w.deprel();
    }
    reanalyseMultiwords(form, upos, head, rel);
    reanalyseClefts(form, upos, head, rel);
    promoteMainVerbs(form, head, rel);
    reanalyseFalseAuxiliaries(form, head, rel);
    reanalysePassiveBli(form, upos, xpos, head, rel);
    reattachCoordination(head, rel);
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

    for (int i = 0; i < n; i++) {
      String headUpos = head[i] == 0 ? "ROOT" : upos[head[i] - 1];
      if (rel[i].equals("case") && (headUpos.equals("VERB") || headUpos.equals("AUX"))) {
        rel[i] = "mark";
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
      } else if (rel[i].equals("mark") && upos[i].equals("ADP") && head[i] > 0 && head[i] - 1 < i
          && (headUpos.equals("VERB") || headUpos.equals("AUX"))) {
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
    reanalyseComparativeObliques(form, upos, head, rel);
    markParataxis(upos, head, rel);
    attachPunctuationBeforeParataxis(head, rel);
    coordinateAdjectives(form, upos, head, rel);
    for (int i = 0; i < n; i++) {
      if (xpos[i].startsWith("HP") && head[i] > 0 && rel[head[i] - 1].equals("acl:relcl")) {
        // "vilket", "vilka" opening a relative clause are relative, not interrogative, pronouns.
        feats[i] = feats[i].replace("PronType=Int", "PronType=Rel");
      }
      if (DEPONENTS.contains(form[i].toLowerCase(Locale.ROOT))) {
        java.util.Map<String, String> map = SwedishFeats.parse(feats[i]);
        map.remove("Voice");
        feats[i] = SwedishFeats.format(map);
      }
    }
    List<ConlluSentence.Word> outWords = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ConlluSentence.Word w = words.get(i);
      outWords.add(new ConlluSentence.Word(w.id(), form[i], w.lemma(), upos[i], xpos[i], feats[i], head[i],
          rel[i], "_", w.misc()));
    }
    return new ConlluSentence(sent.comments(), outWords);
  }

  /** Forms of deponent verbs: passive in form, active in meaning, so no :pass subjects in v2. */
  private static final Set<String> DEPONENTS = Set.of("finns", "fanns", "funnits", "finnas", "tycks", "tycktes",
      "tyckas", "hoppas", "hoppades", "lyckas", "lyckades", "lyckats", "minnas", "minns", "mindes", "trivs",
      "trivdes", "trivas", "andas", "brås", "låtsas", "svettas", "umgås", "umgicks", "åldras", "kräkas", "synas",
      "syns", "syntes", "fattas", "fattades", "vistas", "vistades", "skämtas", "brottas", "slåss", "träffas",
      "kämpas", "envisas", "envisades", "rymmas", "ryms");

  /**
   * v1 coordinated clauses that are only juxtaposed ("..., de måste ...; rollen innebär ...");
   * v2 calls a clause conjunct parataxis when neither it nor a later conjunct of the same head has
   * a coordinating conjunction.
   */
  static void markParataxis(String[] upos, int[] head, String[] rel) {
    int n = head.length;
    for (int d = 0; d < n; d++) {
      if (!rel[d].equals("conj") || head[d] <= 0 || !isClause(upos, head, rel, d)) {
        continue;
      }
      int h = head[d] - 1;
      boolean coordinated = false;
      for (int k = 0; k < n && !coordinated; k++) {
        if (head[k] == h + 1 && k >= d && rel[k].equals("conj")) {
          coordinated = hasChild(head, rel, k, "cc");
        }
      }
      if (!coordinated && (head[h] == 0 || isClause(upos, head, rel, h) || hasChild(head, rel, h, "csubj"))) {
        rel[d] = "parataxis";
      }
    }
  }

  /**
   * v2 hangs the punctuation that opens a paratactic clause (", vi har ...", "; rollen ...", ": ' ...")
   * on the clause it is paratactic to, where v1 (and the conjunct convention above) put it on the
   * clause it opens: in the dev split 23 of 25 commas before a parataxis sit on its head, in the
   * converted train split 74 of 75 sat on the parataxis itself.
   */
  static void attachPunctuationBeforeParataxis(int[] head, String[] rel) {
    for (int p = 0; p < head.length; p++) {
      int d = head[p] - 1;
      if (rel[p].equals("punct") && d > p && rel[d].equals("parataxis") && head[d] > 0 && opens(head, p, d)) {
        head[p] = head[d];
      }
    }
  }

  /**
   * v1 made adjectives separated by a comma before their noun two modifiers of it ("en extra ,
   * skattefri sparpremie", the comma on the noun); v2 coordinates them: the later adjective is a
   * conj of the first and the comma is its punct, and a conjunct after "och" joins the first too
   * ("amerikanska , italienska och franska"). In the dev split 14 of 15 such commas follow v2.
   */
  static void coordinateAdjectives(String[] form, String[] upos, int[] head, String[] rel) {
    int n = head.length;
    for (int c = 1; c + 1 < n; c++) {
      int noun = head[c];
      if (!form[c].equals(",") || !rel[c].equals("punct") || noun <= c + 1) {
        continue;
      }
      int first = modifierEndingAt(upos, head, rel, c - 1, noun);
      // The phrase after the comma: "skattefri", or "utvecklade" of "väl utvecklade".
      int next = c + 1;
      while (head[next] - 1 > next && head[next] - 1 < noun - 1) {
        next = head[next] - 1;
      }
      if (first < 0 || head[next] != noun || !rel[next].equals("amod") || !upos[next].equals("ADJ")) {
        continue;
      }
      head[next] = first + 1;
      rel[next] = "conj";
      head[c] = next + 1;
      for (int k = next + 1; k < noun - 1; k++) {
        if (head[k] == next + 1 && rel[k].equals("conj")) {
          head[k] = first + 1;
        }
      }
    }
  }

  /** The adjective modifier of {@code noun} (1-based) whose phrase ends at {@code end}, or -1. */
  private static int modifierEndingAt(String[] upos, int[] head, String[] rel, int end, int noun) {
    for (int a = end; a >= 0; a--) {
      if (head[a] == noun) {
        return rel[a].equals("amod") && upos[a].equals("ADJ") && (a == end || head[end] - 1 == a) ? a : -1;
      }
    }
    return -1;
  }

  /** Whether every word between {@code p} and {@code d} belongs to {@code d}'s phrase. */
  private static boolean opens(int[] head, int p, int d) {
    for (int k = p + 1; k < d; k++) {
      int a = k;
      int steps = 0;
      while (a != d && a >= 0 && steps++ <= head.length) {
        a = head[a] - 1;
      }
      if (a != d) {
        return false;
      }
    }
    return true;
  }

  /** A clause: a verb, or a predicate with a subject or copula of its own. */
  private static boolean isClause(String[] upos, int[] head, String[] rel, int i) {
    return ((upos[i].equals("VERB") || upos[i].equals("AUX")) && hasChild(head, rel, i, "nsubj"))
        || hasChild(head, rel, i, "cop") && hasChild(head, rel, i, "nsubj")
        || hasChild(head, rel, i, "expl") && hasChild(head, rel, i, "cop");
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
  private static final Set<String> AUXILIARIES = Set.of("bli", "blir", "blev", "blivit", "bliva", "böra", "bör",
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

  /** A nominal (not a number) attached as advcl or obl that has no subject or copula of its own. */
  private static boolean isAdverbialNominal(String[] upos, int[] head, String[] rel, int x) {
    return (rel[x].equals("advcl") || rel[x].equals("obl")) && NOMINAL_HEADS.contains(upos[x])
        && !upos[x].equals("NUM") && !hasChild(head, rel, x, "nsubj") && !hasChild(head, rel, x, "cop");
  }

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

  private static boolean hasChild(int[] head, String[] rel, int i, String prefix) {
    for (int k = 0; k < head.length; k++) {
      if (head[k] == i + 1 && rel[k].startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> CORRELATIVES = Set.of("både", "varken", "såväl", "antingen");
  private static final Set<String> NOMINAL_HEADS = Set.of("NOUN", "PRON", "PROPN", "NUM");

  private static final Set<String> SUBORDINATE = Set.of("advcl", "acl", "acl:relcl", "ccomp", "csubj");

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

  /**
   * v1 attached coordinating conjunctions and the commas between conjuncts to the first conjunct;
   * v2 attaches them to the conjunct that follows them.
   */
  static void reattachCoordination(int[] head, String[] rel) {
    int n = head.length;
    for (int d = 0; d < n; d++) {
      if (!(rel[d].equals("cc") || rel[d].equals("punct")) || head[d] <= 0) {
        continue;
      }
      int first = head[d] - 1;
      if (first > d) {
        continue;
      }
      int next = -1;
      for (int k = d + 1; k < n && next < 0; k++) {
        if (head[k] == first + 1 && rel[k].equals("conj")) {
          next = k;
        }
      }
      if (next < 0 && rel[d].equals("cc")) {
        // v1 sometimes hung the conjunction on the governor of the coordination ("ingick
        // intelligenstest och kunskapsprov"): it belongs to the first conjunct after it.
        for (int k = d + 1; k < n && next < 0; k++) {
          if (rel[k].equals("conj") && head[k] > 0 && head[k] - 1 < d) {
            next = k;
          }
        }
      }
      if (next < 0 && rel[d].equals("cc")) {
        next = coordinateSiblings(head, rel, d);
      }
      if (next >= 0) {
        head[d] = next + 1;
      }
    }
  }

  /**
   * v1 sometimes left coordinated dependents as siblings on their governor ("ingår undersökningar
   * och behandlingar", both nsubj); v2 makes the later ones conj of the first. Returns the conjunct
   * after the conjunction at {@code cc}, or -1 when the siblings around it do not match.
   */
  static int coordinateSiblings(int[] head, String[] rel, int cc) {
    int n = head.length;
    int h = head[cc];
    int after = -1;
    for (int k = cc + 1; k < n && after < 0; k++) {
      if (head[k] == h && !rel[k].equals("punct")) {
        after = k;
      }
    }
    int before = -1;
    for (int k = cc - 1; k >= 0 && before < 0; k--) {
      if (head[k] == h && !rel[k].equals("punct")) {
        before = k;
      }
    }
    if (after < 0 || before < 0 || h - 1 > before && h - 1 < after || !rel[before].equals(rel[after])
        || rel[after].equals("cc") || rel[after].equals("conj")) {
      return -1;
    }
    // Earlier members of a comma-separated list: "remissbesök , recept och läkarintyg".
    int first = before;
    boolean more = true;
    while (more) {
      more = false;
      for (int k = first - 1; k >= 0; k--) {
        if (head[k] == h && rel[k].equals("punct")) {
          continue;
        }
        if (head[k] == h && rel[k].equals(rel[after]) && k != h - 1) {
          first = k;
          more = true;
        }
        break;
      }
    }
    int previous = first;
    for (int k = first + 1; k <= after; k++) {
      if (head[k] != h) {
        continue;
      }
      if (rel[k].equals(rel[after])) {
        head[k] = first + 1;
        rel[k] = "conj";
        previous = k;
      } else if (rel[k].equals("punct") && k > previous) {
        int next = k + 1;
        while (next <= after && head[next] != h) {
          next++;
        }
        if (next <= after && (rel[next].equals(rel[after]) || next == after)) {
          head[k] = next + 1;
        }
      }
    }
    return after;
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
    int h = unit.get(0);
    for (int i = 1; i < unit.size(); i++) {
      if (!FIXED.contains(lower(form[h]) + " " + lower(form[unit.get(i)]))) {
        return false;
      }
    }
    return true;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static final Set<String> DEMONSTRATIVES = Set.of("den", "det", "de", "denna", "detta", "dessa");
  private static final Set<String> SUBORDINATORS = Set.of("att", "om", "som", "än");

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
      rel[h] = upos[h].equals("ADP") ? "mark" : "advmod";
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
