package se.notis.doc;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What is known about a document besides its text. Every field may be null except where noted.
 *
 * @param id stable identifier (never null once read; readers derive one when the input has none)
 * @param title headline, or null
 * @param date publication date as ISO text: {@code YYYY-MM-DD}, {@code YYYY-MM}, or null when unknown
 * @param source publisher or feed name
 * @param url where the document came from
 * @param language ISO 639-1 code of the text's language, or null before identification
 */
public record Metadata(String id, String title, String date, String source, String url, String language) {

  public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null);

  public Metadata {
    if (date != null && !date.isEmpty() && parseDay(date) == null && parseMonth(date) == null) {
      throw new IllegalArgumentException("date must be YYYY-MM-DD or YYYY-MM: '" + date + "'");
    }
    if (date != null && date.isEmpty()) {
      date = null;
    }
  }

  public static Metadata ofId(String id) {
    return EMPTY.withId(id);
  }

  /** The publication day, when the date has day precision. */
  public Optional<LocalDate> day() {
    return Optional.ofNullable(date == null ? null : parseDay(date));
  }

  /** The publication month, when the date has at least month precision. */
  public Optional<YearMonth> month() {
    if (date == null) {
      return Optional.empty();
    }
    LocalDate d = parseDay(date);
    return Optional.ofNullable(d != null ? YearMonth.from(d) : parseMonth(date));
  }

  public Metadata withId(String id) {
    return new Metadata(id, title, date, source, url, language);
  }

  public Metadata withTitle(String title) {
    return new Metadata(id, title, date, source, url, language);
  }

  public Metadata withDate(String date) {
    return new Metadata(id, title, date, source, url, language);
  }

  public Metadata withSource(String source) {
    return new Metadata(id, title, date, source, url, language);
  }

  public Metadata withUrl(String url) {
    return new Metadata(id, title, date, source, url, language);
  }

  public Metadata withLanguage(String language) {
    return new Metadata(id, title, date, source, url, language);
  }

  private static LocalDate parseDay(String s) {
    try {
      return s.length() == 10 ? LocalDate.parse(s) : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static YearMonth parseMonth(String s) {
    try {
      return s.length() == 7 ? YearMonth.parse(s) : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
