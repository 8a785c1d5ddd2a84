package se.notis.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The archive on an embedded Lucene index in a directory. Each document is stored as a block:
 * one Lucene document per quote, then the article itself, all sharing the article id in
 * {@code doc_id} so an upsert replaces the whole block atomically. Text fields use
 * {@link SwedishAnalyzers}; entities, speakers, sources and months are facets (sorted-set doc
 * values); entity mentions are indexed with their counts as term frequencies.
 *
 * <p>Crash safety comes from Lucene's commit points: after a crash the index opens at the last
 * {@link #commit()}, and re-ingesting upserts by id, so nothing is lost or duplicated.
 */
public final class LuceneArchive implements ArchiveIndex {
  static final String ID = "id";
  static final String DOC = "doc_id";
  static final String KIND = "kind";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String DATE = "date";
  static final String DAY = "day";
  static final String SOURCE = "source";
  static final String LANGUAGE = "language";
  static final String URL = "url";
  static final String ENTITY = "ent";
  static final String SPEAKER = "speaker";
  static final String SPEAKER_NAMES = "speaker_names";
  static final String JSON = "json";
  static final String QUOTE_KIND = "quote_kind";
  static final String CUE = "cue";
  static final String START = "start";
  static final String END = "end";
  static final String KIND_DOC = "doc";
  static final String KIND_QUOTE = "quote";
  static final String ANY_TYPE = "*";
  private static final int SNIPPET_CHARS = 320;
  /** Snippets come from the first this many chars: sentence breaking long speeches is costly. */
  private static final int SNIPPET_SCAN_CHARS = 20_000;
  private static final Set<String> HIT_FIELDS = Set.of(ID, TITLE, DATE, SOURCE, URL);
  private static final FieldType TEXT_TYPE = textType();
  private static final FieldType ENTITY_TYPE = entityType();
  private static final Query DOCS = new TermQuery(new Term(KIND, KIND_DOC));
  private static final Query QUOTES = new TermQuery(new Term(KIND, KIND_QUOTE));

  private final Directory dir;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final FacetsConfig facetsConfig = facetsConfig();
  private final Analyzer queryAnalyzer = SwedishAnalyzers.query();
  private final Analyzer nameAnalyzer = SwedishAnalyzers.names();
  private final Analyzer indexAnalyzer;
  private final AtomicReference<FacetState> facetState = new AtomicReference<>();

  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

  private LuceneArchive(Directory dir, IndexWriter writer, SearcherManager searchers, Analyzer indexAnalyzer) {
    this.dir = dir;
    this.writer = writer;
    this.searchers = searchers;
    this.indexAnalyzer = indexAnalyzer;
  }

  /**
   * Opens (creating when absent) the archive in {@code path} for reading and writing. One process
   * at a time may write: a second writer fails with a message naming the directory.
   */
  public static LuceneArchive open(Path path) throws IOException {
    Files.createDirectories(path);
    Directory dir = FSDirectory.open(path.resolve("index"));
    Analyzer indexAnalyzer = indexAnalyzer();
    IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(64);
    IndexWriter writer;
    try {
      writer = new IndexWriter(dir, config);
    } catch (LockObtainFailedException e) {
      dir.close();
      throw new IOException("archive " + path + " is in use by another notis process (ingest or serve)", e);
    }
    if (!DirectoryReader.indexExists(dir)) {
      writer.commit();
    }
    SearcherManager searchers = new SearcherManager(writer, new SearcherFactory());
    return new LuceneArchive(dir, writer, searchers, indexAnalyzer);
  }

  /** Opens an existing archive for searching only; it sees new commits after {@link #refresh()}. */
  public static LuceneArchive openReadOnly(Path path) throws IOException {
    Path indexPath = path.resolve("index");
    if (!Files.isDirectory(indexPath)) {
      throw new java.io.FileNotFoundException("no archive in " + path + ": run 'notis ingest --data "
          + path + " …' first");
    }
    Directory dir = FSDirectory.open(indexPath);
    if (!DirectoryReader.indexExists(dir)) {
      dir.close();
      throw new java.io.FileNotFoundException("no archive in " + path + ": run 'notis ingest' first");
    }
    SearcherManager searchers = new SearcherManager(dir, new SearcherFactory());
    // Snippets take offsets from the postings, so a reader needs no compound splitting.
    Analyzer highlight = new PerFieldAnalyzerWrapper(SwedishAnalyzers.query(),
        Map.of(SPEAKER_NAMES, SwedishAnalyzers.names()));
    return new LuceneArchive(dir, null, searchers, highlight);
  }

  private static Analyzer indexAnalyzer() {
    Analyzer text = SwedishAnalyzers.index();
    return new PerFieldAnalyzerWrapper(text, Map.of(SPEAKER_NAMES, SwedishAnalyzers.names()));
  }

  public boolean writable() {
    return writer != null;
  }

  /** Picks up changes committed since the last refresh (by this or another process). */
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  @Override
  public void upsert(List<ArchiveRecord> records) throws IOException {
    requireWriter();
    for (ArchiveRecord record : records) {
      writer.updateDocuments(new Term(DOC, record.id()), block(record));
    }
  }

  @Override
  public void commit() throws IOException {
    requireWriter();
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  @Override
  public long count() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.count(DOCS);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public boolean contains(String id) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.count(byId(id)) > 0;
    } finally {
      searchers.release(searcher);
    }
  }

  /** Size of the index files in bytes. */
  public long sizeInBytes() throws IOException {
    long size = 0;
    for (String file : dir.listAll()) {
      try {
        size += dir.fileLength(file);
      } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
        // merged away while we listed: not part of the index any more
      }
    }
    return size;
  }

  @Override
  public Optional<String> documentJson(String id) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(byId(id), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.ofNullable(searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(JSON)).get(JSON));
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    long startNanos = System.nanoTime();
    Query main = parse(request.query(), new String[] {TITLE, TEXT}, Map.of(TITLE, 2f, TEXT, 1f));
    BooleanQuery.Builder builder = new BooleanQuery.Builder().add(main, Occur.MUST).add(DOCS, Occur.FILTER);
    addFilters(builder, request.filter(), SPEAKER, true);
    Query query = builder.build();
    IndexSearcher searcher = searchers.acquire();
    try {
      FacetsCollector fc = new FacetsCollector();
      int n = Math.max(1, request.offset() + request.limit());
      TopDocs top = request.sort() == Sort.RELEVANCE
          ? FacetsCollector.search(searcher, query, n, fc)
          : FacetsCollector.search(searcher, query, n, dateSort(request.sort()), true, fc);
      long total = 0;
      for (FacetsCollector.MatchingDocs docs : fc.getMatchingDocs()) {
        total += docs.totalHits;
      }
      List<SearchHit> hits = hits(searcher, main, top, request.offset(), request.limit());
      Map<String, List<FacetCount>> facets = request.facetLimit() == 0
          ? Map.of() : facets(searcher, fc, request.facetLimit());
      return new SearchResult(total, hits, facets, (System.nanoTime() - startNanos) / 1e6);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public QuoteResult quotes(QuoteRequest request) throws IOException {
    BooleanQuery.Builder builder = new BooleanQuery.Builder().add(QUOTES, Occur.FILTER);
    boolean words = !request.query().isEmpty();
    builder.add(words ? parse(request.query(), new String[] {TEXT}, Map.of(TEXT, 1f)) : new MatchAllDocsQuery(),
        Occur.MUST);
    if (request.speaker() != null) {
      builder.add(speakerQuery(request.speaker()), Occur.FILTER);
    }
    addFilters(builder, request.filter(), null, false);
    Query query = builder.build();
    IndexSearcher searcher = searchers.acquire();
    try {
      int n = Math.max(1, request.offset() + request.limit());
      TopDocs top = words ? searcher.search(query, n) : searcher.search(query, n, dateSort(Sort.DATE_DESC), true);
      long total = searcher.count(query);
      List<QuoteHit> hits = new ArrayList<>();
      StoredFields stored = searcher.storedFields();
      for (int i = request.offset(); i < top.scoreDocs.length && hits.size() < request.limit(); i++) {
        ScoreDoc hit = top.scoreDocs[i];
        Document d = stored.document(hit.doc);
        hits.add(new QuoteHit(d.get(DOC), d.get(TITLE), d.get(DATE), d.get(SPEAKER), d.get(TEXT),
            d.get(QUOTE_KIND), d.get(CUE), intOf(d, START), intOf(d, END), hit.score));
      }
      return new QuoteResult(total, hits);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public Optional<EntitySummary> entity(String canonical, int limit) throws IOException {
    if (canonical == null || canonical.isBlank()) {
      return Optional.empty();
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      Term any = entityTerm(ANY_TYPE, canonical);
      Query mentioning = new BooleanQuery.Builder().add(new TermQuery(any), Occur.MUST).add(DOCS, Occur.FILTER).build();
      FacetsCollector fc = new FacetsCollector();
      TopDocs recentTop = FacetsCollector.search(searcher, mentioning, Math.max(1, limit), dateSort(Sort.DATE_DESC), true, fc);
      long documents = 0;
      for (FacetsCollector.MatchingDocs docs : fc.getMatchingDocs()) {
        documents += docs.totalHits;
      }
      QuoteResult quotes = quotes(new QuoteRequest(canonical, "", SearchFilter.NONE, 0, limit));
      if (documents == 0 && quotes.total() == 0) {
        return Optional.empty();
      }
      String type = null;
      long best = 0;
      for (String candidate : List.of("PER", "LOC", "ORG", "MISC")) {
        long count = liveFrequency(searcher.getIndexReader(), entityTerm(candidate, canonical))[0];
        if (count > best) {
          best = count;
          type = candidate;
        }
      }
      long mentions = liveFrequency(searcher.getIndexReader(), any)[1];
      List<EntitySummary.Cooccurrence> cooccurring = new ArrayList<>();
      List<FacetCount> timeline = new ArrayList<>();
      if (documents > 0) {
        SortedSetDocValuesFacetCounts counts = counts(searcher, fc);
        Map<String, List<FacetCount>> facets = new HashMap<>();
        for (String dim : List.of(Facets.PEOPLE, Facets.PLACES, Facets.ORGANISATIONS)) {
          facets.put(dim, top(counts, limit + 1, dim));
        }
        for (String type2 : List.of("PER", "LOC", "ORG")) {
          for (FacetCount count : facets.getOrDefault(Facets.ofEntityType(type2), List.of())) {
            if (!count.value().equals(canonical)) {
              cooccurring.add(new EntitySummary.Cooccurrence(count.value(), type2, count.count()));
            }
          }
        }
        cooccurring.sort(Comparator.comparingLong(EntitySummary.Cooccurrence::documents).reversed());
        if (cooccurring.size() > limit) {
          cooccurring = cooccurring.subList(0, limit);
        }
        timeline.addAll(top(counts, 10_000, Facets.MONTHS));
        timeline.sort(Comparator.comparing(FacetCount::value));
      }
      List<SearchHit> recent = hits(searcher, new MatchAllDocsQuery(), recentTop, 0, limit);
      return Optional.of(new EntitySummary(canonical, type, documents, mentions, cooccurring,
          quotes.hits(), timeline, recent));
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      if (writer != null) {
        writer.close();
      }
    } finally {
      dir.close();
    }
  }

  // ---- indexing

  private List<Document> block(ArchiveRecord record) {
    List<Document> block = new ArrayList<>(record.quotes().size() + 1);
    int i = 0;
    for (ArchiveRecord.QuoteEntry quote : record.quotes()) {
      Document d = new Document();
      d.add(new StringField(ID, record.id() + "#q" + i++, Field.Store.YES));
      d.add(new StringField(DOC, record.id(), Field.Store.YES));
      d.add(new StringField(KIND, KIND_QUOTE, Field.Store.NO));
      d.add(new Field(TEXT, quote.text(), TEXT_TYPE));
      if (quote.speaker() != null) {
        d.add(new StringField(SPEAKER, quote.speaker(), Field.Store.YES));
        d.add(new TextField(SPEAKER_NAMES, quote.speaker(), Field.Store.NO));
      }
      d.add(new StoredField(QUOTE_KIND, quote.kind()));
      if (quote.cue() != null) {
        d.add(new StoredField(CUE, quote.cue()));
      }
      d.add(new StoredField(START, quote.start()));
      d.add(new StoredField(END, quote.end()));
      addShared(d, record);
      block.add(d);
    }
    Document d = new Document();
    d.add(new StringField(ID, record.id(), Field.Store.YES));
    d.add(new StringField(DOC, record.id(), Field.Store.NO));
    d.add(new StringField(KIND, KIND_DOC, Field.Store.NO));
    d.add(new Field(TEXT, record.text(), TEXT_TYPE));
    if (record.url() != null) {
      d.add(new StoredField(URL, record.url()));
    }
    addShared(d, record);
    Set<String> speakers = new HashSet<>();
    for (ArchiveRecord.QuoteEntry quote : record.quotes()) {
      if (quote.speaker() != null && speakers.add(quote.speaker())) {
        d.add(new StringField(SPEAKER, quote.speaker(), Field.Store.NO));
      }
    }
    Set<String> faceted = new HashSet<>();
    for (ArchiveRecord.Mention mention : record.mentions()) {
      d.add(new Field(ENTITY, entityTerm(ANY_TYPE, mention.canonical()).text(), ENTITY_TYPE));
      d.add(new Field(ENTITY, entityTerm(mention.type(), mention.canonical()).text(), ENTITY_TYPE));
      String dim = Facets.ofEntityType(mention.type());
      if (dim != null && faceted.add(dim + '\u0000' + mention.canonical())) {
        d.add(new SortedSetDocValuesFacetField(dim, mention.canonical()));
      }
    }
    if (record.source() != null) {
      d.add(new SortedSetDocValuesFacetField(Facets.SOURCES, record.source()));
    }
    if (record.month() != null) {
      d.add(new SortedSetDocValuesFacetField(Facets.MONTHS, record.month()));
    }
    d.add(new StoredField(JSON, record.json()));
    try {
      block.add(facetsConfig.build(d));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return block;
  }

  /** Fields both an article and its quotes carry: title, date, source, language. */
  private static void addShared(Document d, ArchiveRecord record) {
    if (record.title() != null) {
      d.add(new TextField(TITLE, record.title(), Field.Store.YES));
    }
    if (record.date() != null) {
      d.add(new StoredField(DATE, record.date()));
    }
    if (record.day() != null) {
      d.add(new LongPoint(DAY, record.day().toEpochDay()));
      d.add(new NumericDocValuesField(DAY, record.day().toEpochDay()));
    }
    if (record.source() != null) {
      d.add(new StringField(SOURCE, record.source(), Field.Store.YES));
    }
    if (record.language() != null) {
      d.add(new StringField(LANGUAGE, record.language(), Field.Store.YES));
    }
  }

  // ---- searching

  private Query parse(String text, String[] fields, Map<String, Float> boosts) {
    if (text.isBlank() || text.equals("*") || text.equals("*:*")) {
      return new MatchAllDocsQuery();
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, queryAnalyzer, boosts);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setSplitOnWhitespace(true);
    try {
      return parser.parse(text);
    } catch (ParseException | RuntimeException e) {
      try {
        // A stray quote, bracket or operator should not fail a search: read it as plain words
        // (lower case, so a lone AND/OR/NOT is a word, not an operator).
        Query plain = parser.parse(QueryParser.escape(text.toLowerCase(java.util.Locale.ROOT)));
        return plain == null ? new org.apache.lucene.search.MatchNoDocsQuery() : plain;
      } catch (ParseException | RuntimeException again) {
        throw new IllegalArgumentException("cannot parse query '" + text + "': " + e.getMessage());
      }
    }
  }

  private void addFilters(BooleanQuery.Builder builder, SearchFilter filter, String speakerField,
      boolean entities) {
    if (entities) {
      for (EntityFilter ent : filter.entities()) {
        builder.add(new TermQuery(entityTerm(ent.type() == null ? ANY_TYPE : ent.type(), ent.canonical())),
            Occur.FILTER);
      }
    }
    if (filter.speaker() != null) {
      builder.add(speakerField == null ? speakerQuery(filter.speaker())
          : new TermQuery(new Term(speakerField, filter.speaker())), Occur.FILTER);
    }
    if (filter.from() != null || filter.to() != null) {
      long from = filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochDay();
      long to = filter.to() == null ? Long.MAX_VALUE : filter.to().toEpochDay();
      builder.add(LongPoint.newRangeQuery(DAY, from, to), Occur.FILTER);
    }
    if (filter.source() != null) {
      builder.add(new TermQuery(new Term(SOURCE, filter.source())), Occur.FILTER);
    }
    if (filter.language() != null) {
      builder.add(new TermQuery(new Term(LANGUAGE, filter.language())), Occur.FILTER);
    }
  }

  /** The exact canonical speaker, or every word of a partial name ("Trump" → "Donald Trump"). */
  private Query speakerQuery(String speaker) {
    BooleanQuery.Builder names = new BooleanQuery.Builder();
    int words = 0;
    try (TokenStream stream = nameAnalyzer.tokenStream(SPEAKER_NAMES, speaker)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        names.add(new TermQuery(new Term(SPEAKER_NAMES, term.toString())), Occur.MUST);
        words++;
      }
      stream.end();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    BooleanQuery.Builder either = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(SPEAKER, speaker)), Occur.SHOULD);
    if (words > 0) {
      either.add(names.build(), Occur.SHOULD);
    }
    return either.build();
  }

  private static org.apache.lucene.search.Sort dateSort(Sort sort) {
    SortField day = new SortField(DAY, SortField.Type.LONG, sort == Sort.DATE_DESC);
    day.setMissingValue(sort == Sort.DATE_DESC ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new org.apache.lucene.search.Sort(day, SortField.FIELD_SCORE);
  }

  private List<SearchHit> hits(IndexSearcher searcher, Query main, TopDocs top, int offset, int limit)
      throws IOException {
    int count = Math.max(0, Math.min(limit, top.scoreDocs.length - offset));
    if (count == 0) {
      return List.of();
    }
    ScoreDoc[] page = new ScoreDoc[count];
    System.arraycopy(top.scoreDocs, offset, page, 0, count);
    TopDocs pageDocs = new TopDocs(top.totalHits, page);
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, indexAnalyzer)
        .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
        .withMaxNoHighlightPassages(1)
        .withMaxLength(SNIPPET_SCAN_CHARS)
        .build();
    String[] snippets = highlighter.highlight(TEXT, main, pageDocs, 1);
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Document d = stored.document(page[i].doc, HIT_FIELDS);
      hits.add(new SearchHit(d.get(ID), d.get(TITLE), page[i].score, trimSnippet(snippets[i]),
          d.get(DATE), d.get(SOURCE), d.get(URL)));
    }
    return hits;
  }

  /**
   * Passages are sentences; a very long one is cut around its first highlight. Cuts fall on white
   * space, which never occurs inside an escaped entity or a tag, and marks cut in two are closed
   * or reopened, so the snippet stays well-formed escaped text with {@code <b>} marks.
   */
  static String trimSnippet(String snippet) {
    if (snippet == null) {
      return "";
    }
    String s = snippet.strip();
    if (s.length() <= SNIPPET_CHARS) {
      return s;
    }
    int mark = Math.max(0, s.indexOf("<b>"));
    int from = Math.max(0, mark - SNIPPET_CHARS / 3);
    int to = Math.min(s.length(), from + SNIPPET_CHARS);
    while (from > 0 && !Character.isWhitespace(s.charAt(from - 1))) {
      from--;
    }
    while (to < s.length() && !Character.isWhitespace(s.charAt(to))) {
      to++;
    }
    String body = s.substring(from, to).strip();
    StringBuilder out = new StringBuilder(body.length() + 16);
    if (from > 0) {
      out.append("… ");
    }
    if (count(s.substring(0, from), "<b>") > count(s.substring(0, from), "</b>")) {
      out.append("<b>");
    }
    out.append(body);
    if (count(out, "<b>") > count(out, "</b>")) {
      out.append("</b>");
    }
    if (to < s.length()) {
      out.append(" …");
    }
    return out.toString();
  }

  private static int count(CharSequence text, String part) {
    String s = text.toString();
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }

  private Map<String, List<FacetCount>> facets(IndexSearcher searcher, FacetsCollector fc, int limit)
      throws IOException {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    SortedSetDocValuesFacetCounts counts = counts(searcher, fc);
    for (String dim : Facets.ALL) {
      out.put(dim, top(counts, limit, dim));
    }
    return out;
  }

  /** Counts every facet of the matching documents in one pass (null when nothing has facets). */
  private SortedSetDocValuesFacetCounts counts(IndexSearcher searcher, FacetsCollector fc) throws IOException {
    SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
    return state == null ? null : new SortedSetDocValuesFacetCounts(state, fc);
  }

  private static List<FacetCount> top(SortedSetDocValuesFacetCounts counts, int limit, String dim)
      throws IOException {
    if (counts == null) {
      return List.of();
    }
    FacetResult result;
    try {
      result = counts.getTopChildren(limit, dim);
    } catch (IllegalArgumentException e) {
      return List.of(); // no document has this facet yet
    }
    if (result == null) {
      return List.of();
    }
    List<FacetCount> values = new ArrayList<>(result.labelValues.length);
    for (LabelAndValue lv : result.labelValues) {
      values.add(new FacetCount(lv.label, lv.value.longValue()));
    }
    return values;
  }

  /** The facet ordinals of a reader, built once per reader (each refresh). */
  private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    FacetState cached = facetState.get();
    if (cached != null && cached.reader() == reader) {
      return cached.state();
    }
    SortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
    } catch (IllegalArgumentException e) {
      state = null; // no document has facets yet
    }
    facetState.set(new FacetState(reader, state));
    return state;
  }

  /** [documents, occurrences] of a term over live documents. */
  private static long[] liveFrequency(IndexReader reader, Term term) throws IOException {
    long docs = 0;
    long freq = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(term.field());
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(term.bytes())) {
        continue;
      }
      PostingsEnum postings = te.postings(null, PostingsEnum.FREQS);
      org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (live == null || live.get(doc)) {
          docs++;
          freq += postings.freq();
        }
      }
    }
    return new long[] {docs, freq};
  }

  private static Query byId(String id) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(ID, id)), Occur.MUST)
        .add(DOCS, Occur.FILTER)
        .build();
  }

  static Term entityTerm(String type, String canonical) {
    return new Term(ENTITY, type + "|" + canonical);
  }

  private static int intOf(Document d, String field) {
    org.apache.lucene.index.IndexableField f = d.getField(field);
    return f == null || f.numericValue() == null ? -1 : f.numericValue().intValue();
  }

  private void requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("archive opened read-only");
    }
  }

  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : Facets.ALL) {
      config.setMultiValued(dim, true);
    }
    return config;
  }

  private static FieldType textType() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private static FieldType entityType() {
    FieldType type = new FieldType();
    type.setTokenized(false);
    type.setOmitNorms(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

}
