package se.notis.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.notis.internal.AveragedLabelWeights;
import se.notis.internal.LabelWeights;
import se.notis.lemma.SwedishDictionary;

/** Trains a {@link TaggerModel} with the averaged perceptron on gold-tagged sentences. */
public final class TaggerTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(TaggerTrainer.class);

  /**
   * Training settings; {@code bags} taggers trained with the shuffling seeds {@code seed, seed + 1,
   * …} are averaged into one before pruning.
   */
  public record Options(int epochs, long seed, int frequentCount, int fixedCount, float prune, int maxCandidates,
      int bags) {
    public Options {
      if (bags < 1) {
        throw new IllegalArgumentException("bags must be at least 1: " + bags);
      }
    }

    public Options(int epochs, long seed, int frequentCount, int fixedCount, float prune, int maxCandidates) {
      this(epochs, seed, frequentCount, fixedCount, prune, maxCandidates, 1);
    }

    public static Options defaults() {
      return new Options(10, 1, 5, 10, 1e-3f, 6);
    }
  }

  private TaggerTrainer() {}

  public static TaggerModel train(List<TagSample> samples, Options options) {
    SwedishDictionary dict = SwedishDictionary.get();
    Map<String, Integer> labelIds = new LinkedHashMap<>();
    Map<String, Map<Integer, Integer>> wordCounts = new HashMap<>();
    for (TagSample sample : samples) {
      for (int i = 0; i < sample.size(); i++) {
        int label = labelIds.computeIfAbsent(sample.label(i), l -> labelIds.size());
        wordCounts.computeIfAbsent(TaggerFeatures.lowerCase(sample.words()[i]), w -> new TreeMap<>())
            .merge(label, 1, Integer::sum);
      }
    }
    String[] labels = labelIds.keySet().toArray(new String[0]);
    Map<String, int[]> wordLabels = new HashMap<>();
    Map<String, Integer> fixed = new HashMap<>();
    TreeSet<Integer> open = new TreeSet<>();
    TreeSet<Integer> proper = new TreeSet<>();
    Map<Long, TreeMap<Integer, Integer>> suffixes = new HashMap<>();
    Map<Integer, Integer> openCounts = new TreeMap<>();
    Map<Integer, Integer> properCounts = new TreeMap<>();
    Map<Long, TreeMap<Integer, Integer>> dictSets = new HashMap<>();
    for (Map.Entry<String, Map<Integer, Integer>> e : wordCounts.entrySet()) {
      int total = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
      int[] seen = new int[e.getValue().size() + 1];
      seen[0] = total >= options.frequentCount() ? 1 : 0;
      int k = 1;
      for (int label : e.getValue().keySet()) {
        seen[k++] = label;
      }
      wordLabels.put(e.getKey(), seen);
      Map.Entry<Integer, Integer> major = e.getValue().entrySet().stream()
          .max(Map.Entry.comparingByValue()).orElseThrow();
      // A frequent word that (almost) always had one label takes it without scoring.
      if (total >= options.fixedCount() && major.getValue() >= total * 0.995) {
        fixed.put(e.getKey(), major.getKey());
      }
      if (total < options.frequentCount()) {
        open.addAll(e.getValue().keySet());
        e.getValue().forEach((label, count) -> openCounts.merge(label, count, Integer::sum));
      }
    }
    wordCounts.values().forEach(counts -> counts.forEach((label, count) -> {
      if (labels[label].startsWith("PROPN\t")) {
        properCounts.merge(label, count, Integer::sum);
      }
    }));
    proper.addAll(top(properCounts, 2, 1));
    for (TagSample sample : samples) {
      TaggerFeatures f = new TaggerFeatures(sample.words(), dict, Map.of());
      for (int i = 0; i < sample.size(); i++) {
        int label = labelIds.get(sample.label(i));
        if (!open.contains(label)) {
          continue;
        }
        if (f.lower[i].length() > 3) {
          suffixes.computeIfAbsent(f.suffix(i, 2), s -> new TreeMap<>()).merge(label, 1, Integer::sum);
        }
        if (f.dictSignature(i) != 0) {
          dictSets.computeIfAbsent(f.dictSignature(i), s -> new TreeMap<>()).merge(label, 1, Integer::sum);
        }
      }
    }
    long[] suffixKeys = sortedKeys(suffixes.keySet());
    int[][] suffixLabels = new int[suffixKeys.length][];
    for (int i = 0; i < suffixKeys.length; i++) {
      suffixLabels[i] = toArray(top(suffixes.get(suffixKeys[i]), options.maxCandidates(), 1));
    }
    long[] dictKeys = sortedKeys(dictSets.keySet());
    int[][] dictLabels = new int[dictKeys.length][];
    for (int i = 0; i < dictKeys.length; i++) {
      dictLabels[i] = toArray(top(dictSets.get(dictKeys[i]), options.maxCandidates(), 2));
    }
    TaggerModel shell = new TaggerModel(labels, null, wordLabels, Map.of(), suffixKeys, suffixLabels,
        dictKeys, dictLabels, toArray(top(openCounts, options.maxCandidates() * 2, 1)), toArray(proper));
    LabelWeights averaged;
    if (options.bags() == 1) {
      AveragedLabelWeights weights = new AveragedLabelWeights(1 << 20);
      int step = trainOne(samples, labelIds, shell, weights, options, options.seed());
      averaged = weights.pack(step, options.prune(), labels.length);
    } else {
      // Bagging: taggers that differ only in their shuffling; their mean weights are one model.
      AveragedLabelWeights mean = new AveragedLabelWeights(1 << 20);
      for (int b = 0; b < options.bags(); b++) {
        AveragedLabelWeights weights = new AveragedLabelWeights(1 << 20);
        int step = trainOne(samples, labelIds, shell, weights, options, options.seed() + b);
        mean.addAveraged(weights, step, 1f / options.bags());
      }
      averaged = mean.pack(0, options.prune(), labels.length);
      LOG.info("mean of {} taggers: {} weights", options.bags(), mean.pairs());
    }
    return new TaggerModel(labels, averaged, wordLabels, fixed, suffixKeys, suffixLabels, dictKeys, dictLabels,
        toArray(top(openCounts, options.maxCandidates() * 2, 1)), toArray(proper));
  }

  /** One training run over {@code samples} shuffled with {@code seed}; returns its number of steps. */
  private static int trainOne(List<TagSample> samples, Map<String, Integer> labelIds, TaggerModel shell,
      AveragedLabelWeights weights, Options options, long seed) {
    SwedishDictionary dict = SwedishDictionary.get();
    String[] labels = shell.labels;
    List<TagSample> order = new ArrayList<>(samples);
    Random random = new Random(seed);
    long[] buffer = new long[TaggerFeatures.MAX_FEATURES];
    PerceptronTagger.Candidates candidates = new PerceptronTagger.Candidates(labels.length);
    int step = 0;
    for (int epoch = 0; epoch < options.epochs(); epoch++) {
      Collections.shuffle(order, random);
      long correct = 0;
      long total = 0;
      for (TagSample sample : order) {
        TaggerFeatures f = new TaggerFeatures(sample.words(), dict, shell.known);
        int[] predicted = new int[sample.size()];
        for (int i = 0; i < sample.size(); i++) {
          step++;
          int gold = labelIds.get(sample.label(i));
          candidates.fill(shell, f.known[i], f, i, sample.words()[i]);
          candidates.add(gold);
          int count = f.extract(i, i > 0 ? predicted[i - 1] : -1, i > 1 ? predicted[i - 2] : -2, buffer);
          int guess = candidates.size == 1 ? gold : PerceptronTagger.best(weights, buffer, count, candidates);
          if (guess != gold) {
            for (int k = 0; k < count; k++) {
              weights.update(buffer[k], gold, 1, step);
              weights.update(buffer[k], guess, -1, step);
            }
          } else {
            correct++;
          }
          total++;
          predicted[i] = guess;
        }
      }
      LOG.info("tagger epoch {}: training accuracy {} ({} weights)", epoch + 1,
          String.format("%.4f", (double) correct / total), weights.pairs());
    }
    return step;
  }

  /** The {@code k} most frequent labels with at least {@code min} occurrences, in label order. */
  private static TreeSet<Integer> top(Map<Integer, Integer> counts, int k, int min) {
    TreeSet<Integer> out = new TreeSet<>();
    counts.entrySet().stream().filter(e -> e.getValue() >= min)
        .sorted((a, b) -> b.getValue() - a.getValue()).limit(k).forEach(e -> out.add(e.getKey()));
    return out;
  }

  private static long[] sortedKeys(java.util.Set<Long> keys) {
    long[] out = keys.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(out);
    return out;
  }

  private static int[] toArray(java.util.Collection<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }
}
