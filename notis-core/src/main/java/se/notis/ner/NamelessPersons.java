package se.notis.ner;

import static se.notis.ner.RuleTokens.word;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A one-word "person" the document never names in full is an organisation, or a place where it
 * stands as one. News introduce a person by first name and surname; a single capitalised word the
 * tagger calls a person, that no list has as a first name or surname and that no mention gives a
 * full name, is nearly always a body, company or club it did not know ("enligt Aemet", "TUI och
 * Ving", "Blåvitt", "Acciona") or a village ("vid Dalaberg"). A mention that stands as a person
 * does (after a role, before an age or a party, beside a verb of saying) keeps the group a person,
 * and makes one of two or three words that the tagger took for a body or a work a person.
 */
final class NamelessPersons {
  private NamelessPersons() {}

  /** Verbs of saying that stand right before or after a speaker's name ("säger Ohlsson"). */
  private static final Set<String> SAYING = Set.of("säger", "sa", "sade", "berättar", "förklarar", "konstaterar",
      "tillägger", "menar", "tycker", "svarar");

  /**
   * Returns {@code types} with every such group of mentions (one canonical) typed ORG, or LOC where a
   * mention stands as a place. {@code found[e]} is entity {@code e}'s token span.
   */
  static String[] retype(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> found,
      String[] types, String[] canonical, Gazetteer gazetteer) {
    String[] out = types;
    for (int e = 0; e < found.size(); e++) {
      if (!"PER".equals(out[e]) || !isUnknownWord(canonical[e], gazetteer) || standsAsPerson(text, starts, ends,
          found, out, canonical, canonical[e])) {
        continue;
      }
      String type = isPlace(text, starts, ends, found, canonical, canonical[e]) ? "LOC" : "ORG";
      out = out == types ? types.clone() : out;
      for (int f = 0; f < found.size(); f++) {
        if (canonical[f].equals(canonical[e]) && "PER".equals(out[f])) {
          out[f] = type;
        }
      }
    }
    return out;
  }

  /**
   * Returns {@code types} with every group of mentions (one canonical) of a name of two or three
   * capitalised words that the tagger took for a body or a work typed PER where one mention stands as
   * a person does: before an age between commas ("Alexandria Ocasio-Cortez, 29, från New York"), or,
   * when its first word is a first name, after a role or beside a verb of saying ("utmanaren Beto
   * O'Rourke"; a role alone says little, since "tillverkaren Volvo Cars" is a company).
   */
  static String[] retypeStandingPersons(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> found,
      String[] types, String[] canonical, Gazetteer gazetteer) {
    String[] out = types;
    for (int e = 0; e < found.size(); e++) {
      NerLabels.TokenSpan span = found.get(e);
      if ("PER".equals(out[e]) || "LOC".equals(out[e]) || !isCapitalisedName(text, starts, ends, span)
          || (gazetteer.name(canonical[e]) & (Gazetteer.ORGANISATION | Gazetteer.AUTHORITY)) != 0 // "säger Viking Lines vd"
          || !standsAsNamedPerson(text, starts, ends, span, gazetteer)) {
        continue;
      }
      out = out == types ? types.clone() : out;
      for (int f = 0; f < found.size(); f++) {
        if (canonical[f].equals(canonical[e])) {
          out[f] = "PER";
        }
      }
    }
    return out;
  }

  /** Two or three words that are each written as a name ("Alexandria Ocasio-Cortez"). */
  private static boolean isCapitalisedName(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int length = span.end() - span.start();
    if (length < 2 || length > 3) {
      return false;
    }
    for (int i = span.start(); i < span.end(); i++) {
      if (!isNameWord(text, starts[i], ends[i])) {
        return false;
      }
    }
    return true;
  }

  /** "Beto", "Ocasio-Cortez", "O'Rourke": a capital, then letters, hyphens and apostrophes, some lower-case. */
  private static boolean isNameWord(CharSequence text, int start, int end) {
    boolean lower = false;
    for (int k = start + 1; k < end; k++) {
      char c = text.charAt(k);
      lower |= Character.isLowerCase(c);
      if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') {
        return false;
      }
    }
    return Character.isUpperCase(text.charAt(start)) && lower;
  }

  private static boolean standsAsNamedPerson(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    int s = span.start();
    int e = span.end();
    String after = e < starts.length ? word(text, starts, ends, e) : "";
    if (after.equals(",") && e + 2 < starts.length && isAge(word(text, starts, ends, e + 1))
        && word(text, starts, ends, e + 2).equals(",")) {
      return true;
    }
    String before = s > 0 ? word(text, starts, ends, s - 1) : "";
    return (gazetteer.single(text, starts[s], ends[s]) & Gazetteer.FIRST_NAME) != 0
        && (SAYING.contains(before) || SAYING.contains(after) || isRole(before));
  }

  /** Endings of Swedish surnames ("Pehrson", "Lindström"): such a word is a person named by surname alone. */
  private static final String[] SURNAME_ENDINGS = {"son", "sen", "ström", "qvist", "kvist", "gren", "dahl", "stedt",
      "blad", "lind", "mark"};

  /** Prepositions that put a name on the map ("i Adolfsberg", "vid Dalaberg"); "på" also goes with companies. */
  private static final Set<String> IN_PLACE = Set.of("i", "vid", "utanför", "nära", "mellan");

  /**
   * A name that some mention puts on the map is a place the lists lack: after a preposition of place
   * or a noun for a kind of place ("barndomsstadsdel Biskopsgården"), or ending like a Swedish village
   * ("Mosjön").
   */
  private static boolean isPlace(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> found,
      String[] canonical, String name) {
    if (SpanTyper.hasVillageEnding(name) || name.endsWith("berg")) {
      return true;
    }
    for (int f = 0; f < found.size(); f++) {
      int s = found.get(f).start();
      if (canonical[f].equals(name) && s > 0 && (IN_PLACE.contains(word(text, starts, ends, s - 1))
          || SpanTyper.isPlaceHead(word(text, starts, ends, s - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** One capitalised word with a lower-case letter that no list has as a person's name nor ends like a surname. */
  private static boolean isUnknownWord(String name, Gazetteer gazetteer) {
    if (name.length() < 3 || name.indexOf(' ') >= 0 || !Character.isUpperCase(name.charAt(0))
        || name.chars().noneMatch(Character::isLowerCase) || name.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    for (String ending : SURNAME_ENDINGS) {
      if (name.endsWith(ending)) {
        return false;
      }
    }
    int bits = gazetteer.single(name, 0, name.length());
    return (bits & (Gazetteer.FIRST_NAME | Gazetteer.SURNAME)) == 0;
  }

  private static boolean standsAsPerson(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> found,
      String[] types, String[] canonical, String name) {
    for (int f = 0; f < found.size(); f++) {
      if (!canonical[f].equals(name) || !"PER".equals(types[f])) {
        continue;
      }
      int s = found.get(f).start();
      int e = found.get(f).end();
      if (ends[e - 1] - starts[s] > name.length()) {
        continue; // a genitive: "säger Unifils talesperson" is the body's spokesman speaking
      }
      String before = s > 0 ? word(text, starts, ends, s - 1) : "";
      String after = e < starts.length ? word(text, starts, ends, e) : "";
      if (SAYING.contains(before) || SAYING.contains(after) || isRole(before)
          || SpanTyper.isPersonalOffice(before) // "President Zelenskyj" opening a sentence
          || after.equals(",") && e + 1 < starts.length && isAge(word(text, starts, ends, e + 1))
          || after.equals("(") && e + 2 < starts.length && word(text, starts, ends, e + 2).equals(")")) {
        return true;
      }
    }
    return false;
  }

  /** "presidenten", "tränaren", "artisten": a role before the name, in its definite form or not. */
  private static boolean isRole(String word) {
    if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    String base = lower.endsWith("en") ? lower.substring(0, lower.length() - 2)
        : lower.endsWith("n") ? lower.substring(0, lower.length() - 1) : lower;
    for (String role : EntityWords.ROLE_ENDINGS) {
      if (lower.endsWith(role) || base.endsWith(role)) {
        return true;
      }
    }
    return PERSON_NOUNS.contains(base) || base.endsWith("are") || base.endsWith("ist");
  }

  /** Words for people before a name that do not end like a role: "kungen", "sångerskan". */
  private static final Set<String> PERSON_NOUNS = Set.of("kung", "drottning", "prins", "prinsessa", "sångersk",
      "författar", "skådespelersk", "påv", "profet", "kvinna", "man", "mann", "pojk", "flick", "son", "dotter", "fru",
      "far", "fader", "mor", "moder", "bror", "syster", "representant", "kollega", "motståndar", "företrädar", "efterträdar", "vän");

  private static boolean isAge(String w) {
    return w.length() <= 3 && !w.isEmpty() && w.chars().allMatch(Character::isDigit);
  }
}
