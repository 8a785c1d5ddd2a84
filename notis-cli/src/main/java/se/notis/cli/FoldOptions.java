package se.notis.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Option;

/**
 * What every k-fold evaluation ({@code eval tag-folds}, {@code eval ner-folds}) shares: the number of
 * folds, how often the training folds of the folded file count, and the split itself: sentence i in
 * fold i mod K, or whole documents per fold.
 */
final class FoldOptions {
  /** How the folded file is cut. */
  enum Split { sentence, document }

  @Option(names = "--folds", description = "Number of folds (default: ${DEFAULT-VALUE}).")
  int folds = 5;

  @Option(names = "--extra-weight", description = "How many times the training folds of --extra are repeated"
      + " (default: ${DEFAULT-VALUE}).")
  int extraWeight = 1;

  @Option(names = "--fold-by", description = "sentence: sentence i is held out in fold i mod K; document: each"
      + " document (CoNLL-U `# newdoc`) goes whole to one fold, folds balanced by size, so that no held-out text"
      + " shares a document, and its topic and names, with the training folds, as a held-out test split does not"
      + " (default: ${DEFAULT-VALUE}).")
  Split foldBy = Split.sentence;

  void validate() {
    if (folds < 2) {
      throw new IllegalArgumentException("--folds must be at least 2: " + folds);
    }
  }

  /**
   * The fold of every item of {@code folded}. By document, {@code document} gives the id of the
   * document an item opens (null: it continues the one before) and {@code size} its weight; the
   * largest documents go first, each to the fold that has the least so far.
   */
  <T> int[] assign(List<T> folded, Function<T, String> document, ToIntFunction<T> size) {
    int[] foldOf = new int[folded.size()];
    if (foldBy == Split.sentence) {
      for (int i = 0; i < foldOf.length; i++) {
        foldOf[i] = i % folds;
      }
      return foldOf;
    }
    List<int[]> documents = new ArrayList<>(); // {first item, end, size}
    for (int i = 0; i < folded.size(); i++) {
      if (documents.isEmpty() || document.apply(folded.get(i)) != null) {
        documents.add(new int[] {i, i, 0});
      }
      int[] last = documents.get(documents.size() - 1);
      last[1] = i + 1;
      last[2] += size.applyAsInt(folded.get(i));
    }
    if (documents.size() < folds) {
      throw new IllegalArgumentException("--fold-by document needs at least " + folds + " documents, found "
          + documents.size());
    }
    documents.sort((a, b) -> b[2] != a[2] ? Integer.compare(b[2], a[2]) : Integer.compare(a[0], b[0]));
    long[] load = new long[folds];
    for (int[] doc : documents) {
      int fold = 0;
      for (int f = 1; f < folds; f++) {
        fold = load[f] < load[fold] ? f : fold;
      }
      load[fold] += doc[2];
      for (int i = doc[0]; i < doc[1]; i++) {
        foldOf[i] = fold;
      }
    }
    return foldOf;
  }

  /** The items of {@code folded} held out in {@code fold}. */
  static <T> List<T> held(List<T> folded, int[] foldOf, int fold) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < folded.size(); i++) {
      if (foldOf[i] == fold) {
        out.add(folded.get(i));
      }
    }
    return out;
  }

  /** {@code fixed}, then the items of {@code folded} not held out in {@code fold}, each {@code weight} times. */
  static <T> List<T> training(List<T> fixed, List<T> folded, int[] foldOf, int fold, int weight) {
    List<T> rest = new ArrayList<>();
    for (int i = 0; i < folded.size(); i++) {
      if (foldOf[i] != fold) {
        rest.add(folded.get(i));
      }
    }
    return TrainCommand.withExtra(fixed, rest, weight);
  }
}
