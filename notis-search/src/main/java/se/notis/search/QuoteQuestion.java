package se.notis.search;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Swedish question about what someone said as a quote search: "vad har Trump sagt om
 * gränsen" → speaker "Trump", words "gränsen"; also "vad sa/sade/säger/tycker X om Y",
 * "X om Y" and "citat av X om Y". Pure and thread-safe.
 */
public final class QuoteQuestion {
  private static final Pattern WHAT_SAID = Pattern.compile(
      "^(?:vad|hur)\\s+(?:har|hade|sa|sade|säger|tycker|tyckte|anser|ansåg|menar|menade|skriver|skrev)\\s+"
          + "(.+?)(?:\\s+(?:sagt|tyckt|ansett|menat|skrivit|uttalat sig))?(?:\\s+(?:om|kring|angående|gällande)\\s+(.+?))?\\s*\\??$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern QUOTES_BY = Pattern.compile(
      "^(?:citat|uttalanden|uttalande)\\s+(?:av|från)\\s+(.+?)(?:\\s+(?:om|kring|angående)\\s+(.+?))?\\s*\\??$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NAME_ABOUT = Pattern.compile(
      "^(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})\\s+om\\s+(.+?)\\s*\\??$");

  private QuoteQuestion() {}

  /** The speaker and words of a question, or empty when the text is not such a question. */
  public static Optional<QuoteRequest> parse(String question) {
    if (question == null || question.isBlank()) {
      return Optional.empty();
    }
    String q = question.strip();
    for (Pattern pattern : new Pattern[] {WHAT_SAID, QUOTES_BY, NAME_ABOUT}) {
      Matcher m = pattern.matcher(q);
      if (m.matches()) {
        String speaker = m.group(1).strip();
        if (speaker.toLowerCase(Locale.ROOT).matches("man|de|hon|han|ni|du|folk|någon")) {
          return Optional.empty();
        }
        String words = m.group(2) == null ? "" : m.group(2).strip();
        return Optional.of(QuoteRequest.of(speaker, words));
      }
    }
    return Optional.empty();
  }
}
