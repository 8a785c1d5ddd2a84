package se.notis.search;

import java.util.Locale;

/** How search hits are ordered. */
public enum Sort {
  RELEVANCE, DATE_DESC, DATE_ASC;

  /** Parses {@code relevance}, {@code date} (newest first), {@code date_desc} or {@code date_asc}. */
  public static Sort parse(String text) {
    if (text == null || text.isBlank()) {
      return RELEVANCE;
    }
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "relevance":
      case "score":
        return RELEVANCE;
      case "date":
      case "date_desc":
      case "newest":
        return DATE_DESC;
      case "date_asc":
      case "oldest":
        return DATE_ASC;
      default:
        throw new IllegalArgumentException(
            "unknown sort '" + text + "'; use relevance, date, date_desc or date_asc");
    }
  }
}
