package se.notis.search;

/**
 * One statement found by a quote search.
 *
 * @param docId the document holding it
 * @param title the document's headline, or null
 * @param date the document's date, or null
 * @param speaker canonical speaker, or null when unattributed
 * @param text the statement as written
 * @param kind {@code direct} or {@code indirect}
 * @param cue attribution verb ("säger"), or null
 * @param start code-point offset of the statement in the document
 * @param end one past its end
 * @param score relevance score
 */
public record QuoteHit(
    String docId, String title, String date, String speaker, String text, String kind, String cue,
    int start, int end, float score) {}
