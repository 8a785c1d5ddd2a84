package se.notis.parse;

import se.notis.internal.Hashing;

/**
 * Beam search over arc-eager transitions for one sentence: each step extends every configuration in
 * the beam by its valid transitions and keeps the {@code width} best by summed transition score
 * (Zhang and Clark 2008). A configuration whose buffer is empty is carried on unchanged until all
 * are. The relation of each new arc comes from the relation model, as in greedy parsing. The states
 * are two pools swapped each step, so a step copies states but allocates nothing once the pools are
 * as wide as the beam has grown; when training, each kept configuration also gets a {@link Node}
 * recording how it was reached.
 */
final class BeamSearch {
  /** The action of a terminal configuration carried on unchanged. */
  static final int CARRY = -1;

  /** One step of a path through the beam: the transition, its relation and the step before. */
  record Node(Node parent, int action, int label, boolean gold, int length) {}

  private final ParserModel model;
  private final ActionScorer actions;
  private final int width;
  private final float margin;
  private final ParserFeatures features;
  /** The sentence's UPOS ids ({@link ParserModel#tagIds}). */
  private final int[] tags;
  private ParseState[] beam;
  private ParseState[] spare;
  float[] scores;
  private float[] spareScores;
  Node[] nodes;
  private Node[] spareNodes;
  int size;
  private final long[] buffer = new long[ParserFeatures.MAX];
  /** Decoding: the scores of each next word's buffer-front features, once computed; else null. */
  private final float[] frontScores;
  private final boolean[] frontScored;
  private final float[] actionScores = new float[4];
  private final long[] scratch = new long[ActionScorer.SCRATCH];
  private final int[] labelScores;
  private final int[] candParent;
  private final int[] candAction;
  private final float[] candScore;
  private final int[] order;
  /**
   * Relations already chosen in this sentence, keyed by everything the relation features read: the
   * configurations of a beam mostly share the structure around an arc, so most arcs are scored once.
   */
  private final long[] labelKeys;
  private final int[] labelValues;

  /**
   * A search keeping at most {@code width} configurations, none more than {@code margin} below the
   * best (0: no margin); {@code tracked} records each configuration's path, for training.
   */
  BeamSearch(ParserModel model, ActionScorer actions, int width, float margin, ParserFeatures features,
      String[] upos, boolean tracked) {
    this.model = model;
    this.actions = actions;
    this.width = width;
    this.margin = margin;
    this.features = features;
    // Training sums every feature in one pass, as the trained weights were learnt.
    frontScores = tracked ? null : new float[4 * (upos.length + 1)];
    frontScored = tracked ? null : new boolean[upos.length + 1];
    tags = model.tagIds(upos);
    int n = upos.length;
    // The states are made when the beam first grows to need them: a margin keeps it narrow.
    beam = new ParseState[width];
    spare = new ParseState[width];
    beam[0] = new ParseState(n);
    scores = new float[width];
    spareScores = new float[width];
    if (tracked) {
      nodes = new Node[width];
      spareNodes = new Node[width];
      nodes[0] = new Node(null, CARRY, -1, true, 0);
    }
    size = 1;
    labelScores = new int[model.labels.length];
    candParent = new int[4 * width];
    candAction = new int[4 * width];
    candScore = new float[4 * width];
    order = new int[width];
    int cache = Integer.highestOneBit(Math.max(16, 4 * n * width)) << 1;
    labelKeys = new long[cache];
    labelValues = new int[cache];
  }

  /** The relation of a new arc from {@code h} to {@code d} in {@code st}, from the cache if it is there. */
  private int label(ParseState st, int h, int d) {
    if (h == 0) {
      return model.rootLabel;
    }
    int dl = st.leftmost[d];
    int dr = st.rightmost[d];
    long key = Hashing.mix(Hashing.mix(h, d, dl, dr), Hashing.mix(st.head[h], st.label[h],
        dl >= 0 ? st.label[dl] : -2, dr >= 0 ? st.label[dr] : -2), Hashing.mix(st.rootChildren,
        st.leftLabels[h] | st.rightLabels[h], st.leftLabels[d] | st.rightLabels[d]));
    key = key == 0 ? 1 : key;
    int mask = labelKeys.length - 1;
    int slot = (int) (key ^ (key >>> 32)) & mask;
    for (int probes = 0; probes <= mask; probes++) {
      long k = labelKeys[slot];
      if (k == key) {
        return labelValues[slot];
      }
      if (k == 0) {
        int label = ArcEagerParser.bestLabel(model, features, st, h, d, tags, buffer, labelScores, scratch);
        labelKeys[slot] = key;
        labelValues[slot] = label;
        return label;
      }
      slot = (slot + 1) & mask;
    }
    return ArcEagerParser.bestLabel(model, features, st, h, d, tags, buffer, labelScores, scratch);
  }

  ParseState best() {
    return beam[0];
  }

  ParseState state(int i) {
    return beam[i];
  }

  /**
   * Writes the scores of {@code st}'s transitions to {@code actionScores}. When decoding, the scores
   * of the buffer-front features, which every configuration with the same next word shares, come
   * from a per-sentence cache: each word is the next word of several configurations.
   */
  private void scoreTransitions(ParseState st) {
    if (frontScores == null) {
      actions.score(buffer, features.transition(st, buffer), actionScores, scratch);
      return;
    }
    int base = 4 * st.next;
    if (!frontScored[st.next]) {
      actions.score(buffer, features.bufferFront(st.next, buffer, 0), actionScores, scratch);
      System.arraycopy(actionScores, 0, frontScores, base, 4);
      frontScored[st.next] = true;
    }
    actions.score(buffer, features.stackAndArcs(st, buffer, 0), actionScores, scratch);
    for (int a = 0; a < 4; a++) {
      actionScores[a] += frontScores[base + a];
    }
  }

  /** Runs the search to the end. */
  void run() {
    boolean open = true;
    while (open) {
      open = step(null, 0);
    }
  }

  /**
   * Extends the beam by one transition. When {@code goldActions} is given (training), a node is
   * gold when its parent is gold and it takes the gold transition {@code t}. Returns false when
   * every configuration was already terminal (nothing changed).
   */
  boolean step(int[] goldActions, int t) {
    int count = 0;
    boolean open = false;
    for (int i = 0; i < size; i++) {
      ParseState st = beam[i];
      if (st.terminal()) {
        candParent[count] = i;
        candAction[count] = CARRY;
        candScore[count++] = scores[i];
        continue;
      }
      open = true;
      scoreTransitions(st);
      for (int a = 0; a < 4; a++) {
        if (st.valid(a)) {
          candParent[count] = i;
          candAction[count] = a;
          candScore[count++] = scores[i] + actionScores[a];
        }
      }
    }
    if (!open) {
      return false;
    }
    // The best `width` candidates, best first (insertion into a short sorted list).
    int kept = 0;
    for (int c = 0; c < count; c++) {
      float s = candScore[c];
      if (kept == width && s <= candScore[order[kept - 1]]) {
        continue;
      }
      int pos = kept < width ? kept++ : kept - 1;
      while (pos > 0 && candScore[order[pos - 1]] < s) {
        order[pos] = order[pos - 1];
        pos--;
      }
      order[pos] = c;
    }
    if (margin > 0) {
      float floor = candScore[order[0]] - margin;
      int k = 1;
      while (k < kept && candScore[order[k]] >= floor) {
        k++;
      }
      kept = k;
    }
    for (int j = 0; j < kept; j++) {
      int c = order[j];
      ParseState parent = beam[candParent[c]];
      ParseState st = spare[j];
      if (st == null) {
        st = new ParseState(parent);
        spare[j] = st;
      } else {
        st.copyFrom(parent);
      }
      int action = candAction[c];
      int label = -1;
      if (action == ParseState.LEFT || action == ParseState.RIGHT) {
        int h = action == ParseState.LEFT ? parent.n(0) : parent.s0();
        int d = action == ParseState.LEFT ? parent.s0() : parent.n(0);
        label = label(parent, h, d);
      }
      if (action != CARRY) {
        st.apply(action, label);
      }
      spareScores[j] = candScore[c];
      if (nodes != null) {
        Node from = nodes[candParent[c]];
        int goldAction = t < goldActions.length ? goldActions[t] : CARRY;
        spareNodes[j] = new Node(from, action, label, from.gold() && action == goldAction,
            from.length() + 1);
      }
    }
    ParseState[] states = beam;
    beam = spare;
    spare = states;
    float[] s = scores;
    scores = spareScores;
    spareScores = s;
    if (nodes != null) {
      Node[] ns = nodes;
      nodes = spareNodes;
      spareNodes = ns;
    }
    size = kept;
    return true;
  }
}
