package se.notis.ner;

import java.util.ArrayList;
import java.util.List;

/** The BIO label set: label ids, their strings, and the spans they encode. */
final class NerLabels {
  static final String[] TYPES = {"PER", "LOC", "ORG", "MISC"};
  /** O, then B-T and I-T for each type in {@link #TYPES} order. */
  static final String[] LABELS = {"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"};
  static final int COUNT = LABELS.length;
  static final int O = 0;

  private NerLabels() {}

  static int id(String label) {
    for (int i = 0; i < LABELS.length; i++) {
      if (LABELS[i].equals(label)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown NER label '" + label + "'; known: " + List.of(LABELS));
  }

  static boolean isBegin(int label) {
    return label != O && (label & 1) == 1;
  }

  static boolean isInside(int label) {
    return label != O && (label & 1) == 0;
  }

  /** Type index (0..3) of a B or I label. */
  static int type(int label) {
    return (label - 1) >> 1;
  }

  static int begin(int type) {
    return 1 + 2 * type;
  }

  static int inside(int type) {
    return 2 + 2 * type;
  }

  /** May {@code label} follow {@code previous} (-1 at sentence start)? I-T only after B-T or I-T. */
  static boolean allowed(int previous, int label) {
    if (!isInside(label)) {
      return true;
    }
    return previous > 0 && type(previous) == type(label);
  }

  /** A typed token span [start, end). */
  record TokenSpan(int start, int end, String type) {}

  /** The entity spans of a BIO label sequence (an I without a B starts a span). */
  static List<TokenSpan> spans(int[] labels, int n) {
    List<TokenSpan> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      if (labels[i] == O) {
        i++;
        continue;
      }
      int type = type(labels[i]);
      int j = i + 1;
      while (j < n && labels[j] == inside(type)) {
        j++;
      }
      out.add(new TokenSpan(i, j, TYPES[type]));
      i = j;
    }
    return out;
  }

  static int[] ids(String[] labels) {
    int[] out = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      out[i] = id(labels[i]);
    }
    return out;
  }
}
