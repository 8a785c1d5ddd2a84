package se.notis.parse;

import java.util.List;
import se.notis.doc.TagAlternatives;
import se.notis.io.ConlluSentence;

/**
 * A gold tree: words, tags, 1-based heads (0 = root) and relations; for a parser that tags jointly
 * also the tagger's runner-up labels with whether they are right (else null).
 */
public record ParseSample(String[] words, String[] upos, String[] xpos, int[] heads, String[] relations,
    TagAlternatives alternatives) {

  public ParseSample(String[] words, String[] upos, String[] xpos, int[] heads, String[] relations) {
    this(words, upos, xpos, heads, relations, null);
  }

  public static ParseSample of(ConlluSentence sent) {
    List<ConlluSentence.Word> ws = sent.words();
    int n = ws.size();
    String[] words = new String[n];
    String[] upos = new String[n];
    String[] xpos = new String[n];
    int[] heads = new int[n];
    String[] rels = new String[n];
    for (int i = 0; i < n; i++) {
      ConlluSentence.Word w = ws.get(i);
      words[i] = w.form();
      upos[i] = w.upos();
      xpos[i] = w.xpos();
      heads[i] = w.head() < 0 || w.head() > n ? 0 : w.head();
      rels[i] = w.deprel();
    }
    return new ParseSample(words, upos, xpos, heads, rels);
  }

  public int size() {
    return words.length;
  }
}
