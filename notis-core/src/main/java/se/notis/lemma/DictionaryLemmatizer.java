package se.notis.lemma;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Lemmatises by lookup: a closed-class table, then the dictionary entry whose tag agrees with the
 * predicted one, then the last part of a compound the dictionary knows ("flyktingorganen" →
 * "flykting" + "organ"), then suffix rules. Proper names, numbers and punctuation keep their form.
 */
final class DictionaryLemmatizer implements Lemmatizer {
  static final String CLOSED_CLASS = "/se/notis/lemma/closed-class.tsv";
  private static final int MIN_PART = 3;

  private final SwedishDictionary dict;
  private final LemmaModel rules;
  private final Map<String, String> closed;

  DictionaryLemmatizer(SwedishDictionary dict, LemmaModel rules) {
    this.dict = dict;
    this.rules = rules;
    this.closed = readClosedClass();
  }

  static Map<String, String> readClosedClass() {
    Map<String, String> table = new HashMap<>();
    try (InputStream in = DictionaryLemmatizer.class.getResourceAsStream(CLOSED_CLASS)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + CLOSED_CLASS);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length == 3) {
          table.put(cols[0] + "\t" + cols[1], cols[2]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + CLOSED_CLASS, e);
    }
    return table;
  }

  @Override
  public String lemma(String word, String upos, String xpos) {
    if (word.isEmpty()) {
      return word;
    }
    if (upos.equals("PROPN") || upos.equals("PUNCT") || upos.equals("SYM")
        || (upos.equals("NUM") && Character.isDigit(word.charAt(0)))) {
      return word;
    }
    String lower = lowerCase(word);
    String main = mainTag(xpos);
    String fixed = closed.get(lower + "\t" + main);
    if (fixed == null) {
      fixed = closed.get(lower + "\t*");
    }
    if (fixed != null) {
      return fixed;
    }
    String wordClass = classOfSuc(main);
    if (wordClass == null) {
      return lower;
    }
    String known = fromDictionary(lower, wordClass, xpos);
    if (known != null) {
      return known;
    }
    for (int split = 2; split <= lower.length() - MIN_PART; split++) {
      String tail = lower.substring(split);
      String part = fromDictionary(tail, wordClass, xpos);
      if (part != null) {
        return lower.substring(0, split) + part;
      }
    }
    return rules.apply(wordClass, lower);
  }

  /**
   * The lemma of the dictionary entry of {@code lower} that agrees with the word class and, among
   * those, shares the most morphology with the XPOS ("länderna" NEU → land, not the UTR "länd").
   */
  private String fromDictionary(String lower, String wordClass, String xpos) {
    long[] entries = dict.lookup(lower);
    String fallback = null;
    long best = -1;
    int bestScore = -1;
    for (long e : entries) {
      String tag = dict.tag(e);
      String entryClass = classOfDictionaryTag(tag);
      if (wordClass.equals(entryClass)) {
        int score = agreement(xpos, tag);
        if (score > bestScore) {
          bestScore = score;
          best = e;
        }
      } else if ((wordClass.equals("AB") || wordClass.equals("PC")) && "JJ".equals(entryClass) && fallback == null) {
        // An adverb formed from an adjective ("strängt") takes the adjective's lemma.
        fallback = dict.lemma(e).toLowerCase(Locale.ROOT);
      }
    }
    if (best < 0) {
      return fallback;
    }
    if (wordClass.equals("PC")) {
      if (dict.tag(best).startsWith("VB:PREPC")) {
        return lower;
      }
      String participle = dict.participle(dict.lemma(best));
      return participle == null ? fallback : participle.toLowerCase(Locale.ROOT);
    }
    return dict.lemma(best).toLowerCase(Locale.ROOT);
  }

  private static final String[][] MORPHOLOGY = {
    {"|UTR", ":UTR"}, {"|NEU", ":NEU"}, {"|SIN", ":SIN"}, {"|PLU", ":PLU"}, {"|IND", ":OF"}, {"|DEF", ":BF"},
    {"|GEN", ":GEN"}, {"|NOM", ":NOM"}, {"|PRS", ":PRS"}, {"|PRT", ":PRT"}, {"|INF", ":INF"}, {"|SUP", ":SUP"},
    {"|IMP", ":IMP"}, {"|SFO", ":PF"}, {"|KOM", ":K"}, {"|SUV", ":S"}
  };

  /** How many morphological values of a SUC tag the DSSO tag shares. */
  static int agreement(String xpos, String tag) {
    int score = 0;
    for (String[] pair : MORPHOLOGY) {
      if (xpos.contains(pair[0]) && tag.contains(pair[1])) {
        score++;
      }
    }
    return score;
  }

  /** The word class of a DSSO dictionary tag, as the lemmatiser groups them (null: closed class). */
  static String classOfDictionaryTag(String tag) {
    if (tag.startsWith("NN")) {
      return "NN";
    }
    if (tag.startsWith("VB:PPC") || tag.startsWith("VB:PREPC")) {
      return "PC";
    }
    if (tag.startsWith("VB")) {
      return "VB";
    }
    if (tag.startsWith("JJ")) {
      return "JJ";
    }
    if (tag.startsWith("AB")) {
      return "AB";
    }
    return null;
  }

  /** The same grouping for a main SUC tag. */
  static String classOfSuc(String main) {
    return switch (main) {
      case "NN" -> "NN";
      case "VB" -> "VB";
      case "JJ", "RO" -> "JJ";
      case "PC" -> "PC";
      case "AB" -> "AB";
      default -> null;
    };
  }

  static String mainTag(String xpos) {
    int bar = xpos.indexOf('|');
    return bar < 0 ? xpos : xpos.substring(0, bar);
  }

  static String lowerCase(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i))) {
        return w.toLowerCase(Locale.ROOT);
      }
    }
    return w;
  }
}
