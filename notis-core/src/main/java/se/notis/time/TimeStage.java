package se.notis.time;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.notis.doc.Document;
import se.notis.doc.Layers;
import se.notis.doc.Metadata;
import se.notis.doc.SentenceLayer;
import se.notis.doc.SpanLayer;
import se.notis.doc.TimeExpression;
import se.notis.doc.TimexLayer;
import se.notis.pipeline.AbstractStage;

/**
 * Adds the time-expression layer: finds Swedish time expressions with {@link TimeGrammar} and
 * normalises them against the document's publication date ({@link Metadata#day()}).
 */
public final class TimeStage extends AbstractStage {
  public static final String NAME = "time";

  private final TimeGrammar grammar;

  public TimeStage() {
    this(TimeGrammar.standard());
  }

  TimeStage(TimeGrammar grammar) {
    super(NAME, Set.of(Layers.TOKENS, Layers.SENTENCES), Set.of(Layers.TIMEX));
    this.grammar = grammar;
  }

  @Override
  public Document process(Document doc) {
    SpanLayer tokens = doc.get(Layers.TOKENS);
    SentenceLayer sents = doc.get(Layers.SENTENCES);
    SpanLayer chars = doc.charSpans(tokens);
    int[] first = sents.firstTokens();
    int[] end = sents.endTokens();
    List<TimeExpression> found = grammar.find(doc.text(), chars, first, end, anchor(doc.meta()));
    if (!doc.charsAreCodePoints()) {
      List<TimeExpression> converted = new ArrayList<>(found.size());
      for (TimeExpression timex : found) {
        converted.add(new TimeExpression(doc.codePointIndex(timex.start()),
            doc.codePointIndex(timex.end()), timex.type(), timex.value()));
      }
      found = converted;
    }
    return doc.with(Layers.TIMEX, new TimexLayer(found));
  }

  /**
   * The anchor of a document: its publication day (month precision leaves relative expressions
   * unknown, as the annotation guidelines say, but gives a year to a month or day named alone), the time of day when the title states it ("18 juni 07.00, …"), and
   * whether the title announces a summary of the night.
   */
  static TimeGrammar.Anchor anchor(Metadata meta) {
    LocalDate day = day(meta.date());
    java.time.YearMonth issue = month(meta.date());
    if (issue != null) {
      return TimeGrammar.Anchor.ofMonth(issue);
    }
    String title = meta.title();
    LocalTime time = null;
    boolean overnight = false;
    if (title != null && !title.isEmpty()) {
      if (Character.isDigit(title.charAt(0))) {
        time = titleTime(title);
      }
      for (int k = 0; k + 4 <= title.length() && !overnight; k++) {
        char c = title.charAt(k);
        overnight = (c == 'n' || c == 'N') && title.regionMatches(true, k, "natt", 0, 4);
      }
    }
    return new TimeGrammar.Anchor(day, time, overnight);
  }

  /**
   * The time in a police title "18 juni 07.00, …": a day number, a month word, then HH.MM or
   * HH:MM; read by hand because a regular expression per document costs more than the grammar.
   */
  static LocalTime titleTime(String title) {
    int k = 0;
    int n = title.length();
    while (k < n && k < 2 && Character.isDigit(title.charAt(k))) {
      k++;
    }
    if (k == 0 || k >= n || title.charAt(k) != ' ') {
      return null;
    }
    int word = ++k;
    while (k < n && Character.isLetter(title.charAt(k))) {
      k++;
    }
    if (k - word < 3 || k - word > 9 || k >= n || title.charAt(k) != ' ') {
      return null;
    }
    int at = k + 1;
    int hourDigits = 0;
    while (at + hourDigits < n && hourDigits < 3 && Character.isDigit(title.charAt(at + hourDigits))) {
      hourDigits++;
    }
    int sep = at + hourDigits;
    if (hourDigits < 1 || hourDigits > 2 || sep + 3 > n || (title.charAt(sep) != '.' && title.charAt(sep) != ':')
        || !Character.isDigit(title.charAt(sep + 1)) || !Character.isDigit(title.charAt(sep + 2))
        || sep + 3 < n && Character.isLetterOrDigit(title.charAt(sep + 3))) {
      return null;
    }
    int hour = digits(title, at, sep);
    int minute = digits(title, sep + 1, sep + 3);
    return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
  }

  /** The day of a "YYYY-MM-DD" date, read by hand: the formatter costs more than the grammar. */
  /** "2024-05": the month of a document dated by its month only, else null. */
  private static java.time.YearMonth month(String date) {
    if (date == null || date.length() != 7 || date.charAt(4) != '-') {
      return null;
    }
    int year = digits(date, 0, 4);
    int month = digits(date, 5, 7);
    return year < 0 || month < 1 || month > 12 ? null : java.time.YearMonth.of(year, month);
  }

  private static LocalDate day(String date) {
    if (date == null || date.length() != 10 || date.charAt(4) != '-' || date.charAt(7) != '-') {
      return null;
    }
    int year = digits(date, 0, 4);
    int month = digits(date, 5, 7);
    int dayOfMonth = digits(date, 8, 10);
    return year < 0 || month < 0 || dayOfMonth < 0 ? null : TimeGrammar.date(year, month, dayOfMonth);
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
