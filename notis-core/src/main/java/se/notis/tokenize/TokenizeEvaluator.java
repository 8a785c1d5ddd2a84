package se.notis.tokenize;

import se.notis.doc.Document;
import se.notis.doc.Layers;
import se.notis.doc.SentenceLayer;
import se.notis.doc.SpanLayer;
import se.notis.eval.EvalReport;
import se.notis.eval.SpanMatch;

/**
 * Scores tokens and sentences of a predicted document against gold, CoNLL 2018 style: spans
 * compared by character offsets. Keys: {@code tokens}, {@code sentences}.
 */
public final class TokenizeEvaluator {
  private TokenizeEvaluator() {}

  public static EvalReport evaluate(Document gold, Document predicted) {
    SpanLayer goldTokens = gold.get(Layers.TOKENS);
    SpanLayer predTokens = predicted.get(Layers.TOKENS);
    SentenceLayer goldSents = gold.get(Layers.SENTENCES);
    SentenceLayer predSents = predicted.get(Layers.SENTENCES);
    return EvalReport.empty()
        .with("tokens", SpanMatch.exact(starts(goldTokens), ends(goldTokens), starts(predTokens), ends(predTokens)))
        .with("sentences", SpanMatch.exact(starts(goldSents), ends(goldSents), starts(predSents), ends(predSents)));
  }

  private static int[] starts(SpanLayer spans) {
    int[] out = new int[spans.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = spans.start(i);
    }
    return out;
  }

  private static int[] ends(SpanLayer spans) {
    int[] out = new int[spans.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = spans.end(i);
    }
    return out;
  }

  private static int[] starts(SentenceLayer sents) {
    int[] out = new int[sents.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = sents.start(i);
    }
    return out;
  }

  private static int[] ends(SentenceLayer sents) {
    int[] out = new int[sents.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = sents.end(i);
    }
    return out;
  }
}
