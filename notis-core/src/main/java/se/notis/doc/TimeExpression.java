package se.notis.doc;

/**
 * A time expression normalised against the publication date (TIMEX3-like).
 *
 * @param type {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value ISO-style value ("2018-10-18", "2018-W41", "2018-10-19TEV", "PT15M"), or null
 *     when it depends on an unknown publication date
 */
public record TimeExpression(int start, int end, String type, String value) {}
