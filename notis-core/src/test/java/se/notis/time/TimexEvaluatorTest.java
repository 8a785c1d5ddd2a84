package se.notis.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import se.notis.doc.Document;
import se.notis.doc.TimeExpression;
import se.notis.eval.EvalReport;
import se.notis.eval.Prf;
import se.notis.internal.SharedData;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;

class TimexEvaluatorTest {
  @Test
  void matchesOverlappingSpansOnce() {
    List<TimeExpression> gold = List.of(new TimeExpression(0, 9, "DATE", "2018-10-18"),
        new TimeExpression(20, 25, "TIME", null), new TimeExpression(40, 45, "DURATION", "P3D"));
    List<TimeExpression> predicted = List.of(new TimeExpression(3, 9, "DATE", "2018-10-18"),
        new TimeExpression(20, 25, "DATE", "2018"), new TimeExpression(30, 35, "SET", "P1D"));
    EvalReport report = TimexEvaluator.evaluate(gold, predicted);
    assertEquals(new Prf(2, 1, 1), report.expectPrf("timex"));
    assertEquals(new Prf(1, 2, 2), report.expectPrf("timex.exact"));
    assertEquals(1, report.expectAccuracy("timex.type").correct());
    assertEquals(2, report.expectAccuracy("timex.type").total());
    // The second pair has no gold value, so only the first counts.
    assertEquals(1, report.expectAccuracy("timex.value").total());
    assertEquals(1, report.expectAccuracy("timex.value").correct());
  }

  @Test
  void goldReaderResolvesTheNthOccurrence() throws IOException {
    String line = "{\"id\":\"g\",\"date\":\"2024-11-30\",\"title\":null,\"text\":\"I dag och i dag igen.\","
        + "\"timex\":[{\"text\":\"i dag\",\"n\":1,\"type\":\"DATE\",\"value\":\"2024-11-30\"}]}";
    Document doc = TimexGoldReader.parse(new ObjectMapper().readTree(line), "test");
    TimeExpression timex = doc.timexes().get(0);
    assertEquals(10, timex.start());
    assertEquals("2024-11-30", doc.meta().date());
    String bad = "{\"id\":\"g\",\"text\":\"abc\",\"timex\":[{\"text\":\"x\",\"n\":1,\"type\":\"DATE\"}]}";
    assertThrows(IllegalArgumentException.class,
        () -> TimexGoldReader.parse(new ObjectMapper().readTree(bad), "test"));
  }

  @Test
  void devGoldReachesTheTargets() throws IOException {
    Optional<Path> dir = SharedData.find("data/gold/dev");
    Assumptions.assumeTrue(dir.isPresent(), "../shared/data/gold/dev is absent: skipping the dev evaluation");
    Pipeline pipeline = StageRegistry.pipeline(List.of("time"));
    EvalReport total = EvalReport.empty();
    try (var files = Files.list(dir.get())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".gold.jsonl")).toList()) {
        for (Document gold : TimexGoldReader.read(file)) {
          Document predicted = pipeline.process(Document.of(gold.text(), gold.meta()));
          total = total.merge(TimexEvaluator.evaluate(gold, predicted));
        }
      }
    }
    assertTrue(total.expectPrf("timex").f1() >= 0.85, total.format());
    assertTrue(total.expectAccuracy("timex.value").value() >= 0.85, total.format());
  }
}
