package se.notis.lemma;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import se.notis.internal.ModelFiles;

/**
 * Suffix rules for words the dictionary does not know: per word class (main SUC tag) and word-final
 * string, the edit that turns the form into its lemma (strip n characters, append a string); and the
 * treebank's own lemmas of the words whose lemma it gives otherwise than the dictionary and the rules
 * ("helt" stays "helt", "flera" is "många", "tycks" is "tyckas", "t.ex." is "till_exempel").
 */
public final class LemmaModel {
  static final String MAGIC = "notis-lemma-rules";
  static final int VERSION = 2;
  public static final String RESOURCE = "/se/notis/lemma/lemma-rules.bin.gz";
  static final int MAX_SUFFIX = 7;

  /** Key: class + '\t' + suffix; value: strip count and appended text, packed as "n\ttext". */
  final Map<String, String> rules;
  /** Key: lower-cased form + '\t' + UPOS; value: the treebank's lemma. */
  private final Map<String, String> treebank;
  /** The same by form, then by UPOS, so a lookup builds no key. */
  private final Map<String, Map<String, String>> treebankByForm = new HashMap<>();

  LemmaModel(Map<String, String> rules, Map<String, String> treebank) {
    this.rules = rules;
    this.treebank = treebank;
    treebank.forEach((key, lemma) -> {
      int tab = key.indexOf('\t');
      treebankByForm.computeIfAbsent(key.substring(0, tab), k -> new HashMap<>(2)).put(key.substring(tab + 1), lemma);
    });
  }

  /** This model's suffix rules with the given treebank lemmas (see {@link LemmaTrainer#treebankLemmas}). */
  public LemmaModel withTreebankLemmas(Map<String, String> lemmas) {
    return new LemmaModel(rules, Map.copyOf(lemmas));
  }

  /** The treebank's lemma of a lower-cased form with this UPOS, or null when it has none of its own. */
  String treebankLemma(String lower, String upos) {
    Map<String, String> byUpos = treebankByForm.get(lower);
    return byUpos == null ? null : byUpos.get(upos);
  }

  public int treebankSize() {
    return treebank.size();
  }

  private static final class Holder {
    static final LemmaModel INSTANCE = loadResource();
  }

  public static LemmaModel bundled() {
    return Holder.INSTANCE;
  }

  private static LemmaModel loadResource() {
    return ModelFiles.bundled(LemmaModel.class, RESOURCE, "notis train lemmatizer", LemmaModel::read);
  }

  public int size() {
    return rules.size();
  }

  /** Applies the longest matching suffix rule of the class; returns {@code lower} when none matches. */
  String apply(String wordClass, String lower) {
    for (int len = Math.min(MAX_SUFFIX, lower.length()); len >= 1; len--) {
      String rule = rules.get(wordClass + "\t" + lower.substring(lower.length() - len));
      if (rule != null) {
        int tab = rule.indexOf('\t');
        int strip = Integer.parseInt(rule.substring(0, tab));
        if (strip < lower.length()) {
          return lower.substring(0, lower.length() - strip) + rule.substring(tab + 1);
        }
      }
    }
    return lower;
  }

  public void write(OutputStream stream) throws IOException {
    ModelFiles.write(stream, MAGIC, VERSION, out -> {
      writeMap(out, rules);
      writeMap(out, treebank);
    });
  }

  public static LemmaModel read(InputStream stream) throws IOException {
    DataInputStream in = ModelFiles.open(stream, MAGIC, VERSION, "notis train lemmatizer");
    Map<String, String> rules = readMap(in);
    return new LemmaModel(rules, readMap(in));
  }

  private static void writeMap(java.io.DataOutputStream out, Map<String, String> map) throws IOException {
    out.writeInt(map.size());
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(map).entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
  }

  private static Map<String, String> readMap(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, String> map = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      map.put(in.readUTF(), in.readUTF());
    }
    return map;
  }
}
