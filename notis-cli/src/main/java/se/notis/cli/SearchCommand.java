package se.notis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.notis.search.EntityFilter;
import se.notis.search.QuoteHit;
import se.notis.search.QuoteQuestion;
import se.notis.search.QuoteRequest;
import se.notis.search.QuoteResult;
import se.notis.search.SearchFilter;
import se.notis.search.SearchHit;
import se.notis.search.SearchRequest;
import se.notis.search.SearchResult;
import se.notis.search.Sort;

/** {@code notis search}: full-text and quote search in an archive. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {
      "Searches the archive. QUERY uses Lucene syntax: words (all must match), \"a phrase\", OR, NOT, -word.",
      "--quotes searches statements instead; a question such as \"vad har Trump sagt om gränsen\"",
      "is read as speaker Trump, words gränsen."
    })
final class SearchCommand implements Callable<Integer> {
  enum Format { text, json }

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Query words (joined with spaces).")
  List<String> query = new ArrayList<>();

  @Option(names = "--data", paramLabel = "DIR", description = "Archive directory (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("notis-data");

  @Option(names = "--limit", description = "Hits to print (default: ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = "--offset", description = "Hits to skip (default: 0).")
  int offset;

  @Option(names = {"-f", "--format"}, description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--sort", description = "relevance, date (newest first) or date_asc (default: relevance).")
  String sort = "relevance";

  @Option(names = "--entity", paramLabel = "[TYPE:]NAME", description = "Only documents mentioning this entity (repeatable).")
  List<String> entities = new ArrayList<>();

  @Option(names = "--speaker", description = "Only documents (or, with --quotes, statements) by this speaker.")
  String speaker;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Earliest date.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Latest date.")
  LocalDate to;

  @Option(names = "--source", description = "Only this source.")
  String source;

  @Option(names = "--language", description = "Only this language (ISO 639-1).")
  String language;

  @Option(names = "--quotes", description = "Search statements (quotes) instead of documents.")
  boolean quotes;

  @picocli.CommandLine.Mixin BackendOptions backend = new BackendOptions();

  @Override
  public Integer call() throws IOException {
    String text = String.join(" ", query).strip();
    SearchFilter filter = new SearchFilter(entities.stream().map(EntityFilter::parse).toList(),
        quotes ? null : speaker, from, to, source, language);
    ObjectMapper mapper = new ObjectMapper();
    try (se.notis.search.ArchiveIndex archive = backend.open(data, false)) {
      if (quotes) {
        QuoteRequest request = speaker != null || QuoteQuestion.parse(text).isEmpty()
            ? new QuoteRequest(speaker, text, filter, offset, limit)
            : QuoteQuestion.parse(text).get();
        request = new QuoteRequest(request.speaker(), request.query(), filter, offset, limit);
        QuoteResult result = archive.quotes(request);
        if (format == Format.json) {
          System.out.println(mapper.writeValueAsString(result));
        } else {
          System.out.printf("%,d statements%n", result.total());
          for (QuoteHit hit : result.hits()) {
            System.out.printf("%s  %s: %s  [%s]%n", hit.date() == null ? "" : hit.date(),
                hit.speaker() == null ? "?" : hit.speaker(), hit.text(), hit.docId());
          }
        }
        return 0;
      }
      SearchRequest request = new SearchRequest(text, filter, Sort.parse(sort), offset, limit, 10);
      SearchResult result = archive.search(request);
      if (format == Format.json) {
        System.out.println(mapper.writeValueAsString(result));
      } else {
        System.out.printf("%,d documents (%.1f ms)%n", result.total(), result.tookMillis());
        int rank = offset;
        for (SearchHit hit : result.hits()) {
          System.out.printf("%2d. %s  %s  [%s] %.2f%n    %s%n", ++rank, hit.date() == null ? "" : hit.date(),
              hit.title() == null ? "(no title)" : hit.title(), hit.id(), hit.score(),
              org.jsoup.parser.Parser.unescapeEntities(hit.snippet().replace("<b>", "[").replace("</b>", "]"), false));
        }
      }
    }
    return 0;
  }
}
