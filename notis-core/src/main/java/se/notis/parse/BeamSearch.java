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

  /**
   * One step of a path through the beam: the transition, its relation, the label choices it makes
   * (joint tagging, {@link ParseState#choices}; -1 when none) and the step before.
   */
  record Node(Node parent, int action, int label, int choice, boolean gold, int length) {}

  private final ParserModel model;
  private final ActionScorer actions;
  private final int width;
  private final float margin;
  private final ParserFeatures features;
  /** The sentence's UPOS ids ({@link ParserModel#tagIds}). */
  private final int[] tags;
  /** Joint tagging: the UPOS ids of the tagger's best and runner-up labels; null when no word has a choice. */
  private final int[] bestTags;
  private final int[] altTags;
  private final float[] choiceScores = new float[8];
  private final float[] frontChoiceScores = new float[8];
  /** Joint tagging: the state whose label choices the features and tag ids now read. */
  private ParseState view;
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
  private final int[] candChoice;
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
    this(model, actions, width, margin, features, upos, null, tracked);
  }

  /**
   * A search that also chooses, for each word {@code features} has an alternative label for, between
   * the tagger's best and its runner-up ({@code altUpos}) as the word becomes the buffer front.
   */
  BeamSearch(ParserModel model, ActionScorer actions, int width, float margin, ParserFeatures features,
      String[] upos, String[] altUpos, boolean tracked) {
    this.model = model;
    this.actions = actions;
    this.width = width;
    this.margin = margin;
    this.features = features;
    // Training sums every feature in one pass, as the trained weights were learnt.
    boolean joint = altUpos != null && features.ambiguous.length > 0;
    // Joint tagging: the front features also read the label chosen for the word before the front.
    int fronts = joint ? 4 * (upos.length + 1) : upos.length + 1;
    frontScores = tracked ? null : new float[4 * fronts];
    frontScored = tracked ? null : new boolean[fronts];
    tags = model.tagIds(upos);
    bestTags = joint ? tags.clone() : null;
    altTags = joint ? model.tagIds(altUpos) : null;
    int n = upos.length;
    // The states are made when the beam first grows to need them: a margin keeps it narrow.
    beam = new ParseState[width];
    spare = new ParseState[width];
    beam[0] = new ParseState(n, joint);
    scores = new float[width];
    spareScores = new float[width];
    if (tracked) {
      nodes = new Node[width];
      spareNodes = new Node[width];
      nodes[0] = new Node(null, CARRY, -1, -1, true, 0);
    }
    size = 1;
    labelScores = new int[model.labels.length];
    candParent = new int[10 * width];
    candAction = new int[10 * width];
    candChoice = new int[10 * width];
    candScore = new float[10 * width];
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
    if (bestTags != null) {
      // The relation features read the labels of these words only.
      byte[] c = view.choice;
      int hh = st.head[h];
      key = Hashing.mix(key, c[h] | c[d] << 1 | (hh >= 0 ? c[hh] : 0) << 2 | (dl >= 0 ? c[dl] : 0) << 3
          | (dr >= 0 ? c[dr] : 0) << 4 | c[d - 1] << 5 | c[d + 1] << 6);
    }
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

  /** Joint tagging: makes the features and the tag ids read the labels {@code st} chose. */
  private void use(ParseState st) {
    view = st;
    features.use(st.choice);
    for (int j : features.ambiguous) {
      tags[j - 1] = st.choice[j] == 0 ? bestTags[j - 1] : altTags[j - 1];
    }
  }

  /** The configuration with the best score. */
  ParseState best() {
    return beam[0];
  }

  /**
   * The best configuration that gives no word two relations of a kind the treebank never doubles
   * (two subjects, two objects: {@link ParserModel#singleRelations}); the best if every one does.
   * Only the finished beam is filtered: barring the second relation during the search lowered LAS.
   */
  ParseState bestWellFormed() {
    for (int i = 0; i < size; i++) {
      if (!doublesRelation(beam[i])) {
        return beam[i];
      }
    }
    return beam[0];
  }

  private boolean doublesRelation(ParseState st) {
    long[] kinds = model.singleRelations;
    long[] taken = new long[st.n + 1];
    for (int d = 1; d <= st.n; d++) {
      int h = st.head[d];
      if (h <= 0 || st.label[d] < 0) {
        continue;
      }
      long bit = 1L << (st.label[d] & 63);
      for (int k = 0; k < kinds.length; k++) {
        if ((kinds[k] & bit) != 0) {
          if ((taken[h] & 1L << k) != 0) {
            return true;
          }
          taken[h] |= 1L << k;
        }
      }
    }
    return false;
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
    int front = bestTags == null ? st.next : 4 * st.next + 2 * st.choice[st.next - 1] + st.choice[st.next];
    int base = 4 * front;
    if (!frontScored[front]) {
      actions.score(buffer, features.bufferFront(st.next, buffer, 0), actionScores, scratch);
      System.arraycopy(actionScores, 0, frontScores, base, 4);
      frontScored[front] = true;
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
      open = step(null, null, 0);
    }
  }

  /**
   * Joint tagging: the scores, per transition, of both labels of word {@code j} pushed from
   * {@code st} ({@code front} false) or becoming the front as its predecessor is pushed.
   */
  private void scoreChoices(ParseState st, int j, boolean front, float[] out) {
    for (int c = 0; c < 2; c++) {
      int count = front ? features.frontChoice(st, j, c, buffer, 0) : features.choice(st, j, c, buffer, 0);
      actions.score(buffer, count, actionScores, scratch);
      System.arraycopy(actionScores, 0, out, 4 * c, 4);
    }
  }

  /**
   * Extends the beam by one transition. When {@code goldActions} is given (training), a node is
   * gold when its parent is gold and it takes the gold transition {@code t}. Returns false when
   * every configuration was already terminal (nothing changed).
   */
  boolean step(int[] goldActions, int[] goldChoices, int t) {
    int count = 0;
    boolean open = false;
    for (int i = 0; i < size; i++) {
      ParseState st = beam[i];
      if (st.terminal()) {
        candParent[count] = i;
        candAction[count] = CARRY;
        candChoice[count] = -1;
        candScore[count++] = scores[i];
        continue;
      }
      open = true;
      // Joint tagging: the first word's label is chosen as it is pushed, every other word's as it
      // becomes the front (so that the arcs made while it is the front read its label).
      boolean pushedChoice = false;
      boolean frontChoice = false;
      if (bestTags != null) {
        use(st);
        pushedChoice = st.next == 1 && features.ambiguous(1);
        frontChoice = features.ambiguous(st.next + 1);
        if (pushedChoice) {
          scoreChoices(st, st.next, false, choiceScores);
        }
        if (frontChoice) {
          scoreChoices(st, st.next + 1, true, frontChoiceScores);
        }
      }
      scoreTransitions(st);
      for (int a = 0; a < 4; a++) {
        if (!st.valid(a)) {
          continue;
        }
        if ((pushedChoice || frontChoice) && (a == ParseState.SHIFT || a == ParseState.RIGHT)) {
          for (int pc = pushedChoice ? 0 : -1; pc < (pushedChoice ? 2 : 0); pc++) {
            for (int fc = frontChoice ? 0 : -1; fc < (frontChoice ? 2 : 0); fc++) {
              candParent[count] = i;
              candAction[count] = a;
              candChoice[count] = ParseState.choices(pc, fc);
              candScore[count++] = scores[i] + actionScores[a] + (pc < 0 ? 0 : choiceScores[4 * pc + a])
                  + (fc < 0 ? 0 : frontChoiceScores[4 * fc + a]);
            }
          }
          continue;
        }
        candParent[count] = i;
        candAction[count] = a;
        candChoice[count] = -1;
        candScore[count++] = scores[i] + actionScores[a];
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
      int choice = candChoice[c];
      if (choice >= 0) {
        st.chooseAll(choice);
      }
      int label = -1;
      if (action == ParseState.LEFT || action == ParseState.RIGHT) {
        int h = action == ParseState.LEFT ? parent.n(0) : parent.s0();
        int d = action == ParseState.LEFT ? parent.s0() : parent.n(0);
        if (bestTags != null) {
          // The relation reads the labels of this configuration, the pushed word's included.
          use(st);
        }
        label = label(parent, h, d);
      }
      if (action != CARRY) {
        st.apply(action, label);
      }
      spareScores[j] = candScore[c];
      if (nodes != null) {
        Node from = nodes[candParent[c]];
        int goldAction = t < goldActions.length ? goldActions[t] : CARRY;
        boolean goldChoice = choice < 0 || goldChoices == null || (t < goldChoices.length && choice == goldChoices[t]);
        spareNodes[j] = new Node(from, action, label, choice, from.gold() && action == goldAction && goldChoice,
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
