package se.notis.lemma;

import java.util.HashMap;
import java.util.Map;

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
    return new LemmaModel(rules);
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
