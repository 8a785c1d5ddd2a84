package se.notis.doc;

/**
 * A number with what it counts or measures.
 *
 * @param value the stated amount, or null when only bounds are known ("hundratals")
 * @param lower inclusive lower bound, or null
 * @param upper inclusive upper bound, or null
 * @param unit the counted thing as a lemma ("migrant"), a currency code, {@code percent}, or null
 */
public record Quantity(int start, int end, Double value, Double lower, Double upper, String unit) {}
