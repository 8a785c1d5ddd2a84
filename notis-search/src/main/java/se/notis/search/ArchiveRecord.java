package se.notis.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import se.notis.doc.Document;
import se.notis.doc.Entity;
import se.notis.doc.EntityLayer;
import se.notis.doc.Layers;
import se.notis.doc.Metadata;
import se.notis.doc.Quote;
import se.notis.doc.QuoteLayer;
import se.notis.io.DocumentJson;

/**
 * An analysed document flattened into the fields every archive backend indexes: metadata, text,
 * entity mentions, quotes and the full analysis JSON. Layers a document lacks give empty lists,
 * so archives work whichever stages ran.
 *
 * @param id document id (never null: the given id, or a hash of the content)
 * @param title headline, or null
 * @param text the document text
 * @param date publication date as written ({@code YYYY-MM-DD} or {@code YYYY-MM}), or null
 * @param day the date as a day (month-precision dates count as the 1st), or null
 * @param month {@code YYYY-MM}, or null
 * @param source publisher or feed, or null
 * @param url origin, or null
 * @param language ISO 639-1 code, or null
 * @param mentions every entity mention, in text order
 * @param quotes every quote, in text order
 * @param json the analysis as {@code DocumentJson} writes it
 */
public record ArchiveRecord(
    String id, String title, String text, String date, LocalDate day, String month, String source,
    String url, String language, List<Mention> mentions, List<QuoteEntry> quotes, String json) {

  /**
   * One entity mention.
   *
   * @param canonical canonical name
   * @param type {@code PER}, {@code LOC}, {@code ORG} or {@code MISC}
   * @param start code-point offset in the text
   * @param end one past its end
   */
  public record Mention(String canonical, String type, int start, int end) {}

  /**
   * One statement.
   *
   * @param speaker canonical speaker, or null
   * @param text the statement
   * @param kind {@code direct} or {@code indirect}
   * @param cue attribution verb as written, or null
   * @param start code-point offset in the text
   * @param end one past its end
   */
  public record QuoteEntry(String speaker, String text, String kind, String cue, int start, int end) {}

  public ArchiveRecord {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("archive record needs an id");
    }
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
  }

  /** Flattens an analysed document; a document without an id gets {@link #contentId}. */
  public static ArchiveRecord of(Document doc) {
    Metadata meta = doc.meta();
    String id = meta.id() == null || meta.id().isBlank() ? contentId(meta.title(), doc.text()) : meta.id();
    if (!id.equals(meta.id())) {
      doc = doc.withMeta(meta.withId(id));
      meta = doc.meta();
    }
    LocalDate day = meta.day().orElse(null);
    YearMonth month = meta.month().orElse(null);
    if (day == null && month != null) {
      day = month.atDay(1);
    }
    List<Mention> mentions = new ArrayList<>();
    EntityLayer entities = doc.find(Layers.ENTITIES).orElse(null);
    if (entities != null) {
      for (Entity ent : entities.entities()) {
        String canonical = ent.canonical() == null || ent.canonical().isBlank()
            ? doc.text(ent.start(), ent.end()) : ent.canonical();
        mentions.add(new Mention(canonical, ent.type(), ent.start(), ent.end()));
      }
    }
    List<QuoteEntry> quotes = new ArrayList<>();
    QuoteLayer quoteLayer = doc.find(Layers.QUOTES).orElse(null);
    if (quoteLayer != null) {
      for (Quote quote : quoteLayer.quotes()) {
        String speaker = quote.speaker() == null ? null : quote.speaker().canonical();
        String cue = quote.cue() == null ? null : doc.text(quote.cue().start(), quote.cue().end());
        quotes.add(new QuoteEntry(speaker, doc.text(quote.start(), quote.end()),
            quote.kind().label(), cue, quote.start(), quote.end()));
      }
    }
    return new ArchiveRecord(id, meta.title(), doc.text(), meta.date(), day,
        month == null ? null : month.toString(), meta.source(), meta.url(), meta.language(),
        mentions, quotes, DocumentJson.toJson(doc));
  }

  /** A stable id from the content: 16 hex digits of SHA-256 over title and text. */
  public static String contentId(String title, String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      if (title != null) {
        sha.update(title.getBytes(StandardCharsets.UTF_8));
      }
      sha.update((byte) 0);
      sha.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
