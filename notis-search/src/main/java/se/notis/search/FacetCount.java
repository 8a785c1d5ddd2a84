package se.notis.search;

/** One value of a facet and how many matching documents carry it. */
public record FacetCount(String value, long count) {}
