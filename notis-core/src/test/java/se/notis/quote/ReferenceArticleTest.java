package se.notis.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import se.notis.doc.Document;
import se.notis.internal.SharedData;

/** The reference article: all ten statements with their speakers, with the stage's own name fallback. */
class ReferenceArticleTest {
  @Test
  void tenStatementsWithTheirSpeakers() throws IOException {
    Optional<Path> file = SharedData.find("examples/000_a3b195a945d74b47.txt");
    Assumptions.assumeTrue(file.isPresent(), "../shared/examples is absent: skipping the reference article");
    Document doc = QuoteStageTest.PIPELINE.process(Document.of(Files.readString(file.get(), StandardCharsets.UTF_8)));
    List<String> speakers = doc.quotes().stream().map(q -> q.speaker() == null ? "-" : q.speaker().canonical()).toList();
    assertEquals(List.of("en ung man i karavanen", "myndigheterna", "Luis Videgaray", "Luis Videgaray", "Donald Trump",
        "Jesús España", "Migranterna", "Jesús España", "myndigheterna", "Erika Guevara-Rosas"), speakers,
        String.join("\n", QuoteStageTest.describe(doc)));
    List<String> described = QuoteStageTest.describe(doc);
    assertEquals("Vi ska ta oss in! Vi ska ta oss in tillsammans! | direct | en ung man i karavanen | skrek",
        described.get(0));
    assertEquals("Vi har aldrig haft en så här stor grupp som samtidigt har sökt hjälp, därför behöver vi hjälp"
        + " | direct | Luis Videgaray | sade", described.get(3));
    assertEquals("Klarar sig inte | direct | Jesús España | berättar", described.get(5));
    assertEquals("De som saknar giltigt visum kommer att antingen få söka asyl i Mexiko, eller skickas tillbaka"
        + " | indirect | myndigheterna | meddelar", described.get(8));
    assertEquals("i mexikansk tv", doc.text(doc.quotes().get(3).medium().start(), doc.quotes().get(3).medium().end()));
    assertEquals("för den mexikanska tidningen El Excelsior",
        doc.text(doc.quotes().get(7).medium().start(), doc.quotes().get(7).medium().end()));
    assertEquals("i ett uttalande", doc.text(doc.quotes().get(9).medium().start(), doc.quotes().get(9).medium().end()));
  }
}
