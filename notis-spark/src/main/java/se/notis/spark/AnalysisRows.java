package se.notis.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import se.notis.doc.Document;
import se.notis.doc.Entity;
import se.notis.doc.EntityLayer;
import se.notis.doc.Layers;
import se.notis.doc.Metadata;
import se.notis.doc.Place;
import se.notis.doc.Quote;
import se.notis.doc.QuoteLayer;
import se.notis.doc.SentenceLayer;
import se.notis.doc.Span;
import se.notis.doc.SpanLayer;
import se.notis.doc.TimeExpression;
import se.notis.doc.TimexLayer;

/**
 * One wide row per input record — the analysis JSON, the document's metadata and its entities,
 * quotes and time expressions as nested arrays — from which the job projects its tables. A layer
 * that no stage produced gives an empty array, never a failure.
 */
final class AnalysisRows {
  static final StructType ENTITY = new StructType(new StructField[] {
      field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
      field("text", DataTypes.StringType), field("type", DataTypes.StringType),
      field("canonical", DataTypes.StringType), field("place_kind", DataTypes.StringType),
      field("place_id", DataTypes.StringType), field("place_name", DataTypes.StringType),
      field("country", DataTypes.StringType), field("lat", DataTypes.DoubleType),
      field("lon", DataTypes.DoubleType)});

  static final StructType QUOTE = new StructType(new StructField[] {
      field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
      field("text", DataTypes.StringType), field("kind", DataTypes.StringType),
      field("cue", DataTypes.StringType), field("speaker", DataTypes.StringType),
      field("speaker_canonical", DataTypes.StringType), field("medium", DataTypes.StringType)});

  static final StructType TIMEX = new StructType(new StructField[] {
      field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
      field("text", DataTypes.StringType), field("type", DataTypes.StringType),
      field("value", DataTypes.StringType)});

  /** The wide row; {@code error} is null for an analysed document, {@code json} null for an error. */
  static final StructType WIDE = new StructType(new StructField[] {
      field("file", DataTypes.StringType), field("line", DataTypes.LongType),
      field("id", DataTypes.StringType), field("error", DataTypes.StringType),
      field("json", DataTypes.StringType), field("title", DataTypes.StringType),
      field("date", DataTypes.StringType), field("source", DataTypes.StringType),
      field("url", DataTypes.StringType), field("language", DataTypes.StringType),
      field("text", DataTypes.StringType), field("chars", DataTypes.IntegerType),
      field("tokens", DataTypes.IntegerType), field("sentences", DataTypes.IntegerType),
      field("entities", new ArrayType(ENTITY, false)), field("quotes", new ArrayType(QUOTE, false)),
      field("timex", new ArrayType(TIMEX, false))});

  private AnalysisRows() {}

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  /** The row of an analysed document and its analysis JSON line. */
  static Row ofDocument(String file, long line, Document doc, String json) {
    Metadata meta = doc.meta();
    return RowFactory.create(file, line, meta.id(), null, json, meta.title(), meta.date(), meta.source(),
        meta.url(), meta.language(), doc.text(), doc.length(),
        doc.find(Layers.TOKENS).map(SpanLayer::size).orElse(0),
        doc.find(Layers.SENTENCES).map(SentenceLayer::size).orElse(0),
        seq(entities(doc)), seq(quotes(doc)), seq(timexes(doc)));
  }

  /** The row of a rejected record. */
  static Row ofError(String file, long line, String id, String error) {
    return RowFactory.create(file, line, id, error, null, null, null, null, null, null, null, null, null, null,
        seq(List.of()), seq(List.of()), seq(List.of()));
  }

  /** Spark's rows hold arrays as Scala sequences ({@code Row.getList} reads them back as lists). */
  private static scala.collection.Seq<Row> seq(List<Row> rows) {
    return scala.collection.JavaConverters.asScalaBuffer(rows);
  }

  static List<Row> entities(Document doc) {
    List<Entity> ents = doc.find(Layers.ENTITIES).map(EntityLayer::entities).orElse(List.of());
    List<Row> rows = new ArrayList<>(ents.size());
    for (Entity ent : ents) {
      Place place = ent.place();
      rows.add(RowFactory.create(ent.start(), ent.end(), doc.text(ent.start(), ent.end()), ent.type(),
          ent.canonical(), place == null ? null : place.kind(), place == null ? null : place.id(),
          place == null ? null : place.name(), place == null ? null : place.countryCode(),
          place == null ? null : place.latitude(), place == null ? null : place.longitude()));
    }
    return rows;
  }

  static List<Row> quotes(Document doc) {
    List<Quote> quotes = doc.find(Layers.QUOTES).map(QuoteLayer::quotes).orElse(List.of());
    List<Row> rows = new ArrayList<>(quotes.size());
    for (Quote quote : quotes) {
      Quote.Speaker speaker = quote.speaker();
      rows.add(RowFactory.create(quote.start(), quote.end(), doc.text(quote.start(), quote.end()),
          quote.kind().label(), textOf(doc, quote.cue()),
          speaker == null ? null : doc.text(speaker.start(), speaker.end()),
          speaker == null ? null : speaker.canonical(), textOf(doc, quote.medium())));
    }
    return rows;
  }

  static List<Row> timexes(Document doc) {
    List<TimeExpression> timexes = doc.find(Layers.TIMEX).map(TimexLayer::expressions).orElse(List.of());
    List<Row> rows = new ArrayList<>(timexes.size());
    for (TimeExpression timex : timexes) {
      rows.add(RowFactory.create(timex.start(), timex.end(), doc.text(timex.start(), timex.end()),
          timex.type(), timex.value()));
    }
    return rows;
  }

  private static String textOf(Document doc, Span span) {
    return span == null ? null : doc.text(span.start(), span.end());
  }
}
