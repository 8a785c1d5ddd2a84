package se.notis.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Adds the parts of a Swedish compound after the compound itself, at the same position and with
 * the compound's offsets, so that "flykting" finds "flyktingorgan" (index-time only: queries keep
 * compounds whole and so still match them exactly).
 */
final class CompoundFilter extends TokenFilter {
  private final CompoundSplitter splitter;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final Deque<String> pending = new ArrayDeque<>();
  private AttributeSource.State state;

  CompoundFilter(TokenStream input, CompoundSplitter splitter) {
    super(input);
    this.splitter = splitter;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(state);
      termAtt.setEmpty().append(pending.poll());
      posIncAtt.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    List<int[]> parts = splitter.split(termAtt.buffer(), termAtt.length());
    if (!parts.isEmpty()) {
      char[] buffer = termAtt.buffer();
      for (int[] part : parts) {
        pending.add(new String(buffer, part[0], part[1] - part[0]));
      }
      state = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    state = null;
  }
}
