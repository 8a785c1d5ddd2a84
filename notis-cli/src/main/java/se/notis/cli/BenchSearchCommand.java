package se.notis.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.notis.search.FacetCount;
import se.notis.search.Facets;
import se.notis.search.LuceneArchive;
import se.notis.search.SearchFilter;
import se.notis.search.SearchHit;
import se.notis.search.SearchRequest;
import se.notis.search.SearchResult;
import se.notis.search.Sort;

/**
 * {@code notis bench-search}: search latency over mixed queries drawn from the archive's own
 * titles (words, AND pairs, phrases, OR, date and source filters, date sort), with facets and
 * snippets as the API computes them.
 */
@Command(name = "bench-search", mixinStandardHelpOptions = true,
    description = {"Search latency p50/p90/p99 over mixed queries built from the archive's titles,",
      "as wall time and as CPU time of the searching thread (robust to other load on the machine)."})
final class BenchSearchCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR", description = "Archive directory (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("notis-data");

  @Option(names = "--queries", description = "Measured queries (default: ${DEFAULT-VALUE}).")
  int queries = 1000;

  @Option(names = "--warmup", description = "Unmeasured queries first (default: ${DEFAULT-VALUE}).")
  int warmup = 300;

  @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--limit", description = "Hits per query, each with a snippet (default: ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = "--facets", description = "Values per facet, 0 for none (default: ${DEFAULT-VALUE}).")
  int facets = 10;

  @Option(names = "--print", description = "Print each query with its hit count and time.")
  boolean print;

  @Override
  public Integer call() throws IOException {
    try (LuceneArchive archive = LuceneArchive.openReadOnly(data)) {
      long docs = archive.count();
      if (docs == 0) {
        System.err.println("notis: the archive is empty");
        return 1;
      }
      Random random = new Random(seed);
      List<String> titles = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        int offset = (int) Math.min(100_000, (long) (random.nextDouble() * docs));
        SearchResult one = archive.search(new SearchRequest("", null, Sort.DATE_DESC, offset, 1, 0));
        for (SearchHit hit : one.hits()) {
          if (hit.title() != null) {
            titles.add(hit.title());
          }
        }
      }
      SearchResult all = archive.search(SearchRequest.of("").withPage(0, 0).withFacetLimit(20));
      List<String> sources = all.facets().getOrDefault(Facets.SOURCES, List.of()).stream().map(FacetCount::value).toList();
      List<SearchRequest> requests = new ArrayList<>();
      for (int i = 0; i < warmup + queries; i++) {
        requests.add(request(random, titles, sources).withPage(0, limit).withFacetLimit(facets));
      }
      long[] nanos = new long[queries];
      long[] cpu = new long[queries];
      long hits = 0;
      java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
      for (int i = 0; i < requests.size(); i++) {
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        SearchResult result = archive.search(requests.get(i));
        long took = System.nanoTime() - start;
        long cpuTook = threads.getCurrentThreadCpuTime() - cpuStart;
        if (i >= warmup) {
          nanos[i - warmup] = took;
          cpu[i - warmup] = cpuTook;
          hits += result.total();
          if (print) {
            System.out.printf("%8.2f ms %7d  %s%n", took / 1e6, result.total(), describe(requests.get(i)));
          }
        }
      }
      Arrays.sort(nanos);
      Arrays.sort(cpu);
      double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
      System.out.printf(Locale.ROOT, "documents=%d queries=%d mean_hits=%.0f%n", docs, queries, (double) hits / queries);
      System.out.printf(Locale.ROOT, "latency_ms p50=%.2f p90=%.2f p99=%.2f max=%.2f mean=%.2f%n",
          pct(nanos, 0.50), pct(nanos, 0.90), pct(nanos, 0.99), nanos[nanos.length - 1] / 1e6, mean);
      // CPU time of the searching thread: what a query costs whatever else the machine runs
      System.out.printf(Locale.ROOT, "cpu_ms p50=%.2f p90=%.2f p99=%.2f max=%.2f load_average=%.1f%n",
          pct(cpu, 0.50), pct(cpu, 0.90), pct(cpu, 0.99), cpu[cpu.length - 1] / 1e6,
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
    return 0;
  }

  private static double pct(long[] sorted, double p) {
    int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1e6;
  }

  private static String describe(SearchRequest r) {
    return r.query() + (r.filter().isEmpty() ? "" : "  " + r.filter()) + (r.sort() == Sort.RELEVANCE ? "" : "  " + r.sort());
  }

  /** One query of the mix: 40% a word, 20% two words, 15% a phrase, 10% OR, 10% filtered, 5% by date. */
  private static SearchRequest request(Random random, List<String> titles, List<String> sources) {
    List<String> words = words(titles.get(random.nextInt(titles.size())));
    if (words.isEmpty()) {
      words = List.of("regeringen");
    }
    String a = words.get(random.nextInt(words.size()));
    String b = words.get(random.nextInt(words.size()));
    int kind = random.nextInt(100);
    SearchRequest request;
    if (kind < 40) {
      request = SearchRequest.of(a);
    } else if (kind < 60) {
      request = SearchRequest.of(a + " " + b);
    } else if (kind < 75) {
      int from = random.nextInt(words.size());
      int to = Math.min(words.size(), from + 2 + random.nextInt(2));
      request = SearchRequest.of("\"" + String.join(" ", words.subList(from, to)) + "\"");
    } else if (kind < 85) {
      List<String> other = words(titles.get(random.nextInt(titles.size())));
      request = SearchRequest.of(a + " OR " + (other.isEmpty() ? b : other.get(0)));
    } else if (kind < 95) {
      int year = 2015 + random.nextInt(11);
      SearchFilter filter = SearchFilter.NONE.withDates(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      if (!sources.isEmpty() && random.nextBoolean()) {
        filter = filter.withSource(sources.get(random.nextInt(sources.size())));
      }
      request = SearchRequest.of(a).withFilter(filter);
    } else {
      request = SearchRequest.of(a).withSort(Sort.DATE_DESC);
    }
    return request;
  }

  private static List<String> words(String title) {
    List<String> words = new ArrayList<>();
    for (String word : title.split("[^\\p{L}\\p{N}]+")) {
      if (word.length() >= 4) {
        words.add(word.toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }
}
