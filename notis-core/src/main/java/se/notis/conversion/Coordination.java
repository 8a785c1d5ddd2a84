package se.notis.conversion;

import static se.notis.conversion.DependencyArrays.hasChild;

/**
 * The coordination and parataxis passes: conjunctions and commas re-attached to the following
 * conjunct, sibling dependents made conjuncts, juxtaposed clauses made parataxis, and adjectives
 * before a noun coordinated, as UD v2 analyses them.
 */
final class Coordination {
  private Coordination() {}

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
}
