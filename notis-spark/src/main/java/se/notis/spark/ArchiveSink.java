package se.notis.spark;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import se.notis.doc.Metadata;
import se.notis.opensearch.OpenSearchArchive;
import se.notis.search.ArchiveRecord;

/**
 * Writes the analysed rows of one partition straight into an OpenSearch archive, through the
 * archive's bulk client (retries, back-pressure): the same records {@code notis ingest
 * --backend opensearch} stores, built from the row's columns instead of a document.
 */
final class ArchiveSink {
  /** Records per upsert call; the bulk client splits them into requests by size. */
  static final int BATCH = 500;

  private ArchiveSink() {}

  static void write(Iterator<Row> rows, String url, String index) throws IOException {
    try (OpenSearchArchive archive = OpenSearchArchive.open(url, index)) {
      List<ArchiveRecord> batch = new ArrayList<>(BATCH);
      while (rows.hasNext()) {
        batch.add(record(rows.next()));
        if (batch.size() == BATCH) {
          archive.upsert(batch);
          batch.clear();
        }
      }
      archive.upsert(batch);
      archive.commit();
    }
  }

  /** The archive record of a wide row (an analysed document). */
  static ArchiveRecord record(Row row) {
    String date = get(row, AnalysisRows.WIDE, "date");
    Metadata meta = Metadata.ofId(get(row, AnalysisRows.WIDE, "id")).withDate(date);
    YearMonth month = meta.month().orElse(null);
    LocalDate day = meta.day().orElse(month == null ? null : month.atDay(1));
    List<ArchiveRecord.Mention> mentions = new ArrayList<>();
    for (Row ent : row.<Row>getList(AnalysisRows.WIDE.fieldIndex("entities"))) {
      String canonical = get(ent, AnalysisRows.ENTITY, "canonical");
      if (canonical == null || canonical.isBlank()) {
        canonical = get(ent, AnalysisRows.ENTITY, "text");
      }
      mentions.add(new ArchiveRecord.Mention(canonical, get(ent, AnalysisRows.ENTITY, "type"),
          num(ent, AnalysisRows.ENTITY, "start"), num(ent, AnalysisRows.ENTITY, "end")));
    }
    List<ArchiveRecord.QuoteEntry> quotes = new ArrayList<>();
    for (Row quote : row.<Row>getList(AnalysisRows.WIDE.fieldIndex("quotes"))) {
      quotes.add(new ArchiveRecord.QuoteEntry(get(quote, AnalysisRows.QUOTE, "speaker_canonical"),
          get(quote, AnalysisRows.QUOTE, "text"), get(quote, AnalysisRows.QUOTE, "kind"),
          get(quote, AnalysisRows.QUOTE, "cue"), num(quote, AnalysisRows.QUOTE, "start"),
          num(quote, AnalysisRows.QUOTE, "end")));
    }
    return new ArchiveRecord(meta.id(), get(row, AnalysisRows.WIDE, "title"), get(row, AnalysisRows.WIDE, "text"),
        date, day, month == null ? null : month.toString(), get(row, AnalysisRows.WIDE, "source"),
        get(row, AnalysisRows.WIDE, "url"), get(row, AnalysisRows.WIDE, "language"), mentions, quotes,
        get(row, AnalysisRows.WIDE, "json"));
  }

  private static int num(Row row, org.apache.spark.sql.types.StructType schema, String field) {
    return row.getInt(schema.fieldIndex(field));
  }

  private static String get(Row row, org.apache.spark.sql.types.StructType schema, String field) {
    return (String) row.get(schema.fieldIndex(field));
  }
}
