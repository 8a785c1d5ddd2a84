package se.notis.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.notis.internal.Weights;

/**
 * Trains a {@link ParserModel} on projectivised gold trees with an averaged perceptron. Greedy
 * (beam width 1): it follows a dynamic arc-eager oracle, updating the transition model on each wrong
 * transition. With a beam: global training (Zhang and Clark 2008) with the max-violation update
 * (Huang, Fayong and Guo 2012): the beam runs over the whole sentence, and where the gold
 * derivation trails the beam's best by most, the gold prefix's transitions are rewarded and the
 * best prefix's penalised. The relation model is updated on wrong relations along the gold (beam)
 * or followed (greedy) derivation.
 */
public final class ParserTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(ParserTrainer.class);

  /**
   * Training settings: {@code prune} drops transition weight rows and {@code relationPrune} relation
   * weight rows whose averaged weights all stay below it (globally trained transition weights grow
   * larger than the relation weights, so they take a higher threshold); {@code bags} models trained
   * with the shuffling seeds {@code seed, seed + 1, …} are averaged into one before pruning.
   * {@code tagMargin} above 0 trains a beam parser that tags jointly: for words whose sample has a
   * runner-up label within that margin the beam chooses between it and the best (the gold choice in
   * the gold derivation).
   */
  public record Options(int epochs, long seed, float prune, double explore, int beam, float relationPrune,
      int bags, int tagMargin) {
    public Options {
      if (tagMargin < 0) {
        throw new IllegalArgumentException("tag margin must be 0 or more: " + tagMargin);
      }
      if (beam < 1) {
        throw new IllegalArgumentException("beam width must be at least 1: " + beam);
      }
      if (bags < 1) {
        throw new IllegalArgumentException("bags must be at least 1: " + bags);
      }
    }

    public Options(int epochs, long seed, float prune, double explore, int beam, float relationPrune, int bags) {
      this(epochs, seed, prune, explore, beam, relationPrune, bags, 0);
    }

    public Options(int epochs, long seed, float prune, double explore, int beam, float relationPrune) {
      this(epochs, seed, prune, explore, beam, relationPrune, 1);
    }

    public Options(int epochs, long seed, float prune, double explore) {
      this(epochs, seed, prune, explore, 1, prune);
    }

    public static Options defaults() {
      return new Options(12, 1, 1e-3f, 0.9, 1, 1e-3f);
    }
  }

  /** The averaged weights of one training run. */
  private record Trained(Weights actions, Weights relations) {}

  private ParserTrainer() {}

  public static ParserModel train(List<ParseSample> samples, Options options) {
    Map<String, Integer> labelIds = new LinkedHashMap<>();
    labelIds.put("root", 0);
    Map<String, TreeSet<Integer>> candidates = new HashMap<>();
    List<ParseSample> projective = new ArrayList<>();
    for (ParseSample sample : samples) {
      int[] heads = Projectivizer.projectivize(sample.heads());
      projective.add(new ParseSample(sample.words(), sample.upos(), sample.xpos(), heads, sample.relations(),
          sample.alternatives()));
      for (int i = 0; i < sample.size(); i++) {
        int label = labelIds.computeIfAbsent(sample.relations()[i], l -> labelIds.size());
        if (heads[i] > 0) {
          candidates.computeIfAbsent(ParserModel.candidateKey(sample.upos()[i], sample.upos()[heads[i] - 1],
              i + 1 < heads[i]), k -> new TreeSet<>()).add(label);
        }
      }
    }
    String[] labels = labelIds.keySet().toArray(new String[0]);
    Map<String, int[]> candidateArrays = new HashMap<>();
    candidates.forEach((k, v) -> candidateArrays.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    Trained trained;
    if (options.bags() == 1) {
      trained = trainOne(projective, labelIds, labels, candidateArrays, options, options.seed(), options.prune(),
          options.relationPrune());
    } else {
      // Bagging: runs that differ only in their shuffling make different mistakes; the mean of their
      // (unpruned) weights is one model of the same layout, so it parses as fast as each of them.
      Weights actions = null;
      Weights relations = null;
      for (int b = 0; b < options.bags(); b++) {
        Trained one = trainOne(new ArrayList<>(projective), labelIds, labels, candidateArrays, options,
            options.seed() + b, 0f, 0f);
        if (actions == null) {
          actions = new Weights(one.actions().stride(), one.actions().rows(), false);
          relations = new Weights(one.relations().stride(), one.relations().rows(), false);
        }
        actions.add(one.actions(), 1f / options.bags());
        relations.add(one.relations(), 1f / options.bags());
      }
      trained = new Trained(actions.pruned(options.prune()), relations.pruned(options.relationPrune()));
      LOG.info("mean of {} parsers: {} transition rows of {}, {} relation rows of {}", options.bags(),
          trained.actions().rows(), actions.rows(), trained.relations().rows(), relations.rows());
    }
    return new ParserModel(labels, TransitionTable.of(trained.actions()), RelationTable.of(trained.relations()),
        candidateArrays, ParserModel.FEATURES, options.beam(), 0, options.beam() > 1 ? options.tagMargin() : 0);
  }

  /** One training run over {@code projective} (shuffled in place with {@code seed}); averaged weights. */
  private static Trained trainOne(List<ParseSample> projective, Map<String, Integer> labelIds, String[] labels,
      Map<String, int[]> candidateArrays, Options options, long seed, float prune, float relationPrune) {
    Weights actions = new Weights(4, 1 << 20, true);
    // One row per relation feature with a weight for every label: one lookup scores all candidates.
    Weights labelWeights = new Weights(labels.length, 1 << 16, true);
    // The shell gives the search the labels and relation weights; transitions are scored by `scorer`.
    ParserModel shell = ParserModel.training(labels, labelWeights, candidateArrays);
    ActionScorer scorer = ActionScorer.of(actions);
    Random random = new Random(seed);
    long[] buffer = new long[ParserFeatures.MAX];
    float[] scores = new float[4];
    long[] scratch = new long[ActionScorer.SCRATCH];
    float[] labelScores = new float[labels.length];
    int step = 0;
    for (int epoch = 0; epoch < options.epochs(); epoch++) {
      Collections.shuffle(projective, random);
      long correct = 0;
      long total = 0;
      for (ParseSample sample : projective) {
        if (options.beam() > 1) {
          step++;
          total++;
          if (trainBeam(sample, labelIds, actions, scorer, labelWeights, shell, options.beam(), options.tagMargin(),
              step)) {
            correct++;
          }
          continue;
        }
        int n = sample.size();
        ParserFeatures features = new ParserFeatures(sample.words(), sample.upos(), sample.xpos(),
            ParserModel.FEATURES >= 2);
        ParseState st = new ParseState(n);
        int[] gold = new int[n + 1];
        int[] goldLabel = new int[n + 1];
        for (int i = 1; i <= n; i++) {
          gold[i] = sample.heads()[i - 1];
          goldLabel[i] = labelIds.get(sample.relations()[i - 1]);
        }
        while (!st.terminal()) {
          step++;
          int count = features.transition(st, buffer);
          int guess = ArcEagerParser.bestAction(scorer, buffer, count, st, scores, scratch);
          int target = -1;
          for (int a = 0; a < 4; a++) {
            if (st.valid(a) && cost(st, gold, a) == 0 && (target < 0 || scores[a] > scores[target])) {
              target = a;
            }
          }
          if (target < 0) {
            target = guess;
          }
          if (guess != target) {
            for (int k = 0; k < count; k++) {
              long key = Weights.key(buffer[k]);
              actions.update(key, target, 1, step);
              actions.update(key, guess, -1, step);
            }
          } else {
            correct++;
          }
          total++;
          // After the first pass, sometimes follow the model's own mistake so that it learns to
          // continue well from the configurations its errors lead to (dynamic oracle).
          int action = guess != target && epoch > 0 && random.nextDouble() < options.explore() ? guess : target;
          int label = -1;
          if (action == ParseState.LEFT || action == ParseState.RIGHT) {
            int h = action == ParseState.LEFT ? st.n(0) : st.s0();
            int d = action == ParseState.LEFT ? st.s0() : st.n(0);
            int[] cands = h > 0 ? shell.candidates(sample.upos()[d - 1], sample.upos()[h - 1], d < h) : null;
            int lc = h > 0 ? features.label(st, h, d, buffer) : 0;
            int predicted = h > 0 ? ArcEagerParser.scoreLabels(labelWeights, buffer, lc, cands, labelScores) : 0;
            if (gold[d] == h) {
              label = goldLabel[d];
              if (h > 0 && predicted != label) {
                for (int k = 0; k < lc; k++) {
                  long key = Weights.key(buffer[k]);
                  labelWeights.update(key, label, 1, step);
                  labelWeights.update(key, predicted, -1, step);
                }
              }
            } else {
              label = predicted;
            }
          }
          st.apply(action, label);
        }
      }
      LOG.info("parser epoch {}: {} accuracy {}", epoch + 1, options.beam() > 1 ? "sentence" : "transition",
          String.format("%.4f", (double) correct / total));
    }
    Weights averagedActions = actions.averaged(step, prune);
    Weights averagedLabels = labelWeights.averaged(step, relationPrune);
    LOG.info("parser weights: {} transition rows of {}, {} relation rows of {}", averagedActions.rows(),
        actions.rows(), averagedLabels.rows(), labelWeights.rows());
    return new Trained(averagedActions, averagedLabels);
  }

  /**
   * One sentence of global training; returns true when the beam's best tree was right (no update).
   * The relation model learns along the gold derivation.
   */
  private static boolean trainBeam(ParseSample sample, Map<String, Integer> labelIds, Weights actions,
      ActionScorer scorer, Weights labelWeights, ParserModel shell, int width, int tagMargin, int step) {
    int n = sample.size();
    ParserFeatures features = new ParserFeatures(sample.words(), sample.upos(), sample.xpos(),
        ParserModel.FEATURES >= 2);
    var alternatives = sample.alternatives();
    if (tagMargin > 0 && alternatives != null) {
      features.alternatives(alternatives.upos(), alternatives.xpos(), alternatives.gaps(), tagMargin);
    }
    boolean joint = features.ambiguous.length > 0;
    // Joint tagging: the gold derivation takes the runner-up where it is right and the best elsewhere.
    byte[] goldChoice = joint ? new byte[n + 2] : null;
    String[] goldUpos = sample.upos();
    if (joint) {
      goldUpos = goldUpos.clone();
      for (int j : features.ambiguous) {
        if (alternatives.right() != null && alternatives.right()[j - 1]) {
          goldChoice[j] = 1;
          goldUpos[j - 1] = alternatives.upos()[j - 1];
        }
      }
      features.use(goldChoice);
    }
    int[] gold = new int[n + 1];
    int[] goldLabel = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      gold[i] = sample.heads()[i - 1];
      goldLabel[i] = labelIds.get(sample.relations()[i - 1]);
    }
    long[] buffer = new long[ParserFeatures.MAX];
    float[] labelScores = new float[shell.labels.length];
    int[] goldActions = new int[2 * n + 2];
    int[] goldLabels = new int[2 * n + 2];
    int[] goldChoices = new int[2 * n + 2];
    int goldLength = 0;
    ParseState st = new ParseState(n);
    while (!st.terminal()) {
      int action = oracle(st, gold);
      int label = -1;
      if (action == ParseState.LEFT || action == ParseState.RIGHT) {
        int h = action == ParseState.LEFT ? st.n(0) : st.s0();
        int d = action == ParseState.LEFT ? st.s0() : st.n(0);
        label = goldLabel[d];
        if (h > 0) {
          int[] cands = shell.candidates(goldUpos[d - 1], goldUpos[h - 1], d < h);
          int lc = features.label(st, h, d, buffer);
          int predicted = ArcEagerParser.scoreLabels(labelWeights, buffer, lc, cands, labelScores);
          if (predicted != label) {
            for (int k = 0; k < lc; k++) {
              long key = Weights.key(buffer[k]);
              labelWeights.update(key, label, 1, step);
              labelWeights.update(key, predicted, -1, step);
            }
          }
        }
      }
      boolean pushes = joint && (action == ParseState.SHIFT || action == ParseState.RIGHT);
      int pushed = pushes && st.next == 1 && features.ambiguous(1) ? goldChoice[1] : -1;
      int front = pushes && features.ambiguous(st.next + 1) ? goldChoice[st.next + 1] : -1;
      goldChoices[goldLength] = ParseState.choices(pushed, front);
      goldActions[goldLength] = action;
      goldLabels[goldLength++] = label;
      st.apply(action, label);
    }
    int[] goldPath = java.util.Arrays.copyOf(goldActions, goldLength);
    int[] goldPathChoices = java.util.Arrays.copyOf(goldChoices, goldLength);
    BeamSearch search = new BeamSearch(shell, scorer, width, 0, features, sample.upos(),
        joint ? alternatives.upos() : null, true);
    ParseState goldState = new ParseState(n, joint);
    float[] actionScores = new float[4];
    long[] scratch = new long[ActionScorer.SCRATCH];
    float goldScore = 0;
    int goldDone = 0;
    float maxViolation = 0;
    BeamSearch.Node worst = null;
    int worstGold = 0;
    for (int t = 0; search.step(goldPath, goldPathChoices, t); t++) {
      if (goldDone < goldLength) {
        goldScore += score(features, goldState, scorer, buffer, actionScores, scratch, goldActions[goldDone],
            goldChoices[goldDone]);
        advance(goldState, goldActions[goldDone], goldLabels[goldDone], goldChoices[goldDone]);
        goldDone++;
      }
      boolean goldIn = false;
      for (int i = 0; i < search.size && !goldIn; i++) {
        goldIn = search.nodes[i].gold();
      }
      float violation = search.scores[0] - goldScore;
      if (!goldIn && violation > maxViolation) {
        maxViolation = violation;
        worst = search.nodes[0];
        worstGold = goldDone;
      }
    }
    ParseState best = search.best();
    boolean right = true;
    for (int i = 1; i <= n && right; i++) {
      right = (best.head[i] == gold[i] || (best.head[i] < 0 && gold[i] == 0))
          && (!joint || best.choice[i] == goldChoice[i]);
    }
    if (right) {
      return true;
    }
    while (goldDone < goldLength) {
      goldScore += score(features, goldState, scorer, buffer, actionScores, scratch, goldActions[goldDone],
          goldChoices[goldDone]);
      advance(goldState, goldActions[goldDone], goldLabels[goldDone], goldChoices[goldDone]);
      goldDone++;
    }
    if (worst == null || search.scores[0] - goldScore >= maxViolation) {
      worst = search.nodes[0];
      worstGold = goldLength;
    }
    int length = worst.length();
    int[] predicted = new int[length];
    int[] predictedLabels = new int[length];
    int[] predictedChoices = new int[length];
    for (BeamSearch.Node node = worst; node.parent() != null; node = node.parent()) {
      predicted[node.length() - 1] = node.action();
      predictedLabels[node.length() - 1] = node.label();
      predictedChoices[node.length() - 1] = node.choice();
    }
    // The common prefix reaches the same states with the same features: its updates would cancel.
    int common = 0;
    while (common < Math.min(length, worstGold) && predicted[common] == goldActions[common]
        && predictedLabels[common] == goldLabels[common] && predictedChoices[common] == goldChoices[common]) {
      common++;
    }
    update(features, actions, n, joint, goldActions, goldLabels, goldChoices, worstGold, common, 1, step, buffer);
    update(features, actions, n, joint, predicted, predictedLabels, predictedChoices, length, common, -1, step,
        buffer);
    return false;
  }

  /** The score of {@code action} in {@code st}, with that of the label it chooses for the pushed word (if any). */
  private static float score(ParserFeatures features, ParseState st, ActionScorer scorer, long[] buffer,
      float[] actionScores, long[] scratch, int action, int choice) {
    if (st.choice != null) {
      features.use(st.choice);
    }
    int count = features.transition(st, buffer);
    scorer.score(buffer, count, actionScores, scratch);
    float score = actionScores[action];
    if (ParseState.pushedChoice(choice) >= 0) {
      count = features.choice(st, st.next, ParseState.pushedChoice(choice), buffer, 0);
      scorer.score(buffer, count, actionScores, scratch);
      score += actionScores[action];
    }
    if (ParseState.frontChoice(choice) >= 0) {
      count = features.frontChoice(st, st.next + 1, ParseState.frontChoice(choice), buffer, 0);
      scorer.score(buffer, count, actionScores, scratch);
      score += actionScores[action];
    }
    return score;
  }

  /** Applies a transition, first making its label choices ({@link ParseState#choices}; -1: none). */
  private static void advance(ParseState st, int action, int label, int choice) {
    if (choice >= 0) {
      st.chooseAll(choice);
    }
    st.apply(action, label);
  }

  /** Replays a derivation, adding {@code delta} to the weights of its transitions from {@code from} on. */
  private static void update(ParserFeatures features, Weights actions, int n, boolean joint, int[] path,
      int[] labels, int[] choices, int length, int from, float delta, int step, long[] buffer) {
    ParseState st = new ParseState(n, joint);
    for (int i = 0; i < length; i++) {
      int action = path[i];
      if (action == BeamSearch.CARRY) {
        continue;
      }
      if (i >= from) {
        if (joint) {
          features.use(st.choice);
        }
        int count = features.transition(st, buffer);
        for (int k = 0; k < count; k++) {
          actions.update(Weights.key(buffer[k]), action, delta, step);
        }
        int pushed = ParseState.pushedChoice(choices[i]);
        int front = ParseState.frontChoice(choices[i]);
        if (pushed >= 0) {
          count = features.choice(st, st.next, pushed, buffer, 0);
          for (int k = 0; k < count; k++) {
            actions.update(Weights.key(buffer[k]), action, delta, step);
          }
        }
        if (front >= 0) {
          count = features.frontChoice(st, st.next + 1, front, buffer, 0);
          for (int k = 0; k < count; k++) {
            actions.update(Weights.key(buffer[k]), action, delta, step);
          }
        }
      }
      advance(st, action, labels[i], choices[i]);
    }
  }

  /**
   * Gold arcs a transition makes unreachable (Goldberg and Nivre 2012, arc-eager); zero-cost
   * transitions are the ones a dynamic oracle allows.
   */
  static int cost(ParseState st, int[] gold, int action) {
    int s0 = st.s0();
    int b0 = st.n(0);
    int n = st.n;
    int cost = 0;
    switch (action) {
      case ParseState.LEFT -> {
        for (int k = b0; k > 0 && k <= n; k++) {
          if (gold[k] == s0) {
            cost++;
          }
          if (k != b0 && gold[s0] == k) {
            cost++;
          }
        }
      }
      case ParseState.RIGHT -> {
        for (int i = 0; i < st.depth; i++) {
          int k = st.stack[i];
          if (k != s0 && gold[b0] == k) {
            cost++;
          }
          if (k > 0 && st.head[k] < 0 && gold[k] == b0) {
            cost++;
          }
        }
        for (int k = b0 + 1; k <= n; k++) {
          if (gold[b0] == k) {
            cost++;
          }
        }
      }
      case ParseState.REDUCE -> {
        for (int k = b0; k > 0 && k <= n; k++) {
          if (gold[k] == s0) {
            cost++;
          }
        }
      }
      default -> {
        for (int i = 0; i < st.depth; i++) {
          int k = st.stack[i];
          if (gold[b0] == k && !(k == 0 && st.rootChildren > 0)) {
            cost++;
          }
          if (k > 0 && st.head[k] < 0 && gold[k] == b0) {
            cost++;
          }
        }
      }
    }
    return cost;
  }

  /** The static arc-eager oracle for a projective tree ({@code gold[i]} is the head of token i). */
  static int oracle(ParseState st, int[] gold) {
    int s0 = st.s0();
    int n0 = st.n(0);
    if (s0 > 0 && n0 > 0 && gold[s0] == n0 && st.head[s0] < 0) {
      return ParseState.LEFT;
    }
    if (s0 >= 0 && n0 > 0 && gold[n0] == s0 && st.valid(ParseState.RIGHT)) {
      return ParseState.RIGHT;
    }
    if (s0 > 0 && st.head[s0] >= 0) {
      boolean childLeft = false;
      for (int k = n0; k > 0 && k <= st.n && !childLeft; k++) {
        childLeft = gold[k] == s0;
      }
      boolean n0HeadBelow = false;
      for (int k = 0; k < st.depth - 1 && !n0HeadBelow; k++) {
        int t = st.stack[k];
        n0HeadBelow = gold[n0] == t || (t > 0 && gold[t] == n0);
      }
      if (!childLeft || n0HeadBelow) {
        return ParseState.REDUCE;
      }
    }
    return ParseState.SHIFT;
  }
}
