package se.notis.tag;

import java.util.List;
import se.notis.io.ConlluSentence;

/** A gold sentence for the tagger: words with their UPOS, XPOS and FEATS. */
public record TagSample(String[] words, String[] upos, String[] xpos, String[] feats) {

  public static TagSample of(ConlluSentence sent) {
    List<ConlluSentence.Word> ws = sent.words();
    int n = ws.size();
    String[] words = new String[n];
    String[] upos = new String[n];
    String[] xpos = new String[n];
    String[] feats = new String[n];
    for (int i = 0; i < n; i++) {
      words[i] = ws.get(i).form();
      upos[i] = ws.get(i).upos();
      xpos[i] = ws.get(i).xpos();
      feats[i] = ws.get(i).feats();
    }
    return new TagSample(words, upos, xpos, feats);
  }

  public int size() {
    return words.length;
  }

  /** The joint label the tagger predicts for word {@code i}. */
  public String label(int i) {
    return upos[i] + "\t" + xpos[i] + "\t" + feats[i];
  }
}
