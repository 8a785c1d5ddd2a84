package se.notis.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import se.notis.io.BadInputException;
import se.notis.io.InputFiles;
import se.notis.io.TextDecoder;

/**
 * Scores article extraction against hand-checked article bodies with the public
 * article-extraction benchmark's metric (see {@link ExtractionReport}).
 */
public final class ExtractionEvaluator {
  private ExtractionEvaluator() {}

  /** The score of one page's extracted body against its true body. */
  public static ExtractionReport.PageScore score(String id, String truth, String predicted) {
    double[] counts = Shingles.match(truth, predicted);
    return new ExtractionReport.PageScore(id, counts[0], counts[1], counts[2]);
  }

  /**
   * Extracts every page named in a ground-truth file ({@code {id: {articleBody, url}}}) from
   * {@code pagesDir/<id>.html.gz} (or {@code .html}) and scores it. A missing or unreadable page
   * counts as an empty extraction.
   */
  public static ExtractionReport evaluate(Path pagesDir, Path truthFile) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
    List<ExtractionReport.PageScore> scores = new ArrayList<>();
    long nanos = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String id = entry.getKey();
      String body = entry.getValue().path("articleBody").asText("");
      String url = entry.getValue().path("url").asText(null);
      Path page = find(pagesDir, id);
      String predicted = "";
      if (page != null) {
        byte[] bytes = InputFiles.readAll(page);
        long start = cpuNanos();
        try {
          predicted = ArticleExtractor.extract(TextDecoder.decodeHtml(bytes), url).bodyText();
        } catch (BadInputException e) {
          predicted = "";
        }
        nanos += cpuNanos() - start;
      }
      scores.add(score(id, body, predicted));
    }
    return new ExtractionReport(scores, nanos);
  }

  /** CPU time of this thread: a speed figure that other processes on the machine do not distort. */
  private static long cpuNanos() {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
  }

  private static Path find(Path dir, String id) {
    for (String ext : new String[] {".html.gz", ".html", ".htm.gz", ".htm"}) {
      Path path = dir.resolve(id + ext);
      if (Files.isRegularFile(path)) {
        return path;
      }
    }
    return null;
  }
}
