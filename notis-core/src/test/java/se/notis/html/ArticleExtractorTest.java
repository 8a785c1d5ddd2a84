package se.notis.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.notis.doc.BlockType;

class ArticleExtractorTest {
  private static String resource(String name) throws IOException {
    try (InputStream in = ArticleExtractorTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void keepsTheArticleAndDropsBoilerplate() throws IOException {
    Article article = ArticleExtractor.extract(resource("article.html"), null);
    List<String> texts = article.blocks().stream().map(Article.Block::text).toList();
    assertEquals(List.of(
        "Tusentals migranter från Honduras har under fredagen nått gränsen mellan Guatemala och Mexiko,"
            + " där polisen har stängt bron över floden.",
        "– Vi ska ta oss in, vi har ingenting att gå tillbaka till, säger en ung man som har gått i sex dagar.",
        "Möte med Pompeo",
        "USA:s utrikesminister Mike Pompeo träffade på fredagen Mexikos president för att diskutera hur"
            + " karavanen ska hanteras, enligt ett uttalande från departementet.",
        "FN:s flyktingorgan uppger att flera hundra personer har ansökt om asyl i Mexiko sedan i onsdags,"
            + " och att fler väntas göra det under helgen."), texts);
    assertEquals(BlockType.SUBHEADING, article.blocks().get(2).type());
    assertEquals(BlockType.PARAGRAPH, article.blocks().get(3).type());
    String body = article.bodyText();
    for (String boilerplate : List.of("Inrikes", "kakor", "Dela på", "Läs också", "Karavanen växer",
        "kommentar", "Mest läst", "rättigheter", "Av Anna", "Publicerad", "Uppdaterad", "Foto", "TT")) {
      assertFalse(body.contains(boilerplate), boilerplate);
    }
  }

  @Test
  void readsMetadataFromHeadAndJsonLd() throws IOException {
    Article article = ArticleExtractor.extract(resource("article.html"), "https://other.example/x");
    assertEquals("Migranter når gränsen till Mexiko", article.title());
    assertEquals("2018-10-19", article.date());
    assertEquals("https://nyheterna.example/utrikes/migranter-nar-gransen", article.url());
    assertEquals("sv", article.language());
  }

  @Test
  void dateFromMetaTagsTimeElementOrUrl() {
    String para = "<p>" + "Regeringen presenterade i dag ett förslag om nya regler för hyresmarknaden, och kritiken lät inte vänta på sig. ".repeat(3) + "</p>";
    String meta = "<html><head><meta property=\"article:published_time\" content=\"2024-03-05T08:00:00Z\"></head><body><article>"
        + para + "</article></body></html>";
    assertEquals("2024-03-05", ArticleExtractor.extract(meta, null).date());
    String time = "<html><body><article><time datetime=\"2023-11-30\">30 nov</time>" + para + "</article></body></html>";
    assertEquals("2023-11-30", ArticleExtractor.extract(time, null).date());
    String visible = "<html><body><article><p class=\"publish-date\">Publicerad 19 oktober 2018 kl 21.04</p>" + para
        + "</article></body></html>";
    assertEquals("2018-10-19", ArticleExtractor.extract(visible, null).date());
    String url = "<html><body><article>" + para + "</article></body></html>";
    assertEquals("2019-11-20", ArticleExtractor.extract(url, "https://x.example/2019/11/20/story").date());
    assertNull(ArticleExtractor.extract(url, null).date());
  }

  @Test
  void writtenDatesParse() {
    assertEquals("2019-11-20", PageMetadata.parseDate("November 20, 2019"));
    assertEquals("2019-11-20", PageMetadata.parseDate("20 nov. 2019"));
    assertEquals("2018-10-19", PageMetadata.parseDate("19 oktober 2018"));
    assertEquals("2018-10-19", PageMetadata.parseDate("20181019"));
    assertNull(PageMetadata.parseDate("igår"));
    assertNull(PageMetadata.parseDate("2018-13-45"));
  }

  @Test
  void siteNameIsCutFromTitles() {
    assertEquals("Migranter når gränsen", PageMetadata.stripSiteName("Migranter når gränsen | SVT Nyheter"));
    assertEquals("Kort - titel", PageMetadata.stripSiteName("Kort - titel"));
  }

  @Test
  void pageWithoutArticleHasNoBody() {
    String nav = "<html><head><title>Start</title></head><body><nav><a href=/a>A</a> <a href=/b>B</a></nav>"
        + "<ul><li><a href=/1>Första länken</a></li><li><a href=/2>Andra länken</a></li></ul></body></html>";
    assertFalse(ArticleExtractor.extract(nav, null).hasBody());
    assertFalse(ArticleExtractor.extract("", null).hasBody());
    assertFalse(ArticleExtractor.extract("<html><body></body></html>", null).hasBody());
  }

  @Test
  void textWithoutMarkupIsReadAsOneArticle() {
    String text = "Det här är en vanlig text utan någon markering alls, men den är lång nog att vara en artikel, och den har kommatecken.";
    Article article = ArticleExtractor.extract(text, null);
    assertEquals(text, article.bodyText());
  }

  @Test
  void misleadingClassOnTheArticleContainerDoesNotLoseTheArticle() {
    StringBuilder html = new StringBuilder("<html><body><div class=\"story has-comments\">");
    for (int i = 1; i <= 6; i++) {
      html.append("<p>Stycke ").append(i).append(" handlar om hur kommunen, regionen och staten delar på kostnaderna för den nya bron.</p>");
    }
    html.append("</div><div class=\"comments\"><p>Bra!</p></div></body></html>");
    Article article = ArticleExtractor.extract(html.toString(), null);
    assertEquals(6, article.blocks().size());
    assertTrue(article.bodyText().startsWith("Stycke 1 handlar om"));
  }

  @Test
  void deepNestingIsFlattened() {
    String para = "<p>Texten ligger djupt inne i sidan, men den är lång nog att räknas som en artikel, med kommatecken.</p>";
    String html = "<html><body>" + "<div>".repeat(50_000) + para + "</div>".repeat(50_000) + "</body></html>";
    assertEquals("Texten ligger djupt inne i sidan, men den är lång nog att räknas som en artikel, med kommatecken.",
        ArticleExtractor.extract(html, null).bodyText());
  }

  @Test
  void randomInputNeverCrashes() {
    Random random = new Random(7);
    String[] pieces = {"<p>", "</p>", "<div class=\"comment\">", "</div>", "<script>", "text, ", "å", "<",
        ">", "&amp;", "<br>", "<table><tr><td>", "<a href=x>", "\u0000", "\uD83D\uDE00", "<!--", "<h2>"};
    for (int i = 0; i < 300; i++) {
      StringBuilder html = new StringBuilder();
      for (int j = random.nextInt(200); j > 0; j--) {
        html.append(pieces[random.nextInt(pieces.length)]);
      }
      Article article = ArticleExtractor.extract(html.toString(), random.nextBoolean() ? null : "http://x.example/");
      assertTrue(article.blocks().stream().noneMatch(b -> b.text().isBlank()));
    }
  }
}
