package se.notis.doc;

/**
 * What a place name was linked to.
 *
 * @param kind {@code country} or {@code city}
 * @param id ISO 3166-1 alpha-2 code for a country, GeoNames id for a city
 * @param name the place's Swedish (or native) name
 * @param countryCode ISO 3166-1 alpha-2 code of the country the place lies in
 * @param latitude degrees, or null when unknown
 * @param longitude degrees, or null when unknown
 */
public record Place(String kind, String id, String name, String countryCode, Double latitude, Double longitude) {}
