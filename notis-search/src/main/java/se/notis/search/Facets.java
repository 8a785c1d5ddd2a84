package se.notis.search;

import java.util.List;

/** Names of the facets every backend returns in {@link SearchResult#facets()}. */
public final class Facets {
  private Facets() {}

  /** Canonical names of PER entities. */
  public static final String PEOPLE = "people";
  /** Canonical names of LOC entities. */
  public static final String PLACES = "places";
  /** Canonical names of ORG entities. */
  public static final String ORGANISATIONS = "organisations";
  /** Document sources (publisher or feed). */
  public static final String SOURCES = "sources";
  /** Publication months, {@code YYYY-MM}. */
  public static final String MONTHS = "months";

  public static final List<String> ALL = List.of(PEOPLE, PLACES, ORGANISATIONS, SOURCES, MONTHS);

  /** The facet holding entities of a type ({@code PER}, {@code LOC}, {@code ORG}), or null. */
  public static String ofEntityType(String type) {
    if (type == null) {
      return null;
    }
    switch (type) {
      case "PER":
        return PEOPLE;
      case "LOC":
        return PLACES;
      case "ORG":
        return ORGANISATIONS;
      default:
        return null;
    }
  }
}
