package se.notis.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learns {@link WordClusters} from tokenised sentences by hierarchical spherical k-means. Each
 * frequent word is described by the log counts of the frequent words just left and just right of
 * it (L2-normalised, sparse); the vocabulary is cut into 2^b clusters by k-means on cosine (b the
 * bits of the first level), each cluster again by the next level's bits, and the cluster numbers
 * on the way down, written in bits, are the word's path. That gives Brown-style hierarchical
 * classes whose prefixes are coarse and fine word classes, at a fraction of Brown clustering's
 * cost (seconds for millions of tokens), deterministically for a seed.
 */
public final class WordClusterBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(WordClusterBuilder.class);

  /**
   * Settings: the {@code vocabulary} most frequent words seen at least {@code minCount} times get
   * a path, described by their {@code contexts} most frequent neighbours; level i of the tree cuts
   * each cluster into 2^{@code levels[i]}, each cut refined by {@code iterations} rounds.
   */
  public record Options(int vocabulary, int minCount, int contexts, int[] levels, int iterations, long seed) {
    public Options {
      int depth = Arrays.stream(levels).sum();
      if (vocabulary < 2 || minCount < 1 || contexts < 1 || levels.length == 0 || depth > 30 || iterations < 1
          || Arrays.stream(levels).anyMatch(bits -> bits < 1 || bits > 12)) {
        throw new IllegalArgumentException("bad cluster options: " + vocabulary + " words, min count " + minCount
            + ", " + contexts + " contexts, levels " + Arrays.toString(levels) + ", " + iterations + " iterations");
      }
      levels = levels.clone();
    }

    public static Options defaults() {
      return new Options(120_000, 3, 1_000, new int[] {4, 3, 3, 3}, 10, 7);
    }

    @Override
    public int[] levels() {
      return levels.clone();
    }
  }

  private final Options options;
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> forms = new ArrayList<>();
  private final IntArray counts = new IntArray(1 << 16);
  /** Word ids of every sentence, each sentence followed by -1. */
  private final IntArray corpus = new IntArray(1 << 20);

  public WordClusterBuilder(Options options) {
    this.options = options;
  }

  /** Adds one sentence of tokens. */
  public void add(String[] sentence) {
    if (sentence.length == 0) {
      return;
    }
    for (String token : sentence) {
      String form = WordClusters.normalise(token);
      Integer id = ids.get(form);
      if (id == null) {
        id = forms.size();
        ids.put(form, id);
        forms.add(form);
        counts.add(0);
      }
      counts.set(id, counts.get(id) + 1);
      corpus.add(id);
    }
    corpus.add(-1);
  }

  public long tokens() {
    return corpus.size() - sentences();
  }

  private int sentences() {
    int n = 0;
    for (int i = 0; i < corpus.size(); i++) {
      n += corpus.get(i) < 0 ? 1 : 0;
    }
    return n;
  }

  /** Clusters the words added so far and writes {@code word<TAB>bits} lines, gzipped. */
  public void write(OutputStream out) throws IOException {
    Map<String, String> paths = build();
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> e : paths.entrySet()) {
        w.write(e.getKey());
        w.write('\t');
        w.write(e.getValue());
        w.write('\n');
      }
    }
  }

  /** Each clustered word's bit path, in order of falling frequency. */
  public Map<String, String> build() {
    Integer[] byCount = new Integer[forms.size()];
    for (int i = 0; i < byCount.length; i++) {
      byCount[i] = i;
    }
    Arrays.sort(byCount, (a, b) -> counts.get(a) != counts.get(b) ? Integer.compare(counts.get(b), counts.get(a))
        : forms.get(a).compareTo(forms.get(b)));
    int[] vocabIndex = new int[forms.size()];
    int[] contextIndex = new int[forms.size()];
    Arrays.fill(vocabIndex, -1);
    Arrays.fill(contextIndex, -1);
    int vocab = 0;
    for (int i = 0; i < byCount.length && vocab < options.vocabulary(); i++) {
      if (counts.get(byCount[i]) >= options.minCount()) {
        vocabIndex[byCount[i]] = vocab++;
      }
    }
    int contexts = Math.min(options.contexts(), byCount.length);
    for (int i = 0; i < contexts; i++) {
      contextIndex[byCount[i]] = i;
    }
    float[][] vectors = vectors(vocab, vocabIndex, contextIndex, contexts);
    int[] path = new int[vocab];
    Arrays.fill(path, 1);
    int[] members = new int[vocab];
    for (int v = 0; v < vocab; v++) {
      members[v] = v;
    }
    split(vectors, members, 0, vocab, 0, 2 * contexts + 4, path, new Random(options.seed()));
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < byCount.length; i++) {
      int v = vocabIndex[byCount[i]];
      if (v >= 0) {
        out.put(forms.get(byCount[i]), WordClusters.bits(path[v]));
      }
    }
    LOG.info("clustered {} words of {} tokens into a tree of levels {} (bits)", vocab, tokens(),
        Arrays.toString(options.levels()));
    return out;
  }

  /**
   * Sparse context vectors: for word v, pairs of (dimension, value) in {@code vectors[v]} as
   * alternating floats (the dimension stored exactly as a float: below 2^24). Dimensions: left
   * neighbour c, right neighbour C + c, rare left / rare right neighbour, sentence start / end.
   */
  private float[][] vectors(int vocab, int[] vocabIndex, int[] contextIndex, int contexts) {
    int n = corpus.size();
    long[] pairs = new long[2 * n];
    int count = 0;
    int rareLeft = 2 * contexts;
    int rareRight = 2 * contexts + 1;
    int start = 2 * contexts + 2;
    int end = 2 * contexts + 3;
    for (int i = 0; i < n; i++) {
      int id = corpus.get(i);
      if (id < 0 || vocabIndex[id] < 0) {
        continue;
      }
      long v = (long) vocabIndex[id] << 32;
      int left = i > 0 ? corpus.get(i - 1) : -1;
      int right = i + 1 < n ? corpus.get(i + 1) : -1;
      pairs[count++] = v | (left < 0 ? start : contextIndex[left] < 0 ? rareLeft : contextIndex[left]);
      pairs[count++] = v | (right < 0 ? end : contextIndex[right] < 0 ? rareRight : contexts + contextIndex[right]);
    }
    Arrays.sort(pairs, 0, count);
    float[][] vectors = new float[vocab][];
    float[] buffer = new float[2 * (2 * contexts + 4)];
    int i = 0;
    while (i < count) {
      int v = (int) (pairs[i] >>> 32);
      int size = 0;
      double norm = 0;
      while (i < count && (int) (pairs[i] >>> 32) == v) {
        int dim = (int) pairs[i];
        int run = 0;
        while (i < count && pairs[i] == ((long) v << 32 | dim)) {
          run++;
          i++;
        }
        float value = (float) Math.log1p(run);
        buffer[size++] = dim;
        buffer[size++] = value;
        norm += value * value;
      }
      float inv = (float) (1 / Math.sqrt(norm));
      for (int k = 1; k < size; k += 2) {
        buffer[k] *= inv;
      }
      vectors[v] = Arrays.copyOf(buffer, size);
    }
    return vectors;
  }

  /**
   * Splits {@code members[from, to)} into up to 2^bits clusters by spherical k-means (bits of this
   * level), appends each cluster's number to its words' paths and recurses into each cluster.
   */
  private void split(float[][] vectors, int[] members, int from, int to, int level, int dims, int[] path,
      Random random) {
    int n = to - from;
    int[] levels = options.levels();
    if (level >= levels.length) {
      return;
    }
    int bits = levels[level];
    int k = Math.min(1 << bits, n);
    int[] assignment = new int[n];
    if (k >= 2) {
      kmeans(vectors, members, from, n, k, dims, random, assignment);
    }
    // Reorder members by cluster, keeping the frequency order within each cluster.
    int[] sizes = new int[(1 << bits) + 1];
    for (int a : assignment) {
      sizes[a + 1]++;
    }
    for (int c = 1; c < sizes.length; c++) {
      sizes[c] += sizes[c - 1];
    }
    int[] starts = sizes.clone();
    int[] sorted = new int[n];
    for (int m = 0; m < n; m++) {
      sorted[starts[assignment[m]]++] = members[from + m];
    }
    System.arraycopy(sorted, 0, members, from, n);
    for (int c = 0; c < (1 << bits); c++) {
      for (int m = sizes[c]; m < sizes[c + 1]; m++) {
        int v = members[from + m];
        path[v] = path[v] << bits | c;
      }
    }
    for (int c = 0; c < (1 << bits); c++) {
      if (sizes[c + 1] - sizes[c] > 1) {
        split(vectors, members, from + sizes[c], from + sizes[c + 1], level + 1, dims, path, random);
      }
    }
  }

  /** Spherical k-means of {@code n} members into {@code k} clusters, seeded by k-means++ on a sample. */
  private void kmeans(float[][] vectors, int[] members, int from, int n, int k, int dims, Random random,
      int[] assignment) {
    float[][] centroids = new float[k][dims];
    // k-means++ seeding over a sample: each next seed is a word far from the seeds so far.
    int sample = Math.min(n, 20 * k + 200);
    int[] pool = new int[sample];
    for (int s = 0; s < sample; s++) {
      pool[s] = members[from + (sample == n ? s : random.nextInt(n))];
    }
    float[] best = new float[sample];
    Arrays.fill(best, -2f);
    int seed = pool[random.nextInt(sample)];
    for (int c = 0; c < k; c++) {
      addTo(centroids[c], vectors[seed]);
      double total = 0;
      float[] far = new float[sample];
      for (int s = 0; s < sample; s++) {
        best[s] = Math.max(best[s], dotSparse(vectors[pool[s]], vectors[seed]));
        far[s] = Math.max(0f, 1f - best[s]);
        total += far[s] * far[s];
      }
      double pick = random.nextDouble() * total;
      int next = pool[random.nextInt(sample)];
      for (int s = 0; s < sample && total > 0; s++) {
        pick -= far[s] * far[s];
        if (pick <= 0) {
          next = pool[s];
          break;
        }
      }
      seed = next;
    }
    for (int iteration = 0; iteration < options.iterations(); iteration++) {
      for (int m = 0; m < n; m++) {
        float[] vec = vectors[members[from + m]];
        int arg = 0;
        float max = -Float.MAX_VALUE;
        for (int c = 0; c < k; c++) {
          float d = dot(centroids[c], vec);
          if (d > max) {
            max = d;
            arg = c;
          }
        }
        assignment[m] = arg;
      }
      for (float[] centroid : centroids) {
        Arrays.fill(centroid, 0f);
      }
      for (int m = 0; m < n; m++) {
        addTo(centroids[assignment[m]], vectors[members[from + m]]);
      }
      for (int c = 0; c < k; c++) {
        if (!normalise(centroids[c])) {
          addTo(centroids[c], vectors[members[from + random.nextInt(n)]]);
        }
      }
    }
  }

  private static float dot(float[] dense, float[] sparse) {
    float sum = 0;
    for (int k = 0; k < sparse.length; k += 2) {
      sum += dense[(int) sparse[k]] * sparse[k + 1];
    }
    return sum;
  }

  private static float dotSparse(float[] x, float[] y) {
    float sum = 0;
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        sum += x[i + 1] * y[j + 1];
        i += 2;
        j += 2;
      } else if (x[i] < y[j]) {
        i += 2;
      } else {
        j += 2;
      }
    }
    return sum;
  }

  private static void addTo(float[] dense, float[] sparse) {
    for (int k = 0; k < sparse.length; k += 2) {
      dense[(int) sparse[k]] += sparse[k + 1];
    }
  }

  private static boolean normalise(float[] dense) {
    double norm = 0;
    for (float x : dense) {
      norm += x * x;
    }
    if (norm > 0) {
      float inv = (float) (1 / Math.sqrt(norm));
      for (int d = 0; d < dense.length; d++) {
        dense[d] *= inv;
      }
    }
    return norm > 0;
  }
}
