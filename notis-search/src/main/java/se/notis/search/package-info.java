/**
 * The archive of analysed documents: a backend-neutral {@link se.notis.search.ArchiveIndex}
 * (implemented on an embedded Lucene index by {@link se.notis.search.LuceneArchive}, and on
 * other engines elsewhere), the value records of its requests and results, the
 * {@link se.notis.search.ArchiveRecord} every backend indexes, and the ingester that analyses
 * inputs into an archive.
 *
 * <p>Flow: inputs → {@code Document} → default pipeline → {@link se.notis.search.ArchiveRecord}
 * (fields, entities, quotes, analysis JSON) → {@link se.notis.search.ArchiveIndex#upsert} →
 * {@link se.notis.search.ArchiveIndex#commit}. Search requests name filters and facets in
 * backend-neutral terms ({@link se.notis.search.SearchRequest}, {@link se.notis.search.Facets}).
 */
package se.notis.search;
