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
 * string, the edit that turns the form into its lemma (strip n characters, append a string).
 */
public final class LemmaModel {
  static final String MAGIC = "notis-lemma-rules";
  static final int VERSION = 1;
  public static final String RESOURCE = "/se/notis/lemma/lemma-rules.bin.gz";
  static final int MAX_SUFFIX = 7;

  /** Key: class + '\t' + suffix; value: strip count and appended text, packed as "n\ttext". */
  final Map<String, String> rules;

  LemmaModel(Map<String, String> rules) {
    this.rules = rules;
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
      out.writeInt(rules.size());
      for (Map.Entry<String, String> e : new java.util.TreeMap<>(rules).entrySet()) {
        out.writeUTF(e.getKey());
        out.writeUTF(e.getValue());
      }
    });
  }

  public static LemmaModel read(InputStream stream) throws IOException {
    DataInputStream in = ModelFiles.open(stream, MAGIC, VERSION, "notis train lemmatizer");
    int n = in.readInt();
    Map<String, String> rules = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      rules.put(in.readUTF(), in.readUTF());
    }
    return new LemmaModel(rules);
  }
}
