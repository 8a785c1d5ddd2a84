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
 * Trains a {@link ParserModel}: the averaged perceptron follows the static arc-eager oracle on
 * projectivised gold trees, updating the transition model on wrong transitions and the relation
 * model on wrong relations.
 */
public final class ParserTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(ParserTrainer.class);

  /** Training settings. */
  public record Options(int epochs, long seed, float prune, double explore) {
    public static Options defaults() {
      return new Options(12, 1, 1e-3f, 0.9);
    }
  }

  private ParserTrainer() {}

  public static ParserModel train(List<ParseSample> samples, Options options) {
    Map<String, Integer> labelIds = new LinkedHashMap<>();
    labelIds.put("root", 0);
    Map<String, TreeSet<Integer>> candidates = new HashMap<>();
    List<ParseSample> projective = new ArrayList<>();
    for (ParseSample sample : samples) {
      int[] heads = Projectivizer.projectivize(sample.heads());
      projective.add(new ParseSample(sample.words(), sample.upos(), sample.xpos(), heads, sample.relations()));
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
    Weights actions = new Weights(4, 1 << 20, true);
    // One row per relation feature with a weight for every label: one lookup scores all candidates.
    Weights labelWeights = new Weights(labels.length, 1 << 16, true);
    ParserModel shell = new ParserModel(labels, actions, labelWeights, candidateArrays, ParserModel.FEATURES);
    Random random = new Random(options.seed());
    long[] buffer = new long[ParserFeatures.MAX];
    float[] scores = new float[4];
    float[] labelScores = new float[labels.length];
    int step = 0;
    for (int epoch = 0; epoch < options.epochs(); epoch++) {
      Collections.shuffle(projective, random);
      long correct = 0;
      long total = 0;
      for (ParseSample sample : projective) {
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
          int guess = ArcEagerParser.bestAction(actions, buffer, count, st, scores);
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
      LOG.info("parser epoch {}: transition accuracy {}", epoch + 1, String.format("%.4f", (double) correct / total));
    }
    Weights averagedActions = actions.averaged(step, options.prune());
    Weights averagedLabels = labelWeights.averaged(step, options.prune());
    LOG.info("parser weights: {} transition rows of {}, {} relation rows of {}", averagedActions.rows(),
        actions.rows(), averagedLabels.rows(), labelWeights.rows());
    return new ParserModel(labels, averagedActions, averagedLabels, candidateArrays, ParserModel.FEATURES);
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
