package se.notis.parse;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import se.notis.internal.ModelFiles;
import se.notis.internal.Weights;

/**
 * A trained parser: the relation labels, the transition and relation weights, and the relations
 * seen per (dependent UPOS, head UPOS, direction). Read-only after loading; shared by all threads.
 */
public final class ParserModel {
  static final String MAGIC = "notis-parser";
  static final int VERSION = 5;
  /** Feature templates written by the current trainer (see {@link ParserFeatures}). */
  static final int FEATURES = 2;
  /** Feature version of a model that also chooses between the tagger's best and runner-up labels. */
  static final int JOINT_FEATURES = 3;
  public static final String RESOURCE = "/se/notis/parse/parser.bin.gz";

  final String[] labels;
  final TransitionTable actions;
  /** Relation weights while training (the trainer's shell model), else null. */
  final Weights labelWeights;
  /** Relation weights of a trained model, else null. */
  final RelationTable relations;
  final Map<String, int[]> labelCandidates;
  /** Ids of the UPOS tags the candidates name; the candidates by (dependent, head, direction) id. */
  private final Map<String, Integer> tagIds = new HashMap<>();
  private final int[][] candidatesByTags;
  final int[] allLabels;
  final int rootLabel;
  final int fallbackLabel;
  /**
   * Kinds of relation a head takes at most once in the treebank, each as a mask of label bits
   * ({@code 1L << (label & 63)}): subjects, objects (a clausal one included), possessors, copulas,
   * verb particles and indirect objects.
   */
  final long[] singleRelations;
  /** Version of the feature templates the weights were trained with. */
  final int features;
  /** The beam width the model parses with by default (1 = greedy). */
  final int beam;
  /**
   * Configurations scoring more than this below the best in the beam are dropped (0: keep the whole
   * beam): where the best leads clearly, the others would cost time and hardly ever win.
   */
  final float margin;
  /**
   * Joint tagging: words whose tagger runner-up of another UPOS trails the best label by at most this
   * (tagger score units) get both in the beam; 0: the parser takes the tags as given.
   */
  final int tagMargin;

  /** A trained model. */
  ParserModel(String[] labels, TransitionTable actions, RelationTable relations, Map<String, int[]> labelCandidates,
      int features, int beam, float margin) {
    this(labels, actions, relations, labelCandidates, features, beam, margin, 0);
  }

  /** A trained model that tags jointly when {@code tagMargin} is above 0. */
  ParserModel(String[] labels, TransitionTable actions, RelationTable relations, Map<String, int[]> labelCandidates,
      int features, int beam, float margin, int tagMargin) {
    this(labels, actions, null, relations, labelCandidates, tagMargin > 0 ? JOINT_FEATURES : features, beam, margin,
        tagMargin);
  }

  /** The trainer's view of the relation weights it is training, with the labels and their candidates. */
  static ParserModel training(String[] labels, Weights labelWeights, Map<String, int[]> labelCandidates) {
    return new ParserModel(labels, null, labelWeights, null, labelCandidates, FEATURES, 1, 0, 0);
  }

  private ParserModel(String[] labels, TransitionTable actions, Weights labelWeights, RelationTable relations,
      Map<String, int[]> labelCandidates, int features, int beam, float margin, int tagMargin) {
    this.features = features;
    this.tagMargin = tagMargin;
    this.beam = beam;
    this.margin = margin;
    this.labels = labels;
    this.actions = actions;
    this.labelWeights = labelWeights;
    this.relations = relations;
    this.labelCandidates = labelCandidates;
    allLabels = new int[labels.length];
    int root = 0;
    int fallback = 0;
    for (int i = 0; i < labels.length; i++) {
      allLabels[i] = i;
      if (labels[i].equals("root")) {
        root = i;
      }
      if (labels[i].equals("parataxis")) {
        fallback = i;
      }
    }
    rootLabel = root;
    fallbackLabel = fallback;
    singleRelations = singleRelations(labels);
    for (String key : labelCandidates.keySet()) {
      int split = Math.max(key.indexOf('<'), key.indexOf('>'));
      if (split > 0) {
        tagIds.putIfAbsent(key.substring(0, split), tagIds.size());
        tagIds.putIfAbsent(key.substring(split + 1), tagIds.size());
      }
    }
    candidatesByTags = new int[2 * tagIds.size() * tagIds.size()][];
    for (Map.Entry<String, int[]> e : labelCandidates.entrySet()) {
      String key = e.getKey();
      int split = Math.max(key.indexOf('<'), key.indexOf('>'));
      if (split > 0) {
        candidatesByTags[candidateIndex(tagIds.get(key.substring(0, split)), tagIds.get(key.substring(split + 1)),
            key.charAt(split) == '<')] = e.getValue();
      }
    }
  }

  private static long[] singleRelations(String[] labels) {
    String[][] kinds = {{"nsubj", "nsubj:pass", "csubj", "csubj:pass"}, {"obj", "ccomp"}, {"nmod:poss"}, {"cop"},
        {"compound:prt"}, {"iobj"}};
    long[] masks = new long[kinds.length];
    for (int k = 0; k < kinds.length; k++) {
      for (int l = 0; l < labels.length; l++) {
        if (java.util.Arrays.asList(kinds[k]).contains(labels[l])) {
          masks[k] |= 1L << (l & 63);
        }
      }
    }
    return masks;
  }

  static String candidateKey(String depUpos, String headUpos, boolean left) {
    return depUpos + (left ? "<" : ">") + headUpos;
  }

  int[] candidates(String depUpos, String headUpos, boolean left) {
    return candidates(tagIds.getOrDefault(depUpos, -1), tagIds.getOrDefault(headUpos, -1), left);
  }

  /**
   * The ids of a sentence's UPOS tags for {@link #candidates(int, int, boolean)} (-1: a tag no
   * candidates name), looked up once per sentence: the beam asks for the candidates of every arc it
   * considers.
   */
  int[] tagIds(String[] upos) {
    int[] ids = new int[upos.length];
    for (int i = 0; i < upos.length; i++) {
      ids[i] = tagIds.getOrDefault(upos[i], -1);
    }
    return ids;
  }

  /** The relations seen in training for a dependent and head of these tag ids and direction. */
  int[] candidates(int depTag, int headTag, boolean left) {
    int[] out = depTag < 0 || headTag < 0 ? null : candidatesByTags[candidateIndex(depTag, headTag, left)];
    return out == null ? allLabels : out;
  }

  private int candidateIndex(int depTag, int headTag, boolean left) {
    return 2 * (depTag * tagIds.size() + headTag) + (left ? 1 : 0);
  }

  private static final class Holder {
    static final ParserModel INSTANCE = loadResource();
  }

  public static ParserModel bundled() {
    return Holder.INSTANCE;
  }

  private static ParserModel loadResource() {
    return ModelFiles.bundled(ParserModel.class, RESOURCE, "notis train parser", ParserModel::read);
  }

  /**
   * The tag margin of the bundled model ({@link #tagMargin}), from its header alone: the tag stage
   * must know whether to keep the tagger's runners-up without loading the parser's weights.
   */
  public static int bundledTagMargin() {
    return ModelFiles.bundled(ParserModel.class, RESOURCE, "notis train parser", stream -> {
      DataInputStream in = ModelFiles.open(stream, MAGIC, VERSION, "notis train parser");
      int features = in.readInt();
      in.readInt();
      in.readFloat();
      return features >= JOINT_FEATURES ? in.readInt() : 0;
    });
  }

  /** A parser searching with the model's beam width and margin. */
  public Parser parser() {
    return new ArcEagerParser(this, beam, margin);
  }

  /** A parser searching with another beam width (a narrower beam is faster, usually less accurate). */
  public Parser parser(int beamWidth) {
    return new ArcEagerParser(this, beamWidth, margin);
  }

  /** The beam width the model parses with by default (1 = greedy). */
  public int beamWidth() {
    return beam;
  }

  /** The score margin of the beam (0: none). */
  public float beamMargin() {
    return margin;
  }

  /**
   * The same weights parsing with another default beam width and score margin: a model trained
   * with a wide beam loses little when it parses with a narrower, faster one, and a margin drops
   * the configurations that trail far behind the best.
   */
  public ParserModel withSearch(int width, float beamMargin) {
    if (width < 1) {
      throw new IllegalArgumentException("beam width must be at least 1: " + width);
    }
    if (!(beamMargin >= 0) || Float.isInfinite(beamMargin)) {
      throw new IllegalArgumentException("beam margin must be 0 or more: " + beamMargin);
    }
    return new ParserModel(labels, actions, relations, labelCandidates, features, width, beamMargin, tagMargin);
  }

  /** Joint tagging: the tagger score margin within which the beam chooses a word's label (0: off). */
  public int tagMargin() {
    return tagMargin;
  }

  public int labelCount() {
    return labels.length;
  }

  public void write(OutputStream stream) throws IOException {
    ModelFiles.write(stream, MAGIC, VERSION, out -> {
      out.writeInt(features);
      out.writeInt(beam);
      out.writeFloat(margin);
      if (features >= JOINT_FEATURES) {
        out.writeInt(tagMargin);
      }
      out.writeInt(labels.length);
      for (String label : labels) {
        out.writeUTF(label);
      }
      out.writeInt(labelCandidates.size());
      for (Map.Entry<String, int[]> e : labelCandidates.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeShort(e.getValue().length);
        for (int v : e.getValue()) {
          out.writeShort(v);
        }
      }
      actions.write(out);
      relations.write(out);
    });
  }

  public static ParserModel read(InputStream stream) throws IOException {
    DataInputStream in = ModelFiles.open(stream, MAGIC, VERSION, "notis train parser");
    int features = in.readInt();
    int beam = in.readInt();
    if (beam < 1 || beam > 1024) {
      throw new IOException("bad parser beam width: " + beam);
    }
    float margin = in.readFloat();
    if (!(margin >= 0) || Float.isInfinite(margin)) {
      throw new IOException("bad parser beam margin: " + margin);
    }
    int tagMargin = features >= JOINT_FEATURES ? in.readInt() : 0;
    if (tagMargin < 0) {
      throw new IOException("bad parser tag margin: " + tagMargin);
    }
    String[] labels = new String[in.readInt()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = in.readUTF();
    }
    int n = in.readInt();
    Map<String, int[]> candidates = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      String key = in.readUTF();
      int[] values = new int[in.readShort()];
      for (int k = 0; k < values.length; k++) {
        values[k] = in.readShort();
      }
      candidates.put(key, values);
    }
    TransitionTable actions = TransitionTable.read(in);
    RelationTable relations = RelationTable.read(in);
    if (relations.stride() != labels.length) {
      throw new IOException("relation weights for " + relations.stride() + " labels, but " + labels.length + " labels");
    }
    return new ParserModel(labels, actions, relations, candidates, features, beam, margin, tagMargin);
  }
}
