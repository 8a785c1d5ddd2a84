package se.notis.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The annotation guidelines applied to tagger output within one sentence: titles and roles
 * stay outside person names, common-noun institutions ("regeringen", "polisen") and compounds
 * such as "Trump-perspektiv" are not names, news agencies and broadcasters are organisations,
 * named laws ("alkohollagen", "lagen om berusade personer") are MISC and roads ("riksväg 26/40",
 * "E10") are places.
 */
final class EntityRules {
  /** Common nouns for institutions: never names, even capitalised at the start of a sentence. */
  static final Set<String> INSTITUTIONS = Set.of("regeringen", "polisen", "riksdagen", "kommunen", "socialtjänsten",
      "länsstyrelsen", "regionen", "landstinget", "tingsrätten", "hovrätten", "åklagaren", "domstolen",
      "räddningstjänsten", "ambulansen", "myndigheten", "myndigheterna", "departementet", "staten", "militären",
      "armén", "skolan", "sjukhuset", "kyrkan", "länet", "landet", "kommunerna", "polismyndigheterna");
  /** News agencies and broadcasters cited as sources: ORG wherever they stand alone. */
  static final Set<String> MEDIA = Set.of("TT", "SVT", "SR", "DN", "SvD", "AFP", "Reuters", "NTB", "Ekot", "Expressen",
      "Aftonbladet", "Sydsvenskan", "GP", "TV4", "BBC", "CNN", "Bloomberg");
  /** Lower-case words that belong inside names (von Essen, El Excelsior is capitalised). */
  private static final Set<String> PARTICLES = Set.of("von", "van", "der", "de", "af", "la", "le", "el", "del", "da",
      "di", "dos", "das", "bin", "al", "y", "och", "för", "i", "mot", "av", "om", "på", "till", "med");
  private static final Set<String> LAW_STOPS = Set.of("och", "i", "på", "för", "samt", "efter", "som", "till", "men",
      "eller", "vid", "med", "när", "då", "mot");
  private static final Set<String> ROAD_WORDS = Set.of("riksväg", "länsväg", "väg", "europaväg", "Riksväg", "Länsväg");

  private EntityRules() {}

  static List<NerLabels.TokenSpan> apply(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> spans,
      Gazetteer gazetteer) {
    int n = starts.length;
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size() + 2);
    boolean[] taken = new boolean[n];
    for (NerLabels.TokenSpan span : spans) {
      NerLabels.TokenSpan fixed = fix(text, starts, ends, span, gazetteer);
      if (fixed != null) {
        out.add(fixed);
        for (int i = fixed.start(); i < fixed.end(); i++) {
          taken[i] = true;
        }
      }
    }
    addPatterns(text, starts, ends, n, taken, out, gazetteer);
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static NerLabels.TokenSpan fix(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    int start = span.start();
    int end = span.end();
    String type = span.type();
    // Titles and roles are outside: drop leading lower-case words from a name.
    while (start < end - 1 && isLower(text, starts[start]) && !PARTICLES.contains(word(text, starts, ends, start))
        && !"MISC".equals(type)) {
      start++;
    }
    // Trailing punctuation never belongs to a name.
    while (end > start && !Character.isLetterOrDigit(text.charAt(ends[end - 1] - 1))) {
      end--;
    }
    while (start < end && !Character.isLetterOrDigit(text.charAt(starts[start]))) {
      start++;
    }
    if (start >= end) {
      return null;
    }
    if (end - start == 1) {
      String w = word(text, starts, ends, start);
      String lower = w.toLowerCase(Locale.ROOT);
      if (INSTITUTIONS.contains(lower) || INSTITUTIONS.contains(stripS(lower))) {
        return null;
      }
      if ((gazetteer.single(text, starts[start], ends[start]) & Gazetteer.DEMONYM) != 0) {
        return null;
      }
      if (isCompoundWithCommonNoun(w)) {
        return null;
      }
      if (MEDIA.contains(w) || MEDIA.contains(stripGenitive(w))) {
        type = "ORG";
      }
      if (isLower(text, starts[start]) && !"MISC".equals(type)) {
        return null;
      }
    }
    return new NerLabels.TokenSpan(start, end, type);
  }

  /** Adds names the tagger missed that follow fixed patterns: laws, roads, media sources. */
  private static void addPatterns(CharSequence text, int[] starts, int[] ends, int n, boolean[] taken,
      List<NerLabels.TokenSpan> out, Gazetteer gazetteer) {
    for (int i = 0; i < n; i++) {
      if (taken[i]) {
        continue;
      }
      String w = word(text, starts, ends, i);
      if (w.equals("lagen") && i + 2 < n && word(text, starts, ends, i + 1).equals("om") && !taken[i + 1]) {
        int end = i + 2;
        while (end < n && end - i < 7 && !taken[end] && isLower(text, starts[end])
            && !LAW_STOPS.contains(word(text, starts, ends, end))) {
          end++;
        }
        if (end > i + 2) {
          out.add(new NerLabels.TokenSpan(i, end, "MISC"));
          mark(taken, i, end);
          i = end - 1;
        }
        continue;
      }
      if (w.length() > 6 && isLower(text, starts[i]) && (w.endsWith("lagen") || w.endsWith("balken"))
          && w.indexOf('-') < 0) {
        out.add(new NerLabels.TokenSpan(i, i + 1, "MISC"));
        taken[i] = true;
        continue;
      }
      if (ROAD_WORDS.contains(w) && i + 1 < n && !taken[i + 1] && Character.isDigit(text.charAt(starts[i + 1]))) {
        out.add(new NerLabels.TokenSpan(i, i + 2, "LOC"));
        mark(taken, i, i + 2);
        i++;
        continue;
      }
      if ((gazetteer.single(text, starts[i], ends[i]) & Gazetteer.ROAD) != 0 && w.length() <= 4) {
        out.add(new NerLabels.TokenSpan(i, i + 1, "LOC"));
        taken[i] = true;
        continue;
      }
      if (MEDIA.contains(w) && w.length() > 1 && Character.isUpperCase(w.charAt(w.length() - 1))) {
        out.add(new NerLabels.TokenSpan(i, i + 1, "ORG"));
        taken[i] = true;
      }
    }
  }

  private static void mark(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      taken[i] = true;
    }
  }

  /** "Trump-perspektiv", "EU-minister": a name prefixed to an indefinite common noun is no name. */
  static boolean isCompoundWithCommonNoun(String w) {
    int hyphen = w.lastIndexOf('-');
    if (hyphen <= 0 || hyphen == w.length() - 1) {
      return false;
    }
    String tail = w.substring(hyphen + 1);
    if (!Character.isLowerCase(tail.charAt(0))) {
      return false;
    }
    return !(tail.endsWith("en") || tail.endsWith("et") || tail.endsWith("na") || tail.endsWith("ens")
        || tail.endsWith("ets"));
  }

  private static String stripS(String w) {
    return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  static String stripGenitive(String w) {
    int end = Gazetteer.stripGenitive(w, 0, w.length());
    return w.substring(0, end);
  }

  private static boolean isLower(CharSequence text, int start) {
    return Character.isLowerCase(text.charAt(start));
  }

  private static String word(CharSequence text, int[] starts, int[] ends, int i) {
    return text.subSequence(starts[i], ends[i]).toString();
  }
}
