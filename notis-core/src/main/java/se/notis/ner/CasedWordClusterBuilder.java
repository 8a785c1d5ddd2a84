package se.notis.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learns {@link CasedWordClusters} by k-means over context vectors: each frequent word form is
 * described by log counts of the frequent lower-cased words just left and right of it in
 * unlabelled text (news JSON Lines and token-per-line files), L2-normalised, and clustered by
 * cosine k-means with a fixed seed.
 */
final class CasedWordClusterBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(CasedWordClusterBuilder.class);
  static final int VOCABULARY = 40_000;
  static final int CONTEXTS = 300;
  static final int CLUSTERS = 256;
  static final int ITERATIONS = 12;
  static final int MIN_COUNT = 4;

  private CasedWordClusterBuilder() {}

  static void build(List<Path> jsonl, List<Path> tokenFiles, Path out) throws IOException {
    List<String[]> sentences = new ArrayList<>();
    for (Path file : jsonl) {
      if (Files.exists(file)) {
        GazetteerBuilder.forEachText(file, text -> {
          for (String part : text.split("[.!?\n]+")) {
            String[] words = words(part);
            if (words.length > 1) {
              sentences.add(words);
            }
          }
        });
      }
    }
    for (Path file : tokenFiles) {
      if (Files.exists(file)) {
        for (NerSample sample : NerData.read(file)) {
          sentences.add(sample.tokens());
        }
      }
    }
    Map<String, Integer> freq = new HashMap<>();
    Map<String, Integer> lowerFreq = new HashMap<>();
    for (String[] s : sentences) {
      for (String w : s) {
        freq.merge(w, 1, Integer::sum);
        lowerFreq.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    List<String> vocab = top(freq, VOCABULARY, MIN_COUNT);
    List<String> contexts = top(lowerFreq, CONTEXTS, 1);
    Map<String, Integer> vocabIndex = index(vocab);
    Map<String, Integer> contextIndex = index(contexts);
    int dims = 2 * CONTEXTS + 2;
    float[][] vectors = new float[vocab.size()][dims];
    for (String[] s : sentences) {
      for (int i = 0; i < s.length; i++) {
        Integer v = vocabIndex.get(s[i]);
        if (v == null) {
          continue;
        }
        Integer left = i > 0 ? contextIndex.get(s[i - 1].toLowerCase(Locale.ROOT)) : null;
        Integer right = i + 1 < s.length ? contextIndex.get(s[i + 1].toLowerCase(Locale.ROOT)) : null;
        vectors[v][left == null ? 2 * CONTEXTS : left]++;
        vectors[v][right == null ? 2 * CONTEXTS + 1 : CONTEXTS + right]++;
      }
    }
    for (float[] vec : vectors) {
      double norm = 0;
      for (int d = 0; d < dims; d++) {
        vec[d] = (float) Math.log1p(vec[d]);
        norm += vec[d] * vec[d];
      }
      float inv = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
      for (int d = 0; d < dims; d++) {
        vec[d] *= inv;
      }
    }
    int[] assignment = kmeans(vectors, Math.min(CLUSTERS, vocab.size()), dims);
    Files.createDirectories(out.getParent());
    try (OutputStream raw = Files.newOutputStream(out);
        Writer w = new OutputStreamWriter(new GZIPOutputStream(raw), StandardCharsets.UTF_8)) {
      for (int v = 0; v < vocab.size(); v++) {
        w.write(vocab.get(v) + "\t" + assignment[v] + "\n");
      }
    }
    LOG.info("clustered {} word forms from {} sentences into {} clusters", vocab.size(), sentences.size(), CLUSTERS);
  }

  private static int[] kmeans(float[][] vectors, int k, int dims) {
    Random random = new Random(13);
    float[][] centroids = new float[k][];
    for (int c = 0; c < k; c++) {
      centroids[c] = vectors[random.nextInt(vectors.length)].clone();
    }
    int[] assignment = new int[vectors.length];
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      for (int v = 0; v < vectors.length; v++) {
        float best = -Float.MAX_VALUE;
        for (int c = 0; c < k; c++) {
          float dot = 0;
          float[] a = vectors[v];
          float[] b = centroids[c];
          for (int d = 0; d < dims; d++) {
            dot += a[d] * b[d];
          }
          if (dot > best) {
            best = dot;
            assignment[v] = c;
          }
        }
      }
      for (float[] c : centroids) {
        Arrays.fill(c, 0f);
      }
      for (int v = 0; v < vectors.length; v++) {
        float[] c = centroids[assignment[v]];
        for (int d = 0; d < dims; d++) {
          c[d] += vectors[v][d];
        }
      }
      for (int c = 0; c < k; c++) {
        double norm = 0;
        for (float x : centroids[c]) {
          norm += x * x;
        }
        if (norm == 0) {
          centroids[c] = vectors[random.nextInt(vectors.length)].clone();
          continue;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < dims; d++) {
          centroids[c][d] *= inv;
        }
      }
    }
    return assignment;
  }

  private static String[] words(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-'
            || (text.charAt(i) == ':' && i + 1 < n && Character.isLetter(text.charAt(i + 1))))) {
          i++;
        }
        out.add(text.substring(start, i));
      } else {
        if (c == ',' || c == '"' || c == '”' || c == '(' || c == ')' || c == '–') {
          out.add(String.valueOf(c));
        }
        i++;
      }
    }
    return out.toArray(new String[0]);
  }

  private static List<String> top(Map<String, Integer> freq, int limit, int minCount) {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(freq.entrySet());
    entries.removeIf(e -> e.getValue() < minCount);
    entries.sort((a, b) -> b.getValue() != a.getValue().intValue() ? Integer.compare(b.getValue(), a.getValue()) : a.getKey().compareTo(b.getKey()));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(limit, entries.size()); i++) {
      out.add(entries.get(i).getKey());
    }
    return out;
  }

  private static Map<String, Integer> index(List<String> words) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      out.put(words.get(i), i);
    }
    return out;
  }
}
