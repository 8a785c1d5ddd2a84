package se.notis.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import se.notis.doc.Document;
import se.notis.doc.Metadata;
import se.notis.doc.Quantity;
import se.notis.internal.SharedData;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;

class QuantityStageTest {
  private static final Pipeline PIPELINE = StageRegistry.pipeline(List.of("time", "quantity"));

  private static Quantity find(Document doc, String text) {
    return doc.quantities().stream()
        .filter(q -> doc.text(q.start(), q.end()).equals(text)).findFirst().orElse(null);
  }

  @Test
  void leavesTimeExpressionsToTheTimeStage() {
    Document doc = PIPELINE.process(Document.of(
        "Regeringen satsar 28 miljoner kronor under 2025 och i tre år framåt.", Metadata.ofId("q")));
    assertEquals(1, doc.quantities().size(), doc.quantities().toString());
    Quantity money = find(doc, "28 miljoner kronor");
    assertNotNull(money);
    assertEquals(28_000_000.0, money.value());
    assertEquals("SEK", money.unit());
    assertEquals("money", money.kind());
  }

  @Test
  void offsetsAreCodePoints() {
    Document doc = PIPELINE.process(Document.of("😀 Cirka 50 elever deltog.", Metadata.ofId("q")));
    Quantity q = doc.quantities().get(0);
    assertEquals("Cirka 50 elever", doc.text(q.start(), q.end()));
    assertEquals(2, q.start());
    assertTrue(q.approximate());
  }

  @Test
  void randomTextNeverFails() {
    Random random = new Random(5);
    String alphabet = "0123456789,. %😀\nkronormiljonerhundratalsuppemotettdrygt";
    for (int n = 0; n < 300; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(120); k > 0; k--) {
        b.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
            random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      Document doc = PIPELINE.process(Document.of(b.toString(), Metadata.ofId("r")));
      for (Quantity q : doc.quantities()) {
        assertTrue(q.start() < q.end() && q.end() <= doc.length());
      }
    }
  }

  @Test
  void referenceArticle() throws IOException {
    Optional<Path> file = SharedData.find("examples/000_a3b195a945d74b47.txt");
    Assumptions.assumeTrue(file.isPresent(), "../shared/examples is absent: skipping the reference article");
    String text = Files.readString(file.get(), StandardCharsets.UTF_8);
    Document doc = PIPELINE.process(Document.of(text, Metadata.ofId("ref").withDate("2018-10-19")));
    Quantity migrants = find(doc, "uppemot 4 000 migranter");
    assertNotNull(migrants, doc.quantities().toString());
    assertEquals(4000.0, migrants.upper());
    assertEquals("migrant", migrants.unit());
    Quantity police = find(doc, "hundratals poliser");
    assertNotNull(police, doc.quantities().toString());
    assertEquals(200.0, police.lower());
    assertEquals(999.0, police.upper());
    assertEquals("polis", police.unit());
    assertTrue(police.approximate());
  }
}
