package se.notis.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link FoldOptions} cuts a file into folds, by sentence and by document. */
class FoldOptionsTest {
  /** A sentence: the document it opens (null: it continues the one before) and its length. */
  private record Sent(String newDocument, int words) {}

  private static FoldOptions options(int folds, FoldOptions.Split split) {
    FoldOptions options = new FoldOptions();
    options.folds = folds;
    options.foldBy = split;
    return options;
  }

  @Test
  void sentencesGoRoundRobin() {
    List<Sent> sents = List.of(new Sent("a", 5), new Sent(null, 5), new Sent(null, 5), new Sent("b", 5));
    assertArrayEquals(new int[] {0, 1, 0, 1},
        options(2, FoldOptions.Split.sentence).assign(sents, Sent::newDocument, Sent::words));
  }

  @Test
  void documentsStayWholeAndFoldsBalanceByWords() {
    // Documents of 30, 10, 25 and 20 words: the largest first, each to the lighter fold.
    List<Sent> sents = List.of(new Sent("a", 20), new Sent(null, 10), new Sent("b", 10), new Sent("c", 25),
        new Sent("d", 15), new Sent(null, 5));
    int[] folds = options(2, FoldOptions.Split.document).assign(sents, Sent::newDocument, Sent::words);
    assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1}, folds);
    assertArrayEquals(new int[] {0, 0, 0}, FoldOptions.held(List.of(0, 1, 2, 3, 4, 5), folds, 0).stream()
        .mapToInt(i -> folds[i]).toArray());
  }

  @Test
  void tooFewDocumentsIsAnError() {
    List<Sent> sents = List.of(new Sent(null, 3), new Sent(null, 4));
    assertThrows(IllegalArgumentException.class,
        () -> options(2, FoldOptions.Split.document).assign(sents, Sent::newDocument, Sent::words));
  }
}
