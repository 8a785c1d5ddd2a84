package se.notis.doc;

import java.util.List;

/** The time expressions of a document, in text order. */
public record TimexLayer(List<TimeExpression> expressions) implements Layer {
  public TimexLayer {
    expressions = List.copyOf(expressions);
  }

  @Override
  public void validate(int length) {
    for (TimeExpression timex : expressions) {
      Layer.checkSpan("time expression", timex.start(), timex.end(), length);
    }
  }
}
