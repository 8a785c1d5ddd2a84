package se.notis.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishMinimalStemFilter;
import se.notis.lemma.SwedishWords;

/**
 * The analyzers of the archive's text fields: standard tokens, lower case, Swedish stop words,
 * compound parts (index side only), lemmas of known words from the lexicon and Swedish minimal
 * stemming of the rest; and a keyword-like analyzer for
 * names (speakers), lower-cased and accent-folded so "Lopez" finds "López".
 */
public final class SwedishAnalyzers {
  private SwedishAnalyzers() {}

  /** Index-time text analysis: adds compound parts. */
  public static Analyzer index() {
    return new TextAnalyzer(SwedishWords.shared(), true);
  }

  /** Query-time text analysis: the same without compound splitting. */
  public static Analyzer query() {
    return new TextAnalyzer(SwedishWords.shared(), false);
  }

  /** Names: tokens lower-cased and folded, no stemming or stop words. */
  public static Analyzer names() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
        return new TokenStreamComponents(source, stream);
      }
    };
  }

  private static final class TextAnalyzer extends Analyzer {
    private final SwedishWords words;
    private final CompoundSplitter splitter;
    private final CharArraySet stopWords = SwedishAnalyzer.getDefaultStopSet();

    TextAnalyzer(SwedishWords words, boolean compounds) {
      this.words = words;
      this.splitter = compounds ? new CompoundSplitter(words) : null;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      TokenStream stream = new LowerCaseFilter(source);
      stream = new StopFilter(stream, stopWords);
      if (splitter != null) {
        stream = new CompoundFilter(stream, splitter);
      }
      stream = new LemmaFilter(stream, words);
      stream = new SwedishMinimalStemFilter(stream);
      return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(in);
    }
  }
}
