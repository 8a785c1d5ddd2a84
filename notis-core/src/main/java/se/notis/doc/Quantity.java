package se.notis.doc;

/**
 * A number with what it counts or measures.
 *
 * <p>Bounds carry approximations: "uppemot 4 000" has value 4000 and upper 4000, "drygt 90" value
 * 90 and lower 90, "mellan 10 och 20" lower 10 and upper 20 with no value. Plural magnitudes have
 * only bounds: "hundratals" is lower 200, upper 999 (at least two hundred, fewer than a thousand),
 * "tusentals" 2000 to 9999, and so on. An exact number has null bounds.
 *
 * @param value the stated amount, or null when only bounds are known ("hundratals")
 * @param lower inclusive lower bound, or null
 * @param upper inclusive upper bound, or null
 * @param unit the counted thing as a lemma ("migrant"), a currency code ("SEK"), {@code percent},
 *     a unit of measure ("km"), or null
 * @param kind {@code count}, {@code money}, {@code percent}, {@code measure}, {@code age} (unit
 *     {@code år}: "45-årig", "i 30-årsåldern" approximate, "i 20–25-årsåldern" as bounds) or {@code number}
 *     (nothing counted follows)
 * @param approximate true for "cirka", "runt", "ett tjugotal", "hundratals"
 */
public record Quantity(int start, int end, Double value, Double lower, Double upper, String unit,
    String kind, boolean approximate) {

  /** An exact count or measure without a kind. */
  public Quantity(int start, int end, Double value, Double lower, Double upper, String unit) {
    this(start, end, value, lower, upper, unit, unit == null ? "number" : "count", false);
  }
}
