package se.notis.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.notis.doc.Document;

/**
 * An archive of analysed documents that can be searched: the backend-neutral contract that the
 * embedded Lucene index and other engines implement.
 *
 * <p>Writes are upserts keyed by document id: adding a document whose id is already stored
 * replaces it, so ingesting the same input twice leaves one copy. Added documents become
 * durable and visible to searches after {@link #commit()}. Implementations are thread-safe.
 */
public interface ArchiveIndex extends Closeable {

  /** Adds or replaces records by id. Not durable until {@link #commit()}. */
  void upsert(List<ArchiveRecord> records) throws IOException;

  /** Adds or replaces analysed documents by id (their layers are read with {@code find}). */
  default void add(List<Document> docs) throws IOException {
    List<ArchiveRecord> records = new ArrayList<>(docs.size());
    for (Document doc : docs) {
      records.add(ArchiveRecord.of(doc));
    }
    upsert(records);
  }

  /** Makes everything upserted so far durable and visible to searches. */
  void commit() throws IOException;

  /** Number of documents in the archive (as of the last commit or refresh). */
  long count() throws IOException;

  /** True when a document with this id is stored. */
  boolean contains(String id) throws IOException;

  /** Full-text search with filters, facets, snippets and sorting. */
  SearchResult search(SearchRequest request) throws IOException;

  /** The stored analysis JSON of a document ({@code DocumentJson} form), when the id is stored. */
  Optional<String> documentJson(String id) throws IOException;

  /**
   * What the archive knows about one entity: mentions, documents, co-occurring entities, its
   * quotes and a timeline by month. Empty when no document mentions it.
   */
  Optional<EntitySummary> entity(String canonical, int limit) throws IOException;

  /** Statements by a speaker and/or containing words. */
  QuoteResult quotes(QuoteRequest request) throws IOException;
}
