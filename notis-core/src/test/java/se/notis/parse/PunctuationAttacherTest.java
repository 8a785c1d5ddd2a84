package se.notis.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Quotation marks and brackets hung by Talbanken's conventions on a finished tree that has them wrong. */
class PunctuationAttacherTest {
  private static int[] attach(String sentence, String tags, int[] heads, String relations) {
    String[] words = sentence.split(" ");
    String[] rels = relations.split(" ");
    int[] out = heads.clone();
    PunctuationAttacher.attach(words, tags.split(" "), out, rels);
    return out;
  }

  @Test
  void commaKeepsTheParsersHead() {
    int[] heads = attach("Han kom hem , och hon gick ut .", "PRON VERB ADV PUNCT CCONJ PRON VERB ADP PUNCT",
        new int[] {2, 0, 2, 7, 7, 7, 2, 7, 2}, "nsubj root advmod punct cc nsubj conj compound:prt punct");
    assertArrayEquals(new int[] {2, 0, 2, 7, 7, 7, 2, 7, 2}, heads);
  }

  @Test
  void quotationMarksBelongToWhatTheyEnclose() {
    int[] heads = attach("Hon sa ' vi vann ' .", "PRON VERB PUNCT PRON VERB PUNCT PUNCT",
        new int[] {2, 0, 2, 5, 2, 2, 2}, "nsubj root punct nsubj ccomp punct punct");
    assertArrayEquals(new int[] {2, 0, 5, 5, 2, 5, 2}, heads);
  }

  @Test
  void bracketsBelongToTheWordTheBracketedPhraseDependsOn() {
    int[] heads = attach("Han bor i Lund ( Skåne ) .", "PRON VERB ADP PROPN PUNCT PROPN PUNCT PUNCT",
        new int[] {2, 0, 4, 2, 6, 4, 6, 2}, "nsubj root case obl punct appos punct punct");
    assertArrayEquals(new int[] {2, 0, 4, 2, 4, 4, 4, 2}, heads);
  }

  @Test
  void unpairedMarkStays() {
    int[] heads = attach("' Ja ' , sa hon ' nej", "PUNCT INTJ PUNCT PUNCT VERB PRON PUNCT INTJ",
        new int[] {5, 5, 2, 5, 0, 5, 8, 5}, "punct ccomp punct punct root nsubj punct discourse");
    assertArrayEquals(new int[] {2, 5, 2, 5, 0, 5, 8, 5}, heads);
  }
}
