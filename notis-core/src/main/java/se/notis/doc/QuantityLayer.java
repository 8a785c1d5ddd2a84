package se.notis.doc;

import java.util.List;

/** The quantities of a document, in text order. */
public record QuantityLayer(List<Quantity> quantities) implements Layer {
  public QuantityLayer {
    quantities = List.copyOf(quantities);
  }

  @Override
  public void validate(int length) {
    for (Quantity quantity : quantities) {
      Layer.checkSpan("quantity", quantity.start(), quantity.end(), length);
    }
  }
}
