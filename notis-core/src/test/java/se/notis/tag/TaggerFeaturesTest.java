package se.notis.tag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.notis.lemma.SwedishDictionary;

class TaggerFeaturesTest {
  /** The word shape as written before its ASCII shortcut: Unicode tests on every char. */
  private static long unicodeShape(String w) {
    long s = 0;
    int len = w.length();
    if (len > 0 && Character.isUpperCase(w.charAt(0))) {
      s |= 1;
    }
    boolean allUpper = len > 1;
    for (int i = 0; i < len; i++) {
      char c = w.charAt(i);
      if (Character.isDigit(c)) {
        s |= 2;
      } else if (c == '-') {
        s |= 4;
      } else if (c == '.') {
        s |= 8;
      } else if (!Character.isLetterOrDigit(c)) {
        s |= 16;
      }
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        allUpper = false;
      }
    }
    if (allUpper) {
      s |= 32;
    }
    return s | (long) Math.min(len, 8) << 6;
  }

  /** Lower case as written before its ASCII shortcut (a titlecase letter alone does not count). */
  private static String unicodeLowerCase(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i))) {
        return w.toLowerCase(Locale.ROOT);
      }
    }
    return w;
  }

  @Test
  void asciiShortcutGivesTheUnicodeShape() {
    for (String word : new String[] {"", "A", "a", "EU", "EU:s", "Sverige", "SVT", "2026-11-29", "3,5", "t.ex.",
        "Åsa", "ÖVERSTE", "«", "—", "e-post", "COVID-19", "x²", "١٢", "Ⅻ"}) {
      assertEquals(unicodeShape(word), TaggerFeatures.shape(word), word);
    }
    Random random = new Random(3);
    for (int n = 0; n < 20_000; n++) {
      char[] chars = new char[random.nextInt(6)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) (random.nextBoolean() ? random.nextInt(128) : random.nextInt(0x3000));
      }
      String word = new String(chars);
      assertEquals(unicodeShape(word), TaggerFeatures.shape(word), word);
      assertEquals(unicodeLowerCase(word), TaggerFeatures.lowerCase(word), word);
    }
  }

  @Test
  void wordFeaturesAndContextFeaturesMakeUpAllFeatures() {
    String[] words = {"Regeringen", "har", "i", "dag", "beslutat", "om", "flyktingorganen", "."};
    TaggerFeatures features = new TaggerFeatures(words, SwedishDictionary.get(), Map.of());
    for (int i = 0; i < words.length; i++) {
      long[] all = new long[TaggerFeatures.MAX_FEATURES];
      int count = features.extract(i, 3, 5, all);
      long[] word = new long[TaggerFeatures.MAX_FEATURES];
      int wordCount = TaggerFeatures.wordFeatures(features.hashes[i], word);
      long[] context = new long[TaggerFeatures.MAX_FEATURES];
      int contextCount = features.extractContext(i, 3, 5, context);
      long[] expected = Arrays.copyOf(all, count);
      long[] actual = new long[wordCount + contextCount];
      System.arraycopy(word, 0, actual, 0, wordCount);
      System.arraycopy(context, 0, actual, wordCount, contextCount);
      Arrays.sort(expected);
      Arrays.sort(actual);
      assertArrayEquals(expected, actual, words[i]);
    }
  }
}
