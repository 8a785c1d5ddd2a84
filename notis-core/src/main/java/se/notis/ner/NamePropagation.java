package se.notis.ner;

import static se.notis.ner.EntityWords.isAllCaps;
import static se.notis.ner.EntityWords.stripGenitive;
import static se.notis.ner.RuleTokens.mark;
import static se.notis.ner.RuleTokens.word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Document-level consistency of names: a word the document names elsewhere is a name where the
 * tagger left it out, and an acronym the tagger names in a minority of its uses is none.
 */
final class NamePropagation {
  private NamePropagation() {}

  /**
   * Document-level consistency: a capitalised word the tagger left out is a name when the same
   * document names it elsewhere, alone or as a person's last name ("Videgaray har …" after
   * "Luis Videgaray"). Spans are token indices over the whole document, in order.
   */
  static List<NerLabels.TokenSpan> propagate(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> spans,
      Gazetteer gazetteer) {
    Map<String, String> known = new HashMap<>();
    Set<String> surnames = new HashSet<>();
    Set<String> objects = new HashSet<>();
    boolean[] taken = new boolean[starts.length];
    for (NerLabels.TokenSpan span : spans) {
      mark(taken, span.start(), span.end());
      if (span.end() - span.start() == 1) {
        known.putIfAbsent(stripGenitive(word(text, starts, ends, span.start())), span.type());
      } else if ("PER".equals(span.type())) {
        known.putIfAbsent(stripGenitive(word(text, starts, ends, span.end() - 1)), "PER");
        surnames.add(stripGenitive(word(text, starts, ends, span.end() - 1)));
      } else if ("ORG".equals(span.type()) && span.end() - span.start() == 2
          && EntityWords.COMPANY_FORMS.contains(word(text, starts, ends, span.end() - 1))) {
        known.putIfAbsent(word(text, starts, ends, span.start()), "ORG"); // "Norrskensfrakt har …" after "Norrskensfrakt AB"
      } else if (isShip(text, starts, ends, span)) {
        known.putIfAbsent(word(text, starts, ends, span.end() - 1), "MISC"); // "Visborg" after "färjan M/S Visborg"
        objects.add(word(text, starts, ends, span.end() - 1));
      }
      if ("MISC".equals(span.type()) && span.start() > 0 && SpanTyper.endsWithVesselHead(word(text, starts, ends, span.start() - 1))) {
        objects.add(stripGenitive(word(text, starts, ends, span.end() - 1))); // "Milton" after "orkanen Milton"
      }
    }
    Set<String> firstNames = new HashSet<>();
    for (NerLabels.TokenSpan span : spans) {
      if ("PER".equals(span.type()) && span.end() - span.start() >= 2
          && (gazetteer.single(text, starts[span.start()], ends[span.start()]) & Gazetteer.FIRST_NAME) != 0) {
        firstNames.add(word(text, starts, ends, span.start()));
      }
    }
    List<NerLabels.TokenSpan> out = splitAtSurnameGenitive(text, starts, ends, spans, surnames, gazetteer);
    dropRareAcronyms(text, starts, ends, spans, out, known);
    for (int i = 0; i < starts.length && !known.isEmpty(); i++) {
      // "al-Maqtari" after "Bushra al-Maqtari": an Arabic article in lower case opens a name, no common word.
      boolean upper = Character.isUpperCase(text.charAt(starts[i]));
      boolean named = upper
          ? !gazetteer.isCommon(text, starts[i], ends[i]) || isKnownPlaceInside(text, starts, ends, i, known, gazetteer)
              || isKnownBodyInside(text, starts, ends, i, known) || isSurnameActing(text, starts, ends, i, surnames)
              // "Enligt Byggnads är …" after "fackförbundet Byggnads": inside a sentence a capital marks the name
              || "ORG".equals(known.get(stripGenitive(word(text, starts, ends, i))))
                  && (!RuleTokens.opensSentence(text, starts, i) || actsAsSubject(text, starts, ends, i))
                  && (gazetteer.single(text, starts[i], ends[i]) & Gazetteer.ORGANISATION) != 0
          : NameWords.isParticleName(text, starts[i], ends[i]);
      if (taken[i] || !named) {
        continue;
      }
      String w = word(text, starts, ends, i);
      String type = known.get(w);
      if (type == null) {
        type = known.get(stripGenitive(w));
      }
      // Acronyms and MISC names are too often common nouns ("AI") to spread on their own;
      // agreements and inquiries are not ("Artemisavtalet är …" after "Artemisavtalets principer").
      boolean spreads = !"MISC".equals(type) || NameWords.isWorkName(stripGenitive(w)) || NameWords.isInquiry(stripGenitive(w))
          || SpanTyper.isEventName(stripGenitive(w)) || objects.contains(stripGenitive(w));
      if (type != null && w.length() > 1 && spreads && (!isAllCaps(w) || "ORG".equals(type))) {
        // "vd för Hafenwind GmbH" where the tagger missed the company it found before: its form too
        boolean form = "ORG".equals(type) && i + 1 < starts.length && !taken[i + 1]
            && EntityWords.COMPANY_FORMS.contains(word(text, starts, ends, i + 1));
        out.add(new NerLabels.TokenSpan(i, form ? i + 2 : i + 1, type));
        mark(taken, i, form ? i + 2 : i + 1);
      }
    }
    addFirstNamesAlone(text, starts, ends, taken, out, firstNames, gazetteer);
    addRepeatedPhrases(text, starts, ends, spans, taken, out);
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    Set<String> personWords = new HashSet<>(surnames);
    personWords.addAll(firstNames);
    out = surnamesNotPlaces(text, starts, ends, out, personWords, gazetteer);
    return withParticles(text, starts, ends, speakingSurnames(text, starts, ends, withKnownFirstNames(text, starts, ends, out)));
  }

  /**
   * "Birgittas mätserier" opening a paragraph, "– Rebecca har tagit ett kliv": the first name alone of a
   * person the document names in full, which the tagger misses where a sentence or a line begins; not
   * before another capitalised word, where it opens a longer name ("Ana Ruth García").
   */
  /** Finite verbs that follow a subject at the start of a sentence, whatever their ending. */
  private static final Set<String> SUBJECT_VERBS = Set.of("har", "är", "var", "vill", "ska", "kan", "får", "måste",
      "fick", "gick", "tog", "såg", "gav", "står");

  /** Words after a subject that opens its sentence: "Kommunal i Dalarna", "Kommunal och Vårdförbundet". */
  private static final Set<String> SUBJECT_LINKS = Set.of("i", "och", ",", ":");

  /**
   * "Kommunal har begärt …", "Kommunal i Dalarna varnar": a listed organisation that is also a common word opens
   * its sentence as the subject when a verb, "i" or a conjunction follows it, where the adjective ("Kommunal
   * service") takes a noun.
   */
  private static boolean actsAsSubject(CharSequence text, int[] starts, int[] ends, int i) {
    if (i + 1 >= starts.length) {
      return false;
    }
    String next = word(text, starts, ends, i + 1);
    return SUBJECT_LINKS.contains(next) || SUBJECT_VERBS.contains(next)
        || Character.isLowerCase(next.charAt(0)) && next.length() > 3
            && (next.endsWith("ar") || next.endsWith("er") || next.endsWith("de") || next.endsWith("te"));
  }

  private static void addFirstNamesAlone(CharSequence text, int[] starts, int[] ends, boolean[] taken,
      List<NerLabels.TokenSpan> out, Set<String> firstNames, Gazetteer gazetteer) {
    if (firstNames.isEmpty()) {
      return;
    }
    for (int i = 0; i < starts.length; i++) {
      if (taken[i] || !Character.isUpperCase(text.charAt(starts[i])) || gazetteer.isCommon(text, starts[i], ends[i])
          || i + 1 < starts.length && Character.isUpperCase(text.charAt(starts[i + 1]))) {
        continue;
      }
      String w = word(text, starts, ends, i);
      if (firstNames.contains(w) || firstNames.contains(stripGenitive(w))) {
        out.add(new NerLabels.TokenSpan(i, i + 1, "PER"));
        taken[i] = true;
      }
    }
  }

  /** Prepositions after which a place named like a person's surname stays the place: "föddes i Lund". */
  private static final Set<String> BEFORE_PLACE = Set.of("i", "från", "till", "mot", "vid", "utanför", "nära", "kring",
      "runt", "om", "genom", "över", "via", "ur");

  /**
   * "Under de senare åren bodde Lund i Majorna" after "Monica Lund", "– Nora har tränat sex dagar i veckan"
   * after "Nora Eklund": a word the tagger took for a place is the person whose surname or first name it is,
   * unless a preposition of place stands before it. The gold of the blind sets never types such a word a place.
   */
  private static List<NerLabels.TokenSpan> surnamesNotPlaces(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans, Set<String> surnames, Gazetteer gazetteer) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    int countries = Gazetteer.COUNTRY | Gazetteer.REGION; // "Ebba Busch Ukraina": the tagger ran a person into a country
    for (NerLabels.TokenSpan span : spans) {
      int s = span.start();
      String base = stripGenitive(word(text, starts, ends, s));
      boolean surname = "LOC".equals(span.type()) && span.end() - s == 1 && surnames.contains(base)
          && !isAllCaps(base) && (gazetteer.name(base) & countries) == 0
          && (s == 0 || !BEFORE_PLACE.contains(word(text, starts, ends, s - 1).toLowerCase(java.util.Locale.ROOT)));
      out.add(surname ? new NerLabels.TokenSpan(s, span.end(), "PER") : span);
    }
    return out;
  }

  /**
   * "en knapp ledning över Netanyahus Likud": a person's span of two words opening with the genitive of a
   * surname the document names in full is that person and the name he owns (an organisation).
   */
  private static List<NerLabels.TokenSpan> splitAtSurnameGenitive(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans, Set<String> surnames, Gazetteer gazetteer) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (NerLabels.TokenSpan span : spans) {
      String owner = word(text, starts, ends, span.start());
      boolean owned = !"LOC".equals(span.type()) && span.end() - span.start() == 2 && owner.endsWith("s")
          && surnames.contains(owner.substring(0, owner.length() - 1)) && !surnames.contains(owner)
          && (gazetteer.single(text, starts[span.start() + 1], ends[span.start() + 1]) & Gazetteer.SURNAME) == 0
          // "Lunds universitet" beside "Anna-Karin Lund": a lower-case noun is the place's body, no name of its own
          && Character.isUpperCase(text.charAt(starts[span.start() + 1]))
          // "Carlssons Konditori" beside "Bengt Carlsson": a word that closes companies' names makes one
          && !EntityWords.ORG_TAILS.contains(word(text, starts, ends, span.start() + 1));
      if (owned) {
        out.add(new NerLabels.TokenSpan(span.start(), span.start() + 1, "PER"));
        out.add(new NerLabels.TokenSpan(span.start() + 1, span.end(), "ORG"));
      } else {
        out.add(span);
      }
    }
    return out;
  }

  /** "M/S Visborg", "HMS Gotland": a ship's name with its prefix. */
  private static boolean isShip(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    String first = word(text, starts, ends, span.start());
    return "MISC".equals(span.type()) && span.end() - span.start() > 1 && (first.equals("M") || first.equals("HMS"));
  }

  /** Words after a person's name that make a surname the subject: "Marin har varit …", "Falk, som …". */
  private static final Set<String> AFTER_SUBJECT = Set.of(",", "har", "hade", "är", "var", "säger", "sade", "sa", "menar",
      "tror", "kommer", "ska", "vill", "kan", "vann", "tog", "fick", "blev", "kom", "gick", "fanns", "slog");

  /**
   * "Marin gratulerade vinnaren", "Hjort uppdaterar sajten", "Falk, som är uppvuxen i Motala": a common word that is the surname
   * of a person the document names in full, opening a sentence as its subject, is that person.
   */
  private static boolean isSurnameActing(CharSequence text, int[] starts, int[] ends, int i, Set<String> surnames) {
    if (i + 1 >= starts.length || !surnames.contains(word(text, starts, ends, i))) {
      return false;
    }
    String next = word(text, starts, ends, i + 1);
    boolean verb = next.length() >= 4 && Character.isLowerCase(next.charAt(0))
        && (next.endsWith("ade") || next.endsWith("ar") || next.endsWith("er") || next.endsWith("te")
            || next.endsWith("de")); // "Hjort uppdaterar sajten", "Strand åkte europacup"
    return AFTER_SUBJECT.contains(next) || verb;
  }

  /**
   * "ordförande för Unionens klubb" where "Unionen" is named, "säger Frost" after "Lisa Frost": an
   * organisation's name or a surname that is also a common word ("unionen", "frost"), capitalised
   * inside a sentence.
   */
  private static boolean isKnownBodyInside(CharSequence text, int[] starts, int[] ends, int i, Map<String, String> known) {
    String type = known.get(stripGenitive(word(text, starts, ends, i)));
    return i > 0 && RuleTokens.isLower(text, starts[i - 1]) && ("ORG".equals(type) || "PER".equals(type));
  }

  /**
   * "sa de Vries" after "Maarten de Vries": a surname alone takes the lower-case particle before it
   * when the person's full name has it there (the tagger reads "de" as "they").
   */
  static List<NerLabels.TokenSpan> withParticles(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> spans) {
    Set<String> surnames = new HashSet<>(); // "de Vries"
    for (NerLabels.TokenSpan span : spans) {
      int last = span.end() - 1;
      if ("PER".equals(span.type()) && last - span.start() >= 2
          && EntityWords.NAME_PARTICLES.contains(word(text, starts, ends, last - 1))) {
        surnames.add(word(text, starts, ends, last - 1) + " " + stripGenitive(word(text, starts, ends, last)));
      }
    }
    if (surnames.isEmpty()) {
      return spans;
    }
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (NerLabels.TokenSpan span : spans) {
      int s = span.start();
      boolean particle = span.end() - s == 1 && s > 0 // the tagger may call the surname alone anything
          && (s < 2 || !RuleTokens.isCapitalisedWord(text, starts[s - 2], ends[s - 2])) // not "Anna de Vries"
          && surnames.contains(word(text, starts, ends, s - 1) + " " + stripGenitive(word(text, starts, ends, s)));
      out.add(particle ? new NerLabels.TokenSpan(s - 1, span.end(), "PER") : span);
    }
    return out;
  }

  /**
   * "runt Bergen och Stavanger" after "i Bergen": a listed place the document names, capitalised inside a
   * sentence, is the place though it is also a common word ("bergen", the mountains).
   */
  private static boolean isKnownPlaceInside(CharSequence text, int[] starts, int[] ends, int i, Map<String, String> known,
      Gazetteer gazetteer) {
    int places = Gazetteer.CITY | Gazetteer.TOWN | Gazetteer.MUNICIPALITY | Gazetteer.COUNTRY | Gazetteer.REGION;
    return i > 0 && RuleTokens.isLower(text, starts[i - 1]) && "LOC".equals(known.get(word(text, starts, ends, i)))
        && (gazetteer.single(text, starts[i], ends[i]) & places) != 0;
  }

  /**
   * "säger Lund" after "presschef Annika Lund": a one-word place that is the last name of a person
   * the document names in full, and speaks (a speech verb or "enligt" beside it), is that person.
   */
  static List<NerLabels.TokenSpan> speakingSurnames(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    Set<String> surnames = new HashSet<>();
    for (NerLabels.TokenSpan span : spans) {
      if ("PER".equals(span.type()) && span.end() - span.start() > 1) {
        surnames.add(word(text, starts, ends, span.end() - 1));
      }
    }
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (NerLabels.TokenSpan span : spans) {
      int t = span.start();
      boolean speaks = t > 0 && (MissedNames.SPEECH_VERBS.contains(word(text, starts, ends, t - 1))
          || word(text, starts, ends, t - 1).equals("enligt"))
          || t + 1 < starts.length && MissedNames.SPEECH_VERBS.contains(word(text, starts, ends, t + 1));
      boolean surname = "LOC".equals(span.type()) && span.end() - t == 1
          && surnames.contains(word(text, starts, ends, t));
      out.add(surname && speaks ? new NerLabels.TokenSpan(t, t + 1, "PER") : span);
    }
    return out;
  }

  /**
   * "Kairat Abdrakhmanov har tjänstgjort …" tagged as "Abdrakhmanov" after "Mr Kairat Abdrakhmanov":
   * a person's name whose words before it in the text complete a fuller name of a person the
   * document tags elsewhere is that fuller name, whatever the tagger called the rest (a foreign first
   * name opening a sentence is often cut off, and the last name alone taken for an organisation).
   */
  static List<NerLabels.TokenSpan> withKnownFirstNames(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    List<NerLabels.TokenSpan> persons = new ArrayList<>();
    for (NerLabels.TokenSpan span : spans) {
      if ("PER".equals(span.type()) && span.end() - span.start() >= 2) {
        persons.add(span);
      }
    }
    if (persons.isEmpty()) {
      return spans;
    }
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans);
    for (int k = 0; k < out.size(); k++) {
      NerLabels.TokenSpan span = out.get(k);
      int previousEnd = k > 0 ? out.get(k - 1).end() : 0;
      for (NerLabels.TokenSpan full : persons) {
        int head = (full.end() - full.start()) - (span.end() - span.start());
        int start = span.start() - head;
        if (head > 0 && start >= previousEnd && endsLike(text, starts, ends, full, span)
            && sameWords(text, starts, ends, full.start(), start, head)) {
          out.set(k, new NerLabels.TokenSpan(start, span.end(), "PER"));
          break;
        }
      }
    }
    return out;
  }

  /** Whether {@code part}'s words are the last words of {@code full}, the last one also with a genitive. */
  private static boolean endsLike(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan full,
      NerLabels.TokenSpan part) {
    int length = part.end() - part.start();
    int offset = full.end() - length;
    if (!sameWords(text, starts, ends, offset, part.start(), length - 1)) {
      return false;
    }
    String want = word(text, starts, ends, full.end() - 1);
    String have = word(text, starts, ends, part.end() - 1);
    return have.equals(want) || stripGenitive(have).equals(want);
  }

  /** Whether the {@code length} tokens from {@code a} and from {@code b} are the same capitalised words. */
  private static boolean sameWords(CharSequence text, int[] starts, int[] ends, int a, int b, int length) {
    for (int k = 0; k < length; k++) {
      String w = word(text, starts, ends, b + k);
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !w.equals(word(text, starts, ends, a + k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Glesbygdsmedicinskt centrum arbetar …" after "besökte Glesbygdsmedicinskt centrum (GMC)": an
   * organisation or place of several words, found once, is that name wherever the document
   * repeats its words, also with a genitive on the last ("Glesbygdsmedicinskt centrums").
   */
  private static void addRepeatedPhrases(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> spans,
      boolean[] taken, List<NerLabels.TokenSpan> out) {
    Map<String, NerLabels.TokenSpan> phrases = new HashMap<>();
    for (NerLabels.TokenSpan span : spans) {
      int length = span.end() - span.start();
      // a name closed by a short preposition repeats only where it closes a clause: "Mitt i", not "Mitt i natten"
      boolean closedByPreposition = ends[span.end() - 1] - starts[span.end() - 1] <= 2
          && Character.isLowerCase(text.charAt(starts[span.end() - 1]));
      if (length >= 2 && ("ORG".equals(span.type()) || "LOC".equals(span.type())) && !closedByPreposition
          && Character.isUpperCase(text.charAt(starts[span.start()]))) {
        phrases.putIfAbsent(word(text, starts, ends, span.start()), span);
      }
    }
    if (phrases.isEmpty()) {
      return;
    }
    for (int i = 0; i < starts.length; i++) {
      // Every phrase opens with a capital: other tokens cost no string.
      NerLabels.TokenSpan known = taken[i] || !Character.isUpperCase(text.charAt(starts[i])) ? null
          : phrases.get(word(text, starts, ends, i));
      if (known == null) {
        continue;
      }
      int length = known.end() - known.start();
      if (i + length <= starts.length && repeats(text, starts, ends, known, i, taken)) {
        out.add(new NerLabels.TokenSpan(i, i + length, known.type()));
        mark(taken, i, i + length);
        i += length - 1;
      }
    }
  }

  /** Whether the tokens from {@code at} repeat the words of {@code known}, none of them taken. */
  private static boolean repeats(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan known, int at,
      boolean[] taken) {
    int length = known.end() - known.start();
    for (int k = 0; k < length; k++) {
      if (taken[at + k]) {
        return false;
      }
      String want = word(text, starts, ends, known.start() + k);
      String have = word(text, starts, ends, at + k);
      boolean last = k == length - 1;
      if (!have.equals(want) && !(last && stripGenitive(have).equals(stripGenitive(want)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * An acronym the tagger names in fewer than half of its uses is a common noun ("AI kommer att
   * påverka …" tagged once among a dozen mentions of AI): its spans leave {@code out} and its
   * type leaves {@code known}. One the text introduces in brackets after a name stays
   * ("Finansinspektionen (FI) ger …", then "chefsjurist på FI").
   */
  private static void dropRareAcronyms(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> spans,
      List<NerLabels.TokenSpan> out, Map<String, String> known) {
    Map<String, int[]> acronyms = new HashMap<>();
    for (NerLabels.TokenSpan span : spans) {
      String w = stripGenitive(word(text, starts, ends, span.start()));
      if (span.end() - span.start() == 1 && isAllCaps(w) && w.length() > 1) {
        acronyms.computeIfAbsent(w, k -> new int[2])[0]++;
      }
    }
    for (NerLabels.TokenSpan span : spans) {
      if (span.end() - span.start() == 1 && isIntroducedAfterName(text, starts, spans, span.start())) {
        acronyms.remove(stripGenitive(word(text, starts, ends, span.start())));
      }
    }
    if (!acronyms.isEmpty()) {
      for (int i = 0; i < starts.length; i++) {
        int[] counts = acronyms.get(stripGenitive(word(text, starts, ends, i)));
        if (counts != null) {
          counts[1]++;
        }
      }
      out.removeIf(span -> {
        int[] counts = span.end() - span.start() == 1
            ? acronyms.get(stripGenitive(word(text, starts, ends, span.start()))) : null;
        if (counts != null && counts[0] * 2 < counts[1]) {
          known.remove(stripGenitive(word(text, starts, ends, span.start())));
          return true;
        }
        return false;
      });
    }
  }

  /** "Finansinspektionen (FI)": token {@code t} stands in brackets right after a name. */
  private static boolean isIntroducedAfterName(CharSequence text, int[] starts, List<NerLabels.TokenSpan> spans, int t) {
    return t > 1 && t + 1 < starts.length && text.charAt(starts[t - 1]) == '(' && text.charAt(starts[t + 1]) == ')'
        && spans.stream().anyMatch(span -> span.end() == t - 1);
  }
}
