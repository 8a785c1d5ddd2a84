package se.notis.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.notis.eval.EvalReport;

/**
 * Trains the name tagger's weights for whole-sentence {@link Viterbi} decoding: by default structured
 * passive-aggressive updates of averaged weights ({@link Objective#PA}), or, with the same features
 * and model format, a linear-chain CRF ({@link Objective#CRF}, {@link CrfTrainer}); rare features
 * pruned; several such models (different shuffles) averaged into one.
 */
public final class NerTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(NerTrainer.class);

  /** What training optimises. */
  public enum Objective {
    /** Structured passive-aggressive updates of averaged weights (a margin over the Hamming loss). */
    PA,
    /** Regularised conditional log-likelihood of a linear-chain CRF ({@link CrfTrainer}). */
    CRF;

    /** The objective named {@code name} ("pa" or "crf", any case). */
    public static Objective of(String name) {
      for (Objective objective : values()) {
        if (objective.name().equalsIgnoreCase(name)) {
          return objective;
        }
      }
      throw new IllegalArgumentException("unknown objective '" + name + "'; known: pa, crf");
    }

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Settings of the CRF objective.
   *
   * @param l2 coefficient c of the penalty c·‖w‖² against the summed log-likelihood
   * @param rate initial step size of the stochastic gradient
   * @param average use the mean of the weights over all steps (averaged SGD) instead of the last
   */
  public record Crf(double l2, double rate, boolean average) {
    public Crf {
      if (!(l2 >= 0) || Double.isInfinite(l2)) {
        throw new IllegalArgumentException("l2 must be a finite number ≥ 0: " + l2);
      }
      if (!(rate > 0) || Double.isInfinite(rate)) {
        throw new IllegalArgumentException("rate must be a finite number > 0: " + rate);
      }
    }

    public static Crf defaults() {
      return new Crf(0.1, 0.1, true);
    }
  }

  /**
   * Training settings.
   *
   * @param epochs passes over the training data
   * @param minCount features seen fewer times in training are dropped from the model
   * @param seed shuffling seed of the first model
   * @param bags models trained with seeds {@code seed, seed + 1, …} whose weights are averaged
   * @param objective what each model's training optimises
   * @param crf settings of the CRF objective (unused by {@link Objective#PA})
   */
  public record Options(int epochs, int minCount, long seed, int bags, Objective objective, Crf crf) {
    public Options {
      if (epochs < 1) {
        throw new IllegalArgumentException("epochs must be at least 1: " + epochs);
      }
      if (minCount < 1) {
        throw new IllegalArgumentException("minCount must be at least 1: " + minCount);
      }
      if (bags < 1) {
        throw new IllegalArgumentException("bags must be at least 1: " + bags);
      }
      java.util.Objects.requireNonNull(objective, "objective");
      java.util.Objects.requireNonNull(crf, "crf");
    }

    /** Settings with the default objective. */
    public Options(int epochs, int minCount, long seed, int bags) {
      this(epochs, minCount, seed, bags, Objective.PA, Crf.defaults());
    }

    public static Options defaults() {
      return new Options(10, 1, 1L, 8);
    }

    public Options withObjective(Objective value) {
      return new Options(epochs, minCount, seed, bags, value, crf);
    }

    public Options withCrf(Crf value) {
      return new Options(epochs, minCount, seed, bags, objective, value);
    }

    Options withSeed(long value) {
      return new Options(epochs, minCount, value, 1, objective, crf);
    }
  }

  private final Options options;
  private final Gazetteer gazetteer;
  private final CasedWordClusters clusters;

  private final FeatureTable table = new FeatureTable(1 << 18);
  private float[] weights = new float[(1 << 18) * NerLabels.COUNT];
  private float[] totals = new float[(1 << 18) * NerLabels.COUNT];
  private int[] stamps = new int[(1 << 18) * NerLabels.COUNT];
  private int[] counts = new int[1 << 18];
  /** Rows of another annotation scheme's feature copies: learnt in training, left out of the model. */
  private final java.util.BitSet copies = new java.util.BitSet();
  private int time;

  public NerTrainer(Options options) {
    this(options, Gazetteer.standard(), CasedWordClusters.standard());
  }

  NerTrainer(Options options, Gazetteer gazetteer, CasedWordClusters clusters) {
    this.options = options;
    this.gazetteer = gazetteer;
    this.clusters = clusters;
  }

  /**
   * Trains {@link Options#bags()} models on {@code train} and averages their weights; logs F1
   * on {@code dev} (may be empty) after each epoch.
   */
  public NerModel train(List<NerSample> train, List<NerSample> dev) {
    if (options.bags() == 1) {
      return trainOne(train, dev);
    }
    List<NerModel> models = new ArrayList<>();
    for (int b = 0; b < options.bags(); b++) {
      Options one = options.withSeed(options.seed() + b);
      models.add(new NerTrainer(one, gazetteer, clusters).trainOne(train, dev));
    }
    NerModel model = NerModel.average(models);
    if (!dev.isEmpty()) {
      EvalReport report = NerEvaluator.evaluate(dev, new PerceptronTagger(model, gazetteer, clusters));
      LOG.info("average of {} models: dev span F1 {}", models.size(),
          String.format(java.util.Locale.ROOT, "%.2f", 100 * report.expectPrf("ner").f1()));
    }
    return model;
  }

  /**
   * Structured passive-aggressive training: each sentence is decoded whole by {@link Viterbi}, and
   * when the best sequence is wrong, the weights move towards the gold sequence's features and away
   * from the predicted one's by the smallest step that would make gold win by its Hamming loss.
   */
  private NerModel trainOne(List<NerSample> train, List<NerSample> dev) {
    if (options.objective() == Objective.CRF) {
      return new CrfTrainer(options, gazetteer, clusters).train(train, dev);
    }
    List<Encoded> data = new ArrayList<>(train.size());
    NerFeatures features = new NerFeatures(gazetteer, clusters);
    for (NerSample sample : train) {
      if (sample.size() > 0) {
        data.add(encode(sample, features));
      }
    }
    Random random = new Random(options.seed());
    Viterbi viterbi = new Viterbi();
    Viterbi.Weights current = this::addScoresOfKey;
    int[] guess = new int[64];
    int[] goldDynamic = new int[NerFeatures.DYNAMIC];
    int[] guessDynamic = new int[NerFeatures.DYNAMIC];
    NerModel model = null;
    for (int epoch = 1; epoch <= options.epochs(); epoch++) {
      java.util.Collections.shuffle(data, random);
      long errors = 0;
      long tokens = 0;
      for (Encoded sent : data) {
        features.extract(sent.text, sent.starts, sent.ends, sent.n, sent.otherDomain);
        if (guess.length < sent.n) {
          guess = new int[sent.n * 2];
        }
        viterbi.decode(features, sent.n, current, guess);
        time += sent.n;
        tokens += sent.n;
        int loss = 0;
        int updates = 0;
        for (int i = 0; i < sent.n; i++) {
          if (guess[i] != sent.gold[i]) {
            loss++;
            updates += sent.counts[i];
          }
          if (guess[i] != sent.gold[i] || (i > 0 && guess[i - 1] != sent.gold[i - 1])) {
            updates += NerFeatures.DYNAMIC;
          }
        }
        if (loss == 0) {
          continue;
        }
        errors += loss;
        float margin = viterbi.score(features, sent.n, sent.gold, current) - viterbi.score(features, sent.n, guess, current);
        float step = (loss - margin) / (2f * updates);
        if (step <= 0) {
          continue;
        }
        for (int i = 0; i < sent.n; i++) {
          int gold = sent.gold[i];
          int wrong = guess[i];
          if (gold != wrong) {
            int base = i * NerFeatures.STRIDE;
            for (int k = 0; k < sent.counts[i]; k++) {
              update(sent.rows[base + k], gold, wrong, step);
            }
          }
          int goldPrevious = i == 0 ? -1 : sent.gold[i - 1];
          int guessPrevious = i == 0 ? -1 : guess[i - 1];
          if (gold != wrong || goldPrevious != guessPrevious) {
            features.dynamic(i, goldPrevious, goldDynamic);
            features.dynamic(i, guessPrevious, guessDynamic);
            for (int d = 0; d < goldDynamic.length; d++) {
              int goldRow = row(goldDynamic[d], epoch);
              bump(goldRow * NerLabels.COUNT + gold, step);
              int guessRow = row(guessDynamic[d], epoch);
              bump(guessRow * NerLabels.COUNT + wrong, -step);
            }
          }
        }
      }
      model = averaged();
      if (dev.isEmpty()) {
        LOG.info("epoch {}: train token errors {} / {}", epoch, errors, tokens);
      } else {
        EvalReport report = NerEvaluator.evaluate(dev, new PerceptronTagger(model, gazetteer, clusters));
        LOG.info("epoch {}: train token errors {} / {}, dev span F1 {}", epoch, errors, tokens,
            String.format(java.util.Locale.ROOT, "%.2f", 100 * report.expectPrf("ner").f1()));
      }
    }
    return model;
  }

  private int row(int key, int epoch) {
    int row = table.add(key);
    ensure(row);
    if (epoch == 1) {
      counts[row]++;
    }
    return row;
  }

  private void addScoresOfKey(int key, float[] scores) {
    int row = table.get(key);
    if (row >= 0) {
      addScores(row, scores);
    }
  }

  private record Encoded(String text, int[] starts, int[] ends, int n, int[] rows, int[] counts, int[] gold,
      boolean otherDomain) {}

  private Encoded encode(NerSample sample, NerFeatures features) {
    int n = sample.size();
    PerceptronTagger.JoinedTokens joined = PerceptronTagger.JoinedTokens.of(sample.tokens());
    features.extract(joined.text(), joined.starts(), joined.ends(), n, sample.otherDomain());
    int[] rows = new int[n * NerFeatures.STRIDE];
    int[] featureCounts = Arrays.copyOf(features.counts, n);
    for (int i = 0; i < n; i++) {
      int base = i * NerFeatures.STRIDE;
      for (int k = 0; k < featureCounts[i]; k++) {
        int row = table.add(features.features[base + k]);
        ensure(row);
        counts[row]++;
        rows[base + k] = row;
        if (k >= features.ownCounts[i]) {
          copies.set(row);
        }
      }
    }
    String[] labels = new String[n];
    for (int i = 0; i < n; i++) {
      labels[i] = sample.label(i);
    }
    return new Encoded(joined.text(), joined.starts(), joined.ends(), n, rows, featureCounts, NerLabels.ids(labels),
        sample.otherDomain());
  }

  private void addScores(int row, float[] scores) {
    int base = row * NerLabels.COUNT;
    for (int y = 0; y < NerLabels.COUNT; y++) {
      scores[y] += weights[base + y];
    }
  }

  private void update(int row, int gold, int guess, float step) {
    bump(row * NerLabels.COUNT + gold, step);
    bump(row * NerLabels.COUNT + guess, -step);
  }

  private void bump(int index, float delta) {
    totals[index] += (time - stamps[index]) * weights[index];
    stamps[index] = time;
    weights[index] += delta;
  }

  private void ensure(int row) {
    if (row < counts.length) {
      return;
    }
    int rows = Math.max(row + 1, counts.length * 2);
    counts = Arrays.copyOf(counts, rows);
    weights = Arrays.copyOf(weights, rows * NerLabels.COUNT);
    totals = Arrays.copyOf(totals, rows * NerLabels.COUNT);
    stamps = Arrays.copyOf(stamps, rows * NerLabels.COUNT);
  }

  /** The averaged weights as a model, without rare or all-zero features. */
  private NerModel averaged() {
    int[] keys = table.keysByRow();
    int rows = keys.length;
    int kept = 0;
    int[] keptKeys = new int[rows];
    float[] keptWeights = new float[rows * NerLabels.COUNT];
    float[] row = new float[NerLabels.COUNT];
    for (int r = 0; r < rows; r++) {
      if (counts[r] < options.minCount() || copies.get(r)) {
        continue;
      }
      boolean any = false;
      for (int y = 0; y < NerLabels.COUNT; y++) {
        int index = r * NerLabels.COUNT + y;
        float total = totals[index] + (time - stamps[index]) * weights[index];
        row[y] = time == 0 ? 0 : total / time;
        any |= Math.abs(row[y]) > 1e-4f;
      }
      if (!any) {
        continue;
      }
      keptKeys[kept] = keys[r];
      System.arraycopy(row, 0, keptWeights, kept * NerLabels.COUNT, NerLabels.COUNT);
      kept++;
    }
    return new NerModel(Arrays.copyOf(keptKeys, kept), Arrays.copyOf(keptWeights, kept * NerLabels.COUNT));
  }
}
