package se.notis.sentence;

import java.util.Locale;
import java.util.Set;

/**
 * A news agency's dateline opening a paragraph: "STOCKHOLM (TT)", "WASHINGTON (TT-AFP) –",
 * "Bryssel (Reuters)". The place and the agency stand before the article's first sentence and are
 * no part of it, so the sentence splitter ends a sentence after them and the name stage reads the
 * place as a place.
 */
public final class Dateline {
  private Dateline() {}

  /** Agencies as written in a dateline's brackets; "TT-AFP" is read part by part. */
  private static final Set<String> AGENCIES = Set.of("tt", "afp", "ap", "reuters", "ntb", "ritzau", "dpa", "fnb",
      "stt", "svt", "bloomberg", "ansa", "efe", "xinhua", "tass", "kyodo", "yonhap", "upi", "ria", "novosti", "anp", "belga",
      "aftonbladet", "expressen", "dn", "svd", "gp", "sydsvenskan", "ekot"); // a paper's own reporter abroad: "FLIMS (Aftonbladet)"

  /** Place words before the bracket: "NEW YORK", "RIO DE JANEIRO". */
  private static final int MAX_PLACE_WORDS = 4;

  /**
   * The number of tokens from {@code from} that make a dateline (the place, the bracketed
   * agency and a dash after it), or 0 when the tokens in [from, to) do not open with one.
   */
  public static int length(CharSequence text, int[] starts, int[] ends, int from, int to) {
    int place = placeWords(text, starts, ends, from, to);
    if (place == 0) {
      return 0;
    }
    int t = from + place;
    while (t + 1 < to && is(text, starts, ends, t, "/")) {
      int more = placeWords(text, starts, ends, t + 1, to); // "PEKING/TAIPEI (TT)": two places
      if (more == 0) {
        return 0;
      }
      t += 1 + more;
    }
    if (t >= to || !is(text, starts, ends, t, "(")) {
      return 0;
    }
    int agencyWords = 0;
    for (t++; t < to && !is(text, starts, ends, t, ")"); t++) {
      if (is(text, starts, ends, t, "-") || is(text, starts, ends, t, "/")) {
        continue;
      }
      if (!isAgency(text, starts[t], ends[t])) {
        return 0;
      }
      agencyWords++;
    }
    if (t >= to || agencyWords == 0) {
      return 0;
    }
    t++; // the closing bracket
    if (t < to && ends[t] - starts[t] == 1 && "–—-".indexOf(text.charAt(starts[t])) >= 0) {
      t++;
    }
    return t - from;
  }

  /**
   * The number of place words of a paper's own dateline at {@code from}, without an agency: a place
   * in capitals before a full stop, a dash or the first word of the text ("NORRKÖPING En 34-årig man",
   * "PHOENIX. Maja Lindgren") or alone on its line ("TEL AVIV"), or 0. Whether the words name a place is the caller's to check.
   */
  public static int ownPlaceWords(CharSequence text, int[] starts, int[] ends, int from, int to) {
    int t = from;
    while (t < to && t - from < MAX_PLACE_WORDS && isPlaceWord(text, starts[t], ends[t]) && allCapitals(text, starts[t], ends[t])) {
      t++;
    }
    int place = t - from;
    if (place == 0 || t >= to) {
      return place; // a heading line of capitals alone ("TEL AVIV") is read the same way
    }
    char next = text.charAt(starts[t]);
    boolean word = ends[t] - starts[t] > 1 && Character.isUpperCase(next) && Character.isLowerCase(text.charAt(starts[t] + 1));
    // not a review's label line, "DRAMA. Mörkervatten. Regi: …", where a title ends at the next full stop
    boolean mark = ends[t] - starts[t] == 1 && ".–—".indexOf(next) >= 0 && !(next == '.' && t + 2 < to
        && ends[t + 2] - starts[t + 2] == 1 && text.charAt(starts[t + 2]) == '.');
    return word || mark ? place : 0;
  }

  private static boolean allCapitals(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return end - start >= 2;
  }

  /** The number of place words a dateline opening at {@code from} has, or 0. */
  public static int placeWords(CharSequence text, int[] starts, int[] ends, int from, int to) {
    int t = from;
    while (t < to && t - from < MAX_PLACE_WORDS && isPlaceWord(text, starts[t], ends[t])) {
      t++;
    }
    return t - from;
  }

  /** The place as it would be written in running text: "NEW YORK" → "New York". */
  public static String titleCase(String place) {
    if (!place.equals(place.toUpperCase(Locale.ROOT))) {
      return place;
    }
    StringBuilder out = new StringBuilder(place.length());
    boolean wordStart = true;
    for (int i = 0; i < place.length(); i++) {
      char c = place.charAt(i);
      out.append(wordStart && !isParticleAt(place, i) ? c : Character.toLowerCase(c));
      wordStart = !Character.isLetter(c);
    }
    return out.toString();
  }

  /** Particles written in lower case inside a place's name: "Santiago de Chile", "Rio de Janeiro". */
  private static final java.util.Set<String> PARTICLES = java.util.Set.of("DE", "DEL", "DA", "DO", "DOS", "LA", "EL",
      "LES", "SUR", "AM", "AN", "DER");

  private static boolean isParticleAt(String place, int i) {
    if (i == 0 || place.charAt(i - 1) != ' ') {
      return false;
    }
    int end = place.indexOf(' ', i);
    return end > 0 && PARTICLES.contains(place.substring(i, end));
  }

  /** A word of a place's name: capitalised, letters with hyphens or dots ("SAN JOSÉ", "Saint-Denis"). */
  private static boolean isPlaceWord(CharSequence text, int start, int end) {
    if (!Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAgency(CharSequence text, int start, int end) {
    String word = text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
    if (AGENCIES.contains(word)) {
      return true;
    }
    int dash = word.indexOf('-');
    return dash > 0 && AGENCIES.contains(word.substring(0, dash)) && AGENCIES.contains(word.substring(dash + 1));
  }

  private static boolean is(CharSequence text, int[] starts, int[] ends, int t, String s) {
    return ends[t] - starts[t] == s.length() && text.subSequence(starts[t], ends[t]).toString().equals(s);
  }
}
