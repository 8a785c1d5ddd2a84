package se.notis.doc;

/** The role of a block of text within an article. */
public enum BlockType {
  TITLE, LEAD, SUBHEADING, PARAGRAPH;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
