package se.notis.ner;

import static se.notis.ner.RuleTokens.isCapitalisedWord;
import static se.notis.ner.RuleTokens.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names that open with "Kungliga" (royal foundations): "Kungliga Filharmonikerna", "Kungliga
 * biblioteket", "Kungliga Tekniska högskolan" are bodies, "Kungliga slottet" a place and
 * "Kungliga Nordstjärneorden" an order. The tagger takes "Kungliga" alone, often for a place.
 */
final class RoyalNames {
  private RoyalNames() {}

  /** Heads of the royal names that are places. */
  private static final Set<String> PLACE_HEADS = Set.of("slottet", "slott", "djurgården", "nationalstadsparken",
      "trädgården", "parken");

  /** The royal family and its doings, no name: "Kungliga familjen" opening a sentence. */
  private static final Set<String> NO_NAME_HEADS = Set.of("familjen", "familjens", "paret", "parets", "gästerna",
      "bröllopet", "husets", "huset", "högheter");

  /**
   * {@code spans} (token indices, in order) with every name opened by "Kungliga" or "Kungl." as one
   * span from that word to its head noun, in place of the pieces the tagger found inside it.
   */
  static List<NerLabels.TokenSpan> add(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> spans) {
    List<NerLabels.TokenSpan> out = spans;
    for (int i = 0; i + 1 < starts.length; i++) {
      String w = word(text, starts, ends, i);
      if (!w.equals("Kungliga") && !w.equals("Kungl.")) {
        continue;
      }
      NerLabels.TokenSpan name = nameAt(text, starts, ends, i);
      if (name != null) {
        out = replace(out, name);
      }
    }
    return out;
  }

  /** The royal name opened at {@code i}, or null: adjectives ("Tekniska", "Svenska") up to a head noun. */
  private static NerLabels.TokenSpan nameAt(CharSequence text, int[] starts, int[] ends, int i) {
    int k = i + 1;
    while (k < starts.length && k - i <= 4 && isWord(text, starts[k], ends[k])) {
      String lower = word(text, starts, ends, k).toLowerCase(Locale.ROOT);
      if (!isAdjective(lower) || k + 1 == starts.length) {
        String head = EntityWords.stripGenitive(lower);
        if (NO_NAME_HEADS.contains(lower) || !isCapitalisedWord(text, starts[k], ends[k]) && !isDefinite(lower)) {
          return null;
        }
        String type = PLACE_HEADS.contains(head) ? "LOC" : head.endsWith("orden") ? "MISC" : "ORG";
        return new NerLabels.TokenSpan(i, k + 1, type);
      }
      k++;
    }
    return null;
  }

  private static boolean isWord(CharSequence text, int start, int end) {
    for (int c = start; c < end; c++) {
      if (!Character.isLetter(text.charAt(c)) && text.charAt(c) != ':') {
        return false;
      }
    }
    return end > start;
  }

  /** "tekniska", "svenska", "musikaliska": the adjectives between "Kungliga" and the head. */
  private static boolean isAdjective(String lower) {
    return lower.endsWith("ska") || lower.endsWith("liga");
  }

  /** A lower-case head is a definite noun: "biblioteket", "hovstaterna", "högskolan". */
  private static boolean isDefinite(String lower) {
    String base = EntityWords.stripGenitive(lower);
    return base.endsWith("en") || base.endsWith("et") || base.endsWith("na") || base.endsWith("an");
  }

  /** {@code spans} without the spans inside {@code name}, and with it, unless a span runs over its edges. */
  private static List<NerLabels.TokenSpan> replace(List<NerLabels.TokenSpan> spans, NerLabels.TokenSpan name) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size() + 1);
    for (NerLabels.TokenSpan span : spans) {
      boolean inside = span.start() >= name.start() && span.end() <= name.end();
      boolean across = span.start() < name.end() && span.end() > name.start() && !inside;
      if (across) {
        return spans; // a longer name the tagger or the lists found: "Kungliga Tekniska högskolan i Stockholm"
      }
      if (!inside) {
        out.add(span);
      }
    }
    out.add(name);
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }
}
