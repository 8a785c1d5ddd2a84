package se.notis.doc;

/**
 * A named person, place, organisation or other name in the text.
 *
 * @param start first code point of the name as written (genitive ending included)
 * @param end one past the last code point
 * @param type {@code PER}, {@code LOC}, {@code ORG} or {@code MISC}
 * @param canonical the entity's name within the document: genitive stripped, partial names
 *     expanded to the fullest form in the document
 * @param place the linked place for LOC entities, or null
 */
public record Entity(int start, int end, String type, String canonical, Place place) {
  public Entity {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad entity span [" + start + ", " + end + ")");
    }
  }

  public Span span() {
    return new Span(start, end);
  }
}
