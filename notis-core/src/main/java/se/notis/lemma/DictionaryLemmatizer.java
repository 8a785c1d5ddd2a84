package se.notis.lemma;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lemmatises by lookup: the treebank's own lemma of the word with its UPOS where the model has one
 * ({@link LemmaModel}), a closed-class table, then the dictionary entry whose tag agrees with the
 * predicted one, then, for a word the dictionary lacks, the lemma list ({@link SwedishWords}: the
 * dictionary has no "dag", "åtgärder" or "början"), then the last part of a compound the dictionary
 * knows ("flyktingorganen" → "flykting" + "organ"), then suffix rules. Names keep their form but for a genitive ending;
 * numbers and punctuation keep theirs.
 */
final class DictionaryLemmatizer implements Lemmatizer {
  static final String CLOSED_CLASS = "/se/notis/lemma/closed-class.tsv";
  private static final int MIN_PART = 3;

  private final SwedishDictionary dict;
  private final SwedishWords lexicon;
  private final LemmaModel rules;
  /** Lower-cased form → main SUC tag (or "*") → lemma. */
  private final Map<String, Map<String, String>> closed;
  /** Per dictionary tag id: the word class it lemmatises for, and its morphology bits. */
  private final String[] tagClasses;
  private final int[] tagMorphology;
  /** Per XPOS seen: its main tag, word class and morphology bits, worked out once. */
  private final Map<String, Xpos> xposInfo = new ConcurrentHashMap<>();

  private record Xpos(String main, String wordClass, int morphology) {}

  DictionaryLemmatizer(SwedishDictionary dict, SwedishWords lexicon, LemmaModel rules) {
    this.dict = dict;
    this.lexicon = lexicon;
    this.rules = rules;
    this.closed = new HashMap<>();
    readClosedClass().forEach((key, lemma) -> {
      int tab = key.indexOf('\t');
      closed.computeIfAbsent(key.substring(0, tab), k -> new HashMap<>(2)).put(key.substring(tab + 1), lemma);
    });
    List<String> tags = dict.tags();
    tagClasses = new String[tags.size()];
    tagMorphology = new int[tags.size()];
    for (int i = 0; i < tagClasses.length; i++) {
      tagClasses[i] = classOfDictionaryTag(tags.get(i));
      tagMorphology[i] = morphology(tags.get(i), 1);
    }
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
    if (upos.equals("PROPN")) {
      return asName(word, xpos);
    }
    if (upos.equals("PUNCT") || upos.equals("SYM")
        || (upos.equals("NUM") && Character.isDigit(word.charAt(0)))) {
      return word;
    }
    String lower = lowerCase(word);
    String treebank = rules.treebankLemma(lower, upos);
    if (treebank != null) {
      return treebank;
    }
    Xpos tag = xposInfo.computeIfAbsent(xpos, x -> new Xpos(mainTag(x), classOfSuc(mainTag(x)), morphology(x, 0)));
    Map<String, String> closedLemmas = closed.get(lower);
    if (closedLemmas != null) {
      String fixed = closedLemmas.getOrDefault(tag.main(), closedLemmas.get("*"));
      if (fixed != null) {
        return fixed;
      }
    }
    if (tag.wordClass() == null || tag.main().equals("RO")) {
      // Closed classes the table does not list, and ordinals, which the treebank lemmatises as
      // written ("tredje", "fjortonde": 11 of 11 in the dev split).
      return lower;
    }
    String known = fromDictionary(lower, 0, tag);
    if (known != null) {
      return known;
    }
    String listed = fromLexicon(lower, tag);
    if (listed != null) {
      return listed;
    }
    for (int split = 2; split <= lower.length() - MIN_PART; split++) {
      String part = fromDictionary(lower, split, tag);
      if (part != null) {
        return lower.substring(0, split) + part;
      }
    }
    String ruled = rules.apply(tag.wordClass(), lower);
    if (tag.wordClass().equals("NN") && Character.isUpperCase(word.charAt(0))) {
      // A capitalised noun that no dictionary entry or compound explains, and that the suffix rules
      // leave as it is, is a name the tagger took for a noun ("Videgaray", "Videgarays"); a common
      // noun opening a sentence ("Migranterna") still gets its rule lemma.
      String name = asName(word, xpos);
      if (ruled.equals(lowerCase(name))) {
        return name;
      }
    }
    return ruled;
  }

  /**
   * The lemma list's lemma of a noun, verb, adjective or adverb the dictionary does not have at all.
   * The list gives one lemma a form without its word class, so it is only asked where the dictionary,
   * which knows the classes, is silent.
   */
  private String fromLexicon(String lower, Xpos tag) {
    if (tag.wordClass().equals("PC") || dict.find(lower) >= 0) {
      return null;
    }
    return lexicon.lemma(lower).orElse(null);
  }

  private static String asName(String word, String xpos) {
    return xpos.endsWith("|GEN") ? nameWithoutGenitive(word) : word;
  }

  /**
   * A name in the genitive as the treebank lemmatises it: "Sveriges" → "Sverige", "USA:s" → "USA".
   * After s, x or z Swedish adds no genitive s ("Marx", "Ruiz"), so such a form stays;
   * a name that itself ends in s ("Paris" tagged genitive) cannot be told apart and loses it.
   */
  static String nameWithoutGenitive(String word) {
    int n = word.length();
    if (n > 2 && word.endsWith(":s")) {
      return word.substring(0, n - 2);
    }
    if (n > 2 && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S')) {
      char before = Character.toLowerCase(word.charAt(n - 2));
      return before == 's' || before == 'x' || before == 'z' ? word : word.substring(0, n - 1);
    }
    return word;
  }

  /**
   * The lemma of the dictionary entry of {@code lower} from {@code from} on that agrees with the
   * word class and, among those, shares the most morphology with the XPOS ("länderna" NEU → land,
   * not the UTR "länd").
   */
  private String fromDictionary(String lower, int from, Xpos xpos) {
    int at = dict.find(lower, from);
    int entries = at < 0 ? 0 : dict.count(at);
    String fallback = null;
    long best = -1;
    int bestScore = -1;
    String wordClass = xpos.wordClass();
    for (int k = 0; k < entries; k++) {
      long e = dict.entry(at, k);
      String entryClass = tagClasses[dict.tagId(e)];
      if (wordClass.equals(entryClass)) {
        int score = Integer.bitCount(xpos.morphology() & tagMorphology[dict.tagId(e)]);
        if (score > bestScore) {
          bestScore = score;
          best = e;
        }
      } else if ((wordClass.equals("AB") || wordClass.equals("PC")) && "JJ".equals(entryClass) && fallback == null) {
        // An adverb formed from an adjective ("strängt") takes the adjective's lemma.
        fallback = dict.lowerLemma(e);
      }
    }
    if (best < 0) {
      return fallback;
    }
    if (wordClass.equals("PC")) {
      if (dict.tag(best).startsWith("VB:PREPC")) {
        return lower.substring(from);
      }
      String participle = dict.participle(dict.lemma(best));
      return participle == null ? fallback : participle.toLowerCase(Locale.ROOT);
    }
    return dict.lowerLemma(best);
  }

  /** Morphological values as (SUC marker, DSSO marker) pairs; bit i stands for pair i. */
  private static final String[][] MORPHOLOGY = {
    {"|UTR", ":UTR"}, {"|NEU", ":NEU"}, {"|SIN", ":SIN"}, {"|PLU", ":PLU"}, {"|IND", ":OF"}, {"|DEF", ":BF"},
    {"|GEN", ":GEN"}, {"|NOM", ":NOM"}, {"|PRS", ":PRS"}, {"|PRT", ":PRT"}, {"|INF", ":INF"}, {"|SUP", ":SUP"},
    {"|IMP", ":IMP"}, {"|SFO", ":PF"}, {"|KOM", ":K"}, {"|SUV", ":S"}
  };

  /** The morphology bits of a SUC tag ({@code side} 0) or a DSSO tag ({@code side} 1). */
  static int morphology(String tag, int side) {
    int bits = 0;
    for (int i = 0; i < MORPHOLOGY.length; i++) {
      if (tag.contains(MORPHOLOGY[i][side])) {
        bits |= 1 << i;
      }
    }
    return bits;
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
