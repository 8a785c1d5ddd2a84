package se.notis.search;

/**
 * What an ingest run did.
 *
 * @param read inputs read (documents and rejected inputs)
 * @param stored documents analysed and stored (new or replaced)
 * @param rejected inputs rejected, each written to the rejects file with its reason
 * @param seconds wall time
 * @param archiveDocuments documents in the archive at the end
 */
public record IngestSummary(long read, long stored, long rejected, double seconds, long archiveDocuments) {
  public double docsPerSecond() {
    return seconds <= 0 ? 0 : stored / seconds;
  }
}
