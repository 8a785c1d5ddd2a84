package se.notis.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.notis.doc.Block;
import se.notis.doc.BlockType;
import se.notis.doc.Document;

class HtmlReaderTest {
  private static final String PAGE = "<!doctype html><html lang=\"sv\"><head><title>Bron stängs i sommar - Lokalt</title>"
      + "<meta name=\"date\" content=\"2024-05-02\"></head><body><nav><a href=\"/\">Start</a><a href=\"/n\">Nyheter</a></nav>"
      + "<article><h1>Bron stängs i sommar</h1><p>Bron över älven stängs för reparation i sex veckor från midsommar, meddelar kommunen.</p>"
      + "<h2>Omledning</h2><p>Trafiken leds om via riksväg 90, och bussarna får nya hållplatser under tiden.</p></article>"
      + "<footer>Kontakt: redaktionen@lokalt.example</footer></body></html>";

  @Test
  void pageBecomesBlocksWithTitleFirst() throws BadInputException {
    Document doc = HtmlReader.read(PAGE, "bron");
    assertEquals("Bron stängs i sommar\n\nBron över älven stängs för reparation i sex veckor från midsommar, meddelar kommunen."
        + "\n\nOmledning\n\nTrafiken leds om via riksväg 90, och bussarna får nya hållplatser under tiden.", doc.text());
    List<BlockType> types = doc.blocks().stream().map(Block::type).toList();
    assertEquals(List.of(BlockType.TITLE, BlockType.PARAGRAPH, BlockType.SUBHEADING, BlockType.PARAGRAPH), types);
    assertEquals("Omledning", doc.blocks().get(2).text());
    assertEquals("bron", doc.id());
    assertEquals("Bron stängs i sommar", doc.meta().title());
    assertEquals("2024-05-02", doc.meta().date());
    assertEquals("sv", doc.meta().language());
  }

  @Test
  void noArticleIsBadInput() {
    String empty = "<html><head><title>Start</title></head><body><nav><a href=\"/\">Start</a></nav></body></html>";
    BadInputException e = assertThrows(BadInputException.class, () -> HtmlReader.read(empty, "x"));
    assertEquals("no article text in the HTML page", e.getMessage());
  }

  @Test
  void readersDecodeDeclaredCharset() throws BadInputException {
    String page = PAGE.replace("<head>", "<head><meta charset=\"iso-8859-1\">");
    Document doc = DocumentReaders.read(page.getBytes(Charset.forName("windows-1252")), "bron", null);
    assertEquals("Bron över älven stängs för reparation i sex veckor från midsommar, meddelar kommunen.",
        doc.blocks().get(1).text());
    Document utf8 = DocumentReaders.read(PAGE.getBytes(StandardCharsets.UTF_8), "bron", InputFiles.Format.HTML);
    assertEquals(doc.text(), utf8.text());
  }
}
