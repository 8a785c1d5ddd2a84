package se.notis.ner;

/**
 * Takes the genitive s off a person's name that no list knows ("Fadime Sahindals minne",
 * "Mark Ruttes förslag", "Parisa Liljestrands anförande"). Names of people often end in s
 * ("Kaja Kallas", "António Guterres"), so {@link EntityMerger} keeps an unknown name whole; a
 * noun or adjective right after every mention of it is the evidence that the s is a genitive
 * ("Kaja Kallas samt …", "Winston Peters i …" stay whole).
 */
final class PersonGenitives {
  private PersonGenitives() {}

  /**
   * {@code beforeNoun[e]} says that a lower-case noun or adjective follows entity {@code e}. Returns
   * {@code canonical} with every name so found in the genitive replaced by its base form, also
   * where a partial mention had expanded to it ("Fadime" → Fadime Sahindal).
   */
  static String[] strip(String[] surfaces, String[] types, String[] canonical, boolean[] beforeNoun,
      Gazetteer gazetteer) {
    String[] out = canonical.clone();
    for (int e = 0; e < surfaces.length; e++) {
      String surface = surfaces[e];
      if (!beforeNoun[e] || !"PER".equals(types[e]) || !surface.equals(canonical[e])
          || !isUnknownGenitive(surface, gazetteer) || standsElsewhereWithoutNoun(surface, surfaces, beforeNoun)) {
        continue;
      }
      String base = surface.substring(0, surface.length() - 1);
      for (int f = 0; f < out.length; f++) {
        if ("PER".equals(types[f]) && out[f].equals(surface)) {
          out[f] = base;
        }
      }
    }
    return out;
  }

  /** First name and surname, the surname ending in a lower-case letter and s and unknown to the lists. */
  static boolean isUnknownGenitive(String surface, Gazetteer gazetteer) {
    int lastSpace = surface.lastIndexOf(' ');
    int length = surface.length();
    if (lastSpace < 0 || length - lastSpace < 5 || surface.charAt(length - 1) != 's') {
      return false;
    }
    char before = surface.charAt(length - 2);
    if (!Character.isLowerCase(before) || before == 's' || before == 'u') {
      return false; // "Stina Blackstenius", "Markus": a name's own -us
    }
    return (gazetteer.single(surface, lastSpace + 1, length) & ~Gazetteer.COMMON) == 0;
  }

  private static boolean standsElsewhereWithoutNoun(String surface, String[] surfaces, boolean[] beforeNoun) {
    for (int f = 0; f < surfaces.length; f++) {
      if (!beforeNoun[f] && surfaces[f].equals(surface)) {
        return true;
      }
    }
    return false;
  }
}
