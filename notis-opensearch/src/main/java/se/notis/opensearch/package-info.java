/**
 * The archive on an OpenSearch cluster: {@link se.notis.opensearch.OpenSearchArchive} implements
 * the backend-neutral {@link se.notis.search.ArchiveIndex} over OpenSearch's REST API, so the
 * command line, the server and the Spark job can use it in place of the embedded Lucene index.
 *
 * <p>Two indices per archive: {@code NAME} holds the articles and {@code NAME-quotes} one
 * document per statement. Search runs on {@code *_terms} fields that hold the terms notis' own
 * Swedish analyzer produces (stop words, compound parts, lexicon lemmas, stemming), computed by
 * the client ({@code AnalyzedTerms}) and indexed position for position by the mapping's
 * {@code notis_terms} analyzer; queries are parsed by the same Lucene query parser as on the
 * embedded backend and written as query DSL ({@code LuceneQueries}). So both backends score the
 * same terms with the same BM25 and agree on hits and order. The {@code text} and {@code title}
 * fields use OpenSearch's built-in {@code swedish} analyzer, for snippets and for anyone querying
 * the indices directly. {@code BulkIndexer} sends {@code _bulk} requests with retries and
 * back-pressure; {@code Queries} builds the search bodies (filters, terms-aggregation facets,
 * highlights); mappings are {@code documents-index.json} and {@code quotes-index.json}.
 */
package se.notis.opensearch;
