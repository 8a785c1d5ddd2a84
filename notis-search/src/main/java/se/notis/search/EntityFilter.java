package se.notis.search;

/**
 * Restricts a search to documents mentioning an entity.
 *
 * @param canonical the entity's canonical name (exact)
 * @param type {@code PER}, {@code LOC}, {@code ORG}, {@code MISC}, or null for any type
 */
public record EntityFilter(String canonical, String type) {
  public EntityFilter {
    if (canonical == null || canonical.isBlank()) {
      throw new IllegalArgumentException("entity filter needs a canonical name");
    }
  }

  /** Parses {@code Name} or {@code TYPE:Name} (e.g. {@code PER:Donald Trump}). */
  public static EntityFilter parse(String text) {
    int colon = text.indexOf(':');
    if (colon == 3 && text.substring(0, 3).matches("PER|LOC|ORG")
        || colon == 4 && text.startsWith("MISC")) {
      return new EntityFilter(text.substring(colon + 1).trim(), text.substring(0, colon));
    }
    return new EntityFilter(text.trim(), null);
  }
}
