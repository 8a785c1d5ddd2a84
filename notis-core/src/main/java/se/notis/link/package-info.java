/**
 * Linking place names to the world: {@link se.notis.link.PlaceLinker} maps a place's canonical
 * name to a country (ISO 3166-1 code and Swedish name, from CLDR and TT-språket) or to a
 * GeoNames city with coordinates, and leaves ambiguous names unlinked. Its tables are compact
 * resources compiled by {@link se.notis.link.PlaceTableBuilder} ({@code notis train gazetteer}).
 */
package se.notis.link;
