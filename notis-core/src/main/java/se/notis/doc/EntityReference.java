package se.notis.doc;

/**
 * A word that refers to an entity without naming it, such as a demonym adjective
 * ("mexikanska myndigheter" refers to Mexiko).
 *
 * @param start first code point of the referring word
 * @param end one past its last code point
 * @param kind how it refers, e.g. {@code demonym}
 * @param canonical canonical name of the entity referred to
 * @param type the referred entity's type
 */
public record EntityReference(int start, int end, String kind, String canonical, String type) {}
