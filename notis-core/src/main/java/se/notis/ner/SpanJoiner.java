package se.notis.ner;

import static se.notis.ner.EntityWords.COMPANY_FORMS;
import static se.notis.ner.EntityWords.NAME_PARTICLES;
import static se.notis.ner.EntityWords.PARTIES;
import static se.notis.ner.EntityWords.PLACE_LISTS;
import static se.notis.ner.EntityWords.isListedPlaceOnly;
import static se.notis.ner.EntityWords.stripGenitive;
import static se.notis.ner.RuleTokens.isCapitalisedWord;
import static se.notis.ner.RuleTokens.isLower;
import static se.notis.ner.RuleTokens.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Joins and extends spans the tagger cut short: a person's name broken at its particles or
 * preceded by an unknown first name, an organisation ending in a lower-case head or joined by
 * "och", a listed name of several words, and adjacent parts of one person or company.
 */
final class SpanJoiner {
  /** Lower-case heads that end an organisation's name after a capitalised adjective ("Nordiska rådet"). */
  private static final Set<String> ADJECTIVE_HEADS = Set.of("rådet", "institutet", "nämnden", "kommissionen",
      "akademien", "kyrkan", "museet", "universitetet", "förbundet", "kraftnät", "domstolen", "banken");

  private SpanJoiner() {}

  /**
   * "milisen Rapid Support Forces", "Magen David Adom", "Vivaldi Mode AB": inside a sentence, a
   * capitalised word in no name, not a genitive, right before an organisation's name of two words
   * or more opens it; the tagger began a word late.
   */
  static List<NerLabels.TokenSpan> organisationsWithOpener(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans, Gazetteer gazetteer) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (NerLabels.TokenSpan span : spans) {
      int s = span.start();
      boolean opens = "ORG".equals(span.type()) && span.end() - s >= 2 && s >= 2
          && (out.isEmpty() || out.get(out.size() - 1).end() < s)
          && isCapitalisedWord(text, starts[s - 1], ends[s - 1])
          && text.charAt(ends[s - 1] - 1) != 's' && (isLower(text, starts[s - 2]) || "(".equals(word(text, starts, ends, s - 2)))
          && (gazetteer.single(text, starts[s - 1], ends[s - 1]) & (PLACE_LISTS | Gazetteer.TITLE)) == 0;
      out.add(opens ? new NerLabels.TokenSpan(s - 1, span.end(), "ORG") : span);
    }
    return out;
  }

  /** Lower-case nouns of bodies named after the persons in the genitive before them. */
  private static final Set<String> BODIES_NAMED_AFTER = Set.of("stiftelse", "fond", "minnesfond", "forskningsfond",
      "stipendiefond", "släktförening", "minnesstiftelse");

  /**
   * "Carl Tryggers" + "stiftelse", "Knut" + "och" + "Alice Wallenbergs" + "stiftelse": persons in the
   * genitive before the noun of a foundation or a family society are the name of that body, one
   * organisation with the noun.
   */
  static List<NerLabels.TokenSpan> bodiesNamedAfterPersons(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (NerLabels.TokenSpan span : spans) {
      int e = span.end();
      if (!"PER".equals(span.type()) || e >= starts.length || text.charAt(ends[e - 1] - 1) != 's'
          || !BODIES_NAMED_AFTER.contains(word(text, starts, ends, e))) {
        out.add(span);
        continue;
      }
      int from = span.start();
      NerLabels.TokenSpan before = out.isEmpty() ? null : out.get(out.size() - 1);
      if (before != null && "PER".equals(before.type()) && before.end() == from - 1
          && "och".equals(word(text, starts, ends, from - 1))) {
        out.remove(out.size() - 1); // "Knut och Alice Wallenbergs": the first person shares the surname
        from = before.start();
      }
      out.add(new NerLabels.TokenSpan(from, e + 1, "ORG"));
    }
    return out;
  }

  /**
   * "klimatnätverket" + "Återställ" + "Våtmarker": a name the tagger cut short after a noun for a kind of
   * organisation runs over the capitalised words that follow it untagged (two at most), as a name
   * found there untagged does ({@code MissedNames}).
   */
  static List<NerLabels.TokenSpan> organisationsAfterHead(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    int n = starts.length;
    for (int s = 0; s < spans.size(); s++) {
      NerLabels.TokenSpan span = spans.get(s);
      int from = span.start();
      int limit = s + 1 < spans.size() ? spans.get(s + 1).start() : n;
      int end = span.end();
      if (from > 0 && "ORG".equals(span.type()) && text.charAt(ends[end - 1] - 1) != 's'
          && EntityWords.isOrganisationHead(word(text, starts, ends, from - 1))) {
        while (end < limit && end - span.end() < 2 && isCapitalisedWord(text, starts[end], ends[end])) {
          end++;
        }
      }
      out.add(end == span.end() ? span : new NerLabels.TokenSpan(from, end, "ORG"));
    }
    return out;
  }

  /**
   * "Global Commission" + "on" + "Modern Slavery" + "and" + "Human Trafficking", "Nato
   * Euro-Atlantic" + "Disaster" + "Response Coordination Centre": an English organisation's name
   * the tagger broke into pieces is one organisation from the first tagged piece to the last, over
   * English connectors ("on", "of", "and") and untagged capitalised words,
   * when one of its words says it is a body ("Commission", "Centre", "Agency").
   */
  static List<NerLabels.TokenSpan> englishOrganisations(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    if (spans.isEmpty()) {
      return spans;
    }
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    int n = starts.length;
    for (int s = 0; s < spans.size(); s++) {
      NerLabels.TokenSpan span = bodyOfBefore(text, starts, ends, spans.get(s), s > 0 ? spans.get(s - 1).end() : 0);
      int end = span.end();
      int last = s;
      // Walk over connectors and capitalised words to the end of the run.
      int k = end;
      while (k < n) {
        String w = word(text, starts, ends, k);
        int past = k;
        while (past < n && past - k < 2 && ENGLISH_CONNECTORS.contains(word(text, starts, ends, past))) {
          past++; // "Council of the Haida Nation": "of the"
        }
        if (past > k && past < n && isCapitalisedWord(text, starts[past], ends[past])) {
          k = past;
        } else if (isCapitalisedWord(text, starts[k], ends[k])) {
          int at = k;
          int covering = -1;
          for (int t = last + 1; t < spans.size() && spans.get(t).start() <= at; t++) {
            if (spans.get(t).start() == at) {
              covering = t;
            }
          }
          if (covering >= 0) {
            last = covering;
            k = spans.get(covering).end();
            end = k;
          } else {
            k++; // an untagged word inside the name ("Disaster"), kept only if a tagged piece follows
          }
        } else {
          break;
        }
      }
      if (!hasEnglishBodyWord(text, starts, ends, span.start(), end)) {
        out.add(span);
        continue;
      }
      if (last == s) {
        // one span already: "Center for Civil Liberties" is a body whatever the tagger called it, a place stays
        boolean body = end - span.start() > 1 && ("MISC".equals(span.type()) || "PER".equals(span.type()))
            && !word(text, starts, ends, end - 1).equals("Initiative"); // "Black Sea Grain Initiative", an agreement
        out.add(body ? new NerLabels.TokenSpan(span.start(), span.end(), "ORG") : span);
        continue;
      }
      out.add(new NerLabels.TokenSpan(span.start(), end, "ORG"));
      s = last;
    }
    return out;
  }

  /**
   * "Bank of England", "House of Commons": an untagged English body word and "of" before a name the
   * tagger found open the organisation's name ({@code free}: the first token no earlier span holds).
   */
  private static NerLabels.TokenSpan bodyOfBefore(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      int free) {
    int s = span.start();
    if (s - 2 < free || !word(text, starts, ends, s - 1).equals("of")
        || !ENGLISH_BODIES.contains(word(text, starts, ends, s - 2))) {
      return span;
    }
    return new NerLabels.TokenSpan(s - 2, span.end(), "ORG");
  }

  /**
   * "Handelshögskolan i Åbo", "Musikhögskolan i Malmö", "Ukrainska institutet i Sverige": a school
   * named by a compound of "-högskolan" and its town, or a school, university or institute and the
   * country it serves, is one organisation, the place included, as such bodies are named.
   */
  static List<NerLabels.TokenSpan> schoolInPlace(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans, Gazetteer gazetteer) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (int s = 0; s < spans.size(); s++) {
      NerLabels.TokenSpan span = spans.get(s);
      int last = span.end() - 1;
      String head = word(text, starts, ends, last);
      boolean school = false;
      boolean several = span.end() - span.start() > 1; // "Ukrainska institutet i Sverige"
      for (String ending : SCHOOL_ENDINGS) {
        school |= head.endsWith(ending) && (head.length() > ending.length() + 2 || several);
      }
      NerLabels.TokenSpan place = s + 1 < spans.size() ? spans.get(s + 1) : null;
      // "Handelshögskolan i Åbo" is named by its town; "Mittuniversitetet i Sundsvall", "Karolinska
      // institutet i Solna" are named alone and stand in the town
      boolean namedByPlace = place != null && (head.endsWith("högskolan") && !several
          || (gazetteer.single(text, starts[place.start()], ends[place.end() - 1]) & Gazetteer.COUNTRY) != 0);
      if (school && namedByPlace && Character.isUpperCase(text.charAt(starts[span.start()]))
          && "LOC".equals(place.type()) && place.start() == last + 2 && word(text, starts, ends, last + 1).equals("i")) {
        out.add(new NerLabels.TokenSpan(span.start(), place.end(), "ORG"));
        s++;
        continue;
      }
      out.add(span);
    }
    return out;
  }

  /**
   * "Carlssons Konditori", "Nordic Capital" where the tagger made the closing word a name of its own:
   * a word that closes organisations' names, right after a name, closes that one.
   */
  static List<NerLabels.TokenSpan> withOrganisationTail(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    return joinPairs(spans, (span, tail) -> tail.start() == span.end() && tail.end() - tail.start() == 1
        && EntityWords.ORG_TAILS.contains(word(text, starts, ends, tail.start()))
        ? new NerLabels.TokenSpan(span.start(), tail.end(), "ORG") : null);
  }

  /** Each span and the one after it, joined where {@code join} gives their join, else as they are. */
  private static List<NerLabels.TokenSpan> joinPairs(List<NerLabels.TokenSpan> spans,
      java.util.function.BinaryOperator<NerLabels.TokenSpan> join) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (int s = 0; s < spans.size(); s++) {
      NerLabels.TokenSpan joined = s + 1 < spans.size() ? join.apply(spans.get(s), spans.get(s + 1)) : null;
      out.add(joined != null ? joined : spans.get(s));
      if (joined != null) {
        s++;
      }
    }
    return out;
  }

  /** Words that open names of places abroad before a particle: "Estádio da Luz", "Val di Fiemme", "Praça do Comércio". */
  private static final Set<String> FOREIGN_PLACE_OPENERS = Set.of("Estádio", "Estadio", "Val", "Valle", "Piazza",
      "Plaza", "Praça", "Puerto", "Porto", "Rio", "Río", "Monte", "Villa", "Castel", "Castello", "Borgo", "Ciudad",
      "Isla", "Lago", "Parque", "Palacio", "Palazzo", "Bahía", "Sierra", "Costa", "Place", "Rue", "Pont", "Port", "Île");

  /** Particles between the words of names abroad. */
  private static final Set<String> PLACE_PARTICLES = Set.of("de", "del", "della", "da", "do", "di", "dos", "das",
      "des", "du", "la", "le");

  /**
   * "Estádio da Luz", "I Val di Fiemme vann …": a place abroad opened by a word for a kind of place and a
   * particle is one place, which the tagger cuts at the particle, taking one part for a person.
   */
  static List<NerLabels.TokenSpan> foreignPlacesWithParticles(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (int s = 0; s < spans.size(); s++) {
      NerLabels.TokenSpan span = spans.get(s);
      NerLabels.TokenSpan next = s + 1 < spans.size() ? spans.get(s + 1) : null;
      int t = span.start();
      if (t > 0 && PLACE_PARTICLES.contains(word(text, starts, ends, t))
          && FOREIGN_PLACE_OPENERS.contains(word(text, starts, ends, t - 1))) {
        boolean openerTaken = !out.isEmpty() && out.get(out.size() - 1).end() == t;
        if (openerTaken) {
          out.remove(out.size() - 1);
        }
        out.add(new NerLabels.TokenSpan(t - 1, span.end(), "LOC")); // "di Fiemme" after "Val"
        continue;
      }
      if (next != null && span.end() - t == 1 && FOREIGN_PLACE_OPENERS.contains(word(text, starts, ends, t))
          && next.start() == span.end() + 1 && PLACE_PARTICLES.contains(word(text, starts, ends, span.end()))) {
        out.add(new NerLabels.TokenSpan(t, next.end(), "LOC")); // "Estádio" + "da" + "Luz"
        s++;
        continue;
      }
      out.add(span);
    }
    return out;
  }

  /**
   * "Hallands sjukhus Halmstad", "Västmanlands sjukhus Västerås": a region's hospital is named by the
   * town it stands in, written straight after it; the two are one name.
   */
  static List<NerLabels.TokenSpan> hospitalInTown(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    return joinPairs(spans, (span, town) -> {
      String head = word(text, starts, ends, span.end() - 1);
      return (head.equals("sjukhus") || head.equals("lasarett")) && town.start() == span.end()
          && town.end() - town.start() == 1 && "LOC".equals(town.type())
          ? new NerLabels.TokenSpan(span.start(), town.end(), span.type()) : null;
    });
  }

  /**
   * "Folkets hus", "Folkets park", "Vivalla folkets hus": the people's hall and park are places named with their
   * lower-case noun, and with the district or town written before them; whatever the tagger made of "Folkets".
   */
  static List<NerLabels.TokenSpan> peoplesHalls(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans);
    for (int i = 0; i + 1 < starts.length; i++) {
      String next = word(text, starts, ends, i + 1);
      if (!word(text, starts, ends, i).equalsIgnoreCase("folkets") || !next.equals("hus") && !next.equals("park")) {
        continue;
      }
      boolean placeBefore = i > 0 && Character.isLowerCase(text.charAt(starts[i]))
          && isCapitalisedWord(text, starts[i - 1], ends[i - 1]);
      int start = placeBefore ? i - 1 : i;
      NerLabels.TokenSpan hall = new NerLabels.TokenSpan(start, i + 2, "LOC");
      out.removeIf(span -> span.start() < hall.end() && span.end() > hall.start());
      out.add(hall);
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /**
   * "Mark- och miljödomstolen vid Östersunds tingsrätt", "Patent- och marknadsöverdomstolen vid Svea
   * hovrätt": a special court is named by the court it sits at, and the two are one organisation.
   */
  static List<NerLabels.TokenSpan> courtAtCourt(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    return joinPairs(spans, (span, seat) -> {
      int last = span.end() - 1;
      return word(text, starts, ends, last).endsWith("domstolen") && seat.start() == last + 2
          && word(text, starts, ends, last + 1).equals("vid") && isCourt(word(text, starts, ends, seat.end() - 1))
          ? new NerLabels.TokenSpan(span.start(), seat.end(), "ORG") : null;
    });
  }


  private static boolean isCourt(String w) {
    String base = stripGenitive(w);
    return base.endsWith("tingsrätt") || base.endsWith("hovrätt");
  }

  /** Last parts of the compounds that name schools and institutes ("Handelshögskolan"). */
  private static final String[] SCHOOL_ENDINGS = {"högskolan", "skolan", "universitetet", "institutet", "akademien"};

  /** Whether a word of the tokens from {@code from} to {@code to} names a kind of body in English. */
  private static boolean hasEnglishBodyWord(CharSequence text, int[] starts, int[] ends, int from, int to) {
    for (int k = from; k < to; k++) {
      if (ENGLISH_BODIES.contains(word(text, starts, ends, k))) {
        return true;
      }
    }
    return false;
  }

  /** English words that join the words of a name: "Commission on Modern Slavery and Human Trafficking". */
  private static final Set<String> ENGLISH_CONNECTORS = Set.of("of", "on", "and", "for", "the", "against", "&",
      "'", "’"); // "Irish Farmers' Association"

  /** English prepositions inside names, which Swedish prose never has between two of its own names. */
  private static final Set<String> ENGLISH_PREPOSITIONS = Set.of("for", "of", "on", "in", "against");

  /**
   * "Fridays" + "for" + "Future", "Doctors" + "of" + "the World": two names on either side of an
   * English preposition are one English name: a work or event when either part is one, else an
   * organisation when either part is one; places and persons are left to the gatherings ("Summit for Democracy").
   */
  static List<NerLabels.TokenSpan> acrossEnglishPrepositions(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (NerLabels.TokenSpan span : spans) {
      NerLabels.TokenSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
      String type = last == null ? null : "MISC".equals(last.type()) || "MISC".equals(span.type()) ? "MISC"
          : "ORG".equals(last.type()) || "ORG".equals(span.type()) ? "ORG" : null; // "Conference on Road Safety" is MISC
      if (type != null && span.start() == last.end() + 1
          && ENGLISH_PREPOSITIONS.contains(word(text, starts, ends, last.end()))) {
        out.set(out.size() - 1, new NerLabels.TokenSpan(last.start(), span.end(), type));
      } else {
        out.add(span);
      }
    }
    return out;
  }

  /** English heads of gatherings named by what they are about: "Summit of the Future", "Conference on Russia". */
  private static final Set<String> GATHERING_HEADS = Set.of("Summit", "Conference", "Forum", "Dialogue", "Week",
      "Festival", "Congress", "Symposium", "Meeting", "Coalition", "Alliance");

  /** Gatherings that are bodies rather than events: "Coalition of the Willing", "Alliance of Champions". */
  private static final Set<String> BODY_HEADS = Set.of("Coalition", "Alliance");

  /**
   * "Summit" + "of the Future", "World Summit" + "on Arts and Culture", "Coalition" + "of the
   * Willing": a name that ends in the head of an English gathering goes on over "of", "on", "for"
   * or "against" (and "the") through the capitalised words after it, and the names inside it are
   * none of their own ("Peace" of "Summit on Peace"). Events are MISC, coalitions and alliances
   * ORG. A person's full name after the connector ends it ("Press Conference of FM Elina Valtonen"); one
   * capitalised word the tagger took for a person does not ("Summit for Democracy").
   */
  static List<NerLabels.TokenSpan> englishGatherings(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    boolean changed = false;
    int n = starts.length;
    for (int s = 0; s < spans.size(); s++) {
      NerLabels.TokenSpan span = spans.get(s);
      int end = gatheringEnd(text, starts, ends, n, span, spans);
      int next = s + 1;
      while (next < spans.size() && spans.get(next).start() < end) {
        end = Math.max(end, spans.get(next).end());
        next++;
      }
      if (end == span.end()) {
        out.add(span);
        continue;
      }
      String head = word(text, starts, ends, span.end() - 1);
      out.add(new NerLabels.TokenSpan(span.start(), end, BODY_HEADS.contains(head) ? "ORG" : "MISC"));
      changed = true;
      s = next - 1;
    }
    return changed ? out : spans;
  }

  /** The end of the gathering's name that {@code span} begins, or the span's own end. */
  private static int gatheringEnd(CharSequence text, int[] starts, int[] ends, int n, NerLabels.TokenSpan span,
      List<NerLabels.TokenSpan> spans) {
    int k = span.end();
    if (!GATHERING_HEADS.contains(word(text, starts, ends, k - 1)) || k + 1 >= n
        || !GATHERING_CONNECTORS.contains(word(text, starts, ends, k))) {
      return span.end();
    }
    int j = word(text, starts, ends, k + 1).equals("the") ? k + 2 : k + 1;
    int end = span.end();
    while (j < n && isCapitalisedWord(text, starts[j], ends[j]) && !startsPerson(spans, j)) {
      end = ++j;
      if (j + 1 < n && ENGLISH_CONNECTORS.contains(word(text, starts, ends, j))
          && isCapitalisedWord(text, starts[j + 1], ends[j + 1])) {
        j++;
      }
    }
    return end;
  }

  /** The words that join a gathering's head to its subject. */
  private static final Set<String> GATHERING_CONNECTORS = Set.of("of", "on", "for", "against");

  private static boolean startsPerson(List<NerLabels.TokenSpan> spans, int k) {
    for (NerLabels.TokenSpan span : spans) {
      if (span.start() == k && "PER".equals(span.type()) && span.end() - span.start() > 1) {
        return true;
      }
    }
    return false;
  }

  /** English words for kinds of bodies. */
  private static final Set<String> ENGLISH_BODIES = Set.of("Commission", "Council", "Centre", "Center", "Agency",
      "Organization", "Organisation", "Institute", "Foundation", "Association", "Committee", "Programme", "Program",
      "Office", "Fund", "Bank", "Forum", "Alliance", "Network", "Coalition", "Partnership", "Initiative", "Board",
      "Authority", "Federation", "Secretariat", "Union", "Society", "Court", "Facility", "Group", "University",
      "Journal", "School", "College", "Academy", "Museum", "House", "Forces");

  /** Whether the last word of {@code name} is the head of an English body's name ("Rapid Support Forces"). */
  /**
   * "Natural Resources Canada", "LRF Skåne", "RSMH Gävle": an acronym or a name in English words right
   * before a listed place is the body's branch or office there, one name; so is a city before its
   * airport ("Göteborg Landvetter Airport").
   */
  static List<NerLabels.TokenSpan> joinedWithPlaces(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans, Gazetteer gazetteer) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (int k = 0; k < spans.size(); k++) {
      NerLabels.TokenSpan body = spans.get(k);
      NerLabels.TokenSpan place = k + 1 < spans.size() ? spans.get(k + 1) : null;
      boolean joined = place != null && "ORG".equals(body.type()) && "LOC".equals(place.type())
          && place.start() == body.end() && place.end() - place.start() == 1
          && starts[place.start()] == ends[body.end() - 1] + 1
          && (gazetteer.single(text, starts[place.start()], ends[place.start()]) & PLACE_LISTS) != 0
          && isForeignOrAcronym(text, starts, ends, body, gazetteer);
      // "Göteborg Landvetter Airport": an airport named with its city first
      boolean airport = place != null && "LOC".equals(body.type()) && body.end() - body.start() == 1 && place.start() == body.end()
          && starts[place.start()] == ends[body.end() - 1] + 1 && word(text, starts, ends, place.end() - 1).equals("Airport");
      if (airport) {
        out.add(new NerLabels.TokenSpan(body.start(), place.end(), "LOC"));
        k++;
        continue;
      }
      // the tagger's own "RSMH Gävle" taken for a place
      boolean whole = body.end() - body.start() == 2 && "LOC".equals(body.type())
          && EntityWords.isAllCaps(word(text, starts, ends, body.start()))
          && (gazetteer.single(text, starts[body.start() + 1], ends[body.start() + 1]) & PLACE_LISTS) != 0
          && (gazetteer.single(text, starts[body.start()], ends[body.start()]) & PLACE_LISTS) == 0;
      if (joined) {
        out.add(new NerLabels.TokenSpan(body.start(), place.end(), "ORG"));
        k++;
      } else {
        out.add(whole ? new NerLabels.TokenSpan(body.start(), body.end(), "ORG") : body);
      }
    }
    return out;
  }

  /** Whether a name is an acronym, or capitalised words no Swedish dictionary has ("Natural Resources"). */
  private static boolean isForeignOrAcronym(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    if (span.end() - span.start() == 1 && EntityWords.isAllCaps(word(text, starts, ends, span.start()))) {
      return true;
    }
    for (int t = span.start(); t < span.end(); t++) {
      if (!Character.isUpperCase(text.charAt(starts[t])) || gazetteer.isCommon(text, starts[t], ends[t])
          || gazetteer.single(text, starts[t], ends[t]) != 0 || !isAscii(text, starts[t], ends[t])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAscii(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  static boolean endsLikeEnglishBody(String name) {
    return ENGLISH_BODIES.contains(name.substring(name.lastIndexOf(' ') + 1));
  }

  /**
   * "Region Kalmar län" (a region named by its county), "Lund C" (a town's central station): a name
   * the tagger ended one word short.
   */
  static NerLabels.TokenSpan withCountyOrStation(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int end = span.end();
    if (end >= starts.length || starts[end] != ends[end - 1] + 1) {
      return span;
    }
    String next = word(text, starts, ends, end);
    // "Region Kalmar" + "län", "Jägareförbundet Örebro" + "län": a body's county
    boolean county = "ORG".equals(span.type()) && next.equals("län") && (end - span.start() >= 2
        && isCapitalisedWord(text, starts[end - 1], ends[end - 1]) || word(text, starts, ends, span.start()).equals("Region"));
    boolean station = "LOC".equals(span.type()) && end - span.start() == 1 && next.equals("C");
    return county || station ? new NerLabels.TokenSpan(span.start(), end + 1, span.type()) : span;
  }

  /** "M. Stanley Whittingham": a person's first name written as an initial opens the name. */
  static NerLabels.TokenSpan personWithInitial(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int s = span.start();
    if (!"PER".equals(span.type()) || s == 0 || ends[s - 1] - starts[s - 1] != 2
        || !Character.isUpperCase(text.charAt(starts[s - 1])) || text.charAt(starts[s - 1] + 1) != '.'
        || starts[s] != ends[s - 1] + 1 || starts[s - 1] > 0 && text.charAt(starts[s - 1] - 1) == '.') {
      return span; // not the last letter of "H.E."
    }
    return new NerLabels.TokenSpan(s - 1, span.end(), "PER");
  }

  /** Particles of Dutch and German surnames, which places and bodies rarely have ("van der Werff", "von Essen"). */
  private static final Set<String> GERMANIC_PARTICLES = Set.of("van", "von", "ten", "ter");

  /**
   * "Ursula von" + "der" + "Leyen": a person's name the tagger broke at its lower-case particles
   * runs on over them to the capitalised word after, tagged or not.
   */
  static List<NerLabels.TokenSpan> personWithParticles(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    int n = starts.length;
    for (int s = 0; s < spans.size(); s++) {
      NerLabels.TokenSpan span = spans.get(s);
      int k = span.end();
      while (k < n && NAME_PARTICLES.contains(word(text, starts, ends, k))) {
        k++;
      }
      boolean endsInParticle = NAME_PARTICLES.contains(word(text, starts, ends, span.end() - 1));
      // "Vd Anko van der Werff": Dutch and German particles between two capitalised words make a person
      boolean germanic = span.end() - span.start() == 1 && k > span.end() && k < n
          && GERMANIC_PARTICLES.contains(word(text, starts, ends, span.end()));
      if (!"PER".equals(span.type()) && !germanic || k >= n || (k == span.end() && !endsInParticle)
          || !isCapitalisedWord(text, starts[k], ends[k])) {
        out.add("PER".equals(span.type()) ? withFirstNameBeforeParticles(text, starts, ends, span, out) : span);
        continue;
      }
      int end = k + 1;
      span = withFirstNameBeforeParticles(text, starts, ends, span, out);
      if (s + 1 < spans.size() && spans.get(s + 1).start() < end) {
        if (spans.get(s + 1).start() != k) {
          out.add(span);
          continue;
        }
        end = spans.get(s + 1).end();
        s++;
      }
      out.add(new NerLabels.TokenSpan(span.start(), end, "PER"));
    }
    return out;
  }

  /**
   * "vd Anko" + "van der Werff": an untagged capitalised word before a person's lower-case
   * particles is the first name. A lone "de", "la" or "le" is also a word of Swedish or a French
   * article, so it needs another particle beside it ("de la").
   */
  private static NerLabels.TokenSpan withFirstNameBeforeParticles(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan span, List<NerLabels.TokenSpan> before) {
    int k = span.start();
    while (k > 0 && NAME_PARTICLES.contains(word(text, starts, ends, k - 1))) {
      k--;
    }
    int particles = span.start() - k;
    boolean free = before.isEmpty() || before.get(before.size() - 1).end() <= k - 1;
    // at a sentence's start the capital may be any word's ("När van der Werff …")
    if (particles == 0 || k <= 1 || !free || !isCapitalisedWord(text, starts[k - 1], ends[k - 1])) {
      return span;
    }
    String particle = word(text, starts, ends, k);
    if (particles == 1 && (particle.equals("de") || particle.equals("la") || particle.equals("le"))) {
      return span;
    }
    return new NerLabels.TokenSpan(k - 1, span.end(), "PER");
  }

  /**
   * Names the tagger ended too early: an organisation or place named by a capitalised adjective and a
   * lower-case head ("Nordiska rådets session", "Livsmedelspolitiska rådet", "den Engelska kanalen"),
   * and one named by two
   * capitalised common words joined by "och" ("Sveriges Kommuner och Regioner", "Folk och
   * Försvars rikskonferens"; two authorities, "Socialstyrelsen och Skolverket", are no common
   * words and stay apart).
   */
  static List<NerLabels.TokenSpan> joinNameParts(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans, Gazetteer gazetteer, boolean[] inShaped) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    int n = starts.length;
    for (int s = 0; s < spans.size(); s++) {
      NerLabels.TokenSpan span = spans.get(s);
      int last = span.end() - 1;
      int next = span.end();
      boolean capitalised = Character.isUpperCase(text.charAt(starts[last]));
      String lastWord = word(text, starts, ends, last);
      String head = next < n ? stripGenitive(word(text, starts, ends, next)) : "";
      String headType = ADJECTIVE_HEADS.contains(head) ? "ORG" : EntityWords.adjectiveHeadType(head);
      if (capitalised && next < n && (lastWord.endsWith("a") || lastWord.endsWith("e")) && headType != null
          && (s + 1 == spans.size() || spans.get(s + 1).start() > next)) {
        out.add(new NerLabels.TokenSpan(span.start(), next + 1, headType));
        continue;
      }
      int other = next + 1;
      boolean joined = "ORG".equals(span.type()) && capitalised && other < n
          && word(text, starts, ends, next).equals("och") && Character.isUpperCase(text.charAt(starts[other]))
          && !inShaped[other] // "Svenska Institutet och Myndigheten för samhällsskydd och beredskap"
          && isCommonWord(text, starts[last], ends[last], gazetteer)
          && isCommonWord(text, starts[other], ends[other], gazetteer)
          && !bothListed(text, starts, ends, span, other, gazetteer) // "IF Metall och Kommunal", two unions
          && (s + 1 == spans.size() || spans.get(s + 1).start() > other
              || spans.get(s + 1).start() == other && spans.get(s + 1).end() == other + 1);
      if (joined) {
        out.add(new NerLabels.TokenSpan(span.start(), other + 1, "ORG"));
        if (s + 1 < spans.size() && spans.get(s + 1).start() == other) {
          s++;
        }
        continue;
      }
      out.add(span);
    }
    return out;
  }

  /** Last words of the names of tournaments and races. */
  private static final Set<String> TOURNAMENT_TAILS = Set.of("Championship", "Championships", "Open", "Cup", "Classic",
      "Masters", "Trophy", "Invitational");

  /**
   * "vann KPMG Women's PGA Championship": the capitalised words before a tournament's name, a sponsor's
   * and a class's, belong to it (at most three; a person's name does not).
   */
  static List<NerLabels.TokenSpan> eventsWithSponsors(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (NerLabels.TokenSpan span : spans) {
      if (!"MISC".equals(span.type()) || !TOURNAMENT_TAILS.contains(word(text, starts, ends, span.end() - 1))) {
        out.add(span);
        continue;
      }
      int first = span.start();
      int kept = out.size();
      while (first > 0 && span.start() - first < 3 && isCapitalisedName(text, starts[first - 1], ends[first - 1])) {
        NerLabels.TokenSpan before = kept > 0 ? out.get(kept - 1) : null;
        boolean inBefore = before != null && before.end() == first;
        if (inBefore && (!"ORG".equals(before.type()) && !"MISC".equals(before.type()) || before.start() < first - 1)) {
          break;
        }
        first--;
        if (inBefore) {
          kept--;
        }
      }
      if (first == span.start() || first == 0 || Character.isUpperCase(text.charAt(starts[first - 1]))) {
        out.add(span);
        continue;
      }
      while (out.size() > kept) {
        out.remove(out.size() - 1);
      }
      out.add(new NerLabels.TokenSpan(first, span.end(), "MISC"));
    }
    return out;
  }

  /** "KPMG", "Women's": a word of letters that opens with a capital, an English genitive's apostrophe allowed. */
  private static boolean isCapitalisedName(CharSequence text, int start, int end) {
    if (!Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    for (int k = start + 1; k < end; k++) {
      char c = text.charAt(k);
      if (!Character.isLetter(c) && c != '\'' && c != '’') {
        return false;
      }
    }
    return true;
  }

  /** Whether the span and the word at {@code other} are both names of listed bodies. */
  private static boolean bothListed(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span, int other,
      Gazetteer gazetteer) {
    String name = text.subSequence(starts[span.start()], ends[span.end() - 1]).toString();
    return (gazetteer.name(name) & (Gazetteer.ORGANISATION | Gazetteer.AUTHORITY)) != 0
        && gazetteer.isListedBody(text, starts[other], Gazetteer.stripGenitive(text, starts[other], ends[other]));
  }

  /** "Kommuner", "Folk", "Försvars": a word mostly written in lower case, with or without a genitive s. */
  private static boolean isCommonWord(CharSequence text, int start, int end, Gazetteer gazetteer) {
    return gazetteer.isCommon(text, start, end) || gazetteer.isCommon(text, start, Gazetteer.stripGenitive(text, start, end));
  }

  /**
   * "sjukvårdsminister Acko Ankarberg Johansson": a capitalised word between a role noun and a
   * person's name is the person's first name, even one the tagger never saw. The role noun is in
   * lower case, or opens the sentence with a capital ("Sjukvårdsminister Acko Ankarberg Johansson
   * talade på plats i Storuman").
   */
  static NerLabels.TokenSpan firstNameAfterRole(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan span, boolean[] taken) {
    int first = span.start() - 1;
    if (!"PER".equals(span.type()) || first < 1 || taken[first] || !isCapitalisedWord(text, starts[first], ends[first])
        || !isLower(text, starts[first - 1]) && first - 1 != 0) {
      return span;
    }
    return EntityWords.hasRoleEnding(word(text, starts, ends, first - 1))
        ? new NerLabels.TokenSpan(first, span.end(), "PER") : span;
  }

  /**
   * A body's or place's genitive before a noun for a prize is the prize's name, an award (MISC):
   * "Nordiska rådets litteraturpris", "Svenska Akademiens nordiska pris", "Stockholms stads kulturpris".
   */
  static NerLabels.TokenSpan withPrize(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int next = span.end();
    if (next + 1 < starts.length && word(text, starts, ends, next - 1).startsWith("Nobelpris")
        && word(text, starts, ends, next).equals("i") && NOBEL_FIELDS.contains(word(text, starts, ends, next + 1))) {
      // "Nobelpriset i kemi", "Nobelpriset i fysiologi eller medicin"
      boolean pair = next + 3 < starts.length && word(text, starts, ends, next + 2).equals("eller")
          && NOBEL_FIELDS.contains(word(text, starts, ends, next + 3));
      return new NerLabels.TokenSpan(span.start(), next + (pair ? 4 : 2), "MISC");
    }
    // A person's name ending in s is no genitive before an award given to him ("Josef Fares belöningsmedaljen").
    if (!"ORG".equals(span.type()) && !"LOC".equals(span.type()) || next >= starts.length
        || text.charAt(ends[next - 1] - 1) != 's') {
      return span;
    }
    int last = next;
    if (last + 1 < starts.length && isPrizeAdjective(word(text, starts, ends, last))) {
      last++; // "Svenska Akademiens nordiska pris"
    }
    String noun = word(text, starts, ends, last);
    // "pris" alone is a price ("Apples pris") unless an adjective says which prize ("stora pris").
    boolean prize = noun.equals("pris") ? last > next : PRIZE_NOUNS.stream().anyMatch(noun::endsWith);
    return prize ? new NerLabels.TokenSpan(span.start(), last + 1, "MISC") : span;
  }

  /** The fields of the Nobel prizes named "Nobelpriset i …". */
  private static final Set<String> NOBEL_FIELDS = Set.of("kemi", "fysik", "litteratur", "medicin", "ekonomi",
      "fysiologi");

  /** Nouns for prizes, not prices ("elpris", "slutpris"): the endings of the awards' names. */
  private static final Set<String> PRIZE_NOUNS = Set.of("fredspris", "litteraturpris", "kulturpris", "miljöpris",
      "musikpris", "hederspris", "journalistpris", "forskningspris", "arkitekturpris", "filmpris", "designpris",
      "barnbokspris", "översättarpris", "jazzpris", "stipendium");

  private static boolean isPrizeAdjective(String w) {
    return w.equals("stora") || w.equals("nordiska") || w.equals("internationella") || w.equals("svenska");
  }

  /**
   * "Mohammed VI", "Karl XII", "Benedictus XVI": a Roman numeral after a person's name is part of it, and
   * so of the square named after him ("Gustav III:s torg").
   */
  static NerLabels.TokenSpan withRegnalNumber(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int next = span.end();
    if (!"PER".equals(span.type()) || next >= starts.length) {
      return span;
    }
    String w = word(text, starts, ends, next);
    boolean genitive = w.endsWith(":s");
    String numeral = genitive ? w.substring(0, w.length() - 2) : w;
    if (numeral.length() < 2 || numeral.length() > 5 || !numeral.chars().allMatch(c -> "IVXL".indexOf(c) >= 0)) {
      return span;
    }
    if (genitive && next + 1 < starts.length && GENITIVE_PLACES_OF_PLACES.contains(word(text, starts, ends, next + 1))) {
      return new NerLabels.TokenSpan(span.start(), next + 2, "LOC"); // "Gustav III:s torg"
    }
    return new NerLabels.TokenSpan(span.start(), next + 1, "PER");
  }

  /**
   * Nouns that a place's name before them makes the name of a court, a university, a hospital, a
   * publisher, an opera or theatre, a church or a hall, with the type of the whole: "Svea hovrätt", "Umeå
   * universitet", "Södertälje sjukhus", "Albert Bonniers förlag", "Malmö Opera", "Hålogaland Teater",
   * "Styrsö kyrka", "Sara kulturhus", "Akademikernas a-kassa", "Göteborgs filmfestival", "Hamra nationalpark",
   * "Södertörns brandförsvarsförbund".
   */
  private static final java.util.Map<String, String> INSTITUTION_NOUNS = java.util.Map.ofEntries(
      java.util.Map.entry("tingsrätt", "ORG"), java.util.Map.entry("hovrätt", "ORG"),
      java.util.Map.entry("förvaltningsrätt", "ORG"), java.util.Map.entry("kammarrätt", "ORG"),
      java.util.Map.entry("universitet", "ORG"), java.util.Map.entry("högskola", "ORG"),
      java.util.Map.entry("sjukhus", "ORG"), java.util.Map.entry("universitetssjukhus", "ORG"),
      java.util.Map.entry("lasarett", "ORG"), java.util.Map.entry("förlag", "ORG"), java.util.Map.entry("Opera", "ORG"),
      java.util.Map.entry("kyrka", "LOC"), java.util.Map.entry("domkyrka", "LOC"), java.util.Map.entry("kulturhus", "LOC"),
      java.util.Map.entry("konserthus", "LOC"), java.util.Map.entry("Konserthus", "LOC"), java.util.Map.entry("Teater", "ORG"),
      java.util.Map.entry("centralstation", "LOC"), java.util.Map.entry("sameby", "ORG"),
      java.util.Map.entry("skola", "ORG"), java.util.Map.entry("gymnasium", "ORG"), java.util.Map.entry("regemente", "ORG"),
      java.util.Map.entry("socken", "LOC"), java.util.Map.entry("Arena", "LOC"), java.util.Map.entry("Stadium", "LOC"),
      java.util.Map.entry("stadion", "LOC"), java.util.Map.entry("Vall", "LOC"),
      java.util.Map.entry("stadsteater", "ORG"), java.util.Map.entry("läkarförening", "ORG"),
      java.util.Map.entry("stift", "ORG"), java.util.Map.entry("pastorat", "ORG"),
      java.util.Map.entry("landskapsregering", "ORG"), java.util.Map.entry("studentkår", "ORG"),
      java.util.Map.entry("säkerhetsråd", "ORG"), java.util.Map.entry("försvarsmakt", "ORG"),
      java.util.Map.entry("flygflottilj", "ORG"), java.util.Map.entry("fort", "LOC"),
      java.util.Map.entry("forskningsstation", "LOC"), java.util.Map.entry("akademin", "ORG"),
      java.util.Map.entry("station", "LOC"), java.util.Map.entry("bangård", "LOC"),
      java.util.Map.entry("rangerbangård", "LOC"), java.util.Map.entry("slott", "LOC"),
      java.util.Map.entry("stadshus", "LOC"), java.util.Map.entry("ström", "LOC"), java.util.Map.entry("älv", "LOC"),
      java.util.Map.entry("å", "LOC"), java.util.Map.entry("länstrafik", "ORG"), // "Helge å", "Kalmar länstrafik"
      java.util.Map.entry("Airport", "LOC"), java.util.Map.entry("åklagarkammare", "ORG"),
      java.util.Map.entry("museum", "ORG"), java.util.Map.entry("konstmuseum", "ORG"),
      java.util.Map.entry("konsthall", "ORG"), java.util.Map.entry("nation", "ORG"), // "Skellefteå konsthall", "Kalmar nation"
      java.util.Map.entry("stadsmuseum", "ORG"), java.util.Map.entry("länsmuseum", "ORG"),
      java.util.Map.entry("konstskola", "ORG"), java.util.Map.entry("stad", "ORG"), java.util.Map.entry("institut", "ORG"),
      java.util.Map.entry("a-kassa", "ORG"), java.util.Map.entry("a-kassor", "ORG"),
      java.util.Map.entry("festival", "MISC"), java.util.Map.entry("filmfestival", "MISC"),
      java.util.Map.entry("nationalpark", "LOC"), java.util.Map.entry("naturreservat", "LOC"),
      java.util.Map.entry("brandförsvarsförbund", "ORG"), java.util.Map.entry("brandförsvar", "ORG"),
      java.util.Map.entry("räddningstjänst", "ORG"), java.util.Map.entry("församling", "ORG"),
      java.util.Map.entry("byalag", "ORG"), java.util.Map.entry("fågelstation", "ORG"),
      java.util.Map.entry("teater", "ORG"), java.util.Map.entry("länsteater", "ORG"), // "Västmanlands teater"
      java.util.Map.entry("kloster", "LOC"), java.util.Map.entry("gruva", "LOC"), // "Vreta kloster", "Falu gruva"
      java.util.Map.entry("vindpark", "LOC"), java.util.Map.entry("vindkraftpark", "LOC"), // "Hägerstad vindpark"
      java.util.Map.entry("skoterklubb", "ORG"), java.util.Map.entry("golfklubb", "ORG"), // "Långträsk skoterklubb"
      java.util.Map.entry("hembygdsförening", "ORG"), java.util.Map.entry("segelsällskap", "ORG"));

  /** Nouns of buildings and yards a name always makes a place: "Hallsbergs station", "Stockholms slott", "Skellefteå Airport". */
  private static final Set<String> BUILDING_NOUNS = Set.of("station", "bangård", "rangerbangård", "slott", "stadshus",
      "Airport");

  /** Adjectives that stand inside an institution's name, between its place and its noun. */
  private static final Set<String> NAME_ADJECTIVES = Set.of("tekniska", "gamla", "katolska", "ortodoxa", "evangeliska",
      "medeltida", "kristna", "muslimska", "judiska"); // "Sveriges kristna råd"

  /** Nouns a place's name makes a place of its own, unless the name is a genitive ("Bryssels flygplats"). */
  private static final Set<String> PLACES_OF_PLACES = Set.of("flygplats", "centrum", "gård", "sporthall", "idrottshall",
      "ishall", "simhall", "idrottsplats", "bygdegård", "fjällstation", "skjutfält", "torg", "hamn", "central", "by",
      "ängar", "skärgård", "strand", "urskog", "krog", "missionshus", "församlingshem", "medborgarhus", "köpcentrum",
      "bruk", "sjöstad", "kanal", "slussar", "sportfält"); // "Göta kanal", "Bergs slussar", "Gränby sportfält"
      // "Slite sporthall", "Hjällbo torg", "Borlänge central", "Berga by", "Hässelby strand", "Fiby urskog",
      // "Järva krog", "Getinge församlingshem", "Valbo köpcentrum", "Forsbacka bruk", "Hammarby sjöstad"

  /** Nouns of places a genitive names as well: "Angereds torg", "Ljusdals sporthall", "Stockholms central". */
  private static final Set<String> GENITIVE_PLACES_OF_PLACES = Set.of("torg", "sporthall", "central", "flygplats", "centrum",
      "skärgård", "hamn", "bygdegård", "missionshus", "församlingshem", "medborgarhus", "bruk", "idrottsplats", "kanal",
      "slussar"); // "Dalslands kanal", "Bergs slussar"
      // "Keflavíks flygplats", "Forsmarks bruk", "Borgholms idrottsplats",
      // "Stockholms skärgård", "Göteborgs hamn", "Hjärnarps bygdegård", "Vårbergs medborgarhus"

  /** "centrum", "hamn", "sporthall": a lower-case noun that names a place after its place's name ("Gottsunda centrum"). */
  static boolean isPlaceOfPlace(String noun) {
    return PLACES_OF_PLACES.contains(noun);
  }

  /** Words after "å" that make it the old preposition ("å ena sidan", "å det kraftfullaste"), not a river. */
  private static final Set<String> AFTER_OLD_Å = Set.of("ena", "andra", "det", "den", "sin", "sina", "sitt", "egna");

  /** {@link #institutionType} of the noun at {@code k}, but none for "å" as a preposition ("Europa å ena sidan"). */
  static String institutionTypeAt(CharSequence text, int[] starts, int[] ends, int k) {
    String noun = word(text, starts, ends, k);
    if (noun.equals("å") && (k + 1 < starts.length && AFTER_OLD_Å.contains(word(text, starts, ends, k + 1))
        || k + 2 < starts.length && word(text, starts, ends, k + 2).equals("vägnar"))) {
      return null;
    }
    return institutionType(noun);
  }

  /** The type of an institution named by a place and this noun ("tingsrätt" ORG, "kyrka" LOC), or null. */
  static String institutionType(String noun) {
    // "sjukhus" ends in an s that is no genitive; "tingsrätts" does.
    // "nations" is the English plural as often as the genitive ("the Caribbean nations")
    String type = INSTITUTION_NOUNS.getOrDefault(noun, noun.equals("nations") ? null : INSTITUTION_NOUNS.get(stripGenitive(noun)));
    String bare = stripGenitive(noun);
    // "Slite fiskeförening", "Vikbolandets hembygdsförening": a place's association; "Uppsala domkyrkokör" its choir;
    // "Sveriges advokatsamfund", "Sveriges läkarförbund": a country's society of a profession
    if (type == null && bare.length() > 8 && bare.toLowerCase(java.util.Locale.ROOT).endsWith("festival")) {
      return "MISC"; // "Luleå vinterfestival", "Umeå Jazzfestival": an event
    }
    return type == null && (bare.endsWith("förening") && noun.length() > 10 || bare.endsWith("kör") && bare.length() > 5
        || !bare.isEmpty() && Character.isLowerCase(bare.charAt(0)) && isLocalBody(bare)
        || (bare.endsWith("samfund") || bare.endsWith("förbund")) && bare.length() > 9) ? "ORG" : type;
  }

  /** An institution's noun, or "råd" after an adjective ("Sveriges kristna råd"; but "Icaos råd" is Icao's board). */
  private static String adjectiveHeadType(String noun) {
    return "råd".equals(noun) ? "ORG" : institutionType(noun);
  }

  /**
   * A place's own parish, regiment, band, club or library by the end of its noun: "Kalmar domkyrkoförsamling",
   * "Jämtlands fältjägarregemente", "Skrea scoutkår", "Leksands spelmanslag", "Lycksele jaktvårdskrets", "Malmö
   * stadsbibliotek", "Skärholmens stadsdelsförvaltning", "Västerviks kammarorkester"; not a country's assembly
   * ("Frankrikes nationalförsamling").
   */
  private static boolean isLocalBody(String noun) {
    return noun.endsWith("församling") && !noun.endsWith("alförsamling") || noun.endsWith("regemente")
        || noun.endsWith("kår") && noun.length() > 5 || noun.endsWith("spelmanslag") || noun.endsWith("krets") && noun.length() > 8
        || noun.equals("stadsbibliotek") || noun.endsWith("stadsdelsförvaltning") || noun.endsWith("orkester");
  }

  /**
   * An adjective that stands inside an institution's name, between its place and its noun: "Chalmers
   * tekniska högskola", "Hallands kulturhistoriska museum" (the weak "-iska" and "-liga" forms of learned adjectives).
   */
  private static boolean isNameAdjective(String word) {
    return NAME_ADJECTIVES.contains(word)
        || word.length() >= 9 && (word.endsWith("iska") || word.endsWith("liga")) && Character.isLowerCase(word.charAt(0));
  }

  /**
   * Words for the police authority's regions and districts before their names: "polisregion Väst",
   * "Polisområde Malmö" (the police's own notices write "polisområde Dalarna" for the area, a place).
   */
  private static final Set<String> POLICE_AREAS = Set.of("polisregion", "Polisområde");

  static NerLabels.TokenSpan withPoliceRegion(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int s = span.start();
    if (s == 0 || span.end() - s != 1 || !POLICE_AREAS.contains(word(text, starts, ends, s - 1))) {
      return span;
    }
    return new NerLabels.TokenSpan(s - 1, span.end(), "ORG"); // "polisregion Väst", the police authority's region
  }

  /** Compass words that name a body's regional branch after its name: "Hushållningssällskapet Väst". */
  private static final Set<String> COMPASS_BRANCHES = Set.of("Väst", "Öst", "Syd", "Nord", "Mitt", "Sydost", "Sydväst",
      "Nordost", "Nordväst");

  /**
   * "Hushållningssällskapet Väst", "Räddningstjänsten Syd": an organisation's name and the compass word of its
   * region right after it are one name, whether the tagger left the compass word out or took it for a name
   * of its own. {@code spans} are in text order.
   */
  static List<NerLabels.TokenSpan> withCompassBranch(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (int k = 0; k < spans.size(); k++) {
      NerLabels.TokenSpan span = spans.get(k);
      int end = span.end();
      if (!"ORG".equals(span.type()) || end >= starts.length || !COMPASS_BRANCHES.contains(word(text, starts, ends, end))
          || end + 1 < starts.length && isCapitalisedWord(text, starts[end + 1], ends[end + 1])) {
        out.add(span);
        continue;
      }
      NerLabels.TokenSpan next = k + 1 < spans.size() ? spans.get(k + 1) : null;
      if (next != null && next.start() == end) {
        if (next.end() != end + 1) {
          out.add(span);
          continue;
        }
        k++; // the compass word the tagger named on its own
      }
      out.add(new NerLabels.TokenSpan(span.start(), end + 1, "ORG"));
    }
    return out;
  }

  /**
   * "Stockholm Skavsta flygplats", "Coop Norrbotten Arena": a town or a sponsor the tagger named on its own
   * right before an airport or an arena is the first word of the venue's name. {@code spans} are in text order.
   */
  static List<NerLabels.TokenSpan> venuesWithOpener(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (NerLabels.TokenSpan span : spans) {
      NerLabels.TokenSpan before = out.isEmpty() ? null : out.get(out.size() - 1);
      String last = word(text, starts, ends, span.end() - 1);
      boolean venue = "LOC".equals(span.type()) && span.end() - span.start() >= 2
          && (last.equals("flygplats") || last.equals("Arena"));
      if (venue && before != null && before.end() == span.start() && before.end() - before.start() == 1
          && ("LOC".equals(before.type()) || "ORG".equals(before.type()))) {
        out.set(out.size() - 1, new NerLabels.TokenSpan(before.start(), span.end(), "LOC"));
        continue;
      }
      out.add(span);
    }
    return out;
  }

  /** "Disney+", "Apple TV+": a plus sign written right after a name is the end of the name (a streaming service). */
  static NerLabels.TokenSpan withPlusSign(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int end = span.end();
    if (end >= starts.length || starts[end] != ends[end - 1] || ends[end] - starts[end] != 1 || text.charAt(starts[end]) != '+'
        || end + 1 < starts.length && starts[end + 1] == ends[end]) {
      return span;
    }
    return new NerLabels.TokenSpan(span.start(), end + 1, span.type());
  }

  /** Definite nouns for schools after a name in "-ska": "Fryxellska skolan", "Rudbeckianska gymnasiet". */
  private static final Set<String> SCHOOL_NOUNS = Set.of("skolan", "gymnasiet", "skolans", "gymnasiets");

  /** "Fryxellska skolan": a name in "-ska" and the school noun after it are the school's name. */
  static NerLabels.TokenSpan withSchoolNoun(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int end = span.end();
    String w = word(text, starts, ends, span.start());
    if (end - span.start() != 1 || end >= starts.length || w.length() < 6 || !w.endsWith("ska")
        || !SCHOOL_NOUNS.contains(word(text, starts, ends, end))) {
      return span;
    }
    return new NerLabels.TokenSpan(span.start(), end + 1, "ORG");
  }

  /** English closing words of events' names: "Gothenburg Horse Show", "Hugo Åbergs Memorial", "Stockholm Open". */
  private static final Set<String> EVENT_TAILS = Set.of("Show", "Shows", "Memorial", "Open", "Classic", "Trophy", "Games");

  /** "Gothenburg Horse" + "Show": a name the tagger closed before an event's closing word is the event's (MISC). */
  static NerLabels.TokenSpan withEventTail(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int end = span.end();
    if (end >= starts.length || !EVENT_TAILS.contains(word(text, starts, ends, end))
        || end + 1 < starts.length && isCapitalisedWord(text, starts[end + 1], ends[end + 1])) {
      return span; // "EU Open Day" goes on
    }
    return new NerLabels.TokenSpan(span.start(), end + 1, "MISC");
  }

  /**
   * "säger hon till Mitt i.": the local papers called "Mitt i" end in their preposition, which closes
   * the sentence or clause (not "Mitt i natten …").
   */
  static NerLabels.TokenSpan withClosingPreposition(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int end = span.end();
    boolean closing = end + 1 == starts.length || end + 1 < starts.length && !Character.isLetterOrDigit(text.charAt(starts[end + 1]));
    return end - span.start() == 1 && "ORG".equals(span.type()) && word(text, starts, ends, span.start()).equals("Mitt")
        && end < starts.length && word(text, starts, ends, end).equals("i") && closing
        ? new NerLabels.TokenSpan(span.start(), end + 1, "ORG") : span;
  }

  /** "Västra" + "stambanan": a compass word the tagger took alone names the railway line it opens. */
  static NerLabels.TokenSpan withRailwayLine(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan span) {
    int end = span.end();
    if (end - span.start() != 1 || end == starts.length || !word(text, starts, ends, end).endsWith("stambanan")
        || !Set.of("Norra", "Södra", "Västra", "Östra").contains(word(text, starts, ends, span.start()))) {
      return span;
    }
    return new NerLabels.TokenSpan(span.start(), end + 1, "LOC");
  }

  /**
   * A name right before the noun of a court, a university or a hospital is that institution:
   * "Svea hovrätt", "Uppsala tingsrätts dom", "Ystads lasarett", where the tagger took the name
   * alone, as a place or a body.
   */
  static NerLabels.TokenSpan withInstitutionNoun(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan span) {
    int end = span.end();
    if (end - span.start() > 1 && !"LOC".equals(span.type()) && BUILDING_NOUNS.contains(word(text, starts, ends, end - 1))) {
      return new NerLabels.TokenSpan(span.start(), end, "LOC"); // the tagger's "Hallsbergs station" ORG
    }
    String lastWord = word(text, starts, ends, end - 1);
    if ("MISC".equals(span.type()) && end - span.start() > 1 && PLACES_OF_PLACES.contains(lastWord)) {
      return new NerLabels.TokenSpan(span.start(), end, "LOC"); // the tagger's "Storulvåns fjällstation" MISC
    }
    String own = institutionType(lastWord);
    if ("MISC".equals(span.type()) && own != null && end - span.start() > 1 && end - span.start() <= 3
        && isLower(text, starts[end - 1])) {
      return new NerLabels.TokenSpan(span.start(), end, own); // the tagger's "Skånes universitetssjukhus" MISC
    }
    String noun = end < starts.length ? word(text, starts, ends, end) : "";
    if ("PER".equals(span.type()) && ("Stadium".equals(noun) || "Arena".equals(noun))) {
      return new NerLabels.TokenSpan(span.start(), end + 1, "LOC"); // "Arthur Ashe Stadium", named after the player
    }
    if (isNameAdjective(noun) && end + 1 < starts.length && !"PER".equals(span.type())
        && !"MISC".equals(span.type()) && adjectiveHeadType(word(text, starts, ends, end + 1)) != null
        && !PLACES_OF_PLACES.contains(word(text, starts, ends, end + 1))
        && !(end + 2 < starts.length && Character.isUpperCase(text.charAt(starts[end + 2])))) {
      // "Chalmers tekniska högskola", "Ytterhogdals gamla kyrka", "Sankt Eriks katolska domkyrka"; but
      // "Portugals meteorologiska institut IPMA" describes the body that its own name follows
      return new NerLabels.TokenSpan(span.start(), end + 2, adjectiveHeadType(word(text, starts, ends, end + 1)));
    }
    String type = end < starts.length ? institutionTypeAt(text, starts, ends, end) : null;
    boolean genitive = text.charAt(ends[end - 1] - 1) == 's';
    // "Sundsvall-Timrå flygplats", "Vällingby centrum", "Arvidsjaurs flygplats", "Rosengårds centrum"
    boolean named = end + 1 < starts.length && Character.isUpperCase(text.charAt(starts[end + 1])); // "Bryssels flygplats Zaventem"
    boolean placeOfPlace = PLACES_OF_PLACES.contains(noun) && (!genitive || GENITIVE_PLACES_OF_PLACES.contains(noun) && !named)
        && !"PER".equals(span.type())
        && !(noun.equals("kanal") && "ORG".equals(span.type())) // "EU-kommissionens kanal på Youtube" is a channel
        && !(noun.equals("centrum") && genitive && "ORG".equals(span.type())); // "Försvarsmaktens centrum för …"
    if (placeOfPlace) {
      return new NerLabels.TokenSpan(span.start(), end + 1, "LOC");
    }
    // "Olaus Petri församling", "Gustav Vasa kyrka": a parish and a church named after a person
    boolean afterPerson = "PER".equals(span.type()) && CHURCH_NOUNS.contains(stripGenitive(noun));
    if (type == null || PLACES_OF_PLACES.contains(noun) || "PER".equals(span.type()) && !afterPerson
        || "MISC".equals(span.type())) {
      return span;
    }
    return new NerLabels.TokenSpan(span.start(), end + 1, type);
  }

  /** Nouns of a parish and its church, which may be named after a saint or a king. */
  private static final Set<String> CHURCH_NOUNS = Set.of("församling", "kyrka");

  /**
   * A name that starts or stops inside a listed name of several words runs over the whole of it:
   * "San Pedro" + "Sula" is San Pedro Sula, as GeoNames has it, and "Handels" after "Svensk" is
   * Svensk Handel.
   */
  static NerLabels.TokenSpan completeRun(NerLabels.TokenSpan span, int[] runPosition) {
    int start = span.start();
    while (start > 0 && runPosition[start] == 2) {
      start--; // "Svensk" + "Handels": a span that starts inside a listed name starts at its start
    }
    if (runPosition[start] != 1) {
      return span;
    }
    int end = span.end();
    while (end < runPosition.length && runPosition[end] == 2) {
      end++;
    }
    return start == span.start() && end == span.end() ? span : new NerLabels.TokenSpan(start, end, span.type());
  }

  /**
   * "Acko" + "Ankarberg Johansson" → one person: a one-word name directly before a person's
   * name, with only a space between, is its first part, unless the tagger called it an
   * organisation and no list has it as a first name (the club's player "Brynäs Andreas
   * Thuresson") or it is a listed place, also in the genitive ("Spaniens Berenguer Martin");
   * "SOS Alarm" + "Sverige AB" → one company.
   */
  /** "Wegener-institutet", "Palme-centret", "Nobel-priset": a surname hyphened to the noun of what bears it. */
  private static boolean isNamedAfterPerson(String w) {
    int hyphen = w.indexOf('-');
    if (hyphen < 2 || !Character.isUpperCase(w.charAt(0)) || hyphen + 4 >= w.length()
        || !Character.isLowerCase(w.charAt(hyphen + 1))) {
      return false;
    }
    String noun = w.substring(hyphen + 1);
    for (String ending : NAMED_AFTER_HEADS) {
      if (noun.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] NAMED_AFTER_HEADS = {"institutet", "skolan", "centret", "centrum", "gymnasiet",
      "sjukhuset", "stiftelsen", "sällskapet", "huset", "museet", "priset", "fonden", "akademien"};

  /** Capitalised heads that open the name of a foundation or society: the name after them is part of it. */
  private static final java.util.Set<String> NAMED_BODY_OPENERS = java.util.Set.of("Stiftelsen", "Föreningen",
      "Fonden", "Sällskapet", "Advokatfirman", "Advokatbyrån", "Revisionsbyrån", "Sparbanken", "Pizzeria", "Restaurang",
      "Konditori", "Hembageriet", "Länsstyrelsen", "Rotary", "Folktandvården", // "Folktandvården Skåne"
      "Café", "Kafé"); // "Café Nygatan"

  /**
   * "CDU" + "/" + "CSU": two organisations' letters joined by a slash, with no space, are the one
   * alliance they name together (not in a compound: "S/MP-regeringen").
   */
  static List<NerLabels.TokenSpan> slashedAlliances(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (NerLabels.TokenSpan span : spans) {
      NerLabels.TokenSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
      int slash = span.start() - 1;
      if (last != null && last.end() == slash && last.end() - last.start() == 1 && span.end() - span.start() == 1
          && "ORG".equals(last.type()) && "ORG".equals(span.type()) && "/".equals(word(text, starts, ends, slash))
          && ends[slash - 1] == starts[slash] && ends[slash] == starts[span.start()]
          && isPartyLetters(word(text, starts, ends, last.start())) && isPartyLetters(word(text, starts, ends, span.start()))
          && (span.end() >= starts.length || starts[span.end()] > ends[span.end() - 1] || text.charAt(starts[span.end()]) != '-')) {
        out.set(out.size() - 1, new NerLabels.TokenSpan(last.start(), span.end(), "ORG"));
        continue;
      }
      out.add(span);
    }
    return out;
  }

  /** Capitals that may name one of two allied parties: no union or area of states ("EU/EES" is either). */
  private static boolean isPartyLetters(String w) {
    return EntityWords.isAllCaps(w) && !EntityWords.isInternational(w);
  }

  /** Capitalised nouns that open a paper's name: "Tidningen Ångermanland", "Tidskriften Respons". */
  private static final java.util.Set<String> PAPER_OPENERS = java.util.Set.of("Tidningen", "Tidskriften", "Magasinet");

  /** The abbreviated "Sankt" that opens names of streets, churches and towns: "S:t Eriksgatan", "S:ta Clara kyrka". */
  private static final java.util.Set<String> SAINT = java.util.Set.of("S:t", "S:ta", "Sankt", "Sankta");

  /**
   * "Tidningen" + "Ångermanland", "S:t" + "Pauli kyrka", "Per" + "Sandström": a word the tagger left out
   * before a name opens it (a paper's or foundation's noun makes the name an organisation's). "S:t" before an untagged
   * capitalised word opens a place of its own ("S:t Eriksgatan").
   */
  static List<NerLabels.TokenSpan> withOpeningWord(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size() + 1);
    int next = 0;
    for (int t = 0; t + 1 < starts.length; t++) {
      while (next < spans.size() && spans.get(next).start() < t) {
        out.add(spans.get(next++));
      }
      if (!out.isEmpty() && out.get(out.size() - 1).end() > t || next < spans.size() && spans.get(next).start() == t) {
        continue;
      }
      String w = word(text, starts, ends, t);
      NerLabels.TokenSpan after = next < spans.size() && spans.get(next).start() == t + 1 ? spans.get(next) : null;
      if (after != null && (PAPER_OPENERS.contains(w) || opensBodyName(text, starts, ends, t))) {
        out.add(new NerLabels.TokenSpan(t, after.end(), "ORG"));
        next++;
      } else if (after != null && "PER".equals(after.type()) && "Per".equals(w)) {
        out.add(new NerLabels.TokenSpan(t, after.end(), "PER")); // "Per Sandström" signing a memorial, where "Per" opens the line
        next++;
      } else if (after != null && SAINT.contains(w)) {
        out.add(new NerLabels.TokenSpan(t, after.end(), "PER".equals(after.type()) ? "LOC" : after.type())); // "S:t Pauli"
        next++;
      } else if (after == null && SAINT.contains(w) && ends[t] == starts[t + 1] - 1 && isCapitalisedWord(text, starts[t + 1], ends[t + 1])) {
        out.add(new NerLabels.TokenSpan(t, t + 2, "LOC"));
      }
    }
    while (next < spans.size()) {
      out.add(spans.get(next++));
    }
    return out;
  }

  /** "Stiftelsen", "Advokatfirman": a capitalised noun that opens the name of the body it names. */
  static boolean isNamedBodyOpener(String w) {
    return NAMED_BODY_OPENERS.contains(w);
  }

  /**
   * "Jägareförbundet" + "Örebro län", "Företagarna" + "Skåne": a listed organisation's branch, named by
   * its county or region, is one name.
   */
  private static boolean isBranch(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan body,
      NerLabels.TokenSpan place, Gazetteer gazetteer) {
    if (body.end() != place.start() || body.end() - body.start() != 1 || !"ORG".equals(body.type())
        || (gazetteer.single(text, starts[body.start()], ends[body.start()]) & Gazetteer.ORGANISATION) == 0) {
      return false;
    }
    int words = place.end() - place.start();
    return words == 2 && word(text, starts, ends, place.end() - 1).equals("län")
        || words == 1 && (gazetteer.single(text, starts[place.start()], ends[place.start()]) & Gazetteer.REGION) != 0;
  }

  /**
   * Whether the word at {@code t} opens the name after it: "Föreningen Norden" inside a sentence, but
   * opening one "Föreningen Rädda Malmberget kräver …" is the noun before the name, as the annotators have it.
   */
  private static boolean opensBodyName(CharSequence text, int[] starts, int[] ends, int t) {
    String w = word(text, starts, ends, t);
    return NAMED_BODY_OPENERS.contains(w) && !(w.equals("Föreningen") && RuleTokens.opensSentence(text, starts, t));
  }

  /**
   * "Bråviken" + "Logistik AB", "Fjällmejeriet" i "Jämtland AB", "Handelsbanken" + "Fonder": an
   * organisation right before one that ends in a company form, or before "i" and it, or before a
   * closing word of organisations alone, opens the company's name.
   */
  private static boolean isCompanyWithForm(CharSequence text, int[] starts, int[] ends, NerLabels.TokenSpan first,
      NerLabels.TokenSpan second) {
    boolean next = first.end() == second.start()
        || first.end() + 1 == second.start() && word(text, starts, ends, first.end()).equals("i")
        || capitalisedBetween(text, starts, ends, first.end(), second.start()); // "Arctic" Sensor "Systems AB"
    boolean tail = second.end() - second.start() == 1 && first.end() == second.start()
        && EntityWords.ORG_TAILS.contains(word(text, starts, ends, second.start())); // "Handelsbanken" + "Fonder"
    return next && "ORG".equals(first.type()) && "ORG".equals(second.type())
        && (tail || COMPANY_FORMS.contains(word(text, starts, ends, second.end() - 1)));
  }

  /**
   * "Tornvik" + "Energi AB (publ) har …": a company's name ends in its form, and a capitalised word
   * before it that is no common word opens the name, where the tagger left it out at a line's start.
   */
  static NerLabels.TokenSpan withNameBeforeCompanyForm(CharSequence text, int[] starts, int[] ends,
      NerLabels.TokenSpan span, Gazetteer gazetteer) {
    int s = span.start();
    // a form alone names nothing: "Apoteket AB meddelade …", where the sentence's first word was taken for the noun
    boolean formAlone = span.end() - s == 1;
    if (s == 0 || "PER".equals(span.type()) || !EntityWords.COMPANY_FORMS.contains(word(text, starts, ends, span.end() - 1))
        || !isCapitalisedWord(text, starts[s - 1], ends[s - 1])
        || !formAlone && gazetteer.isCommon(text, starts[s - 1], ends[s - 1])
        || SpanFixer.isKindNoun(word(text, starts, ends, s - 1))) { // "Logistikföretaget Bråviken Logistik AB"
      return span;
    }
    return new NerLabels.TokenSpan(s - 1, span.end(), "ORG");
  }

  /** Whether tokens {@code from} to {@code to} are one or two capitalised words. */
  private static boolean capitalisedBetween(CharSequence text, int[] starts, int[] ends, int from, int to) {
    if (to - from < 1 || to - from > 2) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!isCapitalisedWord(text, starts[k], ends[k])) {
        return false;
      }
    }
    return true;
  }

  /** Joins the company names that rules found in parts after the tagger's spans were joined ({@link #mergeAdjacent}). */
  static List<NerLabels.TokenSpan> companiesWithForm(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (NerLabels.TokenSpan span : spans) {
      NerLabels.TokenSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && isCompanyWithForm(text, starts, ends, last, span)) {
        out.set(out.size() - 1, new NerLabels.TokenSpan(last.start(), span.end(), "ORG"));
      } else {
        out.add(span);
      }
    }
    return out;
  }

  /**
   * "AB Volvo", "Lastbilstillverkaren AB Volvo": the company form before a name opens it (the tagger
   * calls "AB" a name of its own, or nothing, or runs a kind noun opening the sentence into it).
   * Spans in document order.
   */
  static List<NerLabels.TokenSpan> companiesAfterForm(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    return joinBackward(spans, (last, span) -> {
      int s = span.start();
      boolean afterForm = s > 0 && !"PER".equals(span.type()) && word(text, starts, ends, s - 1).equals("AB")
          && (last == null || last.end() < s || last.end() - last.start() == 1
              || last.end() - last.start() == 2 && SpanFixer.isKindNoun(word(text, starts, ends, last.start())));
      return afterForm ? new NerLabels.TokenSpan(s - 1, span.end(), "ORG") : null;
    });
  }

  /**
   * "Sydsvenska Industri- och Handelskammaren", "Kungliga Skogs- och Lantbruksakademien": a
   * capitalised first part ending in a hyphen and "och" before a body's name belong to it, and so
   * does an adjective in "-ska" or "-liga" before them (which the tagger may have called a name of its
   * own). Spans in document order.
   */
  static List<NerLabels.TokenSpan> withCoordinatedFirstPart(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans) {
    return joinBackward(spans, (last, span) -> {
      int s = span.start();
      if (!"ORG".equals(span.type()) || s < 2 || !word(text, starts, ends, s - 1).equals("och")
          || !isCoordinatedFirstPart(text, starts, ends, s - 2) || last != null && last.end() > s - 2) {
        return null;
      }
      int start = s - 2;
      String before = start > 0 ? word(text, starts, ends, start - 1) : "";
      if (start > 0 && isCapitalisedWord(text, starts[start - 1], ends[start - 1])
          && (before.endsWith("ska") || before.endsWith("liga"))) {
        start--;
      }
      return new NerLabels.TokenSpan(start, span.end(), "ORG");
    });
  }

  /**
   * Each span in turn, joined with what comes before it where {@code join} gives the joined span (else
   * null): the joined span replaces the span before it when the two overlap. Spans in document order.
   */
  private static List<NerLabels.TokenSpan> joinBackward(List<NerLabels.TokenSpan> spans,
      java.util.function.BinaryOperator<NerLabels.TokenSpan> join) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (NerLabels.TokenSpan span : spans) {
      NerLabels.TokenSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
      NerLabels.TokenSpan joined = join.apply(last, span);
      if (joined == null) {
        out.add(span);
        continue;
      }
      if (last != null && last.end() > joined.start()) {
        out.remove(out.size() - 1);
      }
      out.add(joined);
    }
    return out;
  }

  /** "Industri-", "Skogs-": a capitalised word of three letters or more that ends in a hyphen. */
  private static boolean isCoordinatedFirstPart(CharSequence text, int[] starts, int[] ends, int k) {
    return ends[k] - starts[k] >= 4 && text.charAt(ends[k] - 1) == '-' && Character.isUpperCase(text.charAt(starts[k]))
        && Character.isLetter(text.charAt(ends[k] - 2));
  }

  static List<NerLabels.TokenSpan> mergeAdjacent(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans, Gazetteer gazetteer) {
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (NerLabels.TokenSpan span : spans) {
      if (!out.isEmpty()) {
        NerLabels.TokenSpan last = out.get(out.size() - 1);
        if (last.end() == span.start() && "ORG".equals(last.type()) && span.end() - span.start() == 1
            && word(text, starts, ends, span.start()).equals("Sverige")) {
          // "Ving Sverige", "Antidoping Sverige": a company's or body's Swedish arm is named so.
          out.set(out.size() - 1, new NerLabels.TokenSpan(last.start(), span.end(), "ORG"));
          continue;
        }
        if (isBranch(text, starts, ends, last, span, gazetteer)) {
          out.set(out.size() - 1, new NerLabels.TokenSpan(last.start(), span.end(), "ORG"));
          continue;
        }
        if (last.end() == span.start() && last.end() - last.start() == 1
            && opensBodyName(text, starts, ends, last.start())) {
          // "Stiftelsen Ingmar Bergman", "Föreningen Norden": a foundation named after a person or place.
          out.set(out.size() - 1, new NerLabels.TokenSpan(last.start(), span.end(), "ORG"));
          continue;
        }
        if (last.end() == span.start() && "PER".equals(span.type()) && last.end() - last.start() == 1
            && Character.isUpperCase(text.charAt(starts[last.start()]))
            && !PARTIES.contains(stripGenitive(word(text, starts, ends, last.start())))
            && !("LOC".equals(last.type()) && (isListedPlaceOnly(text, starts[last.start()], ends[last.start()], gazetteer)
                || SpanSplitter.isPlaceGenitive(text, starts[last.start()], ends[last.start()], gazetteer)))
            && !("ORG".equals(last.type()) && (gazetteer.single(text, starts[last.start()], ends[last.start()])
                & Gazetteer.FIRST_NAME) == 0)
            && !SpanTyper.isBodyCompound(stripGenitive(word(text, starts, ends, last.start())))) { // "Pensionsgruppen Anna Tenje"
          out.set(out.size() - 1, new NerLabels.TokenSpan(last.start(), span.end(), "PER"));
          continue;
        }
        if (last.end() == span.start() && "PER".equals(last.type()) && !"PER".equals(span.type())
            && isNamedAfterPerson(word(text, starts, ends, span.start()))) {
          // "Alfred" + "Wegener-institutet", "Olof" + "Palme-centret": a body named after a person's full name
          out.set(out.size() - 1, new NerLabels.TokenSpan(last.start(), span.end(), span.type()));
          continue;
        }
        if (isCompanyWithForm(text, starts, ends, last, span)) {
          out.set(out.size() - 1, new NerLabels.TokenSpan(last.start(), span.end(), "ORG"));
          continue;
        }
      }
      out.add(span);
    }
    return out;
  }
}
