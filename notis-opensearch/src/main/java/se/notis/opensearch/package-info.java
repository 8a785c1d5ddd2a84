/**
 * The archive on an OpenSearch cluster: {@link se.notis.opensearch.OpenSearchArchive} implements
 * the backend-neutral {@link se.notis.search.ArchiveIndex} over OpenSearch's REST API, so the
 * command line, the server and the Spark job can use it in place of the embedded Lucene index.
 *
 * <p>Two indices per archive: {@code NAME} holds the articles and {@code NAME-quotes} one
 * document per statement. The mapping ({@code documents-index.json}, {@code quotes-index.json})
 * analyses text as the Lucene backend does (standard tokens, lower case, Swedish stop words,
 * Swedish light stemming) and holds the compound parts that notis' own splitter finds in
 * {@code *_parts} fields ({@code CompoundParts}), so "skog" finds "skogsbränder" on both
 * backends. {@code BulkIndexer} sends {@code _bulk} requests with retries and back-pressure;
 * {@code Queries} builds the search bodies (filters, terms-aggregation facets, highlights).
 */
package se.notis.opensearch;
