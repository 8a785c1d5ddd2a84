package se.notis.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {
  @Test
  void offsetsAreCodePointsEvenWithSupplementaryCharacters() {
    Document doc = Document.of("Hej 😀 Malmö");
    assertEquals(12, doc.text().length());
    assertEquals(11, doc.length());
    assertEquals("Malmö", doc.text(6, 11));
    assertEquals(7, doc.charIndex(6));
    assertEquals(6, doc.codePointIndex(7));
    assertFalse(doc.charsAreCodePoints());
  }

  @Test
  void layersAreAddedToCopiesAndValidated() {
    Document doc = Document.of("Hej då");
    Document tokenized = doc.with(Layers.TOKENS, new SpanLayer(new int[] {0, 4}, new int[] {3, 6}));
    assertFalse(doc.has(Layers.TOKENS));
    assertEquals(List.of("Hej", "då"), tokenized.tokens().stream().map(Token::text).toList());
    assertThrows(IllegalArgumentException.class,
        () -> doc.with(Layers.TOKENS, new SpanLayer(new int[] {0}, new int[] {7})));
    assertThrows(IllegalArgumentException.class,
        () -> doc.with(Layers.TOKENS, new SpanLayer(new int[] {0, 2}, new int[] {3, 6})));
  }

  @Test
  void missingLayerNamesTheStageThatProducesIt() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Document.of("x").entities());
    assertTrue(e.getMessage().contains("'ner'"), e.getMessage());
  }

  @Test
  void metadataRejectsMalformedDates() {
    assertEquals("2018-10", Metadata.EMPTY.withDate("2018-10").month().orElseThrow().toString());
    assertTrue(Metadata.EMPTY.withDate("2018-10").day().isEmpty());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Metadata.EMPTY.withDate("19/10/2018"));
    assertTrue(e.getMessage().contains("19/10/2018"));
  }
}
