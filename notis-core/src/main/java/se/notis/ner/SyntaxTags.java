package se.notis.ner;

import se.notis.lemma.LemmaModel;
import se.notis.lemma.LemmaStage;
import se.notis.lemma.Lemmatizer;
import se.notis.tag.Tagger;
import se.notis.tag.TaggerModel;

/**
 * What the syntax tagger and the lemmatiser say about a sentence's tokens, as the hashes the name
 * tagger's features read: UPOS, XPOS (SUC tag with morphology, "PM|NOM") and lower-cased lemma
 * per token. The syntax tagger is trained on Talbanken, a different corpus from the names, so its
 * proper-noun and noun readings are a signal the name data alone does not give.
 */
final class SyntaxTags {
  final long[] upos;
  final long[] xpos;
  final long[] lemma;

  private SyntaxTags(long[] upos, long[] xpos, long[] lemma) {
    this.upos = upos;
    this.xpos = xpos;
    this.lemma = lemma;
  }

  /** Hashes of tags and lemmas given per token (arrays of one length). */
  static SyntaxTags of(String[] upos, String[] xpos, String[] lemmas) {
    int n = upos.length;
    if (xpos.length != n || lemmas.length != n) {
      throw new IllegalArgumentException("upos, xpos and lemmas differ in length: " + n + ", " + xpos.length
          + ", " + lemmas.length);
    }
    SyntaxTags tags = new SyntaxTags(new long[n], new long[n], new long[n]);
    for (int i = 0; i < n; i++) {
      tags.set(i, upos[i], xpos[i], lemmas[i]);
    }
    return tags;
  }

  /** Hashes of the tags and lemmas of tokens {@code first}..{@code first + n - 1} of longer arrays. */
  static SyntaxTags of(se.notis.doc.TagLayer tags, se.notis.doc.LemmaLayer lemmas, int first, int n) {
    SyntaxTags out = new SyntaxTags(new long[n], new long[n], new long[n]);
    for (int i = 0; i < n; i++) {
      out.set(i, tags.upos(first + i), tags.xpos(first + i), lemmas.lemma(first + i));
    }
    return out;
  }

  private void set(int i, String u, String x, String l) {
    upos[i] = Hashing.exact(u == null ? "_" : u);
    xpos[i] = Hashing.exact(x == null ? "_" : x);
    lemma[i] = Hashing.lower(l == null ? "_" : l);
  }

  /** Tags and lemmatises {@code tokens} with the bundled syntax tagger and lemmatiser. */
  static SyntaxTags tag(String[] tokens) {
    int n = tokens.length;
    String[] upos = new String[n];
    String[] xpos = new String[n];
    String[] feats = new String[n];
    Bundled.TAGGER.tag(tokens, upos, xpos, feats);
    String[] lemmas = new String[n];
    for (int i = 0; i < n; i++) {
      lemmas[i] = Bundled.LEMMATIZER.lemma(tokens[i], upos[i], xpos[i]);
    }
    return of(upos, xpos, lemmas);
  }

  private static final class Bundled {
    static final Tagger TAGGER = TaggerModel.bundled().tagger();
    static final Lemmatizer LEMMATIZER = LemmaStage.lemmatizer(LemmaModel.bundled());
  }
}
