package se.notis.ner;

import static se.notis.ner.RuleTokens.word;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names of horses, dogs and ships are other names (MISC), not people or places, though the tagger reads
 * "Hazel Crown" as a person and "Ale" as a town. A noun for the animal or the vessel before a name, or a
 * list of names ("Stjärnhästen Hazel Crown", "Isbrytarna Oden, Atle, Frej, Ymer och Ale"), or a driver
 * in the sulky after it ("Iron de Vire med Clément Duval i sulkyn") marks the name, and every mention
 * of that name in the article is the same animal or vessel.
 */
final class AnimalAndShipNames {
  /** Last parts of the nouns for animals and vessels that stand before their names ("stjärnhästen", "isbrytarna"). */
  private static final String[] KIND_ENDINGS = {"hästen", "hästarna", "hingsten", "stoet", "valacken", "travaren",
      "ponnyn", "hunden", "katten", "isbrytaren", "isbrytarna", "fartyget", "fartygen", "färjan", "färjorna",
      "skeppet", "ubåten", "fregatten", "korvetten", "tankern", "kryssaren"};

  /** Words after "med" and the driver's name that make the name before "med" a trotting horse. */
  private static final Set<String> SULKY_WORDS = Set.of("sulkyn", "vagnen");

  /** The most tokens between "med" and "i sulkyn": a driver's name. */
  private static final int DRIVER_TOKENS = 4;

  private AnimalAndShipNames() {}

  static List<NerLabels.TokenSpan> retype(String text, int[] starts, int[] ends, List<NerLabels.TokenSpan> found) {
    Set<String> names = new HashSet<>();
    for (int e = 0; e < found.size(); e++) {
      NerLabels.TokenSpan span = found.get(e);
      if (!"MISC".equals(span.type()) && (afterKindNoun(text, starts, ends, found, e) || beforeDriver(text, starts, ends, span))) {
        names.add(bareName(text, starts, ends, span));
      }
    }
    if (names.isEmpty()) {
      return found;
    }
    List<NerLabels.TokenSpan> out = new ArrayList<>(found);
    out.replaceAll(span -> names.contains(bareName(text, starts, ends, span))
        ? new NerLabels.TokenSpan(span.start(), span.end(), "MISC") : span);
    return out;
  }

  /** The name after a kind noun, or after a comma or "och" that follows such a name ("Oden, Atle … och Ale"). */
  private static boolean afterKindNoun(String text, int[] starts, int[] ends, List<NerLabels.TokenSpan> found, int e) {
    int k = e;
    int s = found.get(k).start();
    while (s > 0) {
      if (isKindNoun(word(text, starts, ends, s - 1))) {
        return true;
      }
      String link = word(text, starts, ends, s - 1);
      if (!(",".equals(link) || "och".equals(link)) || k == 0 || found.get(k - 1).end() != s - 1) {
        return false;
      }
      k--;
      s = found.get(k).start();
    }
    return false;
  }

  private static boolean isKindNoun(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (String ending : KIND_ENDINGS) {
      if (lower.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** "Iron de Vire med Clément Duval i sulkyn": the name right before "med" and a driver in the sulky. */
  private static boolean beforeDriver(String text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int at = span.end();
    if (at >= starts.length || !"med".equals(word(text, starts, ends, at))) {
      return false;
    }
    for (int i = at + 2; i < Math.min(starts.length, at + 2 + DRIVER_TOKENS); i++) {
      if (SULKY_WORDS.contains(word(text, starts, ends, i))) {
        return "i".equals(word(text, starts, ends, i - 1));
      }
    }
    return false;
  }

  /** The name without a genitive's s, so that "Vivaldi du Monts" is the horse "Vivaldi du Mont" too. */
  private static String bareName(String text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    String name = text.substring(starts[span.start()], ends[span.end() - 1]);
    return name.endsWith("s") && name.length() > 3 ? name.substring(0, name.length() - 1) : name;
  }
}
