package se.notis.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The article-extraction scores of a set of pages, as the public benchmark computes them: each
 * page's shingle tp/fp/fn normalised to sum to 1, precision and recall averaged over pages, F1 of
 * the two averages. Reports of parts {@link #merge} into the report of the whole.
 *
 * @param pages one score per page
 * @param extractNanos CPU time spent extracting (parsing included), for a pages-per-second figure
 */
public record ExtractionReport(List<PageScore> pages, long extractNanos) {

  /** The normalised shingle counts of one page. */
  public record PageScore(String id, double tp, double fp, double fn) {
    /** The benchmark's per-page precision: 1 when nothing was wrong, 0 when nothing was right. */
    public double precision() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
    }

    public double recall() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
    }
  }

  public ExtractionReport {
    pages = List.copyOf(pages);
  }

  public ExtractionReport merge(ExtractionReport other) {
    List<PageScore> all = new ArrayList<>(pages);
    all.addAll(other.pages);
    return new ExtractionReport(all, extractNanos + other.extractNanos);
  }

  /** Mean precision over pages that predicted or should have predicted something. */
  public double precision() {
    return pages.stream().filter(p -> p.tp() + p.fp() > 0).mapToDouble(PageScore::precision)
        .average().orElse(0);
  }

  public double recall() {
    return pages.stream().filter(p -> p.tp() + p.fn() > 0).mapToDouble(PageScore::recall)
        .average().orElse(0);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Pages extracted per second. */
  public double pagesPerSecond() {
    return extractNanos == 0 ? 0 : pages.size() * 1e9 / extractNanos;
  }

  /** Scores under stable keys: {@code extract.p}, {@code extract.r}, {@code extract.f1} (0–1). */
  public Map<String, Double> scores() {
    Map<String, Double> out = new TreeMap<>();
    out.put("extract.p", precision());
    out.put("extract.r", recall());
    out.put("extract.f1", f1());
    return out;
  }
}
