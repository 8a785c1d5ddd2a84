package se.notis.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.util.ArrayUtil;
import se.notis.lemma.SwedishWords;

/**
 * Replaces a known Swedish word form by its lemma from {@link SwedishWords} ("polisen" →
 * "polis", "städer" → "stad", "sade" → "säga") and marks it as a keyword so that the stemmer
 * after it leaves it alone; unknown words pass to the stemmer unchanged. A lexicon is more
 * consistent than suffix stripping, which cuts "polis" to "poli" but "polisen" to "polis".
 */
final class LemmaFilter extends TokenFilter {
  private final SwedishWords words;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private char[] scratch = new char[64];

  LemmaFilter(TokenStream input, SwedishWords words) {
    super(input);
    this.words = words;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (keywordAtt.isKeyword()) {
      return true;
    }
    int length = termAtt.length();
    if (scratch.length < length + 32) {
      scratch = new char[ArrayUtil.oversize(length + 32, Character.BYTES)];
    }
    int lemma = words.lemma(termAtt.buffer(), length, scratch);
    if (lemma > 0) {
      termAtt.copyBuffer(scratch, 0, lemma);
      keywordAtt.setKeyword(true);
    }
    return true;
  }
}
