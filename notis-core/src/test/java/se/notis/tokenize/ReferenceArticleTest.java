package se.notis.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.notis.doc.Block;
import se.notis.doc.BlockType;
import se.notis.doc.Document;
import se.notis.doc.Token;
import se.notis.internal.SharedData;
import se.notis.pipeline.StageRegistry;

/** The reference article (SVT, 2018-10-19) from ../shared/examples. */
class ReferenceArticleTest {
  private static Document analyzed() throws IOException {
    Optional<Path> file = SharedData.find("examples/000_a3b195a945d74b47.txt");
    assumeTrue(file.isPresent(), "../shared/examples is absent: skipping the reference article test");
    return StageRegistry.pipeline(List.of("sentences")).process(Document.of(Files.readString(file.get())));
  }

  @Test
  void subheadingsAreBlocksOfTheirOwn() throws IOException {
    List<String> subheadings = analyzed().blocks().stream()
        .filter(b -> b.type() == BlockType.SUBHEADING).map(Block::text).toList();
    assertEquals(List.of("Möte med Pompeo", "”Klarar sig inte”", "Kritik från Amnesty"), subheadings);
  }

  @Test
  void namesNumbersAndGenitivesAreTokenizedAsTheTreebankWould() throws IOException {
    List<String> tokens = analyzed().tokens().stream().map(Token::text).toList();
    for (String expected : List.of("FN:s", "USA:s", "4 000", "Guevara-Rosas", "Tecún", "Umán", "Trump-perspektiv", "–", "-", "”")) {
      assertTrue(tokens.contains(expected), expected + " missing from " + tokens);
    }
  }

  @Test
  void speechDashParagraphsSplitAtTheExclamation() throws IOException {
    List<String> sentences = analyzed().sentences().stream().map(s -> s.text()).toList();
    assertTrue(sentences.contains("– Vi ska ta oss in!"), sentences.toString());
    assertEquals(22, sentences.size(), sentences.toString());
  }
}
