package se.notis.search;

import java.util.ArrayList;
import java.util.List;
import se.notis.lemma.SwedishWords;

/**
 * Splits Swedish closed compounds into known words: "flyktingorgan" → flykting + organ,
 * "bostadsinbrott" → bostad + inbrott. A word the list does not know is split when every part is
 * a known word of four or more letters (a head may carry a linking {@code s}, or have lost a
 * final {@code a}/{@code e}: "skol|barn" from "skola"). A word the list knows is split only when
 * it is long and both parts have five or more letters ("arbetsmarknad|minister"), because short
 * parts of known words are mostly accidents ("miss|handel", "invand|ring"). Pure, thread-safe.
 */
final class CompoundSplitter {
  static final int MIN_WORD = 7;
  static final int MIN_PART = 4;
  static final int MIN_KNOWN_WORD = 10;
  static final int MIN_KNOWN_PART = 5;
  private static final int MAX_PARTS = 4;

  private final SwedishWords words;

  CompoundSplitter(SwedishWords words) {
    this.words = words;
  }

  /**
   * The parts of a lower-case word as [start, end) char offsets into it, plus, for a head written
   * with a linking s that is also a word by itself, both readings ("gräns", "grän"). Empty when
   * the word is short or cannot be split fully into known parts.
   */
  List<int[]> split(char[] word, int length) {
    if (length < MIN_WORD || !allLetters(word, length)) {
      return List.of();
    }
    boolean known = words.contains(word, 0, length);
    if (known && length < MIN_KNOWN_WORD) {
      return List.of();
    }
    int minPart = known ? MIN_KNOWN_PART : MIN_PART;
    List<int[]> parts = new ArrayList<>(4);
    return splitFrom(word, 0, length, parts, 0, minPart) ? parts : List.of();
  }

  List<String> split(String word) {
    char[] chars = word.toCharArray();
    List<String> out = new ArrayList<>();
    for (int[] part : split(chars, chars.length)) {
      out.add(new String(chars, part[0], part[1] - part[0]));
    }
    return out;
  }

  /** Longest known head first, then the rest as a known word or recursively as a compound. */
  private boolean splitFrom(char[] word, int from, int length, List<int[]> parts, int depth, int minPart) {
    if (depth >= MAX_PARTS) {
      return false;
    }
    for (int end = length - minPart; end >= from + minPart; end--) {
      int size = parts.size();
      boolean whole = words.contains(word, from, end - from);
      boolean linked = word[end - 1] == 's' && end - 1 - from >= minPart
          && words.contains(word, from, end - 1 - from);
      if (linked) {
        parts.add(new int[] {from, end - 1});
      }
      if (whole) {
        parts.add(new int[] {from, end});
      }
      if (!whole && !linked) {
        if (end - from >= minPart && (knownWith(word, from, end, 'a') || knownWith(word, from, end, 'e'))) {
          parts.add(new int[] {from, end});
        } else {
          continue;
        }
      }
      if (length - end >= minPart && words.contains(word, end, length - end)) {
        parts.add(new int[] {end, length});
        return true;
      }
      if (splitFrom(word, end, length, parts, depth + 1, minPart)) {
        return true;
      }
      while (parts.size() > size) {
        parts.remove(parts.size() - 1);
      }
    }
    return false;
  }

  /** True when the head plus a dropped final vowel is a word: "skol" + a → "skola". */
  private boolean knownWith(char[] word, int from, int end, char vowel) {
    char[] head = new char[end - from + 1];
    System.arraycopy(word, from, head, 0, end - from);
    head[head.length - 1] = vowel;
    return words.contains(head, 0, head.length);
  }

  private static boolean allLetters(char[] word, int length) {
    for (int i = 0; i < length; i++) {
      if (!Character.isLetter(word[i])) {
        return false;
      }
    }
    return true;
  }
}
