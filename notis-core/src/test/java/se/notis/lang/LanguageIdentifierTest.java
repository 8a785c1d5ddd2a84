package se.notis.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.notis.doc.Document;
import se.notis.doc.Metadata;
import se.notis.eval.EvalReport;

class LanguageIdentifierTest {
  private final LanguageIdentifier identifier = LanguageIdentifier.shared();

  @Test
  void tellsSwedishNorwegianAndDanishApart() {
    assertEquals(Optional.of("sv"), identifier.identify("Vi vet inte hur länge det kommer att dröja innan bron är lagad."));
    assertEquals(Optional.of("no"), identifier.identify("Vi vet ikke hvor lenge det vil ta før brua er reparert."));
    assertEquals(Optional.of("da"), identifier.identify("Vi ved ikke, hvor længe der går, før broen er repareret."));
    assertEquals(Optional.of("en"), identifier.identify("We do not know how long it will take before the bridge is repaired."));
  }

  @Test
  void shortParagraphsFile() throws IOException, URISyntaxException {
    Path gold = Path.of(getClass().getResource("short-paragraphs.tsv").toURI());
    List<LanguageEvaluator.LanguageSample> samples = LanguageEvaluator.read(gold);
    EvalReport report = LanguageEvaluator.evaluate(samples, identifier);
    assertTrue(report.expectAccuracy("language").value() >= 0.95, report.format());
    for (String lang : List.of("sv", "no", "da")) {
      assertTrue(report.expectAccuracy("language." + lang).value() >= 0.9, report.format());
    }
  }

  @Test
  void noLettersNoLanguage() {
    assertEquals(Optional.empty(), identifier.identify(""));
    assertEquals(Optional.empty(), identifier.identify("12 345 – 67,8 %"));
    assertEquals(Optional.empty(), identifier.identify("!?"));
  }

  @Test
  void garbageNeverCrashes() {
    Random random = new Random(3);
    for (int i = 0; i < 200; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(300); j > 0; j--) {
        text.appendCodePoint(random.nextInt(0x2FFFF));
      }
      identifier.identify(text.toString());
    }
  }

  @Test
  void longTextIsCut() {
    String text = "Regeringen vill skärpa straffen för vapenbrott. ".repeat(10_000);
    assertEquals(Optional.of("sv"), identifier.identify(text));
  }

  @Test
  void stageSetsLanguageOnlyWhenUnknown() {
    LanguageStage stage = new LanguageStage();
    Document doc = Document.of("Polisen fick larm om en brand i ett flerfamiljshus strax efter midnatt.", Metadata.ofId("a"));
    assertEquals("sv", stage.process(doc).meta().language());
    Document declared = doc.withMeta(doc.meta().withLanguage("en"));
    assertSame(declared, stage.process(declared));
    Document empty = Document.of("", Metadata.ofId("b"));
    assertEquals(null, stage.process(empty).meta().language());
  }
}
