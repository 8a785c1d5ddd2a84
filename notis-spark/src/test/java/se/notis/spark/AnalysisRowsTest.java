package se.notis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import se.notis.doc.Document;
import se.notis.doc.Entity;
import se.notis.doc.EntityLayer;
import se.notis.doc.Layers;
import se.notis.doc.Metadata;
import se.notis.doc.Place;
import se.notis.doc.Quote;
import se.notis.doc.QuoteLayer;
import se.notis.doc.Span;
import se.notis.doc.TimeExpression;
import se.notis.doc.TimexLayer;

class AnalysisRowsTest {
  private static final String TEXT = "– Vi vill ha ett bättre liv, säger Maria López i Mexiko i fredags.";

  private static Document annotated() {
    Document doc = Document.of(TEXT, new Metadata("d1", "Karavanen", "2018-10-19", "SVT", null, "sv"));
    int maria = TEXT.indexOf("Maria");
    int mexiko = TEXT.indexOf("Mexiko");
    int fredags = TEXT.indexOf("i fredags");
    int sager = TEXT.indexOf("säger");
    return doc
        .with(Layers.ENTITIES, new EntityLayer(List.of(
            new Entity(maria, maria + "Maria López".length(), "PER", "Maria López", null),
            new Entity(mexiko, mexiko + 6, "LOC", "Mexiko", new Place("country", "MX", "Mexiko", "MX", 23.0, -102.0))),
            List.of()))
        .with(Layers.QUOTES, new QuoteLayer(List.of(new Quote(2, TEXT.indexOf(","), Quote.Kind.DIRECT,
            new Span(sager, sager + 5), new Quote.Speaker(maria, maria + 11, "Maria López"), null))))
        .with(Layers.TIMEX, new TimexLayer(List.of(new TimeExpression(fredags, fredags + 9, "DATE", "2018-10-19"))));
  }

  @Test
  void layersBecomeNestedRowsWithTheirText() {
    Row row = AnalysisRows.ofDocument("f", 3, annotated(), "{}");
    assertEquals("d1", row.getString(AnalysisRows.WIDE.fieldIndex("id")));
    assertNull(row.get(AnalysisRows.WIDE.fieldIndex("error")));
    List<Row> ents = row.getList(AnalysisRows.WIDE.fieldIndex("entities"));
    assertEquals("Maria López", ents.get(0).getString(2));
    assertEquals("PER", ents.get(0).getString(3));
    assertNull(ents.get(0).get(5));
    assertEquals("MX", ents.get(1).getString(6));
    assertEquals(-102.0, ents.get(1).getDouble(10));
    Row quote = (Row) row.getList(AnalysisRows.WIDE.fieldIndex("quotes")).get(0);
    assertEquals("Vi vill ha ett bättre liv", quote.getString(2));
    assertEquals("direct", quote.getString(3));
    assertEquals("säger", quote.getString(4));
    assertEquals("Maria López", quote.getString(5));
    Row timex = (Row) row.getList(AnalysisRows.WIDE.fieldIndex("timex")).get(0);
    assertEquals("i fredags", timex.getString(2));
    assertEquals("2018-10-19", timex.getString(4));
    assertEquals(AnalysisRows.WIDE.size(), row.size());
  }

  @Test
  void absentLayersGiveEmptyArraysNotFailures() {
    Row row = AnalysisRows.ofDocument("f", 1, Document.of("Hej."), "{}");
    assertTrue(row.getList(AnalysisRows.WIDE.fieldIndex("entities")).isEmpty());
    assertTrue(row.getList(AnalysisRows.WIDE.fieldIndex("quotes")).isEmpty());
    assertTrue(row.getList(AnalysisRows.WIDE.fieldIndex("timex")).isEmpty());
    assertEquals(0, row.getInt(AnalysisRows.WIDE.fieldIndex("tokens")));
    Row error = AnalysisRows.ofError("f", 2, "f:2", "not JSON");
    assertEquals("not JSON", error.getString(AnalysisRows.WIDE.fieldIndex("error")));
    assertTrue(error.getList(AnalysisRows.WIDE.fieldIndex("entities")).isEmpty());
  }

  @Test
  void linesAreNumberedAcrossSplitsOfEachFile() {
    var before = JsonlInput.linesBefore(List.of(
        new JsonlInput.SplitCount("b", 0, 5), new JsonlInput.SplitCount("a", 100, 7),
        new JsonlInput.SplitCount("a", 0, 3), new JsonlInput.SplitCount("a", 200, 1)));
    assertEquals(0L, before.get("a@0"));
    assertEquals(3L, before.get("a@100"));
    assertEquals(10L, before.get("a@200"));
    assertEquals(0L, before.get("b@0"));
  }

  @Test
  void badRecordsBecomeErrorRowsNeverExceptions() {
    var pipeline = PartitionAnalyzer.pipeline(List.of());
    for (String line : List.of("", "{", "null", "[1]", "{\"text\": 5}", "{\"text\": \"x\", \"date\": \"igår\"}",
        "\u0000\u0001", "{\"text\": \"\ud800\"}")) {
      Row row = PartitionAnalyzer.analyse(new SourceLine("f", 1, line.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
          pipeline);
      assertTrue(row.get(AnalysisRows.WIDE.fieldIndex("error")) != null || row.get(AnalysisRows.WIDE.fieldIndex("json")) != null, line);
    }
  }

  @Test
  void rowsBecomeTheSameArchiveRecordsAsDocuments() {
    Document doc = annotated();
    Row row = AnalysisRows.ofDocument("f", 1, doc, se.notis.io.DocumentJson.toJson(doc));
    assertEquals(se.notis.search.ArchiveRecord.of(doc), ArchiveSink.record(row));
    Document plain = Document.of("Hej.", Metadata.ofId("p").withDate("2023-05"));
    assertEquals(se.notis.search.ArchiveRecord.of(plain),
        ArchiveSink.record(AnalysisRows.ofDocument("f", 2, plain, se.notis.io.DocumentJson.toJson(plain))));
  }
}
