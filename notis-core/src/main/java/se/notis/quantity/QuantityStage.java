package se.notis.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.notis.doc.Document;
import se.notis.doc.Layers;
import se.notis.doc.LemmaLayer;
import se.notis.doc.Quantity;
import se.notis.doc.QuantityLayer;
import se.notis.doc.SentenceLayer;
import se.notis.doc.SpanLayer;
import se.notis.doc.TagLayer;
import se.notis.doc.TimeExpression;
import se.notis.doc.TimexLayer;
import se.notis.pipeline.AbstractStage;

/**
 * Adds the quantity layer with {@link QuantityGrammar}. Uses the lemma and tag layers when an
 * earlier stage made them (better counted nouns), and leaves out numbers inside time expressions
 * when the time stage ran; needs neither.
 */
public final class QuantityStage extends AbstractStage {
  public static final String NAME = "quantity";

  private final QuantityGrammar grammar;

  public QuantityStage() {
    this(QuantityGrammar.standard());
  }

  QuantityStage(QuantityGrammar grammar) {
    super(NAME, Set.of(Layers.TOKENS, Layers.SENTENCES), Set.of(Layers.QUANTITIES));
    this.grammar = grammar;
  }

  @Override
  public Document process(Document doc) {
    SpanLayer tokens = doc.get(Layers.TOKENS);
    SentenceLayer sents = doc.get(Layers.SENTENCES);
    int n = tokens.size();
    SpanLayer chars = doc.charSpans(tokens);
    int[] first = sents.firstTokens();
    int[] end = sents.endTokens();
    String[] lemmas = null;
    LemmaLayer lemmaLayer = doc.find(Layers.LEMMAS).orElse(null);
    if (lemmaLayer != null && lemmaLayer.size() == n) {
      lemmas = new String[n];
      for (int i = 0; i < n; i++) {
        lemmas[i] = lemmaLayer.lemma(i);
      }
    }
    String[] upos = null;
    TagLayer tags = doc.find(Layers.TAGS).orElse(null);
    if (tags != null && tags.size() == n) {
      upos = new String[n];
      for (int i = 0; i < n; i++) {
        upos[i] = tags.upos(i);
      }
    }
    List<TimeExpression> timexes = doc.find(Layers.TIMEX).map(TimexLayer::expressions).orElse(List.of());
    int[] blockedStarts = new int[timexes.size()];
    int[] blockedEnds = new int[timexes.size()];
    for (int k = 0; k < timexes.size(); k++) {
      blockedStarts[k] = doc.charIndex(timexes.get(k).start());
      blockedEnds[k] = doc.charIndex(timexes.get(k).end());
    }
    List<Quantity> found = grammar.find(new QuantityGrammar.Tokens(doc.text(), chars, lemmas, upos),
        first, end, blockedStarts, blockedEnds);
    if (!doc.charsAreCodePoints()) {
      List<Quantity> converted = new ArrayList<>(found.size());
      for (Quantity q : found) {
        converted.add(new Quantity(doc.codePointIndex(q.start()), doc.codePointIndex(q.end()), q.value(),
            q.lower(), q.upper(), q.unit(), q.kind(), q.approximate()));
      }
      found = converted;
    }
    return doc.with(Layers.QUANTITIES, new QuantityLayer(found));
  }

}
