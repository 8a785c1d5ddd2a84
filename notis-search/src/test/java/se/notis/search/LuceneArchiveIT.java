package se.notis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.notis.doc.Document;

class LuceneArchiveIT {
  @TempDir static Path dir;
  static LuceneArchive archive;

  @BeforeAll
  static void fill() throws IOException {
    archive = LuceneArchive.open(dir);
    archive.add(TestDocs.sample());
    archive.commit();
  }

  @AfterAll
  static void close() throws IOException {
    archive.close();
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void compoundPartFindsCompound() throws IOException {
    // "flykting" finds "flyktingorgan" in a1 and "flyktingar" in a2 and a4
    SearchResult result = archive.search(SearchRequest.of("flykting"));
    assertEquals(3, result.total());
    assertTrue(ids(result).contains("a1"), ids(result).toString());
    assertTrue(archive.search(SearchRequest.of("inbrott")).hits().stream().anyMatch(h -> h.id().equals("a3")));
  }

  @Test
  void phraseAndBooleanQueries() throws IOException {
    assertEquals(List.of("a2"), ids(archive.search(SearchRequest.of("\"skicka militär\""))));
    assertEquals(0, archive.search(SearchRequest.of("\"militär skicka\"")).total());
    assertEquals(2, archive.search(SearchRequest.of("gränsen AND Mexiko")).total());
    assertEquals(List.of("a2"), ids(archive.search(SearchRequest.of("gränsen -barriär"))));
    assertEquals(2, archive.search(SearchRequest.of("bostadsinbrott OR invasion")).total());
  }

  @Test
  void filtersByEntityDateSourceAndSpeaker() throws IOException {
    SearchFilter person = SearchFilter.NONE.withEntity(new EntityFilter("Donald Trump", "PER"));
    assertEquals(2, archive.search(SearchRequest.of("").withFilter(person)).total());
    assertEquals(0, archive.search(SearchRequest.of("").withFilter(
        SearchFilter.NONE.withEntity(new EntityFilter("Donald Trump", "LOC")))).total());
    SearchFilter october = SearchFilter.NONE.withDates(LocalDate.of(2018, 10, 20), LocalDate.of(2018, 10, 31));
    assertEquals(List.of("a2"), ids(archive.search(SearchRequest.of("").withFilter(october))));
    assertEquals(List.of("a3"), ids(archive.search(SearchRequest.of("").withFilter(
        SearchFilter.NONE.withSource("Regeringskansliet")))));
    assertEquals(List.of("a3"), ids(archive.search(SearchRequest.of("").withFilter(
        SearchFilter.NONE.withSpeaker("Morgan Johansson")))));
  }

  @Test
  void facetsCountMatchingDocuments() throws IOException {
    SearchResult result = archive.search(SearchRequest.of("Mexiko"));
    Map<String, List<FacetCount>> facets = result.facets();
    assertEquals(List.of(new FacetCount("Mexiko", 2)), facets.get(Facets.PLACES).subList(0, 1));
    assertEquals(List.of(new FacetCount("Donald Trump", 2)), facets.get(Facets.PEOPLE));
    assertEquals(2, facets.get(Facets.MONTHS).get(0).count());
    assertEquals("2018-10", facets.get(Facets.MONTHS).get(0).value());
  }

  @Test
  void sortsByDate() throws IOException {
    SearchRequest all = SearchRequest.of("").withSort(Sort.DATE_DESC);
    assertEquals(List.of("a4", "a3", "a2", "a1"), ids(archive.search(all)));
    assertEquals(List.of("a1", "a2", "a3", "a4"), ids(archive.search(all.withSort(Sort.DATE_ASC))));
    assertEquals(List.of("a3", "a4"), ids(archive.search(all.withPage(2, 2).withSort(Sort.DATE_ASC))));
  }

  @Test
  void snippetsMarkMatchesAndEscapeArticleHtml() throws IOException {
    SearchHit hit = archive.search(SearchRequest.of("taggar")).hits().get(0);
    assertEquals("a4", hit.id());
    assertTrue(hit.snippet().contains("<b>taggar</b>"), hit.snippet());
    String unmarked = hit.snippet().replace("<b>", "").replace("</b>", "");
    assertFalse(unmarked.contains("<") || unmarked.contains(">"), hit.snippet());
    assertTrue(hit.snippet().contains("&lt;b&gt;"), hit.snippet());
    assertTrue(hit.snippet().contains("&amp; tecken"), hit.snippet());
  }

  @Test
  void quoteSearchBySpeakerAndWords() throws IOException {
    QuoteRequest question = QuoteQuestion.parse("vad har Trump sagt om gränsen").orElseThrow();
    QuoteResult result = archive.quotes(question);
    assertEquals(1, result.total());
    assertEquals("Vi ska stänga gränsen", result.hits().get(0).text());
    assertEquals("Donald Trump", result.hits().get(0).speaker());
    assertEquals("a1", result.hits().get(0).docId());
    QuoteResult all = archive.quotes(QuoteRequest.of("Donald Trump", ""));
    assertEquals(2, all.total());
    assertEquals("a2", all.hits().get(0).docId(), "newest first without words");
    assertEquals(0, archive.quotes(QuoteRequest.of("Morgan Johansson", "gränsen")).total());
  }

  @Test
  void entitySummary() throws IOException {
    EntitySummary trump = archive.entity("Donald Trump", 10).orElseThrow();
    assertEquals("PER", trump.type());
    assertEquals(2, trump.documents());
    assertEquals(3, trump.mentions());
    assertEquals(2, trump.quotes().size());
    assertEquals(List.of(new FacetCount("2018-10", 2)), trump.timeline());
    assertEquals(new EntitySummary.Cooccurrence("Mexiko", "LOC", 2), trump.cooccurring().get(0));
    assertTrue(archive.entity("Ingen Alls", 10).isEmpty());
  }

  @Test
  void storesTheAnalysisJson() throws IOException {
    String json = archive.documentJson("a1").orElseThrow();
    assertTrue(json.contains("\"entities\""));
    assertTrue(json.contains("Guatemala"));
    assertTrue(archive.documentJson("a1#q0").isEmpty(), "quote children are not documents");
    assertTrue(archive.documentJson("nope").isEmpty());
  }

  @Test
  void upsertKeepsOneCopy() throws IOException {
    Path other = dir.resolve("upsert");
    try (LuceneArchive second = LuceneArchive.open(other)) {
      List<Document> docs = TestDocs.sample();
      second.add(docs);
      second.add(docs);
      second.commit();
      second.add(docs.subList(0, 1));
      second.commit();
      assertEquals(4, second.count());
      assertEquals(2, second.quotes(QuoteRequest.of("Donald Trump", "")).total());
    }
  }

  @Test
  void badQueriesDoNotFail() throws IOException {
    for (String q : new String[] {"\"unclosed", "(((", "AND", "title:", "*", ":", "a]b", "\\", "ü~2^x"}) {
      archive.search(SearchRequest.of(q));
      archive.quotes(QuoteRequest.of(null, q));
    }
    assertThrows(IllegalArgumentException.class, () -> SearchRequest.of("x").withPage(-1, 10));
    assertThrows(IllegalArgumentException.class, () -> SearchFilter.NONE.withDates(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)));
  }

  @Test
  void secondWriterIsRefusedWithAClearMessage() {
    IOException e = assertThrows(IOException.class, () -> LuceneArchive.open(dir));
    assertTrue(e.getMessage().contains("in use"), e.getMessage());
  }
}
