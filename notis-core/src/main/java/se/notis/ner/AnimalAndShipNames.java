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
 * list of names ("Stjärnhästen Hazel Crown", "Isbrytarna Oden, Atle, Frej, Ymer och Ale"), a driver
 * in the sulky after it ("Iron de Vire med Clément Duval i sulkyn"), or in an article on trotting a
 * person's shape without a first name many are called by ("Sea Star") marks the name, and every mention
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

  static List<NerLabels.TokenSpan> retype(String text, int[] starts, int[] ends, List<NerLabels.TokenSpan> found,
      Gazetteer gazetteer) {
    boolean trotting = isAboutTrotting(text, starts, ends);
    Set<String> surnames = trotting ? surnamesAlone(text, starts, ends, found) : Set.of();
    Set<String> names = new HashSet<>();
    for (int e = 0; e < found.size(); e++) {
      NerLabels.TokenSpan span = found.get(e);
      if (!"MISC".equals(span.type()) && (afterKindNoun(text, starts, ends, found, e) || beforeDriver(text, starts, ends, span)
          || trotting && isHorseNamedLikeAPerson(text, starts, ends, span, gazetteer, surnames))) {
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

  /** Words of the sport of trotting: two of them make an article one on trotting, where horses race. */
  private static final Set<String> TROTTING_WORDS = Set.of("sulky", "sulkyn", "kusk", "kusken", "kuskar", "kuskarna",
      "travare", "travaren", "travarna", "travbanan", "travlopp", "travloppet", "travade", "travtränare", "Elitloppet",
      "V75", "V86", "V64", "Solvalla", "Åby", "Jägersro", "Bergsåker", "Romme", "Vincennes");

  private static boolean isAboutTrotting(String text, int[] starts, int[] ends) {
    int seen = 0;
    for (int i = 0; i < starts.length && seen < 2; i++) {
      if (TROTTING_WORDS.contains(word(text, starts, ends, i))) {
        seen++;
      }
    }
    return seen >= 2;
  }

  /** Names of one word the article calls people by ("Redén", "Bazire"): surnames of its drivers and trainers. */
  private static Set<String> surnamesAlone(String text, int[] starts, int[] ends, List<NerLabels.TokenSpan> found) {
    Set<String> alone = new HashSet<>();
    for (NerLabels.TokenSpan span : found) {
      if ("PER".equals(span.type()) && span.end() - span.start() == 1) {
        alone.add(bareName(text, starts, ends, span));
      }
    }
    return alone;
  }

  /**
   * "Sea Star", "Donatello Face", "Mighty Viking": in an article on trotting a "person" of several words
   * whose first word few Swedes are called by, and whose last the article never calls a person alone,
   * is a horse.
   */
  private static boolean isHorseNamedLikeAPerson(String text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer, Set<String> surnames) {
    int s = span.start();
    if (!"PER".equals(span.type()) || span.end() - s < 2) {
      return false;
    }
    String first = word(text, starts, ends, s);
    int hyphen = first.indexOf('-');
    int firstEnd = hyphen > 0 ? starts[s] + hyphen : ends[s]; // "Jean-Michel": the first name's first part
    return !gazetteer.isFrequentFirstName(text, starts[s], firstEnd) && !gazetteer.isFrequentFirstName(text, starts[s], ends[s])
        && !surnames.contains(EntityWords.stripGenitive(word(text, starts, ends, span.end() - 1)))
        && !isSwedishPhrase(text, starts, ends, span, gazetteer) && !isHorseman(text, starts, ends, span);
  }

  /** Nouns for the people of a stable, before their names ("kusken Clément Duval", "tränaren Jenny Grönqvist"). */
  private static final Set<String> HORSEMEN = Set.of("kusk", "kusken", "tränare", "tränaren", "ägaren",
      "uppfödaren", "skötaren", "amatörkusken", "proffstränaren");

  /** "kusken Clément Duval", "med Clément Duval i sulkyn": a name the sentence makes a driver or trainer. */
  private static boolean isHorseman(String text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int s = span.start();
    int e = span.end();
    return s > 0 && HORSEMEN.contains(word(text, starts, ends, s - 1).toLowerCase(java.util.Locale.ROOT))
        || e + 1 < starts.length && "i".equals(word(text, starts, ends, e))
        && SULKY_WORDS.contains(word(text, starts, ends, e + 1));
  }

  /** "Svensk Travsport": a name of common Swedish words is a body the tagger took for a person, not a horse. */
  private static boolean isSwedishPhrase(String text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    for (int i = span.start(); i < span.end(); i++) {
      if (!gazetteer.isCommon(text, starts[i], ends[i])) {
        return false;
      }
    }
    return true;
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
