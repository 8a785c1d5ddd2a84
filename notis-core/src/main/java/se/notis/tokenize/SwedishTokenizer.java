package se.notis.tokenize;

/**
 * Splits Swedish text into tokens following the conventions of the Swedish UD treebank
 * (Talbanken). Works on a char range of a {@link CharSequence} and reports tokens as char offsets;
 * allocates nothing per token.
 *
 * <p>Words keep internal hyphens (Guevara-Rosas, 2018-10-19), colon endings (FN:s, 1:a), decimal
 * separators between digits (3,5, 23.12) and a suspended-compound hyphen ("kibbutz- och");
 * numbers keep thousand spaces ("4 000"); known abbreviations and initials keep their dots;
 * URLs, e-mail addresses, hashtags and mentions stay whole; every other punctuation mark,
 * including speech dashes and quote marks, is a token of its own ("..." stays together).
 */
final class SwedishTokenizer {

  /** Receives each token as a half-open char range. */
  interface Sink {
    void token(int start, int end);
  }

  private final Abbreviations abbreviations;

  SwedishTokenizer(Abbreviations abbreviations) {
    this.abbreviations = abbreviations;
  }

  static SwedishTokenizer standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final SwedishTokenizer STANDARD =
        new SwedishTokenizer(Abbreviations.load("/se/notis/tokenize/abbreviations-sv.txt"));
  }

  void tokenize(CharSequence text, int from, int to, Sink sink) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      int end = tokenEnd(text, i, to);
      sink.token(i, end);
      i = end;
    }
  }

  private int tokenEnd(CharSequence text, int start, int to) {
    char c = text.charAt(start);
    int special = urlEnd(text, start, to);
    if (special > start) {
      return special;
    }
    if ((c == '#' || c == '@') && start + 1 < to && Character.isLetterOrDigit(text.charAt(start + 1))
        && (start == 0 || isSpace(text.charAt(start - 1)) || isOpening(text.charAt(start - 1)))) {
      return wordEnd(text, start + 1, to);
    }
    if (isWordChar(c)) {
      int word = wordEnd(text, start, to);
      int domain = domainEnd(text, word, to);
      return domain > word ? domain : afterWord(text, start, word, to);
    }
    if (c == '!' || c == '?') {
      int end = start + 1;
      while (end < to && (text.charAt(end) == '!' || text.charAt(end) == '?')) {
        end++;
      }
      return end;
    }
    if (c == '.' || c == '-') {
      int end = start + 1;
      while (end < to && text.charAt(end) == c) {
        end++;
      }
      return end;
    }
    if (Character.isHighSurrogate(c) && start + 1 < to) {
      return start + 2;
    }
    return start + 1;
  }

  /** Extends a word over the joiners that keep it one token. */
  private int wordEnd(CharSequence text, int start, int to) {
    int i = start;
    while (true) {
      while (i < to && isWordChar(text.charAt(i))) {
        i++;
      }
      if (i + 1 >= to) {
        return i;
      }
      char joiner = text.charAt(i);
      char before = text.charAt(i - 1);
      char after = text.charAt(i + 1);
      if (joiner == '-' || joiner == '\u2011') {
        if (isWordChar(after) && !isAgencyChain(text, start, i, to)) {
          i += 2;
          continue;
        }
        return i;
      }
      if ((joiner == '.' || joiner == ',' || joiner == ':' || joiner == '/')
          && isDigit(before) && isDigit(after) && digitRunBefore(text, start, i)) {
        i += 2;
        continue;
      }
      if (joiner == ':' && Character.isLetter(after) && isColonEnding(text, start, i, to)) {
        i += 2;
        continue;
      }
      if ((joiner == '\'' || joiner == '\u2019') && Character.isLetter(before)
          && Character.isLetter(after)) {
        i += 2;
        continue;
      }
      if (joiner == '&' && Character.isUpperCase(before) && Character.isUpperCase(after)) {
        i += 2;
        continue;
      }
      if (joiner == '@' && Character.isLetterOrDigit(after)) {
        return emailEnd(text, i + 1, to);
      }
      return i;
    }
  }

  /** The end of a word token once its letters are known: dots, thousand groups, hyphens. */
  private int afterWord(CharSequence text, int start, int end, int to) {
    if (end < to) {
      char next = text.charAt(end);
      if (next == '.') {
        int abbreviation = abbreviationEnd(text, start, to);
        if (abbreviation > end) {
          return abbreviation;
        }
        if (end - start == 1 && Character.isUpperCase(text.charAt(start)) && isInitialContext(text, end + 1, to)) {
          return end + 1;
        }
      } else if (next == ' ' || next == '\u00a0' || next == '\u202f') {
        return thousandGroupsEnd(text, start, end, to);
      } else if (next == '-' && end + 1 <= to && (end + 1 == to || isSpace(text.charAt(end + 1))
          || text.charAt(end + 1) == ',')) {
        // suspended compound: "kibbutz- och moshavbarnen"
        return end + 1;
      }
    }
    return end;
  }

  /** "4 000", "1 200 000": groups of exactly three digits after a first group of one to three. */
  private int thousandGroupsEnd(CharSequence text, int start, int end, int to) {
    int length = end - start;
    if (length > 3 || !allDigits(text, start, end)) {
      return end;
    }
    int i = end;
    while (i + 4 <= to && isGroupSpace(text.charAt(i)) && isDigit(text.charAt(i + 1))
        && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3))
        && (i + 4 == to || !isWordChar(text.charAt(i + 4)) || isDecimalAt(text, i + 4, to))) {
      i += 4;
    }
    if (i > end && i < to && isDecimalAt(text, i, to)) {
      i += 2;
      while (i < to && isDigit(text.charAt(i))) {
        i++;
      }
    }
    return i;
  }

  private static boolean isDecimalAt(CharSequence text, int i, int to) {
    return i + 1 < to && text.charAt(i) == ',' && isDigit(text.charAt(i + 1));
  }

  /** Longest known abbreviation starting at {@code start}: letter runs of up to 5 separated by dots. */
  private int abbreviationEnd(CharSequence text, int start, int to) {
    int best = -1;
    int i = start;
    int limit = Math.min(to, start + abbreviations.maxLength());
    while (i < limit) {
      int run = i;
      while (run < limit && Character.isLetter(text.charAt(run))) {
        run++;
      }
      if (run == i || run - i > 5) {
        break;
      }
      if (run >= to || text.charAt(run) != '.') {
        // "t.ex Röda Korset": a multi-part abbreviation written without its last dot
        if (i > start && (run >= to || !isWordChar(text.charAt(run))) && abbreviations.contains(text, start, run)) {
          best = run;
        }
        break;
      }
      i = run + 1;
      if (abbreviations.contains(text, start, i)) {
        best = i;
      }
    }
    return best;
  }

  /** An initial ("Luis A. Videgaray") is followed by a space and a capitalised word. */
  private static boolean isInitialContext(CharSequence text, int i, int to) {
    return i + 1 < to && text.charAt(i) == ' ' && Character.isUpperCase(text.charAt(i + 1))
        && (i + 2 >= to || Character.isLetter(text.charAt(i + 2)) || text.charAt(i + 2) == '.');
  }

  /** News agencies, which a byline joins with hyphens: "(TT-AFP-Reuters)". */
  private static final java.util.Set<String> NEWS_AGENCIES = java.util.Set.of("TT", "AFP", "Reuters", "AP", "DPA",
      "NTB", "Ritzau", "FNB", "STT", "Bloomberg", "ANSA", "EFE", "Xinhua", "UPI", "Kyodo", "Yonhap", "Tass", "TASS",
      "Interfax");

  /** Whether the hyphen at {@code hyphen} joins two news agencies, which are names of their own. */
  private static boolean isAgencyChain(CharSequence text, int start, int hyphen, int to) {
    int partStart = hyphen;
    while (partStart > start && Character.isLetter(text.charAt(partStart - 1))) {
      partStart--;
    }
    int partEnd = hyphen + 1;
    while (partEnd < to && Character.isLetter(text.charAt(partEnd))) {
      partEnd++;
    }
    return NEWS_AGENCIES.contains(text.subSequence(partStart, hyphen).toString())
        && NEWS_AGENCIES.contains(text.subSequence(hyphen + 1, partEnd).toString());
  }

  /**
   * "FN:s", "USA:s", "1:a", "3:e", "CD:n": a colon ending of one to three lower-case letters after a
   * capital or a digit; the genitive of an acronym written like a name, "Nato:s", "Unicef:s"; and a
   * lower-case abbreviation's ending, "vd:n", "tv:ns", "pr:et".
   */
  private static boolean isColonEnding(CharSequence text, int start, int colon, int to) {
    char before = text.charAt(colon - 1);
    boolean acronym = Character.isUpperCase(before) || isDigit(before);
    if (!acronym && Character.isLowerCase(text.charAt(start)) && colon - start <= 3) {
      return isAbbreviationEnding(text, colon + 1, to);
    }
    if (!acronym && !(Character.isUpperCase(text.charAt(start)) && Character.isLetter(before))) {
      return false;
    }
    int i = colon + 1;
    while (i < to && Character.isLowerCase(text.charAt(i))) {
      i++;
    }
    int letters = i - colon - 1;
    boolean ends = i == to || !isWordChar(text.charAt(i));
    return ends && (acronym ? letters >= 1 && letters <= 3 : letters == 1 && text.charAt(colon + 1) == 's');
  }

  /** The definite, plural or genitive endings a lower-case abbreviation takes after its colon. */
  private static final java.util.Set<String> ABBREVIATION_ENDINGS = java.util.Set.of("n", "ns", "en", "ens", "et",
      "ets", "s", "ar", "arna", "er", "erna", "or", "orna", "na");

  private static boolean isAbbreviationEnding(CharSequence text, int from, int to) {
    int i = from;
    while (i < to && Character.isLowerCase(text.charAt(i))) {
      i++;
    }
    return (i == to || !isWordChar(text.charAt(i))) && ABBREVIATION_ENDINGS.contains(text.subSequence(from, i).toString());
  }

  private static boolean digitRunBefore(CharSequence text, int start, int i) {
    int j = i - 1;
    while (j >= start && isDigit(text.charAt(j))) {
      j--;
    }
    return j < start || !Character.isLetter(text.charAt(j));
  }

  /** Top-level domains that news write after a site's name without "www.": "Geblod.nu", "Hemnet.se". */
  private static final java.util.Set<String> DOMAINS = java.util.Set.of("se", "nu", "com", "org", "net", "us", "io",
      "eu", "fi", "no", "dk", "de", "info");

  /** The end of ".se" or another top-level domain right after a word ({@code word} is where the word ends), else -1. */
  private static int domainEnd(CharSequence text, int word, int to) {
    if (word + 2 >= to || text.charAt(word) != '.') {
      return -1;
    }
    int end = word + 1;
    while (end < to && text.charAt(end) >= 'a' && text.charAt(end) <= 'z') {
      end++;
    }
    boolean closed = end == to || !Character.isLetterOrDigit(text.charAt(end));
    return closed && DOMAINS.contains(text.subSequence(word + 1, end).toString()) ? end : -1;
  }

  private static int urlEnd(CharSequence text, int start, int to) {
    if (!startsWith(text, start, to, "http://") && !startsWith(text, start, to, "https://")
        && !startsWith(text, start, to, "www.")) {
      return -1;
    }
    int i = start;
    while (i < to && !isSpace(text.charAt(i)) && !isQuote(text.charAt(i))) {
      i++;
    }
    return trimTrailingPunctuation(text, start, i);
  }

  private static int emailEnd(CharSequence text, int domainStart, int to) {
    int i = domainStart;
    while (i < to && (isWordChar(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '-')) {
      i++;
    }
    return trimTrailingPunctuation(text, domainStart, i);
  }

  private static int trimTrailingPunctuation(CharSequence text, int start, int end) {
    while (end > start + 1 && ".,;:!?)]}".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  private static boolean startsWith(CharSequence text, int start, int to, String prefix) {
    if (to - start < prefix.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (Character.toLowerCase(text.charAt(start + k)) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allDigits(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isWordChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.COMBINING_SPACING_MARK;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || (c > 127 && (Character.isWhitespace(c)
        || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff'));
  }

  private static boolean isGroupSpace(char c) {
    return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\u2009';
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\u201d' || c == '\u201c' || c == '\u00bb' || c == '\u00ab';
  }

  private static boolean isOpening(char c) {
    return c == '(' || c == '[' || isQuote(c);
  }
}
