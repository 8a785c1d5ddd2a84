package se.notis.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import se.notis.internal.SharedData;

/** Extraction on the benchmark's dev pages in ../shared (skipped when they are absent). */
class ExtractionDevPagesTest {
  @Test
  void devPagesScoreAsMeasured() throws IOException {
    Optional<Path> pages = SharedData.find("data/html/pages");
    Optional<Path> truth = SharedData.find("data/html/ground-truth-dev.json");
    Assumptions.assumeTrue(pages.isPresent() && truth.isPresent(),
        "../shared/data/html not found: skipping the extraction check on the dev pages");
    ExtractionReport report = ExtractionEvaluator.evaluate(pages.get(), truth.get());
    assertTrue(report.pages().size() >= 40, "pages: " + report.pages().size());
    assertTrue(report.f1() >= 0.96, "F1 " + report.f1());
    long poor = report.pages().stream().filter(p -> p.precision() < 0.5 || p.recall() < 0.5).count();
    assertTrue(poor == 0, poor + " pages with precision or recall under 0.5");
  }
}
