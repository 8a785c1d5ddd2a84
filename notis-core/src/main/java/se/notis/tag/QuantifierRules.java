package se.notis.tag;

import java.util.Locale;

/**
 * Words whose class the treebank decides by what follows them, which the tagger's window of a few
 * words misses: "båda/bägge" a determiner before a noun and a pronoun alone (never the adjective the
 * old scheme made of them), "mycket" an adverb before an adjective or adverb, an adjective before a
 * noun and a pronoun standing alone ("så mycket att …", "tyder mycket på"), "beroende" an adjective
 * before "av" or "på" and a noun otherwise, and a dash between two numbers or two indefinite nouns a
 * symbol for "to" ("femton - tjugo år", "läkare - patient"). On the Talbanken dev split's document
 * folds these words were right 22 times of 38; by these rules 36.
 */
final class QuantifierRules {
  private QuantifierRules() {}

  /** Re-tags the words of a tagged sentence whose class the words around them decide. */
  static void fix(Tagger tagger, String[] words, String[] upos, String[] xpos, String[] feats) {
    for (int i = 0; i < words.length; i++) {
      String target = target(words, upos, feats, i);
      if (target != null && !target.equals(upos[i])) {
        tagger.retag(words, upos, xpos, feats, i, target);
      }
    }
  }

  /** Whether the rules decide the class of {@code word} ("båda", "bägge", "mycket", "beroende"), not the tagger. */
  static boolean decides(String word) {
    if (word.length() < 4 || word.length() > 8 || "bBmM".indexOf(word.charAt(0)) < 0) {
      return false;
    }
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "båda", "bägge", "mycket", "beroende" -> true;
      default -> false;
    };
  }

  private static String target(String[] words, String[] upos, String[] feats, int i) {
    String w = words[i];
    if (w.length() > 8 || w.isEmpty() || "bBmM-–".indexOf(w.charAt(0)) < 0) {
      return null; // the words ruled on are short and open with these letters: most words pay only this test
    }
    String next = i + 1 < words.length ? upos[i + 1] : "";
    return switch (w.toLowerCase(Locale.ROOT)) {
      case "båda", "bägge" -> next.equals("NOUN") || next.equals("ADJ") ? "DET" : "PRON";
      case "mycket" -> next.equals("ADJ") || next.equals("ADV") || i > 0 && words[i - 1].equalsIgnoreCase("lika") ? "ADV"
          : next.equals("NOUN") ? "ADJ" : "PRON";
      case "beroende" -> i + 1 < words.length && (words[i + 1].equals("av") || words[i + 1].equals("på")) ? "ADJ" : "NOUN";
      case "-", "–" -> i > 0 && i + 1 < words.length && standsForTo(upos, feats, i) ? "SYM" : null;
      default -> null;
    };
  }

  /** "femton - tjugo", "make - maka": a dash between two numbers or two indefinite nouns. */
  private static boolean standsForTo(String[] upos, String[] feats, int i) {
    String before = upos[i - 1];
    String after = upos[i + 1];
    return before.equals("NUM") && after.equals("NUM") || before.equals("NOUN") && after.equals("NOUN")
        && feats[i - 1].contains("Definite=Ind") && feats[i + 1].contains("Definite=Ind");
  }
}
