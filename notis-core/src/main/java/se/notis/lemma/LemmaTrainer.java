package se.notis.lemma;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.notis.io.ConlluSentence;

/**
 * Learns suffix rules from the Swedish dictionary: for every form, the edit to its lemma is counted
 * under each of its word-final strings; a rule is kept where its edit is the most frequent and
 * differs from the rule of the next shorter suffix (so the table stays small).
 */
public final class LemmaTrainer {
  private LemmaTrainer() {}

  public static LemmaModel train(SwedishDictionary dict, int minCount) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    dict.forEach((form, lemma, tag) -> {
      String wordClass = DictionaryLemmatizer.classOfDictionaryTag(tag);
      if (wordClass == null || form.length() < 2 || !form.equals(form.toLowerCase(java.util.Locale.ROOT))) {
        return;
      }
      String target = lemma;
      if (wordClass.equals("PC")) {
        target = tag.startsWith("VB:PREPC") ? form : dict.participle(lemma);
        if (target == null) {
          return;
        }
      }
      String edit = edit(form, target.toLowerCase(java.util.Locale.ROOT));
      for (int len = 1; len <= Math.min(LemmaModel.MAX_SUFFIX, form.length() - 1); len++) {
        counts.computeIfAbsent(wordClass + "\t" + form.substring(form.length() - len), k -> new HashMap<>())
            .merge(edit, 1, Integer::sum);
      }
    });
    Map<String, String> best = new HashMap<>();
    counts.forEach((key, edits) -> {
      Map.Entry<String, Integer> top = edits.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
      if (top.getValue() >= minCount) {
        best.put(key, top.getKey());
      }
    });
    Map<String, String> rules = new HashMap<>();
    best.forEach((key, edit) -> {
      int tab = key.indexOf('\t');
      String suffix = key.substring(tab + 1);
      String parent = suffix.length() > 1 ? best.get(key.substring(0, tab + 1) + suffix.substring(1)) : null;
      if (!edit.equals(parent)) {
        rules.put(key, edit);
      }
    });
    return new LemmaModel(rules, Map.of());
  }

  /**
   * The lemmas a treebank gives otherwise than {@code lemmatizer} (which should have none of its own):
   * for every lower-cased form and UPOS of the words with a lemma, the lemma most of its occurrences
   * have, kept where it has more than half of them and the lemmatiser gets more than half of them
   * wrong (so a slip of the annotation does not outvote the dictionary). Left to the lemmatiser:
   * names and lemmas written with a capital (foreign words of a title, "Children"), the first part of
   * a compound cut before a conjunction ("barn- och ungdomsvård", lemmatised as the whole compound),
   * and a word seen once that the dictionary has ("satt" is "sitta" as often as "sätta"; "var"
   * tagged PRON with the lemma "vara" is a slip of the tag).
   *
   * @return lower-cased form + '\t' + UPOS → lemma, for {@link LemmaModel#withTreebankLemmas}
   */
  public static Map<String, String> treebankLemmas(List<ConlluSentence> sentences, Lemmatizer lemmatizer,
      SwedishDictionary dict) {
    Map<String, Map<String, Integer>> lemmas = new HashMap<>();
    Map<String, int[]> wrongOfAll = new HashMap<>();
    for (ConlluSentence sentence : sentences) {
      for (ConlluSentence.Word word : sentence.words()) {
        if (!teaches(word)) {
          continue;
        }
        String key = word.form().toLowerCase(Locale.ROOT) + "\t" + word.upos();
        lemmas.computeIfAbsent(key, k -> new HashMap<>()).merge(word.lemma(), 1, Integer::sum);
        int[] counts = wrongOfAll.computeIfAbsent(key, k -> new int[2]);
        counts[0] += lemmatizer.lemma(word.form(), word.upos(), word.xpos()).equals(word.lemma()) ? 0 : 1;
        counts[1]++;
      }
    }
    Map<String, String> kept = new HashMap<>();
    lemmas.forEach((key, byLemma) -> {
      String best = null;
      int bestCount = 0;
      for (Map.Entry<String, Integer> e : byLemma.entrySet()) {
        if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey().compareTo(best) < 0)) {
          best = e.getKey();
          bestCount = e.getValue();
        }
      }
      int[] counts = wrongOfAll.get(key);
      boolean onceAndInTheDictionary = bestCount == 1 && dict.contains(key.substring(0, key.indexOf('\t')));
      if (2 * bestCount > counts[1] && 2 * counts[0] > counts[1] && !onceAndInTheDictionary) {
        kept.put(key, best);
      }
    });
    return kept;
  }

  private static boolean teaches(ConlluSentence.Word word) {
    String lemma = word.lemma();
    return !lemma.isEmpty() && !lemma.equals("_") && !word.upos().equals("PROPN") && !word.form().endsWith("-")
        && lemma.equals(lemma.toLowerCase(Locale.ROOT));
  }

  /** The edit from form to lemma: characters to strip from the end, then the text to append. */
  static String edit(String form, String lemma) {
    int common = 0;
    int max = Math.min(form.length(), lemma.length());
    while (common < max && form.charAt(common) == lemma.charAt(common)) {
      common++;
    }
    return (form.length() - common) + "\t" + lemma.substring(common);
  }
}
