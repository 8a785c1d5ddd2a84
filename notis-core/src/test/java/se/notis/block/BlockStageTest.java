package se.notis.block;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.notis.doc.Block;
import se.notis.doc.Document;

class BlockStageTest {
  private static List<String> blocks(String text) {
    Document doc = new BlockStage().process(Document.of(text));
    return doc.blocks().stream().map(Block::toString).toList();
  }

  @Test
  void shortUnpunctuatedLinesBetweenParagraphsAreSubheadings() {
    String text = "Hundratals migranter tog sig över gränsen.\n\n– Vi ska ta oss in! skrek en man.\n\n"
        + "Möte med Pompeo\n\nGruppen är bara en liten del.\n\n”Klarar sig inte”\n\nMigranterna vittnar om våld.";
    assertEquals(List.of(
        "lead: Hundratals migranter tog sig över gränsen.",
        "paragraph: – Vi ska ta oss in! skrek en man.",
        "subheading: Möte med Pompeo",
        "paragraph: Gruppen är bara en liten del.",
        "subheading: ”Klarar sig inte”",
        "paragraph: Migranterna vittnar om våld."), blocks(text));
  }

  @Test
  void firstHeadingLineIsTheTitle() {
    assertEquals(List.of("title: Polisen larmades till Malmö", "paragraph: En person fördes till sjukhus."),
        blocks("Polisen larmades till Malmö\nEn person fördes till sjukhus."));
  }

  @Test
  void singleNewlinesSeparateParagraphsButHardWrapsAreJoined() {
    String text = "Larm om påkörd person.\nPolisen får in ett larm.\n"
        + "Det här är en lång rad som bryts mitt i meningen eftersom texten\nhar radbrytningar av ett e-postprogram.";
    assertEquals(List.of("lead: Larm om påkörd person.", "paragraph: Polisen får in ett larm.",
        "paragraph: Det här är en lång rad som bryts mitt i meningen eftersom texten\nhar radbrytningar av ett e-postprogram."),
        blocks(text));
  }

  @Test
  void windowsLineEndsAndSurroundingSpaceAreTrimmed() {
    assertEquals(List.of("paragraph: Ett stycke.", "paragraph: Ett till."), blocks("  Ett stycke.  \r\n\r\nEtt till.\r\n"));
  }

  @Test
  void readerBlocksAreKept() {
    Document doc = new BlockStage().process(Document.of("Rubrik\n\nText."));
    Document again = new BlockStage().process(doc);
    assertEquals(doc.get(se.notis.doc.Layers.BLOCKS), again.get(se.notis.doc.Layers.BLOCKS));
  }
}
