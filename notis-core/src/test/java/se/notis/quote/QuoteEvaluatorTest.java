package se.notis.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.notis.doc.Quote;
import se.notis.doc.Span;
import se.notis.eval.EvalReport;
import se.notis.eval.GoldDocuments;

class QuoteEvaluatorTest {
  static final String TEXT = "– Vi ska ta oss in, skrek en ung man. Enligt polisen tog de sig inte över bron.";

  static GoldDocuments.GoldDocument gold() throws IOException {
    String json = "{\"id\":\"t1\",\"text\":\"" + TEXT + "\",\"quotes\":["
        + "{\"text\":\"Vi ska ta oss in\",\"n\":1,\"kind\":\"direct\",\"speaker\":\"en ung man\",\"speaker_n\":1,"
        + "\"speaker_canonical\":\"en ung man\",\"cue\":\"skrek\"},"
        + "{\"text\":\"tog de sig inte över bron\",\"n\":1,\"kind\":\"indirect\",\"speaker\":\"polisen\","
        + "\"speaker_n\":1,\"speaker_canonical\":\"Polisen\",\"cue\":\"Enligt\"}]}";
    return GoldDocuments.parse(json, "test");
  }

  @Test
  void goldStringsResolveToCodePointSpans() throws IOException {
    GoldDocuments.GoldDocument doc = gold();
    GoldDocuments.GoldQuote first = doc.quotes().get(0);
    assertEquals(2, first.start());
    assertEquals(18, first.end());
    assertEquals("en ung man", TEXT.substring(first.speakerStart(), first.speakerEnd()));
    assertEquals("indirect", doc.quotes().get(1).kind());
  }

  @Test
  void matchesByJaccardOneToOneAndScoresSpeakers() throws IOException {
    GoldDocuments.GoldDocument doc = gold();
    int man = TEXT.indexOf("en ung man");
    int police = TEXT.indexOf("polisen");
    int content = TEXT.indexOf("tog de");
    List<Quote> pred = List.of(
        // the direct quote with its comma: Jaccard 16/17
        new Quote(2, 19, Quote.Kind.DIRECT, new Span(20, 25), new Quote.Speaker(man, man + 10, "en ung man"), null),
        // a second prediction over the same gold quote is a false positive (one to one)
        new Quote(2, 12, Quote.Kind.DIRECT, null, null, null),
        // the indirect quote with the right speaker in other case, but half its span: Jaccard < 0.5
        new Quote(content, content + 10, Quote.Kind.INDIRECT, null,
            new Quote.Speaker(police, police + 7, "polisen"), null));
    EvalReport report = QuoteEvaluator.evaluate(pred, doc.quotes());
    assertEquals(1, report.expectPrf("quote.all").tp());
    assertEquals(2, report.expectPrf("quote.all").fp());
    assertEquals(1, report.expectPrf("quote.all").fn());
    assertEquals(1, report.expectPrf("quote.direct").tp());
    assertEquals(1, report.expectPrf("quote.direct").fp());
    assertEquals(0, report.expectPrf("quote.direct").fn());
    assertEquals(1.0, report.expectAccuracy("quote.speaker").value());
    assertEquals(1.0, report.expectAccuracy("quote.speaker_span").value());

    List<Quote> whole = List.of(new Quote(content, TEXT.length() - 1, Quote.Kind.INDIRECT, null,
        new Quote.Speaker(police, police + 7, "POLISEN"), null));
    EvalReport second = QuoteEvaluator.evaluate(whole, doc.quotes());
    assertEquals(1, second.expectPrf("quote.all").tp());
    assertEquals(1.0, second.expectAccuracy("quote.speaker").value(), "canonical names compare ignoring case");
  }

  @Test
  void missingGoldStringFailsWithItsText() {
    String json = "{\"id\":\"t2\",\"text\":\"Hej.\",\"quotes\":[{\"text\":\"saknas\",\"n\":1,\"kind\":\"direct\"}]}";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldDocuments.parse(json, "x"));
    assertEquals("t2: occurrence 1 of 'saknas' not found", e.getMessage());
  }
}
