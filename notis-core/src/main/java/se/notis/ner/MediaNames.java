package se.notis.ner;

import java.util.Set;

/**
 * Swedish newspapers and broadcasters whose names are two or three words ("i Dagens Industri",
 * "skriver Svenska Dagbladet", "enligt Upsala Nya Tidning"): news cite them as sources, and their
 * words alone are common ("Dagens" is mostly "today's"), so the tagger misses some of them.
 */
final class MediaNames {
  private static final Set<String> NAMES = Set.of("Dagens Nyheter", "Dagens Industri", "Dagens Samhälle",
      "Dagens Medicin", "Dagens Arbete", "Dagens ETC", "Dagens Juridik", "Dagens Handel", "Svenska Dagbladet",
      "Sydsvenska Dagbladet", "Helsingborgs Dagblad", "Upsala Nya Tidning", "Norrländska Socialdemokraten",
      "Nerikes Allehanda", "Östgöta Correspondenten", "Sveriges Radio", "Sveriges Television", "Svenska Yle",
      "Gefle Dagblad", "Borås Tidning",
      "New York Times", "Washington Post", "Financial Times",
      "Wall Street Journal",
      // Some papers write their own name with a lower-case second word.
      "Dagens industri", "Dagens samhälle", "Dagens medicin", "Dagens arbete", "Dagens juridik", "Dagens handel");
  /** The most words a name has. */
  private static final int MAX_WORDS = 3;

  private MediaNames() {}

  /** Whether tokens {@code from} to {@code to} (exclusive) are a media name, in the genitive or not. */
  static boolean isName(CharSequence text, int[] starts, int[] ends, int from, int to) {
    if (to - from < 2 || to - from > MAX_WORDS) {
      return false;
    }
    StringBuilder name = new StringBuilder().append(text, starts[from], ends[from]);
    for (int k = from + 1; k < to; k++) {
      name.append(' ').append(text, starts[k], ends[k]);
    }
    return isListed(name.toString());
  }

  private static boolean isListed(String written) {
    return NAMES.contains(written) || written.endsWith("s") && NAMES.contains(written.substring(0, written.length() - 1));
  }

  /** The token after a media name of two or three words starting at token {@code i}, else -1. */
  static int nameEnd(CharSequence text, int[] starts, int[] ends, int n, int i, boolean[] taken) {
    int best = -1;
    StringBuilder name = new StringBuilder().append(text, starts[i], ends[i]);
    for (int k = i + 1; k < n && k < i + MAX_WORDS && !taken[k] && starts[k] == ends[k - 1] + 1; k++) {
      name.append(' ').append(text, starts[k], ends[k]);
      if (isListed(name.toString())) {
        best = k + 1;
      }
    }
    return best;
  }
}
