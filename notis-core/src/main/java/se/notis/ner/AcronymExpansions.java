package se.notis.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Adds the name an acronym in brackets spells out when the tagger found the acronym but not the
 * name: "Statens beredning för medicinsk och social utvärdering (SBU)", "Storstockholms
 * brandförsvar (SSBF)". The name runs from a capitalised word through lower-case words to the
 * bracket, and the acronym's letters stand in it in order from its first letter.
 */
final class AcronymExpansions {
  /** The most words such a name has. */
  private static final int MAX_WORDS = 10;

  private AcronymExpansions() {}

  static List<NerLabels.TokenSpan> add(String text, int[] starts, int[] ends, List<NerLabels.TokenSpan> found) {
    boolean[] named = new boolean[starts.length];
    for (NerLabels.TokenSpan span : found) {
      for (int k = span.start(); k < span.end(); k++) {
        named[k] = true;
      }
    }
    List<NerLabels.TokenSpan> added = new ArrayList<>();
    for (NerLabels.TokenSpan span : found) {
      int t = span.start();
      if (span.end() - t != 1 || !"ORG".equals(span.type()) || t < 3 || t + 1 >= starts.length
          || text.charAt(starts[t - 1]) != '(' || text.charAt(starts[t + 1]) != ')') {
        continue;
      }
      String acronym = text.substring(starts[t], ends[t]);
      int first = EntityMerger.isAcronym(acronym) ? nameStart(text, starts, ends, named, t - 2, acronym) : -1;
      if (first >= 0) {
        added.add(new NerLabels.TokenSpan(first, t - 1, "ORG"));
        for (int k = first; k < t - 1; k++) {
          named[k] = true;
        }
      }
    }
    if (added.isEmpty()) {
      return found;
    }
    List<NerLabels.TokenSpan> out = new ArrayList<>(found);
    out.addAll(added);
    out.sort(Comparator.comparingInt(NerLabels.TokenSpan::start));
    return out;
  }

  /** The first token of the name ending at token {@code last} that {@code acronym} abbreviates, else -1. */
  private static int nameStart(String text, int[] starts, int[] ends, boolean[] named, int last, String acronym) {
    for (int j = last; j >= 0 && j > last - MAX_WORDS; j--) {
      char c = text.charAt(starts[j]);
      if (named[j] || !Character.isLetter(c)) {
        return -1;
      }
      if (Character.isUpperCase(c)) {
        String name = text.substring(starts[j], ends[last]);
        boolean spelled = j < last && c == acronym.charAt(0) && EntityMerger.lettersInOrder(acronym, name);
        return spelled ? j : -1;
      }
    }
    return -1;
  }
}
