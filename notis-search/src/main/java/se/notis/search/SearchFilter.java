package se.notis.search;

import java.time.LocalDate;
import java.util.List;

/**
 * Conditions every hit must meet; null or empty parts do not restrict.
 *
 * @param entities documents must mention all of these entities
 * @param speaker documents must hold a quote by this speaker (canonical name)
 * @param from earliest publication date, inclusive (month-precision dates count as the 1st)
 * @param to latest publication date, inclusive
 * @param source exact document source
 * @param language ISO 639-1 language code
 */
public record SearchFilter(
    List<EntityFilter> entities, String speaker, LocalDate from, LocalDate to, String source,
    String language) {

  public static final SearchFilter NONE = new SearchFilter(List.of(), null, null, null, null, null);

  public SearchFilter {
    entities = entities == null ? List.of() : List.copyOf(entities);
    speaker = blankToNull(speaker);
    source = blankToNull(source);
    language = blankToNull(language);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("date range is empty: from " + from + " is after to " + to);
    }
  }

  public boolean isEmpty() {
    return entities.isEmpty() && speaker == null && from == null && to == null && source == null
        && language == null;
  }

  public SearchFilter withEntity(EntityFilter entity) {
    List<EntityFilter> all = new java.util.ArrayList<>(entities);
    all.add(entity);
    return new SearchFilter(all, speaker, from, to, source, language);
  }

  public SearchFilter withSpeaker(String speaker) {
    return new SearchFilter(entities, speaker, from, to, source, language);
  }

  public SearchFilter withDates(LocalDate from, LocalDate to) {
    return new SearchFilter(entities, speaker, from, to, source, language);
  }

  public SearchFilter withSource(String source) {
    return new SearchFilter(entities, speaker, from, to, source, language);
  }

  public SearchFilter withLanguage(String language) {
    return new SearchFilter(entities, speaker, from, to, source, language);
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
