package se.notis.search;

import java.util.ArrayList;
import java.util.List;
import se.notis.doc.Document;
import se.notis.doc.Entity;
import se.notis.doc.EntityLayer;
import se.notis.doc.Layers;
import se.notis.doc.Metadata;
import se.notis.doc.Quote;
import se.notis.doc.QuoteLayer;
import se.notis.doc.Span;

/**
 * Builds small analysed documents by hand: entities located by their text in text order, quotes
 * by their statement and the speaker's name after it. The search module publishes it in its
 * test jar so the server tests index the same sample.
 */
public final class TestDocs {
  private final String text;
  private final Metadata meta;
  private final List<Entity> entities = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private int entityCursor;

  private TestDocs(String id, String title, String date, String source, String text) {
    this.text = text;
    this.meta = new Metadata(id, title, date, source, null, "sv");
  }

  static TestDocs doc(String id, String title, String date, String source, String text) {
    return new TestDocs(id, title, date, source, text);
  }

  TestDocs entity(String surface, String type, String canonical) {
    int index = text.indexOf(surface, entityCursor);
    entityCursor = index + surface.length();
    int at = cp(index);
    entities.add(new Entity(at, at + surface.codePointCount(0, surface.length()), type, canonical, null));
    return this;
  }

  TestDocs quote(String statement, String speakerSurface, String canonical) {
    int index = text.indexOf(statement);
    int at = cp(index);
    int sp = cp(text.indexOf(speakerSurface, index + statement.length()));
    quotes.add(new Quote(at, at + statement.codePointCount(0, statement.length()), Quote.Kind.DIRECT,
        null, new Quote.Speaker(sp, sp + speakerSurface.codePointCount(0, speakerSurface.length()), canonical), null));
    return this;
  }

  private int cp(int charIndex) {
    if (charIndex < 0) {
      throw new IllegalArgumentException("not in text");
    }
    return text.codePointCount(0, charIndex);
  }

  Document build() {
    entities.sort((a, b) -> Integer.compare(a.start(), b.start()));
    quotes.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return Document.of(text, meta)
        .with(Layers.ENTITIES, new EntityLayer(entities, List.of()))
        .with(Layers.QUOTES, new QuoteLayer(quotes));
  }

  public static List<Document> sample() {
    List<Document> docs = new ArrayList<>();
    docs.add(doc("a1", "Migranter tog sig igenom barriären", "2018-10-19", "SVT",
        "Hundratals migranter från Honduras tog sig igenom en barriär längs Guatemalas gräns till Mexiko. "
            + "– Vi ska stänga gränsen, sade Donald Trump på fredagen. "
            + "FN:s flyktingorgan UNHCR skickar personal till gränsen.")
        .entity("Honduras", "LOC", "Honduras").entity("Guatemalas", "LOC", "Guatemala")
        .entity("Mexiko", "LOC", "Mexiko").entity("Donald Trump", "PER", "Donald Trump")
        .entity("FN", "ORG", "FN").entity("UNHCR", "ORG", "UNHCR")
        .quote("Vi ska stänga gränsen", "Donald Trump", "Donald Trump").build());
    docs.add(doc("a2", "Trump hotar med militär", "2018-10-25", "DN",
        "Donald Trump hotar att skicka militär till gränsen mot Mexiko. "
            + "– Karavanen är en invasion, sade Trump. Mexikos regering svarade att flyktingar ska få skydd.")
        .entity("Donald Trump", "PER", "Donald Trump").entity("Mexiko", "LOC", "Mexiko")
        .entity("Trump", "PER", "Donald Trump").entity("Mexikos", "LOC", "Mexiko")
        .quote("Karavanen är en invasion", "Trump", "Donald Trump").build());
    docs.add(doc("a3", "Regeringen om bostadsinbrott", "2019-03", "Regeringskansliet",
        "Justitieministern Morgan Johansson presenterade åtgärder mot bostadsinbrott i Stockholm. "
            + "– Vi ska göra det svårare för tjuvar, säger Morgan Johansson.")
        .entity("Morgan Johansson", "PER", "Morgan Johansson").entity("Stockholm", "LOC", "Stockholm")
        .quote("Vi ska göra det svårare för tjuvar", "Morgan Johansson", "Morgan Johansson").build());
    docs.add(doc("a4", "<script>alert(1)</script> Test & co", "2019-04-01", "Test",
        "En artikel med <script>window.__pwned = 1</script> och <b>taggar</b> & tecken om flyktingar.").build());
    return docs;
  }
}
