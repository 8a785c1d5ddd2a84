package se.notis.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.notis.doc.Quote;
import se.notis.doc.Span;
import se.notis.eval.EvalReport;

class QuoteEvaluatorTest {
  static final String TEXT = "– Vi ska ta oss in, skrek en ung man. Enligt polisen tog de sig inte över bron.";

  static GoldQuotes.GoldDocument gold() throws IOException {
    String json = "{\"id\":\"t1\",\"text\":\"" + TEXT + "\",\"quotes\":["
        + "{\"text\":\"Vi ska ta oss in\",\"n\":1,\"kind\":\"direct\",\"speaker\":\"en ung man\",\"speaker_n\":1,"
        + "\"speaker_canonical\":\"en ung man\",\"cue\":\"skrek\"},"
        + "{\"text\":\"tog de sig inte över bron\",\"n\":1,\"kind\":\"indirect\",\"speaker\":\"polisen\","
        + "\"speaker_n\":1,\"speaker_canonical\":\"Polisen\",\"cue\":\"Enligt\"}]}";
    return GoldQuotes.parse(new ObjectMapper().readTree(json), "test");
  }

  @Test
  void goldStringsResolveToCodePointSpans() throws IOException {
    GoldQuotes.GoldDocument doc = gold();
    GoldQuotes.GoldQuote first = doc.quotes().get(0);
    assertEquals(2, first.start());
    assertEquals(18, first.end());
    assertEquals("en ung man", doc.doc().text(first.speakerStart(), first.speakerEnd()));
    assertEquals(Quote.Kind.INDIRECT, doc.quotes().get(1).kind());
  }

  @Test
  void matchesByJaccardOneToOneAndScoresSpeakers() throws IOException {
    GoldQuotes.GoldDocument doc = gold();
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
    IOException e = assertThrows(IOException.class, () -> GoldQuotes.parse(new ObjectMapper().readTree(json), "x"));
    assertEquals("x: quote not found: 'saknas' n=1", e.getMessage());
  }
}
