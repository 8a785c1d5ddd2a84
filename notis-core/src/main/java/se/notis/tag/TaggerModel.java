package se.notis.tag;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import se.notis.internal.LabelWeights;
import se.notis.internal.ModelFiles;
import se.notis.lemma.SwedishDictionary;

/**
 * A trained tagger: the joint labels (UPOS, XPOS, FEATS), the averaged perceptron weights and the
 * candidate tables that keep decoding fast (labels per known word, per suffix and per dictionary
 * tag set). Read-only after loading; one instance serves every thread.
 */
public final class TaggerModel {
  static final String MAGIC = "notis-tagger";
  static final int VERSION = 4;
  /** The model shipped in the jar. */
  public static final String RESOURCE = "/se/notis/tag/tagger.bin.gz";

  final String[] labels;
  final String[] upos;
  final String[] xpos;
  final String[] feats;
  final LabelWeights weights;
  final Map<String, int[]> wordLabels;
  final Map<String, Integer> fixedLabels;
  final long[] suffixKeys;
  final int[][] suffixLabels;
  final long[] dictKeys;
  final int[][] dictLabels;
  final int[] openLabels;
  final int[] properLabels;
  /** The labels of the training words written with digits and no letters ("1919", "112-115"). */
  final int[] numberLabels;
  /** What decoding needs of each word seen in training, in one lookup. */
  final Map<String, KnownWord> known;

  /**
   * A word of the training data: its labels there, whether it was frequent enough to be scored
   * against those alone, its one label ({@code fixed}, else -1) when it (almost) never varied, and
   * the hashed set of its UPOS tags when it was frequent ({@code ambiguity}, else 0), and the sums
   * of its word-only feature weights ({@code scores}; null while training, or when it is fixed).
   */
  record KnownWord(int[] labels, boolean frequent, int fixed, TaggerFeatures.WordHashes hashes, long ambiguity,
      PerceptronTagger.WordScores scores) {
    KnownWord withScores(TaggerModel model, PerceptronTagger.WordScores.Scratch scratch) {
      return new KnownWord(labels, frequent, fixed, hashes, ambiguity,
          PerceptronTagger.WordScores.of(model, this, scratch));
    }
  }

  TaggerModel(String[] labels, LabelWeights weights, Map<String, int[]> wordLabels, Map<String, Integer> fixedLabels,
      long[] suffixKeys, int[][] suffixLabels, long[] dictKeys, int[][] dictLabels, int[] openLabels,
      int[] properLabels) {
    this.labels = labels;
    this.weights = weights;
    this.wordLabels = wordLabels;
    this.fixedLabels = fixedLabels;
    this.suffixKeys = suffixKeys;
    this.suffixLabels = suffixLabels;
    this.dictKeys = dictKeys;
    this.dictLabels = dictLabels;
    this.openLabels = openLabels;
    this.properLabels = properLabels;
    upos = new String[labels.length];
    xpos = new String[labels.length];
    feats = new String[labels.length];
    for (int i = 0; i < labels.length; i++) {
      String[] parts = labels[i].split("\t", -1);
      upos[i] = parts[0];
      xpos[i] = parts.length > 1 ? parts[1] : "_";
      feats[i] = parts.length > 2 ? parts[2] : "_";
    }
    numberLabels = numberLabels(wordLabels);
    known = new HashMap<>(wordLabels.size() * 2);
    SwedishDictionary dict = SwedishDictionary.get();
    wordLabels.forEach((word, seen) -> known.put(word, new KnownWord(Arrays.copyOfRange(seen, 1, seen.length),
        seen[0] == 1, fixedLabels.getOrDefault(word, -1), TaggerFeatures.WordHashes.of(word, dict),
        seen[0] == 1 ? ambiguity(seen) : 0, null)));
    // The trainer's model has no weights yet; a fixed word is never scored.
    if (weights != null) {
      PerceptronTagger.WordScores.Scratch scratch = new PerceptronTagger.WordScores.Scratch(this);
      known.replaceAll((word, k) -> k.fixed() >= 0 ? k : k.withScores(this, scratch));
    }
  }

  private static int[] numberLabels(Map<String, int[]> wordLabels) {
    TreeSet<Integer> labels = new TreeSet<>();
    wordLabels.forEach((word, seen) -> {
      if (isNumber(word)) {
        for (int k = 1; k < seen.length; k++) {
          labels.add(seen[k]);
        }
      }
    });
    return labels.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Whether a word is written with digits and no letters: a number, a range, a time, a fraction. */
  static boolean isNumber(String word) {
    boolean digit = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        return false;
      }
      digit |= Character.isDigit(c);
    }
    return digit;
  }

  /**
   * The set of UPOS tags a frequent training word had, hashed: what the words ahead can be tells a
   * left-to-right tagger much of what a second pass would ("som" before a finite verb). Rare words
   * get none, since in training their class would be their gold tag.
   */
  private long ambiguity(int[] seen) {
    long mask = 0;
    for (int k = 1; k < seen.length; k++) {
      mask |= 1L << (se.notis.internal.Hashing.hash(upos[seen[k]]) & 63);
    }
    return mask;
  }

  private static final class Holder {
    static final TaggerModel INSTANCE = loadResource();
  }

  /** The model shipped with notis, loaded on first use. */
  public static TaggerModel bundled() {
    return Holder.INSTANCE;
  }

  private static TaggerModel loadResource() {
    return ModelFiles.bundled(TaggerModel.class, RESOURCE, "notis train tagger", TaggerModel::read);
  }

  /** A tagger using this model. */
  public Tagger tagger() {
    return new PerceptronTagger(this);
  }

  public int labelCount() {
    return labels.length;
  }

  public void write(OutputStream stream) throws IOException {
    ModelFiles.write(stream, MAGIC, VERSION, out -> {
      out.writeInt(labels.length);
      for (String label : labels) {
        out.writeUTF(label);
      }
      out.writeInt(wordLabels.size());
      for (Map.Entry<String, int[]> e : wordLabels.entrySet()) {
        out.writeUTF(e.getKey());
        writeInts(out, e.getValue());
      }
      out.writeInt(fixedLabels.size());
      for (Map.Entry<String, Integer> e : fixedLabels.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeShort(e.getValue());
      }
      writeTable(out, suffixKeys, suffixLabels);
      writeTable(out, dictKeys, dictLabels);
      writeInts(out, openLabels);
      writeInts(out, properLabels);
      weights.write(out);
    });
  }

  public static TaggerModel read(InputStream stream) throws IOException {
    DataInputStream in = ModelFiles.open(stream, MAGIC, VERSION, "notis train tagger");
    String[] labels = new String[in.readInt()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = in.readUTF();
    }
    int words = in.readInt();
    Map<String, int[]> wordLabels = new HashMap<>(words * 2);
    for (int i = 0; i < words; i++) {
      wordLabels.put(in.readUTF(), readInts(in));
    }
    int fixed = in.readInt();
    Map<String, Integer> fixedLabels = new HashMap<>(fixed * 2);
    for (int i = 0; i < fixed; i++) {
      fixedLabels.put(in.readUTF(), (int) in.readShort());
    }
    long[][] suffixKeys = new long[1][];
    int[][] suffixLabels = readTable(in, suffixKeys);
    long[][] dictKeys = new long[1][];
    int[][] dictLabels = readTable(in, dictKeys);
    int[] open = readInts(in);
    int[] proper = readInts(in);
    LabelWeights weights = LabelWeights.read(in);
    return new TaggerModel(labels, weights, wordLabels, fixedLabels, suffixKeys[0], suffixLabels, dictKeys[0],
        dictLabels, open, proper);
  }

  static void writeInts(DataOutputStream out, int[] values) throws IOException {
    out.writeShort(values.length);
    for (int v : values) {
      out.writeShort(v);
    }
  }

  static int[] readInts(DataInputStream in) throws IOException {
    int[] values = new int[in.readUnsignedShort()];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readShort();
    }
    return values;
  }

  private static void writeTable(DataOutputStream out, long[] keys, int[][] sets) throws IOException {
    out.writeInt(keys.length);
    for (int i = 0; i < keys.length; i++) {
      out.writeLong(keys[i]);
      writeInts(out, sets[i]);
    }
  }

  private static int[][] readTable(DataInputStream in, long[][] keysOut) throws IOException {
    int n = in.readInt();
    long[] keys = new long[n];
    int[][] sets = new int[n][];
    for (int i = 0; i < n; i++) {
      keys[i] = in.readLong();
      sets[i] = readInts(in);
    }
    keysOut[0] = keys;
    return sets;
  }
}
