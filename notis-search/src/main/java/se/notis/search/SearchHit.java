package se.notis.search;

/**
 * One matching document.
 *
 * @param id document id
 * @param title headline, or null
 * @param score relevance score (NaN when sorted by date without scores)
 * @param snippet plain-text passage with query terms marked {@code <b>…</b>}; everything else in
 *     it is escaped HTML text (so {@code <}, {@code >} and {@code &} appear as entities)
 * @param date publication date ({@code YYYY-MM-DD} or {@code YYYY-MM}), or null
 * @param source publisher or feed, or null
 * @param url origin, or null
 */
public record SearchHit(
    String id, String title, float score, String snippet, String date, String source, String url) {}
