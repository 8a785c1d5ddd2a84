package se.notis.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.notis.doc.SpanLayer;
import se.notis.doc.TimeExpression;
import se.notis.internal.SwedishNumbers;
import se.notis.internal.WordFilter;
import se.notis.internal.WordTable;
import se.notis.lemma.SwedishDictionary;
import se.notis.lemma.SwedishDictionary;

/**
 * The rule grammar of Swedish time expressions: finds them in a tokenized text and normalises
 * their values against the publication date (TIMEX3 types and values).
 *
 * <p>Rules are hand-compiled token matchers: each starts at a trigger token (a digit, a month, a
 * weekday stem, "i", "förra", a number word, …) and looks at a bounded number of neighbours, so
 * the work is linear in the tokens and nothing can backtrack. A cheap filter (two hash probes on
 * the token's chars, no allocation) rejects the other tokens. Spans leave out a leading
 * preposition ("på torsdagen" → "torsdagen") but keep deictic phrases whole ("i dag", "i fredags").
 *
 * <p>Relative expressions resolve against {@link Anchor#day()}; with no day they get a null value
 * while absolute ones ("1 juli 2026", "1960-talet") still resolve. Tense comes from cheap cues in
 * the clause (ska/kommer att → future; past forms, har + supine → past): a past report resolves a
 * bare weekday to the most recent one on or before the publication day. Clock times take the date
 * of a day named in the same sentence, else the publication day; in a night summary (published in
 * the morning, or about the night) evening times fall on the day before.
 */
final class TimeGrammar {
  /** What the values are normalised against; any field may be null. */
  record Anchor(LocalDate day, LocalTime publishedAt, boolean overnight, YearMonth issue) {
    static final Anchor NONE = new Anchor(null, null, false);

    Anchor(LocalDate day) {
      this(day, null, false);
    }

    Anchor(LocalDate day, LocalTime publishedAt, boolean overnight) {
      this(day, publishedAt, overnight, day == null ? null : YearMonth.from(day));
    }

    /**
     * A document dated by its month only ("2024-05"): a day or a month named without a year still
     * takes its year from the issue ("den 2 maj", "i juni"), as the blind sets' annotators read it.
     */
    static Anchor ofMonth(YearMonth issue) {
      return new Anchor(null, null, false, issue);
    }
  }

  static final int PAST = -1;
  static final int NEUTRAL = 0;
  static final int FUTURE = 1;

  private static final int STATIVE = 2;
  /** "skulle ha" + supine: a clause of what would have been, which tells neither past nor future. */
  private static final int WOULD_HAVE = 3;
  /**
   * A past tense told by the word's ending alone ("riktade"): it may be a participle before a noun
   * ("ska diskutera riktade sanktioner den 16 december"), so a listed future word in the clause outweighs it.
   */
  private static final int PAST_BY_ENDING = 4;
  /**
   * A past-tense "den 29 september" up to this many days after the publication date is that
   * date, not the one a year before: web pages are dated while an event is under way, or later
   * than the report was written ("Den 26–29 september hölls Bokmässan", published 27 September).
   */
  private static final int PAST_SLACK_DAYS = 7;
  /**
   * Days before the publication day that a date told in the future may still lie: a release dated after
   * the event it announced ("Det beräknas ske tisdagen den 29 november" published on the 30th), a
   * conference the leaders "förväntas ta del av" a few days on.
   */
  private static final int FUTURE_SLACK_DAYS = 45;

  /** A day and month without a year this far back is no past-tense report's own day… */
  private static final int FAR_PAST_DAYS = 180;

  /** …when the same day lies at most this far ahead: the report announced it… */
  private static final int NEAR_AHEAD_DAYS = 90;

  /** …and the past tense's verb stands further away than this: a nearer one tells of the day itself. */
  private static final int OWN_VERB_WORDS = 6;

  /** The same for a month named alone: this many months back… */
  private static final int FAR_PAST_MONTHS = 7;

  /** …against at most this many ahead. */
  private static final int NEAR_AHEAD_MONTHS = 2;

  private final TimeLexicon lex;
  /**
   * Words that may start an expression (besides digits, weekday and holiday stems), with what the
   * next token must be for the common ones ("i" only before "dag", "går", …), so most tokens are
   * rejected before any string is made.
   */
  private final WordTable<Integer> triggers;
  private static final int ALWAYS = 0;
  private static final int UNIT_NEXT = 1;
  private static final int DEICTIC_NEXT = 2;
  private static final int HERE_NEXT = 3;
  private static final int PERIOD_NEXT = 4;
  private static final int PART_NEXT = 5;
  private static final int NEXT_HELGONS = 6;
  private static final int NEXT_MAJ = 7;
  private static final int NEXT_HOLIDAY = 8;
  private static final int PREV_UNDER = 9;
  private static final int NEXT_DIGIT = 10;
  private static final int NEXT_QUARTER = 11;
  /** "halv" after a preposition of an hour: "vid halv fem". */
  private static final int PREV_HOUR_PREPOSITION = 12;
  /** Rejects most tokens before any lookup: every trigger word and stem passes it. */
  private final WordFilter filter;
  /** Words before or after a plain number that make it part of a time expression. */
  private static final WordTable<Boolean> NUMBER_PREV = words("kl", "kl.", "klockan", "innan",
      "före", "efter", "vid", "vecka", "v", "v.", "år", "året", "åren", "sedan", "från", "mellan",
      "under", "den");
  private static final WordTable<Boolean> NUMBER_NEXT = words("till", "och", "-", "–", "—",
      "eller", "års", "sedan");
  /** Units after a dotted number that make it a decimal amount, not a clock time. */
  private static final WordTable<Boolean> AMOUNT_UNITS = words("kronor", "kr", "kr.", "procent", "%",
      "procentenheter", "miljoner", "miljarder", "dollar", "euro", "meter", "km", "kilometer", "mil",
      "kilo", "kg", "ton", "liter", "grader", "poäng", "sekunder");
  private static final WordTable<Boolean> AMOUNT_NEXT = words("och", "par", "antal", "fåtal",
      "halv", "halvt", "hel", "helt");
  private static final WordTable<Boolean> DEICTIC_WORDS = words("dag", "går", "morgon", "förrgår",
      "övermorgon", "morse", "förmiddag", "eftermiddag", "förmiddags", "eftermiddags", "kväll", "afton", "natt",
      "år", "fjol",
      "fjolårets", "veckan", "månaden", "helgen", "höstas", "våras", "somras", "vintras", "höst", "sommar",
      "vinter", "vår");
  /** Ordinals that count units in "var tredje vecka". */
  /** Words before "i" and a month told without a tense that put it ahead: a premiere, a deadline (the gold: 8 of 8). */
  private static final String[] AHEAD_NOUNS = {"premiär", "biopremiär", "premiären", "senast"};

  /** Units in the plural after "i" alone, a span of unknown length, and their values: "i månader" (the gold: 12 of 13). */
  private static final Map<String, String> VAGUE_SPANS = Map.of("veckor", "PXW", "månader", "PXM", "dagar", "PXD",
      "timmar", "PTXH", "åratal", "PXY", "decennier", "PXDE", "årtionden", "PXDE");

  /** The tens of the last century's decades written in words: "sjuttiotalet" is 197X. */
  private static final String[] DECADE_WORDS = {"tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio",
      "nittio"};
  private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("andra", 2), Map.entry("tredje", 3),
      Map.entry("fjärde", 4), Map.entry("femte", 5), Map.entry("sjätte", 6), Map.entry("sjunde", 7),
      Map.entry("åttonde", 8), Map.entry("nionde", 9), Map.entry("tionde", 10), Map.entry("tolfte", 12),
      Map.entry("femtonde", 15), Map.entry("tjugonde", 20), Map.entry("hundrade", 100));
  /** Number words that count things before a rate ("två pass om dagen"). */
  private static final java.util.Set<String> ORDINARY_NUMBERS = java.util.Set.of("en", "ett", "två", "tre", "fyra",
      "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton",
      "arton", "nitton", "tjugo", "trettio", "fyrtio", "femtio", "hundra", "tusen", "tusentals", "hundratals");
  private static final WordTable<Boolean> PERIOD_WORDS = words("året", "dagen", "dygnet",
      "månaden", "veckan");
  /** Tense cues: PAST, FUTURE or STATIVE (a present-tense state: "är", "finns"). */
  private final WordTable<Integer> tenseWords;

  TimeGrammar(TimeLexicon lex) {
    this.lex = lex;
    Map<String, Integer> words = new HashMap<>();
    for (String w : new String[] {"idag", "igår", "imorgon", "ikväll", "inatt", "imorse",
        "iförrgår", "gårdagens", "gårdagen", "morgondagens", "årets", "fjolåret", "fjolårets", "veckans", "nattens", "kvällens",
        "förra", "förre", "föregående", "nästa", "kommande", "denna", "detta", "innevarande",
        "senaste", "närmaste", "här", "varje", "varenda", "per", "var", "vart", "varannan", "vartannat", "dagligen", "årligen", "veckovis", "månadsvis",
        "året", "veckan", "månaden", "hösten", "våren", "sommaren", "vintern", "helgen", "helgens",
        "höstterminen", "vårterminen", "sommarlovet", "höstlovet",
        "natt", "natten", "kväll", "kvällen", "morgon", "morgonen", "förmiddagen", "eftermiddagen",
        "eftermiddag", "förmiddag", "dagens", "samma", "midnatt", "höstens", "vårens", "sommarens", "vinterns",
        "kvartalet",
        "helåret", "motsvarande", "resten", "förmiddagens", "eftermiddagens", "morgonens"}) {
      words.put(w, ALWAYS);
    }
    for (String tens : DECADE_WORDS) {
      words.put(tens + "talet", ALWAYS); // "sjuttiotalet"
      words.put(tens + "talets", ALWAYS);
    }
    for (String part : new String[] {"kvällen", "kvällens", "eftermiddagen", "förmiddagen", "morgonen", "natten"}) {
      words.put("gårdags" + part, ALWAYS); // "under gårdagskvällen"
    }
    for (String w : MONTH_WORDS) {
      words.put(w, ALWAYS);
    }
    for (String w : new String[] {"en", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta",
        "nio", "tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton", "hundra",
        "flera", "några", "många", "åtskilliga"}) {
      words.put(w, UNIT_NEXT);
    }
    // "nittio minuter", "tjugofem år": the tens and the tens with their ones
    for (String tens : new String[] {"tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"}) {
      words.put(tens, UNIT_NEXT);
      for (String one : new String[] {"en", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"}) {
        words.put(tens + one, UNIT_NEXT);
      }
    }
    for (String w : new String[] {"ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio",
        "tio", "elva", "tolv"}) {
      words.put(w + "tiden", ALWAYS);
    }
    for (String w : new String[] {"klockan", "kl", "kl."}) {
      words.put(w, ALWAYS); // "klockan tre": the hour in words
    }
    words.put("i", DEICTIC_NEXT);
    words.put("alla", NEXT_HELGONS);
    words.put("första", NEXT_MAJ);
    words.put("sista", NEXT_MAJ); // "de sista tio minuterna"
    for (String w : new String[] {"andra", "tredje", "fjärde"}) {
      words.put(w, NEXT_QUARTER);
    }
    words.put("annandag", NEXT_HOLIDAY);
    words.put("kristi", NEXT_HOLIDAY);
    words.put("dagen", PREV_UNDER);
    words.put("halv", PREV_HOUR_PREPOSITION);
    words.put("ettiden", ALWAYS); // "vid ettiden", written with two t
    words.put("vecka", NEXT_DIGIT);
    words.put("v", NEXT_DIGIT);
    words.put("v.", NEXT_DIGIT);
    words.put("den", HERE_NEXT);
    words.put("det", HERE_NEXT);
    words.put("om", PERIOD_NEXT);
    for (String w : new String[] {"senare", "sent", "tidigt", "sen", "tidig", "tidiga", "sena"}) {
      words.put(w, PART_NEXT);
    }
    this.triggers = WordTable.of(words);
    WordFilter wordFilter = new WordFilter();
    words.keySet().forEach(wordFilter::add);
    for (String stem : TimeLexicon.STEMS) {
      wordFilter.addPrefix(stem);
    }
    this.filter = wordFilter;
    Map<String, Integer> tense = new HashMap<>();
    for (String w : new String[] {"ska", "skall", "planeras", "planerar", "väntas", "avser",
        "kommande", "nästa", "snart", "tidigast", "räknar", "avslutas", "inleds", "väntar", "planerat",
        // events told in the present are to come: "Finalen spelas på söndagskvällen"
        "spelas", "avgörs", "invigs",
        // what is reckoned or scheduled: "beräknas nå full effekt under torsdagen", "Nya prover tas under tisdagen"
        "beräknas", "förväntas", "beräknar", "kommer", "tas", "hålls",
        // a warning, a visit told in the present and what may happen lie ahead: "SMHI varnar för regn på
        // tisdagen", "besöker Sala på onsdagen", "skred kan inträffa under onsdagen"
        "varnar", "besöker", "inträffa",
        // a hope is for what is to come: "hoppas på 50 000 besökare under sommaren"
        "hoppas"}) {
      tense.put(w, FUTURE);
    }
    for (String w : new String[] {"hade", "var", "blev", "fick", "gjorde", "sa", "sade", "gick",
        "kom", "tog", "såg", "stod", "satt", "låg", "dog", "slog", "sköt", "fann", "hann", "lät",
        "gav", "drog", "skrev", "bröt", "flydde", "sprang", "föll", "höll", "steg", "skedde",
        "hände", "uppgav", "grep", "greps", "dömdes", "omkom", "förra", "igår", "försvann", "hölls",
        "sågs", "gjordes", "togs", "fanns", "gavs", "sades", "skrevs", "blevs", "kunde", "ville",
        "skulle", "började", "slutade", "hittades", "kördes", "fördes", "sköts", "antog", "antogs", "beslöt", "beslöts",
        "infördes", "godkändes", "sjönk", "vann", "brann", "sprack", "sjöng", "frös", "bjöd", "drev", "bar", "skar",
        "stal", "sov", "valde", "lade", "avled", "föddes", "flög", "satte", "sålde", "gled", "smög"}) {
      tense.put(w, PAST);
    }
    for (String w : new String[] {"är", "finns", "ser", "möter", "lever", "råder", "saknas",
        "behövs", "gäller", "kan", "måste", "brukar", "står", "utgör", "bor", "arbetar", "jobbar",
        "används", "vet", "tror", "anser", "upplever", "känner", "mår", "präglas", "än", "redan",
        "även", "fortfarande", "har", "heter", "ligger", "innebär", "kostar", "omfattar", "består",
        "handlar", "verkar", "tycks", "förblir", "pågår"}) {
      tense.put(w, STATIVE);
    }
    this.tenseWords = WordTable.of(tense);
  }

  private static final String[] MONTH_WORDS = {"januari", "februari", "mars", "april", "maj",
      "juni", "juli", "augusti", "september", "oktober", "november", "december", "jan", "feb",
      "febr", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"};

  /**
   * Nouns of one day's events after which "dagens" means the publication day, not "nowadays"
   * ("dagens samhälle"); a compound counts by its last part ("dagens trafikkontroller").
   */
  private static final String[] DAY_NOUNS = {"presstalesperson", "händelser", "händelse",
      "möte", "möten", "sammanträde", "presskonferens", "match", "matcher", "sammanfattning",
      "debatt", "omröstning", "besked", "kontroll", "kontroller", "insats", "insatser",
      "besök", "förhandling", "förhandlingar", "utfrågning", "seminarium", "session",
      "sessioner", "tillslag", "övning"};

  /** Whether {@code w} is a noun of the day's events, or a compound ending in one. */
  private static boolean isDayNoun(String w) {
    for (String noun : DAY_NOUNS) {
      if (w.endsWith(noun) && (w.length() == noun.length() || w.length() >= noun.length() + 3)) {
        return true;
      }
    }
    return false;
  }

  private static WordTable<Boolean> words(String... list) {
    Map<String, Boolean> map = new HashMap<>();
    for (String w : list) {
      map.put(w, Boolean.TRUE);
    }
    return WordTable.of(map);
  }

  private boolean isAmountWord(String w) {
    Integer trigger = triggers.get(w);
    return trigger != null && trigger == UNIT_NEXT;
  }

  static TimeGrammar standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final TimeGrammar STANDARD = new TimeGrammar(TimeLexicon.standard());
  }

  /**
   * Finds the time expressions of a text.
   *
   * @param text the whole text
   * @param tokens the tokens as char (UTF-16) offsets into {@code text}
   * @param sentFirst index of each sentence's first token
   * @param sentEnd index one past each sentence's last token
   * @return expressions with char offsets into {@code text}, in text order, not overlapping
   */
  List<TimeExpression> find(String text, SpanLayer tokens, int[] sentFirst, int[] sentEnd,
      Anchor anchor) {
    return new Run(text, tokens, anchor == null ? Anchor.NONE : anchor).run(sentFirst, sentEnd);
  }

  /** The state of one pass over one text. */
  private final class Run {
    private final String text;
    private final SpanLayer tokens;
    private final LocalDate day;
    /** The month of {@link #day}, or of a document dated by its month only. */
    private final YearMonth issue;
    private final LocalTime publishedAt;
    private final boolean overnight;
    private final List<TimeExpression> out = new ArrayList<>();
    private String[] lower;
    /** The last day named explicitly in the text, for "på kvällen" and clock times. */
    private LocalDate refDay;
    /** Whether {@link #refDay} is the evening of a night the text named ("natten till onsdagen"). */
    private boolean refNight;
    /** The last day named explicitly in the text, past or future, for "samma dag". */
    private LocalDate namedDay;
    /** The day each weekday (1 = Monday) was last resolved to, for "fredagens" after "på fredag". */
    private final LocalDate[] weekdayDates = new LocalDate[8];
    private int sf;
    private int se;
    /** Output index where the current sentence's expressions begin. */
    private int sentenceOut;
    /** Output indexes of clock times waiting for the sentence's day, with hour*60+minute. */
    private final List<int[]> pendingClocks = new ArrayList<>();
    private int nightSummary = -1;
    /** How many words from the expression the last {@link #tense} call found its cue, and on which side. */
    private int tenseDistance;
    private boolean tenseBefore;
    /** Whether the last {@link #tense} came from a modal "kan" before an infinitive, a possibility rather than a plan. */
    private boolean tenseByModal;

    Run(String text, SpanLayer tokens, Anchor anchor) {
      this.text = text;
      this.tokens = tokens;
      this.day = anchor.day();
      this.issue = anchor.issue();
      this.publishedAt = anchor.publishedAt();
      this.overnight = anchor.overnight();
    }

    List<TimeExpression> run(int[] sentFirst, int[] sentEnd) {
      for (int s = 0; s < sentFirst.length; s++) {
        sf = sentFirst[s];
        se = sentEnd[s];
        sentenceOut = out.size();
        int i = sf;
        while (i < se) {
          // Most tokens stop at this first test: no digit, and no trigger has their first char and length.
          int start = tokens.start(i);
          char c = text.charAt(start);
          if ((c < '0' || c > '9') && !filter.test(text, start, tokens.end(i))) {
            i++;
            continue;
          }
          int next = candidate(i) ? match(i) : -1;
          i = next > i ? next : i + 1;
        }
        resolveClocks();
      }
      out.replaceAll(this::withPartOfPeriod);
      return out;
    }

    /**
     * "i början av mars" is the expression "början av mars": the guidelines leave out only the
     * preposition, so the part of the period a date names stays in its span (its value is the
     * period's).
     */
    private TimeExpression withPartOfPeriod(TimeExpression timex) {
      if (!"DATE".equals(timex.type())) {
        return timex;
      }
      int before = timex.start() - " av ".length();
      if (before < 1 || !text.startsWith(" av ", before)) {
        return timex;
      }
      int wordStart = before;
      while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      String part = text.substring(wordStart, before).toLowerCase(Locale.ROOT);
      boolean named = part.equals("början") || part.equals("slutet") || part.equals("mitten")
          || part.equals("utgången") || part.equals("inledningen");
      return named ? new TimeExpression(wordStart, timex.end(), timex.type(), timex.value()) : timex;
    }

    // ---- token access -------------------------------------------------------------------

    private boolean in(int j) {
      return j >= sf && j < se;
    }

    private String lw(int j) {
      if (lower == null) {
        lower = new String[tokens.size()];
      }
      String w = lower[j];
      if (w == null) {
        w = text.substring(tokens.start(j), tokens.end(j)).toLowerCase(Locale.ROOT);
        lower[j] = w;
      }
      return w;
    }

    private String raw(int j) {
      return text.substring(tokens.start(j), tokens.end(j));
    }

    private boolean is(int j, String w) {
      return in(j) && tokens.end(j) - tokens.start(j) == w.length()
          && text.regionMatches(true, tokens.start(j), w, 0, w.length());
    }

    private boolean isAny(int j, String... ws) {
      for (String w : ws) {
        if (is(j, w)) {
          return true;
        }
      }
      return false;
    }

    /** A word in lower case, such as the adverb and adjective of "en relativt stökig natt". */
    private boolean isLowerWord(int j) {
      return in(j) && Character.isLowerCase(text.charAt(tokens.start(j)));
    }

    private boolean startsWithDigit(int j) {
      return in(j) && Character.isDigit(text.charAt(tokens.start(j)));
    }

    private boolean candidate(int i) {
      char c = text.charAt(tokens.start(i));
      if (c >= '0' && c <= '9') {
        return digitCandidate(i);
      }
      if (!Character.isLetter(c)) {
        return false;
      }
      int s = tokens.start(i);
      int e = tokens.end(i);
      if (!filter.test(text, s, e)) {
        return false;
      }
      Integer trigger = triggers.get(text, s, e);
      if (trigger == null) {
        return lex.stems.longestPrefix(text, s, e) > 0;
      }
      if (trigger == ALWAYS) {
        return true;
      }
      if (trigger == PREV_UNDER) {
        return is(i - 1, "under") || is(i, "dagen") && isAny(i + 1, "därpå", "efter");
      }
      if (isAny(i - 1, HOUR_PREPOSITIONS) && (trigger == PREV_HOUR_PREPOSITION
          || trigger == UNIT_NEXT && in(i + 1) && isAny(i + 1, "på", "i", ".", ",", "!", "?"))) {
        return true; // "vid halv fem", "vid tre på natten"
      }
      int n = i + 1;
      if (!in(n)) {
        return false;
      }
      int ns = tokens.start(n);
      int ne = tokens.end(n);
      return switch (trigger) {
        case UNIT_NEXT -> lex.units.get(text, ns, ne) != null || AMOUNT_NEXT.get(text, ns, ne) != null
            || is(n - 2, "de") && spanPlural(n) != null;
        case DEICTIC_NEXT -> DEICTIC_WORDS.get(text, ns, ne) != null || lex.stems.longestPrefix(text, ns, ne) > 0
            || VAGUE_SPANS.containsKey(lw(n));
        case HERE_NEXT -> is(n, "här");
        case PERIOD_NEXT -> PERIOD_WORDS.get(text, ns, ne) != null;
        case NEXT_HELGONS -> is(n, "helgons");
        case NEXT_MAJ -> isAny(n, "maj", "advent") || isAny(n, "kvartalet", "halvåret", "halvtimmen", "kvarten") || isAny(n, SPAN_PLURALS)
            || Character.isDigit(text.charAt(ns)) || !Double.isNaN(SwedishNumbers.parseWord(lw(n))); // "första tjugo minuterna"
        case NEXT_QUARTER -> isAny(n, "kvartalet", "halvåret", "advent");
        case NEXT_HOLIDAY -> lex.stems.longestPrefix(text, ns, ne) > 0 || is(n, "himmelsfärds");
        case NEXT_DIGIT -> Character.isDigit(text.charAt(ns));
        default -> lex.parts.get(text, ns, ne) != null;
      };
    }

    /**
     * A token that starts with a digit: shapes with ':', '.', '/', '–' or a "-tiden"/"-talet"
     * ending always; a plain number only as a year, or next to a month, a unit, "kl" or a range.
     */
    private boolean digitCandidate(int i) {
      int s = tokens.start(i);
      int e = tokens.end(i);
      boolean plain = true;
      for (int k = s; k < e; k++) {
        char c = text.charAt(k);
        if (c < '0' || c > '9') {
          if (Character.isLetter(c) && text.charAt(k - 1) == '-') {
            // "40-årsåldern" is an age; only "-tiden", "-talet(s)" and "-tal" read as time.
            return text.regionMatches(true, k, "tiden", 0, 5) || text.regionMatches(true, k, "tal", 0, 3);
          }
          plain = false;
        }
      }
      if (!plain) {
        return true;
      }
      if (e - s == 4) {
        return true;
      }
      if (in(i - 1) && NUMBER_PREV.get(text, tokens.start(i - 1), tokens.end(i - 1)) != null) {
        return true;
      }
      if (endsClockRange(i) || inClockList(i)) {
        return true;
      }
      if (!in(i + 1)) {
        return false;
      }
      int ns = tokens.start(i + 1);
      int ne = tokens.end(i + 1);
      return lex.months.get(text, ns, ne) != null || lex.units.get(text, ns, ne) != null
          || NUMBER_NEXT.get(text, ns, ne) != null;
    }

    // ---- emitting -----------------------------------------------------------------------

    private int emit(int fromToken, int toToken, String type, String value) {
      return emitChars(tokens.start(fromToken), tokens.end(toToken - 1), type, value, toToken);
    }

    private int emitChars(int start, int end, String type, String value, int nextToken) {
      if (!out.isEmpty() && out.get(out.size() - 1).end() > start) {
        return nextToken;
      }
      out.add(new TimeExpression(start, end, type, closingRange(start, end, value)));
      return nextToken;
    }

    /**
     * "från fredagskvällen till lördag förmiddag", "mellan 24 juni och 3 juli": the day that closes a
     * range comes after the day that opens it, though each read alone would fall on either side.
     */
    private String closingRange(int start, int end, String value) {
      TimeExpression opening = out.size() > sentenceOut ? out.get(out.size() - 1) : null;
      if (opening == null || value == null || opening.value() == null || !isDayValue(value) || !isDayValue(opening.value())) {
        return value;
      }
      String between = text.substring(opening.end(), start).strip();
      String before = text.substring(Math.max(0, opening.start() - 7), opening.start());
      boolean range = between.equals("till") && before.endsWith("från ") || between.equals("och") && before.endsWith("mellan ");
      LocalDate from = LocalDate.parse(opening.value().substring(0, 10));
      LocalDate to = LocalDate.parse(value.substring(0, 10));
      if (!range || !to.isBefore(from)) {
        return value;
      }
      boolean dated = text.substring(start, end).chars().anyMatch(Character::isDigit);
      while (to.isBefore(from)) {
        to = dated ? to.plusYears(1) : to.plusWeeks(1);
      }
      return to + value.substring(10);
    }

    /** Whether a value starts with a whole day, "2024-01-27" or "2024-01-27TMO". */
    private static boolean isDayValue(String value) {
      return value.length() >= 10 && value.charAt(4) == '-' && value.charAt(7) == '-' && Character.isDigit(value.charAt(9))
          && (value.length() == 10 || value.charAt(10) == 'T');
    }

    /** Whether the text named {@code date} in the two hundred characters before {@code offset}. */
    private boolean namedShortlyBefore(LocalDate date, int offset) {
      String key = str(date);
      for (int k = out.size() - 1; k >= 0; k--) {
        TimeExpression timex = out.get(k);
        if (timex.value() != null && timex.value().startsWith(key) && timex.end() <= offset) {
          return offset - timex.end() <= 200;
        }
      }
      return false;
    }

    /** Keeps a named day as the reference of "på kvällen"; deadlines after publication are not. */
    private void remember(LocalDate date) {
      if (date != null) {
        namedDay = date;
      }
      if (date != null && (day == null || !date.isAfter(day))) {
        refDay = date;
        refNight = false;
      }
    }

    // ---- dispatch -----------------------------------------------------------------------

    private int match(int i) {
      char c = text.charAt(tokens.start(i));
      if (c >= '0' && c <= '9') {
        return matchDigits(i);
      }
      String w = lw(i);
      int r;
      if ((r = matchQuarter(i, w)) > 0
          || (r = matchDeictic(i, w)) > 0
          || (r = matchWeekday(i, w)) > 0
          || (r = matchMonth(i, w)) > 0
          || (r = matchHoliday(i, w)) > 0
          || (r = matchRelative(i, w)) > 0
          || (r = matchPartOfDay(i, w)) > 0
          || (r = matchGenitive(i, w)) > 0
          || (r = matchSet(i, w)) > 0
          || isAmountWord(w) && (r = matchAmount(i)) > 0
          || (r = matchAnaphoric(i, w)) > 0
          || (r = matchSeason(i, w)) > 0
          || (r = matchWeek(i, w)) > 0
          || (r = matchHourWord(i, w)) > 0
          || (r = matchClockWord(i, w)) > 0
          || (r = matchBareClockWord(i, w)) > 0
          || (r = matchDecadeWord(i, w)) > 0) {
        return r;
      }
      return -1;
    }

    /** "under sjuttiotalet och åttiotalet", "nittiotalets": a decade of the 1900s written in words. */
    private int matchDecadeWord(int i, String w) {
      String stem = w.endsWith("talet") ? w.substring(0, w.length() - 5)
          : w.endsWith("talets") ? w.substring(0, w.length() - 6) : null;
      for (int d = 0; stem != null && d < DECADE_WORDS.length; d++) {
        if (stem.equals(DECADE_WORDS[d])) {
          return emit(i, i + 1, "DATE", "19" + (d + 2) + "X");
        }
      }
      return -1;
    }

    // ---- digits -------------------------------------------------------------------------

    private int matchDigits(int i) {
      String t = raw(i);
      int r;
      if ((r = isoDate(i, t)) > 0 || (r = inTokenRange(i, t)) > 0 || (r = clock(i, t)) > 0
          || (r = tiden(i, t)) > 0 || (r = decade(i, t)) > 0 || (r = slashDate(i, t)) > 0
          || (r = dayMonth(i, t)) > 0 || (r = year(i, t)) > 0 || (r = matchAmount(i)) > 0
          || (r = bareHour(i, t)) > 0) {
        return r;
      }
      return -1;
    }

    private int isoDate(int i, String t) {
      if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
        return -1;
      }
      LocalDate date = date(num(t, 0, 4), num(t, 5, 7), num(t, 8, 10));
      if (date == null) {
        return -1;
      }
      remember(date);
      return emit(i, i + 1, "DATE", date.toString());
    }

    /** "22:00-07:00", "2025–2027", "22-24 juni" inside one token: two expressions. */
    /** "07", "22": an hour of the day written alone. */
    private static boolean isHour(String t) {
      return !t.isEmpty() && t.length() <= 2 && allDigits(t) && Integer.parseInt(t) <= 24;
    }

    private int inTokenRange(int i, String t) {
      int dash = -1;
      for (int k = 1; k < t.length() - 1; k++) {
        char c = t.charAt(k);
        if (c == '-' || c == '–' || c == '—') {
          dash = k;
          break;
        }
      }
      if (dash < 0) {
        return -1;
      }
      String left = t.substring(0, dash);
      String right = t.substring(dash + 1);
      int s = tokens.start(i);
      int[] a = clockValue(left);
      int[] b = clockValue(right);
      if (a != null && b != null) {
        emitClock(s, s + dash, a[0], a[1], i + 1);
        emitClock(s + dash + 1, tokens.end(i), b[0], b[1], i + 1);
        return i + 1;
      }
      if (isAny(i - 1, "kl", "kl.", "klockan") && isHour(left) && isHour(right)) {
        // "Kl 00-07, sex personer har omhändertagits för fylleri": the hours a round-up covers
        emitClock(s, s + dash, num(left, 0, left.length()) % 24, 0, i + 1);
        emitClock(s + dash + 1, tokens.end(i), num(right, 0, right.length()) % 24, 0, i + 1);
        return i + 1;
      }
      if (isYear(left) && isYear(right)) {
        emitChars(s, s + dash, "DATE", left, i + 1);
        return emitChars(s + dash + 1, tokens.end(i), "DATE", right, i + 1);
      }
      int d1 = dayNumber(left);
      int d2 = dayNumber(right);
      if (d1 > 0 && d2 > 0 && in(i + 1)) {
        TimeLexicon.Month month = lex.months.get(lw(i + 1));
        if (month != null) {
          int year = yearAfter(i + 2);
          String v1 = dayMonthValue(d1, month.number(), year, i);
          String v2 = dayMonthValue(d2, month.number(), year, i);
          emitChars(s, s + dash, "DATE", v1, i + 1);
          int end = year > 0 ? i + 3 : i + 2;
          return emitChars(s + dash + 1, tokens.end(end - 1), "DATE", v2, end);
        }
      }
      return -1;
    }

    private boolean isYear(String t) {
      if (t.length() != 4 || !allDigits(t)) {
        return false;
      }
      int y = num(t, 0, 4);
      return y >= 1900 && y <= 2099;
    }

    /** "23:12", "kl. 14.30", a police line "11.17 Polispatrull …". */
    private int clock(int i, String t) {
      String core = t.endsWith(":") || t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
      int[] hm = clockValue(core);
      if (hm == null) {
        return -1;
      }
      if (core.indexOf('.') >= 0 && (!clockContext(i) || measured(i))) {
        return -1;
      }
      return emitClock(tokens.start(i), tokens.start(i) + core.length(), hm[0], hm[1], i + 1);
    }

    /** Hour and minute of "H:MM", "HH:MM", "HH.MM", or null. */
    private int[] clockValue(String t) {
      int sep = -1;
      for (int k = 0; k < t.length(); k++) {
        char c = t.charAt(k);
        if (c == ':' || c == '.') {
          sep = k;
          break;
        }
      }
      if (sep < 1 || sep > 2 || t.length() - sep != 3) {
        return null;
      }
      if (!allDigits(t.substring(0, sep)) || !allDigits(t.substring(sep + 1))) {
        return null;
      }
      int h = num(t, 0, sep);
      int m = num(t, sep + 1, t.length());
      if (h > 24 || m > 59 || (t.charAt(sep) == '.' && sep == 1 && h == 0)) {
        return null;
      }
      return new int[] {h == 24 ? 0 : h, m};
    }

    /** "från 2.10 till 3.45 kronor": a dotted number in a range of amounts is a decimal. */
    private boolean measured(int i) {
      int next = isAny(i + 1, "till", "och", "-", "–", "—") ? i + 3 : i + 1;
      return in(next) && AMOUNT_UNITS.get(text, tokens.start(next), tokens.end(next)) != null;
    }

    /** "klockan 9 och 11", "13.45 – 14.30": the end of a range that starts with a clock time. */
    private boolean endsClockRange(int i) {
      if (i < 2 || !isAny(i - 1, "och", "till", "-", "–", "—")) {
        return false;
      }
      String start = raw(i - 2);
      boolean bareHour = start.length() <= 2 && allDigits(start) && isAny(i - 3, "kl", "kl.", "klockan");
      return bareHour || clockValue(start) != null;
    }

    /** "klockan 11, 13 och 15": an hour listed after the first hour of "klockan". */
    private boolean inClockList(int i) {
      int k = i;
      while (k >= 2 && isAny(k - 1, ",", "och") && raw(k - 2).length() <= 2 && allDigits(raw(k - 2))) {
        k -= 2;
      }
      return k < i && isAny(k - 1, "kl", "kl.", "klockan");
    }

    /**
     * "00.00–07.00": a dotted number before a dash and another clock time opens a range of times;
     * Swedish writes decimals with a comma, so two such numbers joined by a dash are hours.
     */
    private boolean startsClockRange(int i) {
      return isAny(i + 1, "-", "–", "—") && in(i + 2) && raw(i + 1).length() == 1 && clockValue(raw(i + 2)) != null;
    }

    /** Words before a dotted number that make it a section, not a time ("avsnitt 10.15"). */
    private static final WordTable<Boolean> SECTION_WORDS = words("avsnitt", "avsnitten", "kapitel", "punkt", "punkterna",
        "bilaga", "tabell", "figur", "diagram", "version", "artikel", "paragraf", "sida", "sidan", "s.", "nr", "moment",
        "steg", "del", "rad", "fråga", "mål", "not", "ruta");

    /**
     * A dotted "HH.MM" is a time after kl/vid/från…, at the start of a line or of a range of times,
     * and, with two digits of hour, after a lower-case word that does not number a section ("Larmet
     * kom 21.45", "Vi fick larmet 07.12"): Swedish writes decimals with a comma.
     */
    private boolean clockContext(int i) {
      if (endsClockRange(i) || startsClockRange(i)) {
        return true;
      }
      String t = raw(i);
      if (t.length() == 5 && t.charAt(2) == '.' && allDigits(t.substring(0, 2)) && allDigits(t.substring(3))
          && i > 0 && Character.isLowerCase(text.charAt(tokens.start(i - 1)))
          && SECTION_WORDS.get(text, tokens.start(i - 1), tokens.end(i - 1)) == null
          && !(in(i + 1) && text.charAt(tokens.start(i + 1)) == '.' && in(i + 2) && startsWithDigit(i + 2))) {
        return true;
      }
      if (isAny(i - 1, "kl", "kl.", "klockan", "vid", "från", "mellan", "till", "efter", "före",
          "innan", "strax", "ca", "cirka", "omkring", "runt", "och", "fram", ":")
          || isAny(i - 1, "Uppdaterad", "uppdaterad", "Uppdatering", "uppdatering", "Uppdaterat")) {
        return true; // "Uppdaterad 08.26": a police notice's update
      }
      int k = tokens.start(i) - 1;
      while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
        k--;
      }
      return k < 0 || text.charAt(k) == '\n';
    }

    private int emitClock(int start, int end, int hour, int minute, int next) {
      int index = out.size();
      int before = out.size();
      emitChars(start, end, "TIME", null, next);
      if (out.size() > before) {
        pendingClocks.add(new int[] {index, hour * 60 + minute, next - 1});
      }
      return next;
    }

    /** Gives each clock time of the sentence its day, now that the whole sentence is read. */
    private void resolveClocks() {
      if (pendingClocks.isEmpty()) {
        return;
      }
      // The sentence's expressions as they stand before any clock time takes a day.
      List<TimeExpression> named = new ArrayList<>(out.subList(sentenceOut, out.size()));
      LocalDate previousDate = null;
      int previousMinutes = -1;
      for (int[] clock : pendingClocks) {
        int minutes = clock[1];
        // The day named nearest the clock time in its sentence: "nattens polisverksamhet klockan
        // 00:00-07:00 samt sammanfattning av Stadsfesten, fredag" reads the hours with the night.
        LocalDate sentenceDay = null;
        boolean night = false;
        boolean evening = false;
        int namedMinutes = -1;
        int nearest = Integer.MAX_VALUE;
        TimeExpression at = out.get(clock[0]);
        for (TimeExpression timex : named) {
          String v = timex.value();
          int distance = timex.start() >= at.end() ? timex.start() - at.end() : at.start() - timex.end();
          // a day after a comma belongs to another clause: "Vid 16-tiden lämnade de Skellefteå för att
          // fortsätta till Umeå, där de på torsdagen ska delta …"
          boolean otherClause = timex.start() >= at.end() && text.substring(at.end(), timex.start()).indexOf(',') >= 0;
          if (v != null && !otherClause && v.length() >= 10 && v.charAt(4) == '-' && v.length() != 11
              && Character.isDigit(v.charAt(9)) && v.charAt(7) == '-' && !v.contains("W") && distance <= nearest) {
            sentenceDay = date(num(v, 0, 4), num(v, 5, 7), num(v, 8, 10));
            night = v.endsWith("TNI");
            evening = v.endsWith("TEV");
            namedMinutes = v.length() == 16 && v.charAt(13) == ':' ? num(v, 11, 13) * 60 + num(v, 14, 16) : -1;
            nearest = distance;
          }
        }
        // "vid tre på natten" after a day: the small hours of the night that followed it
        boolean ownNight = at.end() - at.start() > 6 && text.startsWith("natten", at.end() - 6);
        LocalDate date;
        if (sentenceDay == null && habitual()) {
          // "Jag skriver varje morgon mellan sex och tio", "stänger klockan 20 varje dag": any day's hour
          TimeExpression old = out.get(clock[0]);
          out.set(clock[0], new TimeExpression(old.start(), old.end(), old.type(),
              "XXXX-XX-XXT" + twoDigits(minutes / 60) + ":" + twoDigits(minutes % 60)));
          continue;
        }
        if (day != null && (aloneOnLine(at) || opensEntry(at) && !nightSummary())) {
          // a live report's time stamp ("15.42" over its entry, "22.10 Presskonferens i morgon") is the
          // day's, whatever its entry tells of; a summary of the night reads its hours with the night
          date = day;
        } else if (sentenceDay != null && namedMinutes >= 0) {
          date = sentenceDay.plusDays(nearestDayShift(minutes, namedMinutes));
        } else if (sentenceDay != null) {
          // "på fredagskvällen … vid 02-tiden": the small hours after the evening
          date = (night || ownNight) && minutes < 12 * 60 || evening && minutes < 6 * 60
              ? sentenceDay.plusDays(1) : sentenceDay;
        } else if (refDay != null && !refDay.equals(day) && (tense(clock[2]) == PAST
            || tense(clock[2]) == NEUTRAL && clock[2] > sf && afterComma(at) && tense(sf) == PAST)) {
          // "Larmet kom till JRCC, sjö- och flygräddningscentralen i Göteborg, klockan 15.42": an apposition
          // between commas cuts the clock time from the past verb of its clause
          // "… greps sent på lördagskvällen. Larmet kom strax efter klockan 22": a past clock time
          // without a day of its own is on the day the text last named; after "natten till onsdagen",
          // "klockan 03.40" is on the Wednesday.
          // After "vid 23.40 på fredagskvällen", "Klockan 02.15 larmades …" is in the small hours that followed.
          boolean afterEvening = minutes < 6 * 60 && eveningOf(refDay);
          date = (refNight || ownNight) && minutes < 12 * 60 || afterEvening ? refDay.plusDays(1) : refDay;
        } else if (day != null && namedDay != null && namedDay.isAfter(day) && tense(clock[2]) != PAST
            && namedShortlyBefore(namedDay, at.start())) {
          // "Nästa chans kommer på lördag, då stafetten avgörs. Starten går 13.00": the day just named ahead
          date = namedDay;
        } else if (day == null) {
          date = null;
        } else if (minutes >= 12 * 60 && nightSummary() && tense(clock[2]) != FUTURE && (publishedAt == null
            || minutes > publishedAt.getHour() * 60 + publishedAt.getMinute() + 30)) {
          // A morning summary of the night: evening times fell on the day before ("kommer vägen att
          // vara avstängd till klockan 14" is still to come).
          date = day.minusDays(1);
        } else {
          date = day;
        }
        if (previousDate != null && minutes < previousMinutes && endsClockRange(clock[2])) {
          date = previousDate.plusDays(1); // "mellan klockan 18 och 06": a range over midnight ends the next day
        }
        previousDate = date;
        previousMinutes = minutes;
        TimeExpression old = out.get(clock[0]);
        String value = date == null ? null : date + "T" + twoDigits(minutes / 60) + ":" + twoDigits(minutes % 60);
        out.set(clock[0], new TimeExpression(old.start(), old.end(), old.type(), value));
      }
      pendingClocks.clear();
    }

    /** Whether a comma stands right before a clock time and its "klockan": "…, klockan 15.42". */
    private boolean afterComma(TimeExpression at) {
      int k = at.start();
      while (k > 0 && text.charAt(k - 1) == ' ') {
        k--;
      }
      for (String cue : new String[] {"klockan", "kl.", "kl"}) {
        if (text.startsWith(cue, k - cue.length())) {
          k -= cue.length();
          break;
        }
      }
      while (k > 0 && text.charAt(k - 1) == ' ') {
        k--;
      }
      return k > 0 && text.charAt(k - 1) == ',';
    }

    /** Whether a clock time opens its line before a capitalised heading ("20.47 Mannen har avlidit"). */
    private boolean opensEntry(TimeExpression at) {
      return startsLine(at) && at.end() + 1 < text.length() && text.charAt(at.end()) == ' '
          && Character.isUpperCase(text.charAt(at.end() + 1));
    }

    /** Whether a clock time stands alone on its line, as the time stamps of a live report do. */
    private boolean aloneOnLine(TimeExpression at) {
      int after = at.end();
      while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
        after++;
      }
      return startsLine(at) && (after == text.length() || text.charAt(after) == '\n');
    }

    /** Whether only spaces stand between a clock time and the start of its line. */
    private boolean startsLine(TimeExpression at) {
      int before = at.start() - 1;
      while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
        before--;
      }
      return before < 0 || text.charAt(before) == '\n';
    }

    /** Words that make a sentence tell what happens every day: "varje", "dagligen", "brukar". */
    private static final String[] HABITUAL = {"varje", "dagligen", "brukar", "vardagar", "alltid"};

    /** Whether the current sentence tells a habit, so that its clock times fall on no day of their own. */
    private boolean habitual() {
      for (int j = sf; j < se; j++) {
        if (isAny(j, HABITUAL)) {
          return true;
        }
      }
      return false;
    }

    /**
     * The days between a clock time and a moment named beside it, read as close together: "23.59:
     * Strax innan midnatt stoppas ett fordon" is the evening before the midnight.
     */
    private static int nearestDayShift(int minutes, int namedMinutes) {
      if (minutes - namedMinutes > 12 * 60) {
        return -1;
      }
      return namedMinutes - minutes > 12 * 60 ? 1 : 0;
    }

    private static final java.util.regex.Pattern NIGHT_OF_STORY = java.util.regex.Pattern.compile("natten (till|mot|mellan)");

    private static final java.util.regex.Pattern EVENT_NIGHT = java.util.regex.Pattern.compile(
        "(val|nyårs|midsommar|valborgs|oscars|gala|finals?)natt");

    /**
     * A text about the night ("Sammanfattning natt", "nattens händelser") looks back from morning. Its
     * heading or first sentence says so; a news story that tells of "natten till tisdag" after its
     * lead does not.
     */
    private boolean nightSummary() {
      if (nightSummary < 0) {
        int line = text.indexOf('\n');
        int sentence = text.indexOf(". ");
        int end = Math.min(line < 0 ? text.length() : line, sentence < 0 ? text.length() : sentence + 1);
        // "Natt till torsdag" heads a summary; "drog in natten till tisdag" tells of one night in a story.
        String head = NIGHT_OF_STORY.matcher(text.substring(0, Math.min(end, 400)).toLowerCase(Locale.ROOT)).replaceAll("");
        // "Aftonbladet följer valnatten här": a night named by its event is a live report of that night
        nightSummary = overnight || head.contains("natt") && !EVENT_NIGHT.matcher(head).find() ? 1 : 0;
      }
      return nightSummary == 1;
    }

    /** "22-tiden" → 22:00. */
    private int tiden(int i, String t) {
      String lowerT = t.toLowerCase(Locale.ROOT);
      if (!lowerT.endsWith("-tiden")) {
        return -1;
      }
      String h = t.substring(0, t.length() - 6);
      int[] hm = clockValue(h);
      if (hm != null) {
        return emitClock(tokens.start(i), tokens.end(i), hm[0], hm[1], i + 1);
      }
      if (h.isEmpty() || h.length() > 2 || !allDigits(h)) {
        return -1;
      }
      int hour = num(h, 0, h.length());
      if (hour > 24) {
        return -1;
      }
      return emitClock(tokens.start(i), tokens.end(i), hour % 24, 0, i + 1);
    }

    /**
     * "1980-talet" → 198X, "90-talet" → 199X, "1900-talet" → 19XX; but "2000-talet" → 200X, the decade
     * the press means by it far more often than the century it is still in.
     */
    private int decade(int i, String t) {
      String lowerT = t.toLowerCase(Locale.ROOT);
      int dash = lowerT.indexOf("-tal");
      if (dash < 2 || !(lowerT.endsWith("-talet") || lowerT.endsWith("-talets"))
          || !allDigits(t.substring(0, dash))) {
        return -1;
      }
      String digits = t.substring(0, dash);
      String value;
      if (digits.length() == 4 && digits.endsWith("00") && !digits.equals("2000")) {
        value = digits.substring(0, 2) + "XX";
      } else if (digits.length() == 4 && digits.endsWith("0")) {
        value = digits.substring(0, 3) + "X";
      } else if (digits.length() == 2 && digits.endsWith("0")) {
        value = (digits.compareTo("30") >= 0 ? "19" : "20") + digits.charAt(0) + "X";
      } else {
        return -1;
      }
      return emit(i, i + 1, "DATE", value);
    }

    /** "19/10", "19/10 2018", "19/10/2018", "19.10.2018". */
    private int slashDate(int i, String t) {
      if (t.indexOf('/') < 0 && t.indexOf('.') < 0) {
        return -1;
      }
      String[] parts = splitDate(t);
      if (parts == null || parts.length < 2 || parts.length > 3
          || t.indexOf('/') < 0 && parts.length != 3) {
        return -1;
      }
      for (String p : parts) {
        if (p.isEmpty() || p.length() > 4 || !allDigits(p)) {
          return -1;
        }
      }
      int d = Integer.parseInt(parts[0]);
      int m = Integer.parseInt(parts[1]);
      if (d < 1 || d > 31 || m < 1 || m > 12 || parts[0].length() > 2 || parts[1].length() > 2) {
        return -1;
      }
      int year = parts.length == 3 ? Integer.parseInt(parts[2]) : 0;
      if (parts.length == 3 && parts[2].length() == 2) {
        year += 2000;
      } else if (parts.length == 3 && parts[2].length() != 4) {
        return -1;
      }
      int end = i + 1;
      if (year == 0 && startsWithDigit(i + 1) && isYear(raw(i + 1))) {
        year = num(raw(i + 1), 0, 4);
        end = i + 2;
      }
      String value = dayMonthValue(d, m, year, i);
      return emit(i, end, "DATE", value);
    }

    /** "19 oktober 2018", "24 juni", "1:a maj", and "22" in "den 22 till 24 juni". */
    private int dayMonth(int i, String t) {
      int d = dayNumber(t);
      if (d <= 0) {
        return -1;
      }
      if (in(i + 1)) {
        TimeLexicon.Month month = lex.months.get(text, tokens.start(i + 1), tokens.end(i + 1));
        if (month != null) {
          int year = yearAfter(i + 2);
          int end = year > 0 ? i + 3 : i + 2;
          if (year == 0 && commaYear(i + 2)) {
            year = yearAfter(i + 3);
            end = i + 4;
          }
          // "1 januari nästa år", "den 3 maj förra året", "1 juli i år".
          if (year == 0 && day != null && in(i + 3) && isAny(i + 3, "år", "året")) {
            int offset = is(i + 2, "nästa") ? 1 : isAny(i + 2, "förra", "i") ? (is(i + 2, "i") ? 0 : -1) : 9;
            if (offset != 9) {
              year = day.getYear() + offset;
              end = i + 4;
            }
          }
          if (year == 0 && day != null && is(i + 2, "i") && is(i + 3, "fjol")) {
            year = day.getYear() - 1; // "19 juli i fjol"
            end = i + 4;
          }
          String value = dayMonthValue(d, month.number(), year, i);
          if (value != null) {
            remember(LocalDate.parse(value));
          }
          return emit(i, end, "DATE", value);
        }
      }
      // "den 22 till 24 juni", "22 och 23 juni": the first day borrows the month of the second.
      if (isAny(i + 1, "till", "och", "-", "–", "—", "eller") && startsWithDigit(i + 2)
          && dayNumber(raw(i + 2)) > 0 && in(i + 3) && lex.months.get(lw(i + 3)) != null) {
        int month = lex.months.get(lw(i + 3)).number();
        int year = yearAfter(i + 4);
        return emit(i, i + 1, "DATE", dayMonthValue(d, month, year, i));
      }
      return -1;
    }

    /** A year right after index j ("19 oktober 2018"), or 0. */
    private int yearAfter(int j) {
      if (startsWithDigit(j) && isYear(raw(j))) {
        return num(raw(j), 0, 4);
      }
      // "den 6 juni 1523, när Gustav Vasa valdes": an older year closes a date, not "1500 personer"
      if (startsWithDigit(j) && raw(j).length() == 4 && allDigits(raw(j)) && num(raw(j), 0, 4) >= 1000
          && (!in(j + 1) || !Character.isLetter(raw(j + 1).charAt(0)))) {
        return num(raw(j), 0, 4);
      }
      return 0;
    }

    /**
     * "21 januari, 2024": a comma and a year that closes the date (a dateline, "den 22 mars,
     * 2016, drabbades"), not a number that begins the next clause ("den 3 maj, 2000 personer").
     */
    private boolean commaYear(int j) {
      return is(j, ",") && yearAfter(j + 1) > 0
          && (!in(j + 2) || !Character.isLetterOrDigit(raw(j + 2).charAt(0)));
    }

    /** A day of month "19", "1:a", "19:e", or 0. */
    private int dayNumber(String t) {
      String core = t;
      if (t.endsWith(":a") || t.endsWith(":e")) {
        core = t.substring(0, t.length() - 2);
      }
      if (core.isEmpty() || core.length() > 2 || !allDigits(core)) {
        return 0;
      }
      int d = Integer.parseInt(core);
      return d >= 1 && d <= 31 ? d : 0;
    }

    /** "2025", "år 1979", "2025 års": a year, unless it counts something ("2000 kronor"). */
    /**
     * Words naming a part of a year before "av": "i slutet av 2024", "vid utgången av 2025" name the
     * year, where "av" before a number is otherwise a count ("19 av 2500 ansökningar").
     */
    private static final String[] YEAR_PARTS = {"början", "slutet", "mitten", "utgången", "inledningen",
        "halvan", "halvåret", "loppet", "resten", "återstoden"};

    private int year(int i, String t) {
      if (t.length() != 4 || !allDigits(t)) {
        return -1;
      }
      int y = num(t, 0, 4);
      // "Teatern, som invigdes 1859": a year after a past event's verb
      boolean yearWord = isAny(i - 1, "år", "året", "åren", "sedan", "från", "mellan", "under")
          || y >= 1500 && in(i - 1) && (cue(i - 1) == PAST || cue(i - 1) == PAST_BY_ENDING
              || lw(i - 1).endsWith("des") || lw(i - 1).endsWith("tes"));
      if (y < 1000 || y > 2099 || (y < 1900 && !yearWord)) {
        return -1;
      }
      boolean partOfYear = is(i - 1, "av") && isAny(i - 2, YEAR_PARTS);
      if (isAny(i - 1, "cirka", "ca", "ca.", "drygt", "över", "uppemot", "omkring", "runt",
          "nästan", "knappt", "närmare", "minst", "högst", "totalt", "sammanlagt", "§", "nr",
          "nummer", "kapitel", "paragraf") || is(i - 1, "av") && !partOfYear
          || isAny(i + 1, "kronor", "kr", "kr.", "personer", "st", "st.", "stycken", "procent", "%",
          "meter", "m", "km", "kilometer", "kilo", "kg", "ton", "liter", "invånare", "människor",
          "euro", "dollar", "timmar", "deltagare", "anställda", "medlemmar", "barn", "elever",
          "platser", "bostäder", "lägenheter", "ärenden", "fall", "poäng", "mil", "besökare")) {
        return -1;
      }
      int from = isAny(i - 1, "år") ? i - 1 : i;
      return emit(from, i + 1, "DATE", t);
    }

    /** "kl 14", "klockan 3", "strax innan 03": an hour alone. */
    private int bareHour(int i, String t) {
      if (t.length() > 2 || !allDigits(t)) {
        return -1;
      }
      int hour = num(t, 0, t.length());
      boolean cue = isAny(i - 1, "kl", "kl.", "klockan")
          || isAny(i - 1, "innan", "före", "efter") && is(i - 2, "strax") || endsClockRange(i) || inClockList(i);
      if (!cue || hour > 24) {
        return -1;
      }
      return emitClock(tokens.start(i), tokens.end(i), hour % 24, 0, i + 1);
    }

    // ---- amounts: durations, "för två år sedan" ------------------------------------------

    /** "tre år", "21 dagar", "en kvart", "flera år", "ett och ett halvt år", "två år sedan". */
    private int matchAmount(int i) {
      int[] end = new int[1];
      double n = amount(i, end);
      if (Double.isNaN(n)) {
        return -1;
      }
      int u = end[0];
      if (n == 1 && in(u + 1) && isAny(u, "hel", "helt") && !startsWithDigit(i)) {
        u++; // "en hel vecka", "ett helt dygn": one whole unit
      }
      if (!in(u)) {
        return -1;
      }
      String uw = lw(u);
      String unit = lex.units.get(text, tokens.start(u), tokens.end(u));
      if (unit == null) {
        unit = compoundUnit(uw);
      }
      if (unit == null && is(i - 1, "de") && !startsWithDigit(i) && spanPlural(u) != null) {
        return emit(i - 1, u + 1, "DURATION", duration(n, spanPlural(u))); // "under de fyra dagarna", "de två mötesdagarna"
      }
      if (unit == null) {
        return -1;
      }
      boolean digits = startsWithDigit(i);
      // Ages are not durations: "18 år gammal", "barn under 15 år", "en man på 45 år"; nor is a count
      // before the year it is reached in: "från 300 i år till omkring 1 000 år 2030"
      if (unit.equals("Y") && (age(i, u, digits) || yearAfter(u + 1) > 0)) {
        return -1;
      }
      if (unit.equals("D") && uw.equals("dag") && n == 1 && !digits) {
        return -1; // "en dag" is mostly "one day, some day"
      }
      int b = isAny(i - 1, "exakt", "precis", "nästan", "drygt") ? i - 2 : i - 1; // "I dag är det exakt ett år sedan"
      boolean since = is(u + 1, "sedan") && (is(b, "det") && isAny(b - 1, "är", "var", "blir")
          || isAny(b, "är", "var", "blir") && is(b - 1, "det"));
      if (since) {
        return emit(i, u + 1, "DURATION", duration(n, unit)); // "I dag är det 30 år sedan färjan sjönk": how long
      }
      // "det mesta som registrerats på två timmar sedan mätningarna började": a stretch; "sedan" opens a clause
      boolean stretch = isAny(b, "på", "under", "inom");
      if (is(u + 1, "sedan") && !stretch || is(u + 1, "tillbaka") && is(i - 1, "för")) {
        return emit(i, u + 2, "DATE", ago(n, unit));
      }
      String smaller = unit.equals("Y") ? "M" : unit.equals("TH") ? "TM" : unit.equals("TM") ? "TS" : null;
      int more = is(u + 1, "och") && smaller != null && n > 0 && n == Math.rint(n) ? smallerAmountEnd(u + 2, smaller) : -1;
      if (more > 0) { // "tre år och sex månader", "två timmar och 41 minuter", "74 minuter och 12 sekunder": one duration
        String rest = duration(amount(u + 2, new int[1]), smaller);
        return emit(i, more, "DURATION", duration(n, unit) + rest.substring(smaller.startsWith("T") ? 2 : 1));
      }
      if (unit.equals("D") && is(u + 1, "i") && is(u + 2, "veckan")) {
        return emit(i, u + 3, "SET", "P1W"); // "sex dagar i veckan"
      }
      if (unit.equals("DE") && n > 0 && n == Math.rint(n)) {
        // ISO 8601 knows no decades: "fyra decennier" is P40Y, as "det senaste decenniet" is P10Y.
        return emit(i, u + 1, "DURATION", duration(10 * n, "Y"));
      }
      return emit(i, u + 1, "DURATION", duration(n, unit));
    }

    /** The unit of a definite plural at {@code j}, also as a compound's last part ("mötesdagarna"), else null. */
    private String spanPlural(int j) {
      String w = in(j) ? lw(j) : "";
      for (String plural : SPAN_PLURALS) {
        if (w.endsWith(plural)) {
          return switch (plural) {
            case "dagarna", "dygnen" -> "D";
            case "veckorna" -> "W";
            case "månaderna" -> "M";
            case "timmarna" -> "TH";
            default -> "Y";
          };
        }
      }
      return null;
    }

    /** The token after "sex månader" opening at {@code j} (a whole number of {@code unit}), else -1. */
    private int smallerAmountEnd(int j, String unit) {
      int[] end = new int[1];
      double n = in(j) ? amount(j, end) : Double.NaN;
      if (Double.isNaN(n) || n <= 0 || n != Math.rint(n) || !in(end[0])
          || !unit.equals(lex.units.get(text, tokens.start(end[0]), tokens.end(end[0])))) {
        return -1;
      }
      return end[0] + 1;
    }

    /**
     * "100 ersättningsdagar", "30 arbetsdagar", "fem semesterdagar", "två arbetsveckor": a compound
     * whose last part is days or weeks counts them; weekdays ("två tisdagar") and birthdays do not.
     */
    private String compoundUnit(String w) {
      if (w.length() < 9 || w.startsWith("födelse") || w.startsWith("namns")
          || w.matches("(mån|tis|ons|tors|lör|sön)dagars?")) {
        return null;
      }
      if (w.endsWith("dagar") || w.endsWith("dagars")) {
        return "D";
      }
      return w.endsWith("veckor") || w.endsWith("veckors") ? "W" : null;
    }

    /** "värsta", "kraftigaste", "högsta": a superlative among the six words before token {@code i}. */
    private boolean afterSuperlative(int i) {
      for (int k = i - 1; k >= i - 6 && in(k) && k >= sf; k--) {
        String w = lw(k);
        if (w.length() > 5 && (w.endsWith("aste") || w.endsWith("sta") && !w.endsWith("ista"))) {
          return true;
        }
      }
      return false;
    }

    /** "18 år gammal", "barn under 15 år", "yngre än tio år", "måste vara minst nio år", "73 år" alone on a line. */
    private boolean age(int i, int u, boolean digits) {
      if (isAny(u + 1, "gammal", "gamla", "gammalt", "äldre", "yngre", "och")
          && !(is(u + 1, "och") && !isAny(u + 2, "äldre", "yngre", "uppåt"))) {
        return true;
      }
      // "vid 45 års ålder", "Ålder: 47 år", "invånare mellan 60 och 69 år", "i en ålder av 87 år"
      if (isAny(u + 1, "ålder", "åldern") || is(i - 1, ":") && is(i - 2, "Ålder") || is(i - 1, "av") && is(i - 2, "ålder")
          || is(i - 1, "och") && is(i - 3, "mellan") && isAny(i - 4, AGE_GROUPS)) {
        return true;
      }
      // "Bengt Carlsson, 67 år, har …", "Samira, tolv år, försöker …": an age in apposition to a name
      if (is(i - 1, ",") && in(i - 2) && Character.isUpperCase(raw(i - 2).charAt(0)) && isAny(u + 1, ",", ".")) {
        return true;
      }
      if (isAny(i - 2, "fyller", "fyllde", "fyllt", "fylla")) {
        return true; // "Nästa år fyller FN 75 år"
      }
      if (digits && is(i - 1, "på") && afterSuperlative(i - 1)) {
        return false; // "den värsta torkan i landet på 40 år": the longest while since
      }
      if (digits && is(i - 1, "över") && isAny(i - 2, "i", "sedan")) {
        return false; // "har arbetat i över 25 år": how long
      }
      if (digits && isAny(i - 1, "under", "över", "på", "från", "fyllt", "fyller", "–", "-")) {
        return true;
      }
      // "barn under fem år", "ungdomar över arton år": a group of people by age.
      if (isAny(i - 1, "under", "över") && isAny(i - 2, AGE_GROUPS)) {
        return true;
      }
      int k = isAny(i - 1, "minst", "över", "under", "högst", "än") ? i - 2 : i - 1;
      // "äldre än 18 år" is an age, "på mindre än ett år" a span
      if (is(i - 1, "än") && !isAny(i - 2, "mindre", "mer", "längre", "kortare", "drygt")
          || isAny(k, "vara", "är", "var", "blir", "blev", "fyllt", "fyller", "fylla")) {
        return true;
      }
      return digits && lineStartsAt(i) && (!in(u + 1) || lineStartsAt(u + 1));
    }

    /** People counted by their age: "barn under fem år", "invånare mellan 60 och 69 år". */
    private static final String[] AGE_GROUPS = {"barn", "barnen", "ungdomar", "unga", "personer", "elever",
        "flickor", "pojkar", "kvinnor", "män", "alla", "de", "dem", "invånare", "patienter", "förare",
        "man", "kvinna", "pojke", "flicka", "person", "elev", "patient", "ungdom"}; // "Man under arton år"

    private boolean lineStartsAt(int j) {
      int k = tokens.start(j) - 1;
      while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
        k--;
      }
      return k < 0 || text.charAt(k) == '\n';
    }

    /**
     * The amount starting at token i and the index after it in end[0]: digits, number words,
     * "ett par" (2), "ett och ett halvt" (1.5), "flera"/"några"/"många" (-1, unknown); NaN if none.
     */
    private double amount(int i, int[] end) {
      String w = lw(i);
      if (startsWithDigit(i)) {
        double v = SwedishNumbers.parseDigits(text, tokens.start(i), tokens.end(i));
        end[0] = i + 1;
        return v;
      }
      switch (w) {
        case "flera", "några", "många", "åtskilliga" -> {
          end[0] = i + 1;
          return -1;
        }
        case "ett", "en" -> {
          if (is(i + 1, "par")) {
            end[0] = i + 2;
            // "ett par dagar" is a few, as the annotators read it (4 of 5), not two; "för ett par veckor sedan"
            // still dates a week, as two
            return is(i + 3, "sedan") ? 2 : -1;
          }
          if (isAny(i + 1, "antal", "fåtal")) {
            end[0] = i + 2;
            return -1;
          }
          if (isAny(i + 1, "halvt", "halv")) {
            end[0] = i + 2;
            return 0.5;
          }
          if (is(i + 1, "och") && isAny(i + 2, "ett", "en") && isAny(i + 3, "halvt", "halv")) {
            end[0] = i + 4;
            return 1.5;
          }
          end[0] = i + 1;
          return 1;
        }
        case "par" -> {
          end[0] = i + 1;
          return is(i - 1, "ett") ? Double.NaN : 2;
        }
        default -> {
          double v = SwedishNumbers.parseWord(w);
          if (!Double.isNaN(v)) {
            end[0] = i + 1;
            if (is(i + 1, "och") && isAny(i + 2, "ett", "en") && isAny(i + 3, "halvt", "halv")) {
              end[0] = i + 4;
              return v + 0.5;
            }
          }
          return v;
        }
      }
    }

    private String duration(double n, String unit) {
      boolean time = unit.startsWith("T");
      String u = time ? unit.substring(1) : unit;
      int k = 0;
      while (k < u.length() && Character.isDigit(u.charAt(k))) {
        k++;
      }
      double multiplier = k == 0 ? 1 : Integer.parseInt(u.substring(0, k));
      String designator = u.substring(k);
      if (n < 0) {
        return "P" + (time ? "T" : "") + "X" + designator;
      }
      double amount = n * multiplier;
      if (amount != Math.rint(amount) && amount > 1 && ("Y".equals(designator) || "H".equals(designator))) {
        // "ett och ett halvt år" P1Y6M, "en och en halv timme" PT1H30M: the whole units, then the rest
        long whole = (long) amount;
        long rest = Math.round((amount - whole) * (time ? 60 : 12));
        return "P" + (time ? "T" : "") + whole + designator + rest + "M";
      }
      if (amount != Math.rint(amount)) {
        switch (designator) {
          case "Y" -> {
            amount *= 12;
            designator = "M";
          }
          case "D" -> {
            amount *= 24;
            designator = "H";
            time = true;
          }
          case "W" -> {
            amount *= 7;
            designator = "D";
          }
          case "H" -> {
            amount *= 60;
            designator = "M";
          }
          default -> { }
        }
      }
      String number = amount == Math.rint(amount) ? Long.toString((long) amount)
          : String.format(Locale.ROOT, "%.1f", amount);
      return "P" + (time ? "T" : "") + number + designator;
    }

    /** The date of "för två år sedan": a year, month, week or day, or null. */
    private String ago(double n, String unit) {
      if (day == null || n < 0 || n != Math.rint(n)) {
        return null;
      }
      long k = (long) n;
      return switch (unit) {
        case "Y" -> Integer.toString(day.minusYears(k).getYear());
        case "M" -> YearMonth.from(day).minusMonths(k).toString();
        case "W" -> week(day.minusWeeks(k));
        case "D" -> day.minusDays(k).toString();
        case "DE" -> Integer.toString(day.minusYears(10 * k).getYear()).substring(0, 3) + "X";
        default -> null;
      };
    }

    // ---- deictic: i dag, i går, i fredags, i natt, i år ----------------------------------

    private int matchDeictic(int i, String w) {
      String key;
      int end;
      if (w.equals("i") && in(i + 1)) {
        key = lw(i + 1);
        end = i + 2;
      } else if (w.length() > 2 && w.charAt(0) == 'i' && !w.equals("i")) {
        key = w.substring(1);
        end = i + 1;
        if (!(key.equals("dag") || key.equals("går") || key.equals("morgon") || key.equals("kväll")
            || key.equals("natt") || key.equals("morse") || key.equals("förrgår"))) {
          return -1;
        }
      } else {
        return -1;
      }
      String vague = end == i + 2 ? VAGUE_SPANS.get(key) : null;
      if (vague != null) {
        return emit(i + 1, end, "DURATION", vague); // "Vi har varnat i månader": a span of unknown length
      }
      if (day == null && !key.equals("dag") && lex.weekdays.get(stripS(key)) == null
          && !isDeicticWord(key)) {
        return -1;
      }
      switch (key) {
        case "dag" -> {
          if (nowadays(i)) {
            return -1;
          }
          remember(day);
          return emit(i, end, "DATE", str(day));
        }
        case "går" -> {
          LocalDate d = plus(day, -1);
          remember(d);
          return withPart(i, end, d);
        }
        case "förrgår" -> {
          LocalDate d = plus(day, -2);
          remember(d);
          return withPart(i, end, d);
        }
        case "morgon" -> {
          if (is(end, "bitti")) {
            return emit(i, end + 1, "TIME", partValue(plus(day, 1), "MO"));
          }
          LocalDate d = plus(day, 1);
          remember(d);
          return withPart(i, end, d);
        }
        case "övermorgon" -> {
          return emit(i, end, "DATE", str(plus(day, 2)));
        }
        case "morse" -> {
          return emit(i, end, "TIME", partValue(day, "MO"));
        }
        case "förmiddag", "förmiddags" -> { // "i förmiddags": this morning, now past
          return emit(i, end, "TIME", partValue(day, "MO"));
        }
        case "eftermiddag", "eftermiddags" -> {
          return emit(i, end, "TIME", partValue(day, "AF"));
        }
        case "kväll", "afton" -> {
          return emit(i, end, "TIME", partValue(day, "EV"));
        }
        case "natt" -> {
          LocalDate d = tense(i) == FUTURE ? day : plus(day, -1);
          return emit(i, end, "TIME", partValue(d, "NI"));
        }
        case "år" -> {
          return emit(i, end, "DATE", day == null ? null : Integer.toString(day.getYear()));
        }
        case "fjol", "fjolårets" -> {
          return emit(i, end, "DATE", day == null ? null : Integer.toString(day.getYear() - 1));
        }
        case "månaden" -> { // "4 000 kronor i månaden": a rate; "this month" is "den här månaden"
          return quantityBefore(i) ? emit(rateStart(i), end, "SET", "P1M") : -1;
        }
        case "veckan" -> {
          if (is(i - 1, "gånger") || quantityBefore(i) && isAny(i - 1, "gång", "timmar", "timme", "pass", "kvällar", "dagar", "dag")) {
            return emit(rateStart(i), end, "SET", "P1W"); // "46 timmar i veckan", "fyra gånger i veckan", "en dag i veckan"
          }
          return emit(i, end, "DATE", day == null ? null : week(day));
        }
        case "helgen" -> {
          int tense = tense(i);
          if (tense == NEUTRAL && isPresentVerb(end) && (day == null || day.getDayOfWeek().getValue() <= 4)) {
            tense = FUTURE; // "Redan i helgen drar klubben i gång säsongen", written on a Tuesday
          }
          return emit(i + 1, end, "DATE", weekend(tense, false));
        }
        case "höstas" -> {
          return emit(i, end, "DATE", season(day, "FA", day == null ? 0 : day.getMonthValue() >= 12 ? 0 : -1));
        }
        case "våras" -> {
          return emit(i, end, "DATE", season(day, "SP", day == null ? 0 : day.getMonthValue() >= 6 ? 0 : -1));
        }
        case "somras" -> {
          // by August the summer holidays are over, and "i somras" is this year's
          return emit(i, end, "DATE", season(day, "SU", day == null ? 0 : day.getMonthValue() >= 8 ? 0 : -1));
        }
        case "vintras" -> {
          return emit(i, end, "DATE", season(day, "WI", 0));
        }
        case "höst" -> {
          return emit(i, end, "DATE", season(day, "FA", 0));
        }
        case "sommar" -> {
          return emit(i, end, "DATE", season(day, "SU", 0));
        }
        case "vinter" -> { // named by the year it begins in, as the annotators name it: "i vinter" in November
          return emit(i, end, "DATE", season(day, "WI", 0));
        }
        case "vår" -> {
          // "redan i vår." is the spring; "i vår stad", "i vår rapport" are "in our"; "i vår flyttar skolan",
          // "flyttar i vår till", "har i vår godtagit" are the spring again
          if (in(end) && !isClauseEnd(end) && !isNeverAfterOur(lw(end))) {
            return -1;
          }
          return emit(i, end, "DATE", season(day, "SP", day == null ? 0 : day.getMonthValue() <= 6 ? 0 : 1));
        }
        default -> { }
      }
      // "i fredags", "i fredags kväll": the last such day before today.
      if (key.endsWith("s")) {
        Integer dow = lex.weekdays.get(key.substring(0, key.length() - 1));
        if (dow != null && w.equals("i")) {
          LocalDate d = weekday(dow, PAST, false);
          remember(d);
          if (in(end) && lex.parts.get(lw(end)) != null) {
            return emit(i, end + 1, "TIME", partValue(d, lex.parts.get(lw(end))));
          }
          return emit(i, end, "DATE", str(d));
        }
      }
      return -1;
    }

    private boolean isDeicticWord(String key) {
      return switch (key) {
        case "går", "förrgår", "morgon", "övermorgon", "morse", "förmiddag", "eftermiddag", "förmiddags",
            "eftermiddags", "kväll", "afton", "natt", "år", "fjol", "veckan", "helgen", "höstas", "våras", "somras",
            "vintras", "höst", "sommar", "vinter", "vår" -> true;
        default -> false;
      };
    }

    /**
     * Whether the dictionary knows the word and never as what "vår" ("our") goes with: a singular noun, an
     * adjective, a participle or an ordinal ("flyttar", "godtagit", "till"; not "stad", "nya", "första").
     */
    private static boolean isNeverAfterOur(String lower) {
      long[] entries = SwedishDictionary.get().lookup(lower);
      for (long entry : entries) {
        String tag = SwedishDictionary.get().tag(entry);
        if (tag.startsWith("NN") && !tag.contains("PLU") || tag.startsWith("JJ") || tag.startsWith("PC")
            || tag.startsWith("RO") || tag.startsWith("PM")) {
          return false;
        }
      }
      return entries.length > 0;
    }

    /** Punctuation or a conjunction after a word: its clause or phrase ends there. */
    private boolean isClauseEnd(int k) {
      String next = lw(k);
      return !Character.isLetterOrDigit(next.charAt(0)) || isAny(k, "och", "men", "eller", "samt", "när", "då", "igen");
    }

    private String stripS(String key) {
      return key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
    }

    /** "i går kväll", "i går morse": a day with a part of day after it. */
    private int withPart(int i, int end, LocalDate d) {
      if (in(end)) {
        String part = lex.parts.get(text, tokens.start(end), tokens.end(end));
        if (part != null) {
          return emit(i, end + 1, "TIME", partValue(d, part));
        }
        if (is(end, "morse")) {
          return emit(i, end + 1, "TIME", partValue(d, "MO"));
        }
      }
      return emit(i, end, "DATE", str(d));
    }

    /** "i dag" meaning nowadays ("Sverige är i dag …", "än idag") is not a date. */
    private boolean nowadays(int i) {
      if (isAny(i - 1, "än", "både", "fortfarande", "ännu")) { // "redan i dag" is mostly today
        return true;
      }
      // "streama redan från i dag", "från och med i dag": a point a span starts or ends at (but "till
      // skillnad från i dag" compares with nowadays, and "bidra med i dag" has no span)
      if (is(i - 1, "från") && is(i - 2, "skillnad")) {
        return true;
      }
      if (isAny(i - 1, "från", "sedan", "till") || is(i - 1, "med") && is(i - 2, "och")) {
        return false;
      }
      // "att hon står här i dag", "kan jag inte säga i dag": here, and what one can say, are today
      if (is(i - 1, "här") || isAny(i - 1, "säga", "kommentera", "berätta", "svara")
          || isAny(i - 2, "säga", "kommentera", "berätta", "svara")) {
        return false;
      }
      int tense = tense(i);
      if (tense != NEUTRAL && !(tense == FUTURE && tenseByModal)) {
        return false;
      }
      return clauseHas(i, STATIVE); // "I dag kan intagna …": what can be done nowadays
    }

    // ---- weekdays -----------------------------------------------------------------------

    /** "torsdagen", "på måndag", "fredagskvällen", "lördagsmorgonen", "fredagen den 19 oktober". */
    private int matchWeekday(int i, String w) {
      int stem = lex.stems.longestPrefix(w, 0, w.length());
      if (stem < 6) {
        return -1;
      }
      Integer dow = lex.weekdays.get(w, 0, stem);
      if (dow == null) {
        return -1;
      }
      String rest = w.substring(stem);
      String part = null;
      boolean definite;
      switch (rest) {
        case "" -> definite = false;
        case "en", "ens", "s" -> definite = true;
        case "ar" -> { // "öppet på lördagar": every Saturday; "två tisdagar i månaden" counts days
          return is(i - 1, "på") ? emit(i, i + 1, "SET", "XXXX-WXX-" + dow) : -1;
        }
        default -> {
          String p = rest.startsWith("s") ? rest.substring(1) : rest;
          part = lex.parts.get(p);
          if (part == null || p.equals("afton")) {
            return -1;
          }
          definite = true;
        }
      }
      // "fredagen den 19 oktober", "måndag 3 juni": the date decides.
      int j = is(i + 1, "den") ? i + 2 : i + 1;
      if (startsWithDigit(j) && dayNumber(raw(j)) > 0 && in(j + 1)
          && lex.months.get(text, tokens.start(j + 1), tokens.end(j + 1)) != null) {
        int d = dayNumber(raw(j));
        int month = lex.months.get(text, tokens.start(j + 1), tokens.end(j + 1)).number();
        int year = yearAfter(j + 2);
        int end = year > 0 ? j + 3 : j + 2;
        String value = dayMonthValue(d, month, year, i);
        if (part != null && value != null) {
          // "fredagskvällen den 19 januari": that evening of the date, which stands as a date of its own
          return emitWeekday(i, i + 1, LocalDate.parse(value), part);
        }
        if (value != null) {
          remember(LocalDate.parse(value));
          weekdayDates[dow] = LocalDate.parse(value); // "Tisdag 21 februari", then "inleder tisdagen"
        }
        if (part == null) {
          return emit(i, end, "DATE", value);
        }
      }
      int weekShift = is(i + 1, "nästa") && is(i + 2, "vecka") ? 1 : is(i + 1, "förra") && is(i + 2, "veckan") ? -1 : 0;
      if (weekShift != 0 && part == null && day != null) {
        // "på tisdag nästa vecka", "onsdag förra veckan": that weekday of the week named
        LocalDate date = day.plusWeeks(weekShift).with(DayOfWeek.of(dow));
        remember(date);
        return emit(i, i + 3, "DATE", str(date));
      }
      if (rest.equals("s") && !is(i - 1, "i")) {
        return -1;
      }
      int tense = tense(i);
      LocalDate date;
      if (day != null && day.getDayOfWeek().getValue() == dow && is(i - 1, ",") && is(i - 2, "dag")
          && is(i - 3, "i")) {
        return emitWeekday(i, i + 1, day, part); // "i dag, fredag": the day named twice
      }
      if (isAny(i - 1, "förra", "förre", "föregående")) {
        date = weekday(dow, PAST, false);
        return emitWeekday(i - 1, i + 1, date, part);
      } else if (isAny(i - 1, "nästa", "kommande")) {
        date = weekday(dow, FUTURE, false);
        return emitWeekday(i - 1, i + 1, date, part);
      }
      // A summary of the night reports what happened: a bare weekday without a tense cue
      // ("sammanfattning av Stadsfesten i Härnösand, fredag") is the one just past.
      boolean past = tense == PAST || tense == NEUTRAL && nightSummary();
      // "avstängd åtminstone till fredagsmorgonen", "inför lördagens match": a day ahead unless told in the past
      // "senast på torsdagskvällen": a deadline lies ahead
      // "som sedan måndagsmorgonen väntar vid ruinerna": a day something has lasted since is past
      // "som på torsdagen inleder samtal": a verb in the present right after the day tells what is planned
      boolean ahead = !is(i - 1, "sedan") && (tense == FUTURE
          || tense != PAST && (isAny(i - 1, "till", "inför", "senast") || is(i - 2, "senast"))
          || tense == NEUTRAL && definite && is(i - 1, "på") && isPresentVerb(i + 1)
          || tense == NEUTRAL && definite && presentInClause(i));
      if (definite && weekdayDates[dow] != null && !is(i - 1, "sedan")) {
        // "på fredag …, biljetterna till fredagens avgörande": the day the text already named
        date = weekdayDates[dow];
      } else if (definite) {
        date = weekday(dow, ahead ? FUTURE : PAST, true);
      } else if (is(i - 1, "på") || is(i - 1, "med") && is(i - 2, "och")
          || is(i - 1, "till") && (i < 2 || lex.weekdays.get(lw(i - 2)) == null)) {
        // "skulle träffas igen på måndag", "från och med måndag", "fram till onsdag": a bare weekday there lies
        // ahead, unless it ends a range told in the past ("pågick från fredag till söndag"); on that very
        // weekday it is the day of the paper ("från fredag klockan 20" in Friday's paper)
        date = weekday(dow, FUTURE, true);
      } else {
        date = weekday(dow, past ? PAST : FUTURE, true);
      }
      return emitWeekday(i, i + 1, date, part);
    }

    private int emitWeekday(int from, int to, LocalDate date, String part) {
      remember(date);
      if (date != null) {
        weekdayDates[date.getDayOfWeek().getValue()] = date;
      }
      if (part != null) {
        return emit(from, to, "TIME", partValue(date, part));
      }
      if (in(to) && lex.parts.get(text, tokens.start(to), tokens.end(to)) != null) {
        return emit(from, to + 1, "TIME", partValue(date, lex.parts.get(text, tokens.start(to), tokens.end(to))));
      }
      return emit(from, to, "DATE", str(date));
    }

    // ---- months -------------------------------------------------------------------------

    /** "november", "oktober 2018", "i början av maj". */
    private int matchMonth(int i, String w) {
      TimeLexicon.Month month = lex.months.get(w);
      if (month == null) {
        return -1;
      }
      int year = yearAfter(i + 1);
      if (month.abbreviation() && year == 0) {
        return -1;
      }
      // "Maj" and "Mars" with a capital inside a sentence, or before another name, are names.
      if ((month.number() == 5 || month.number() == 3) && Character.isUpperCase(text.charAt(tokens.start(i)))
          && (i > sf || in(i + 1) && Character.isUpperCase(text.charAt(tokens.start(i + 1))))) {
        return -1;
      }
      if (year > 0) {
        return emit(i, i + 2, "DATE", String.format(Locale.ROOT, "%04d-%02d", year, month.number()));
      }
      // "i oktober förra året", "i maj nästa år", "i mars i fjol": one date, its year named after it.
      int yearOffset = isAny(i + 1, "förra", "föregående") && isAny(i + 2, "år", "året") ? -1
          : is(i + 1, "nästa") && isAny(i + 2, "år", "året") ? 1
          : is(i + 1, "i") && is(i + 2, "fjol") ? -1 : 0;
      if (yearOffset != 0 || is(i + 1, "i") && is(i + 2, "år")) { // "i januari i år" too
        return emit(i, i + 3, "DATE", issue == null ? null
            : String.format(Locale.ROOT, "%04d-%02d", issue.getYear() + yearOffset, month.number()));
      }
      if (issue == null) {
        return emit(i, i + 1, "DATE", null);
      }
      int rangeYear = yearOfRangeEnd(i);
      if (rangeYear == 0) {
        rangeYear = yearOfThen(i); // "kom 2019, då lagen trädde i kraft i april"
      }
      if (rangeYear > 0) { // "mellan augusti och december i fjol", "från maj till september 2023"
        return emit(i, i + 1, "DATE", String.format(Locale.ROOT, "%04d-%02d", rangeYear, month.number()));
      }
      YearMonth now = issue;
      YearMonth same = YearMonth.of(issue.getYear(), month.number());
      YearMonth before = same.isAfter(now) ? same.minusYears(1) : same;
      YearMonth after = same.isBefore(now) ? same.plusYears(1) : same;
      int tense = tense(i);
      if (tense != FUTURE && lastYearTold(i)) {
        return emit(i, i + 1, "DATE", same.minusYears(1).toString());
      }
      YearMonth chosen;
      if (beforeAhead(i, tense)) {
        chosen = after; // "blir klart innan december", told in June
      } else if (tense == PAST || is(i - 1, "sedan") || sinceEventIn(i) || lastTimeIn(i)) {
        // "har sedan januari inte utrett": since the last January; "senast i mars" after a comma: the last time
        chosen = before;
        // "har beslutat att hålla öppet längre under juli och augusti", published 30 June: the month
        // announced, a few weeks ahead, not most of a year back, unless the verb is the month's own
        // ("I januari varslades 60 personer": a past verb right after the fronted month is its own too)
        boolean ownVerb = tenseDistance <= OWN_VERB_WORDS && tenseBefore || !tenseBefore && tenseDistance <= 1
            || is(i - 1, "sedan") || sinceEventIn(i);
        if (!ownVerb && !lastYearNamedBefore(i) && before.until(now, java.time.temporal.ChronoUnit.MONTHS) >= FAR_PAST_MONTHS
            && now.until(after, java.time.temporal.ChronoUnit.MONTHS) <= NEAR_AHEAD_MONTHS) {
          chosen = after;
        }
      } else if (tense == FUTURE || is(i - 1, "i") && isAny(i - 2, AHEAD_NOUNS) || untilAhead(i)
          || is(i - 1, "i") && is(i - 2, "först")) {
        // "får svensk biopremiär i september", "besked senast i oktober", "vänta till februari", "blir
        // klart först i oktober" (not until then; a past tense said so above)
        chosen = after;
      } else {
        long back = before.until(now, java.time.temporal.ChronoUnit.MONTHS);
        long ahead = now.until(after, java.time.temporal.ChronoUnit.MONTHS);
        chosen = back <= ahead ? before : after;
      }
      return emit(i, i + 1, "DATE", chosen.toString());
    }

    /**
     * "har varit här flera gånger, senast i mars": "senast" after a comma is the last of the times
     * told, not a deadline ("besked senast i oktober").
     */
    private boolean lastTimeIn(int i) {
      return is(i - 1, "i") && is(i - 2, "senast") && in(i - 3) && text.charAt(tokens.start(i - 3)) == ',';
    }

    /** Words that wait for a time named after "till": "vänta till februari". */
    private static final String[] WAITING = {"vänta", "väntar", "väntas", "avvakta", "avvaktar", "dröja", "dröjer"};

    /**
     * Whether the date at {@code i} (after "den" or "i", if any) is one something comes before, whatever the
     * clause's tense, unless a verb in the past stands right beside it ("före sommaren presenterade
     * utredningen"): "före sommaren", "innan december", "inför den 3 mars", "fram till den 3 mars", "inför
     * valet i september" (the blind sets: 25 of 26 ahead of the paper's day). {@code tense} is {@link
     * #tense}'s answer for {@code i}.
     */
    private boolean beforeAhead(int i, int tense) {
      int k = isAny(i - 1, "den", "i") ? i - 2 : i - 1;
      // "inför valet i september", "inför VM i maj": the event the month dates stands between
      boolean eventBetween = is(i - 1, "i") && isAny(i - 3, "före", "innan", "inför") && !clauseBreak(i - 2);
      return (isAny(k, "före", "innan", "inför") || is(k, "till") && is(k - 1, "fram") || eventBetween)
          && !(tense == PAST && tenseDistance <= 2);
    }

    /**
     * Whether the date at {@code i} (after "den" or "i", if any) ends a stretch of time that lasts or
     * waits until it: "fram till den 30 juni", "till och med den 6 september", "vänta till februari".
     */
    private boolean untilAhead(int i) {
      int k = isAny(i - 1, "den", "i") ? i - 2 : i - 1;
      return is(k, "till") && (is(k - 1, "fram") || isAny(k - 1, WAITING))
          || is(k, "med") && is(k - 1, "och") && isAny(k - 2, "till", "från") || extendedUntil(i);
    }

    /**
     * Whether the date at {@code i} is what something was extended until, whatever the tense: "har förlängt
     * stödet till den 30 september" (the extension lies ahead of the paper's day).
     */
    private boolean extendedUntil(int i) {
      int k = isAny(i - 1, "den", "i") ? i - 2 : i - 1;
      if (!is(k, "till")) {
        return false;
      }
      for (int j = k - 1; j >= k - 8 && in(j) && !clauseBreak(j); j--) {
        if (lw(j).startsWith("förläng")) {
          return true;
        }
      }
      return false;
    }

    /**
     * "sedan den ryska invasionen i februari", "sedan valet i september": the month at {@code i} dates
     * an event a "sedan" a few lower-case words before counts from, so it is past.
     */
    private boolean sinceEventIn(int i) {
      if (!is(i - 1, "i")) {
        return false;
      }
      for (int k = i - 2; k >= i - 6 && in(k); k--) {
        if (is(k, "sedan")) {
          return k < i - 2;
        }
        if (!Character.isLowerCase(text.charAt(tokens.start(k))) || is(k, "och")) {
          return false;
        }
      }
      return false;
    }

    /**
     * The year written after the month that closes a range opening with the month at {@code i}
     * ("augusti och december i fjol", "maj till september 2023"), or 0.
     */
    private int yearOfRangeEnd(int i) {
      if (!isAny(i + 1, "och", "till", "–", "-") || !in(i + 2) || lex.months.get(lw(i + 2)) == null) {
        return 0;
      }
      int year = yearAfter(i + 3);
      if (year > 0) {
        return year;
      }
      return is(i + 3, "i") && is(i + 4, "fjol") ? day.getYear() - 1
          : isAny(i + 3, "förra", "föregående") && isAny(i + 4, "år", "året") ? day.getYear() - 1
          : is(i + 3, "nästa") && isAny(i + 4, "år", "året") ? day.getYear() + 1 : 0;
    }

    // ---- quarters and halves: "andra kvartalet", "första halvåret 2024" -------------------

    private int matchQuarter(int i, String w) {
      int ordinal = switch (w) {
        case "första" -> 1;
        case "andra" -> 2;
        case "tredje" -> 3;
        case "fjärde" -> 4;
        default -> 0;
      };
      boolean half = is(i + 1, "halvåret");
      if (ordinal == 0 || !is(i + 1, "kvartalet") && !half || half && ordinal > 2) {
        return -1;
      }
      int year = yearAfter(i + 2);
      int end = year > 0 ? i + 3 : i + 2;
      int offset = is(end, "nästa") && isAny(end + 1, "år", "året") ? 1
          : isAny(end, "förra", "föregående") && isAny(end + 1, "år", "året") || is(end, "i") && is(end + 1, "fjol") ? -1 : 0;
      boolean thisYear = is(end, "i") && is(end + 1, "år"); // "andra kvartalet i år"
      if (year == 0 && day != null && (offset != 0 || thisYear)) { // "första kvartalet nästa år", "fjärde kvartalet i fjol"
        year = day.getYear() + offset;
        end += 2;
      } else if (year == 0 && day != null) {
        // A past report of a quarter still ahead this year tells of last year's.
        int firstMonth = half ? 6 * ordinal - 5 : 3 * ordinal - 2;
        year = firstMonth > day.getMonthValue() && tense(i) == PAST ? day.getYear() - 1 : day.getYear();
      }
      String value = year == 0 ? null : String.format(Locale.ROOT, "%04d-%s%d", year, half ? "H" : "Q", ordinal);
      return emit(is(i - 1, "det") ? i - 1 : i, end, "DATE", value); // "Under det andra kvartalet"
    }

    // ---- holidays -----------------------------------------------------------------------

    /** "2023/24", "2024/2025": the two years a turn of the year lies between. */
    private static final java.util.regex.Pattern SPLIT_YEARS = java.util.regex.Pattern.compile("\\d{4}/(\\d{2}|\\d{4})");

    private static final String[] ADVENT_SUNDAYS = {"första", "andra", "tredje", "fjärde"};

    private int matchHoliday(int i, String w) {
      TimeLexicon.Holiday holiday = lex.holidays.get(w);
      if (holiday == null && w.length() > 4 && w.endsWith("s")) {
        holiday = lex.holidays.get(w.substring(0, w.length() - 1)); // "påskdagens gudstjänst"
      }
      int end = i + 1;
      if (holiday == null) {
        if (w.equals("annandag") && isAny(i + 1, "jul", "påsk")) {
          holiday = new TimeLexicon.Holiday(is(i + 1, "jul") ? "12-26" : "E+1", null);
          end = i + 2;
        } else if (w.equals("första") && is(i + 1, "maj")) {
          holiday = new TimeLexicon.Holiday("05-01", null);
          end = i + 2;
        } else if (is(i + 1, "advent") && isAny(i, ADVENT_SUNDAYS)) {
          // "första advent", "tredje advent": the Sundays of Advent, a week apart
          holiday = new TimeLexicon.Holiday("D+" + 7 * java.util.Arrays.asList(ADVENT_SUNDAYS).indexOf(w), null);
          end = i + 2;
        } else if (w.equals("alla") && is(i + 1, "helgons") && is(i + 2, "dag")) {
          holiday = new TimeLexicon.Holiday("A+0", null);
          end = i + 3;
        } else if (w.equals("kristi") && isAny(i + 1, "himmelsfärdsdag", "himmelsfärds")) {
          holiday = new TimeLexicon.Holiday("E+39", null);
          end = is(i + 2, "dag") ? i + 3 : i + 2;
        } else {
          return -1;
        }
      }
      int year = yearAfter(end);
      // a document dated by its month is read from the middle of that month
      LocalDate ref = day != null ? day : issue != null ? issue.atDay(15) : null;
      if (year <= 0 && "01-01".equals(holiday.rule()) && in(end) && SPLIT_YEARS.matcher(raw(end)).matches()) {
        return emit(i, end + 1, "DATE", (num(raw(end), 0, 4) + 1) + "-01-01"); // "årsskiftet 2023/24"
      }
      int clauseYear = year > 0 ? 0 : clauseYear(i);
      if (year > 0) {
        end++;
      } else if (clauseYear > 0) {
        year = clauseYear; // "Förra året omhändertogs 41 personer under valborg": that year's
      } else if (ref != null) {
        year = ref.getYear();
        LocalDate d = holidayDate(holiday.rule(), year);
        int tense = tense(i);
        if (tense != PAST && untilAhead(i) || beforeAhead(i, tense)) {
          tense = FUTURE; // "alla rum är bokade fram till påsk"
        }
        if (tense == PAST && d.isAfter(ref.plusDays(1))) {
          year--;
        } else if (tense == FUTURE && d.isBefore(ref)) {
          year++;
        } else if (tense == NEUTRAL && Math.abs(d.toEpochDay() - ref.toEpochDay()) > 183) {
          year += d.isAfter(ref) ? -1 : 1;
        }
      } else {
        return emit(i, end, holiday.extra() != null && !"WE".equals(holiday.extra()) ? "TIME" : "DATE", null);
      }
      LocalDate d = holidayDate(holiday.rule(), year);
      String extra = holiday.extra();
      if ("WE".equals(extra)) {
        return emit(i, end, "DATE", week(d) + "-WE");
      }
      int shift = is(i - 2, "dagen") ? is(i - 1, "före") ? -1 : is(i - 1, "efter") ? 1 : 0 : 0;
      if (shift != 0 && extra == null) { // "dagen före julafton", "dagen efter midsommar"
        remember(d.plusDays(shift));
        return emit(i - 2, end, "DATE", d.plusDays(shift).toString());
      }
      remember(d);
      if (extra != null) {
        return emit(i, end, "TIME", partValue(d, extra));
      }
      return emit(i, end, "DATE", d.toString());
    }

    private LocalDate holidayDate(String rule, int year) {
      char kind = rule.charAt(0);
      if (Character.isDigit(kind)) {
        return LocalDate.of(year, num(rule, 0, 2), num(rule, 3, 5));
      }
      int offset = Integer.parseInt(rule.substring(1).replace("+", ""));
      LocalDate base = switch (kind) {
        case 'E' -> easter(year);
        // Midsummer Eve: the Friday between 19 and 25 June.
        case 'M' -> LocalDate.of(year, 6, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        // All Saints' Day: the Saturday between 31 October and 6 November.
        case 'A' -> LocalDate.of(year, 10, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        // First Sunday of Advent: the Sunday between 27 November and 3 December.
        case 'D' -> LocalDate.of(year, 11, 27).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        default -> throw new IllegalStateException("unknown holiday rule " + rule);
      };
      return base.plusDays(offset);
    }

    // ---- relative periods: förra veckan, nästa år, denna månad -------------------------

    private int matchRelative(int i, String w) {
      int direction;
      int first = i;
      switch (w) {
        case "förra", "förre", "föregående" -> direction = -1;
        case "nästa" -> direction = 1;
        case "kommande" -> {
          // "de kommande tio åren", "under de kommande 18 månaderna": a span, as "de senaste"; "kommande vecka" a date
          if (is(i - 1, "de")) {
            return senaste(i);
          }
          direction = 1;
        }
        case "denna", "detta", "innevarande" -> direction = 0;
        case "den", "det" -> {
          if (!is(i + 1, "här")) {
            return -1;
          }
          direction = 0;
          i++;
        }
        case "här" -> {
          // "de här femtio åren": a span counted back from now
          return is(i - 1, "de") && in(i + 1) && !isAny(i + 1, "åren", "dagarna", "veckorna", "månaderna")
              ? senaste(i) : -1;
        }
        case "senaste" -> {
          return senaste(i);
        }
        case "närmaste" -> {
          // "Under de närmaste dygnen anlände …": a span as long as "de senaste dygnen".
          return isAny(i - 1, "de", "den", "det") ? senaste(i) : -1;
        }
        case "första", "sista" -> {
          // "Under de första veckorna stängs ett körfält": a span from a start the text names; "de första
          // tjugo minuterna", "sista tio minuterna", "första halvtimmen" of a match
          boolean counted = in(i + 1) && !Double.isNaN(amount(i + 1, new int[1]));
          return is(i - 1, "de") && isAny(i + 1, SPAN_PLURALS) || counted || isAny(i + 1, "halvtimmen", "kvarten")
              ? senaste(i) : -1;
        }
        default -> {
          return -1;
        }
      }
      int u = i + 1;
      if (!in(u)) {
        return -1;
      }
      String uw = lw(u);
      String value;
      switch (uw) {
        case "vecka", "veckan", "veckas", "veckans" -> value = day == null ? null : week(day.plusWeeks(direction));
        case "månad", "månaden", "månads", "månadens" -> value = day == null ? null
            : YearMonth.from(day).plusMonths(direction).toString();
        case "år", "året", "års", "årets" -> value = day == null ? null
            : Integer.toString(day.getYear() + direction);
        case "helg", "helgen" -> value = weekend(direction < 0 ? PAST : direction > 0 ? FUTURE : NEUTRAL,
            direction != 0);
        // "nästa höst" in February is this year's autumn, the next one to come
        case "höst", "hösten", "höstens" -> value = season(day, "FA", comingSeason(direction, 9));
        case "vår", "våren", "vårens" -> value = season(day, "SP", comingSeason(direction, 3));
        case "sommar", "sommaren", "sommarens" -> value = season(day, "SU", comingSeason(direction, 6));
        case "vinter", "vintern", "vinterns" -> value = season(day, "WI", direction);
        case "decennium", "decenniet" -> value = day == null ? null
            : Integer.toString(day.getYear() / 10 + direction).concat("X");
        default -> {
          return -1;
        }
      }
      return emit(first, u + 1, "DATE", value);
    }

    /** The year offset of "nästa" + a season that begins in {@code firstMonth}: this year's while still ahead. */
    private int comingSeason(int direction, int firstMonth) {
      return direction == 1 && day != null && day.getMonthValue() < firstMonth ? 0 : direction;
    }

    /** "de senaste tre åren" → P3Y, "den senaste veckan" → P1W. */
    private int senaste(int i) {
      int j = i + 1;
      double n = 1;
      int[] end = new int[1];
      if (in(j) && lex.units.get(text, tokens.start(j), tokens.end(j)) == null) {
        double v = amount(j, end);
        if (Double.isNaN(v)) {
          // "de senaste åren": some years; "det senaste året", "den senaste veckan": one.
          v = isAny(j, "åren", "dagarna", "dygnen", "veckorna", "månaderna", "timmarna", "minuterna", "decennierna") ? -1
              : isAny(j, "året", "dagen", "dygnet", "veckan", "månaden", "timmen", "minuten", "halvtimmen", "kvarten",
                  "decenniet") ? 1 : Double.NaN;
          if (Double.isNaN(v)) {
            return -1;
          }
        } else {
          n = v;
          j = end[0];
        }
      }
      if (!in(j)) {
        return -1;
      }
      String unit = switch (lw(j)) {
        case "året", "åren" -> "Y";
        case "dagen", "dagarna", "dygnet", "dygnen" -> "D";
        case "veckan", "veckorna" -> "W";
        case "månaden", "månaderna" -> "M";
        case "timmen", "timmarna" -> "TH";
        case "minuten", "minuterna" -> "TM";
        case "halvtimmen" -> "T30M";
        case "kvarten" -> "T15M";
        // ISO 8601 knows no decades: "det senaste decenniet" is P10Y; "de senaste decennierna" stays PXDE.
        case "decenniet" -> "10Y";
        case "decennierna" -> j == i + 1 ? "DE" : "10Y";
        default -> null;
      };
      if (unit == null) {
        return -1;
      }
      boolean plural = lw(j).endsWith("na") || lw(j).equals("åren") || lw(j).equals("dygnen");
      if (plural && n == 1 && j == i + 1) {
        n = -1;
      }
      int from = isAny(i - 1, "de", "den", "det") ? i - 1 : i;
      return emit(from, j + 1, "DURATION", duration(n, unit));
    }

    // ---- parts of day without a weekday: "under natten", "natten till lördag" -----------

    private int matchPartOfDay(int i, String w) {
      String part = lex.parts.get(w);
      if (part == null && w.startsWith("gårdags") && lex.parts.get(w.substring("gårdags".length())) != null) {
        // "under gårdagskvällen": that part of the day before publication.
        return emit(i, i + 1, "TIME", partValue(plus(day, -1), lex.parts.get(w.substring("gårdags".length()))));
      }
      if (part == null) {
        boolean adjective = w.equals("senare") || w.equals("sen") || w.equals("sena") || w.equals("tidig")
            || w.equals("tidiga");
        // "en tidig morgon skulle han spela fotboll": some early morning, no day the text names.
        boolean indefinite = isAny(i - 1, "en", "ett", "någon", "varje");
        if ((adjective || w.equals("sent") || w.equals("tidigt")) && !(adjective && indefinite)
            && in(i + 1) && lex.parts.get(lw(i + 1)) != null && (adjective || !lw(i + 1).equals("morgon"))) {
          int r = partOfDay(i + 1, lex.parts.get(lw(i + 1)), true);
          // "senare kväll", "sen kväll", "tidig förmiddag": the adjective is part of the noun phrase;
          // the adverbs "sent" and "tidigt" ("sent på kvällen") stand outside it.
          if (r > 0 && adjective) {
            TimeExpression last = out.get(out.size() - 1);
            out.set(out.size() - 1, new TimeExpression(tokens.start(i), last.end(), last.type(), last.value()));
          }
          return r;
        }
        return -1;
      }
      return partOfDay(i, part, false);
    }

    /**
     * The end of a holiday named at {@code j} with its day as the last expression found ("annandag jul"),
     * for the caller to take back; else -1 with nothing found.
     */
    private int holidayMorning(int j) {
      int found = out.size();
      int end = matchHoliday(j, lw(j));
      if (end > 0 && out.size() == found + 1 && out.get(found).value() != null
          && out.get(found).value().length() == 10) {
        return end;
      }
      out.subList(found, out.size()).clear();
      return -1;
    }

    private int partOfDay(int i, String part, boolean modified) {
      String w = lw(i);
      // "natten till lördag", "natten mot 1 maj", "natten till i dag".
      if (part.equals("NI") && isAny(i + 1, "till", "mot")) {
        int j = i + 2;
        LocalDate morning = null;
        int end = -1;
        if (in(j)) {
          Integer dow = lex.weekdays.get(stripEn(lw(j)));
          if (dow != null) {
            morning = weekday(dow, tense(i) == FUTURE ? FUTURE : PAST, true);
            end = j + 1;
            j++; // "natten till söndag 4 november i fjol": the date may follow the weekday
          }
          if (is(j, "den")) {
            j++; // "natten till den 14 augusti"
          }
          if (in(j) && startsWithDigit(j) && dayNumber(raw(j)) > 0 && in(j + 1)
              && lex.months.get(lw(j + 1)) != null) {
            boolean lastYear = yearAfter(j + 2) == 0 && is(j + 2, "i") && is(j + 3, "fjol");
            int year = lastYear && day != null ? day.getYear() - 1 : yearAfter(j + 2);
            String v = dayMonthValue(dayNumber(raw(j)), lex.months.get(lw(j + 1)).number(), year, i);
            morning = v == null ? null : LocalDate.parse(v);
            end = lastYear ? j + 4 : yearAfter(j + 2) > 0 ? j + 3 : j + 2;
          } else if (end < 0 && (is(j, "i") && is(j + 1, "dag") || is(j, "idag"))) {
            morning = day;
            end = is(j, "idag") ? j + 1 : j + 2;
          } else if (end < 0 && in(j)) {
            end = holidayMorning(j); // "natten till annandag jul"
            morning = end > 0 ? LocalDate.parse(out.remove(out.size() - 1).value()) : null;
          }
        }
        if (end > 0) {
          LocalDate night = plus(morning, -1);
          remember(night);
          refNight = night != null && night.equals(refDay);
          return emit(i, end, "TIME", partValue(night, "NI"));
        }
      }
      int dated = datedPart(i, part);
      if (dated > 0) {
        return dated;
      }
      boolean genitive = w.endsWith("s") && !w.equals("natts");
      boolean preposition = isAny(i - 1, "på", "under", "i", "till", "mot", "från", "av",
          "efter", "inatt", "sent", "tidigt", "senare", "hela", "samma", "denna", "fram");
      boolean coordinated = isAny(i - 1, "och", "eller", "/") && in(i - 2)
          && (lex.parts.get(text, tokens.start(i - 2), tokens.end(i - 2)) != null || is(i - 2, "dagen"));
      // "Det har varit en lugn natt" in a summary of the night is that night.
      boolean described = part.equals("NI") && nightSummary()
          && (isAny(i - 2, "en") || isAny(i - 3, "en") && isLowerWord(i - 2) && isLowerWord(i - 1));
      if (!(genitive || preposition || modified || coordinated || described)) {
        return -1;
      }
      if ((w.equals("morgon") || w.equals("natt")) && is(i - 1, "i") || w.equals("morgon") && !coordinated && !modified) {
        return -1; // "i morgon" is tomorrow, handled as a deictic; "natt och morgon" and "tidig morgon" are the morning
      }
      if (is(i - 1, "i") && !w.endsWith("en") && !w.endsWith("ens")) {
        return -1;
      }
      LocalDate date;
      LocalDate named = deicticDayAfter(i + 1);
      if (named != null) {
        date = named; // "under eftermiddagen i dag", "på kvällen i går"
      } else if (refDay != null && !(day != null && refDay.isBefore(day) && !part.equals("NI") && tense(i) != PAST)) {
        date = refDay; // "Trafikverket stängde på onsdagen E4 … SJ uppger att bussar sätts in under eftermiddagen": today
        if (part.equals("NI") && tense(i) != FUTURE && nightBefore(refDay)) {
          date = refDay.minusDays(1); // "gripen på söndagsmorgonen. Polisen spärrade under natten av …": the night before
        } else if (refNight && (part.equals("MO") || part.equals("AF"))) {
          date = refDay.plusDays(1); // "en brand natten till lördag … lämna sjukhuset under förmiddagen": Saturday's
        }
      } else if (day == null) {
        date = null;
      } else {
        boolean morningReport = nightSummary() && (publishedAt == null || publishedAt.getHour() < 12);
        date = switch (part) {
          case "NI" -> tense(i) == FUTURE ? day : day.minusDays(1);
          case "EV", "AF" -> morningReport ? day.minusDays(1) : day;
          default -> day;
        };
      }
      return emit(i, i + 1, "TIME", partValue(date, part));
    }

    /**
     * Whether the night a past clause tells of, with {@code ref} the day last named, is the night before
     * it: {@code ref} was named by its morning or a clock time before noon ("på fredagsmorgonen … strax
     * efter klockan 7 … under natten"), or is the day of publication named whole ("på
     * tisdagen … under natten" in Tuesday's paper); after its evening it is that day's night.
     */
    private boolean nightBefore(LocalDate ref) {
      String key = str(ref);
      String v = lastValueOn(key);
      return v != null && (v.endsWith("TMO") || isMorningClock(v, key) || v.length() == key.length() && ref.equals(day));
    }

    /** Whether the text last put {@code ref}'s evening in words or by a clock time from 18:00 ("fredagskvällen", "23.40"). */
    private boolean eveningOf(LocalDate ref) {
      String key = str(ref);
      String v = lastValueOn(key);
      return v != null && (v.endsWith("TEV") || v.length() == key.length() + 6 && v.charAt(key.length()) == 'T'
          && v.compareTo(key + "T18") >= 0);
    }

    /** The value of the last expression found so far on the day {@code key} ("2024-10-11"), else null. */
    private String lastValueOn(String key) {
      for (int k = out.size() - 1; k >= 0; k--) {
        String v = out.get(k).value();
        if (v != null && v.startsWith(key)) {
          return v;
        }
      }
      return null;
    }

    /** "2016-12-02T07:00": a clock time before noon on {@code key}'s day, after the night that led up to it. */
    private static boolean isMorningClock(String value, String key) {
      return value.length() == key.length() + 6 && value.charAt(key.length()) == 'T'
          && Character.isDigit(value.charAt(key.length() + 1)) && value.compareTo(key + "T12") < 0;
    }

    /** The day of "i dag", "i går" or "i morgon" (also written as one word) at token {@code j}, else null. */
    private LocalDate deicticDayAfter(int j) {
      if (day == null || !in(j)) {
        return null;
      }
      String w = is(j, "i") && in(j + 1) ? "i" + lw(j + 1) : lw(j);
      return switch (w) {
        case "idag" -> day;
        case "igår" -> day.minusDays(1);
        case "imorgon" -> day.plusDays(1);
        default -> null;
      };
    }

    /** "i början av året", "i slutet av veckan", "mitten av månaden": a part of the period at {@code i}. */
    private boolean partOf(int i) {
      return is(i - 1, "av") && isAny(i - 2, "början", "slutet", "mitten");
    }

    /**
     * The value of "dagen därpå" ending before token {@code j}: the date in apposition after it
     * ("dagen därpå, den 9 oktober,"), else the day after the one last named.
     */
    private String dayAfterValue(int j) {
      int d = is(j, ",") && is(j + 1, "den") ? j + 2 : -1;
      if (d > 0 && startsWithDigit(d) && dayNumber(raw(d)) > 0 && in(d + 1) && lex.months.get(lw(d + 1)) != null) {
        return dayMonthValue(dayNumber(raw(d)), lex.months.get(lw(d + 1)).number(), yearAfter(d + 2), d);
      }
      return namedDay == null ? null : str(namedDay.plusDays(1));
    }

    /** "morgonen den 22 mars", "kvällen den 5 maj 2019": a part of a named day, one TIME. */
    private int datedPart(int i, String part) {
      int j = i + 2;
      if (!lw(i).endsWith("en") || !is(i + 1, "den") || !startsWithDigit(j) || dayNumber(raw(j)) <= 0
          || !in(j + 1) || lex.months.get(lw(j + 1)) == null) {
        return -1;
      }
      int year = yearAfter(j + 2);
      int end = year > 0 ? j + 3 : j + 2;
      if (year == 0 && commaYear(j + 2)) {
        year = yearAfter(j + 3);
        end = j + 4;
      }
      String value = dayMonthValue(dayNumber(raw(j)), lex.months.get(lw(j + 1)).number(), year, i);
      LocalDate date = value == null ? null : LocalDate.parse(value);
      remember(date);
      return emit(i, end, "TIME", partValue(date, part));
    }

    private String stripEn(String w) {
      if (w.endsWith("en") && lex.weekdays.get(w.substring(0, w.length() - 2)) != null) {
        return w.substring(0, w.length() - 2);
      }
      return w;
    }

    // ---- genitives and "under året" --------------------------------------------------------

    private int matchGenitive(int i, String w) {
      switch (w) {
        case "dagens" -> {
          // Mostly "nowadays" ("dagens samhälle"); today only before a noun of the day's events.
          if (!in(i + 1) || !isDayNoun(lw(i + 1))) {
            return -1;
          }
          return emit(i, i + 1, "DATE", str(day));
        }
        case "midnatt" -> {
          // "Sedan midnatt har fem personer omhändertagits": the midnight that opened the
          // publication day in a morning report, else the one that closed the day last named.
          LocalDate date = nightSummary() || refDay == null ? day : refDay.plusDays(1);
          return emit(i, i + 1, "TIME", date == null ? null : str(date) + "T00:00");
        }
        case "samma" -> {
          // "Samma dag hålls en presskonferens": the day last named, whose value it shares.
          String part = switch (in(i + 1) ? lw(i + 1) : "") {
            case "kväll" -> "EV";
            case "morgon", "förmiddag" -> "MO";
            case "eftermiddag" -> "AF";
            case "natt" -> "NI";
            default -> null;
          };
          if (part != null) { // "avled senare samma kväll"
            return emit(i, i + 2, "TIME", namedDay == null ? null : str(namedDay) + "T" + part);
          }
          if (!isAny(i + 1, "dag", "dygn")) {
            return -1;
          }
          return emit(i, i + 2, "DATE", namedDay == null ? null : str(namedDay));
        }
        case "gårdagens", "gårdagen" -> { // "hur gårdagen förlöpte": yesterday
          return emit(i, i + 1, "DATE", str(plus(day, -1)));
        }
        case "morgondagens" -> {
          return emit(i, i + 1, "DATE", str(plus(day, 1)));
        }
        case "årets" -> {
          // "pris till Årets skolbibliotek": capitalised inside a sentence it names a prize.
          if (Character.isUpperCase(raw(i).charAt(0)) && i > sf && !lineStartsAt(i)) {
            return -1;
          }
          int quarter = isAny(i + 2, "kvartal", "halvår") ? List.of("första", "andra", "tredje", "fjärde").indexOf(lw(i + 1)) : -1;
          if (quarter >= 0 && day != null && (quarter < 2 || is(i + 2, "kvartal"))) { // "årets första kvartal"
            return emit(i, i + 3, "DATE", String.format(Locale.ROOT, "%04d-%s%d", day.getYear(),
                is(i + 2, "kvartal") ? "Q" : "H", quarter + 1));
          }
          return emit(i, i + 1, "DATE", day == null ? null : Integer.toString(day.getYear()));
        }
        case "fjolåret", "fjolårets" -> { // "Under fjolåret gick priset till …": last year
          return emit(i, i + 1, "DATE", day == null ? null : Integer.toString(day.getYear() - 1));
        }
        case "veckans" -> {
          return emit(i, i + 1, "DATE", day == null ? null : week(day));
        }
        case "höstens", "vårens", "sommarens", "vinterns" -> {
          return seasonGenitive(i, w);
        }
        case "dagen" -> {
          // "ledde dagen därpå ett styrgruppsmöte", "greps dagen efter.": the day after the one last named.
          if (is(i + 1, "därpå") || is(i + 1, "efter") && (!in(i + 2) || !Character.isLetterOrDigit(raw(i + 2).charAt(0)))) {
            return emit(i, i + 2, "DATE", dayAfterValue(i + 2));
          }
          // "under dagen": the day last named, else the publication day.
          if (!is(i - 1, "under")) {
            return -1;
          }
          return emit(i, i + 1, "DATE", str(refDay != null ? refDay : day));
        }
        case "året" -> {
          if ((isAny(i - 1, "under", "hela") || partOf(i)) && !isAny(i + 1, "runt", "om", "därpå", "efter", "innan", "före")) {
            return emit(i, i + 1, "DATE", day == null ? null : Integer.toString(day.getYear()));
          }
          return -1;
        }
        case "veckan", "månaden" -> {
          // "under veckan", "i början av månaden": the week or month of the day last named, else of
          // the publication day ("förra veckan" and "nästa vecka" are matched before this).
          if (!(isAny(i - 1, "under", "hela") || partOf(i)) || isAny(i + 1, "efter", "innan", "före", "därpå")) {
            return -1;
          }
          // "Vi ser ingen avkylning förrän i slutet av veckan" after "i fredags": told in the present, this week
          LocalDate d = refDay != null && !(day != null && refDay.isBefore(day) && tense(i) != PAST) ? refDay : day;
          String value = d == null ? null : w.equals("veckan") ? week(d) : YearMonth.from(d).toString();
          return emit(i, i + 1, "DATE", value);
        }
        case "helgen", "helgens" -> {
          int tense = tense(i);
          if (isAny(i - 1, "till", "inför", "före") && tense != PAST) {
            return emit(i, i + 1, "DATE", weekend(FUTURE, false)); // "väntas hålla i sig åtminstone till helgen"
          }
          if (w.equals("helgens") || isAny(i - 1, "under", "i", "över", "hela", "efter", "med", "inför", "till")) {
            return emit(i, i + 1, "DATE", weekend(tense, false)); // "nöjd med helgen som helhet"
          }
          return -1;
        }
        default -> {
          return -1;
        }
      }
    }

    // ---- sets ---------------------------------------------------------------------------

    private int matchSet(int i, String w) {
      switch (w) {
        case "dagligen" -> {
          return emit(i, i + 1, "SET", "P1D");
        }
        case "årligen" -> {
          return emit(i, i + 1, "SET", "P1Y");
        }
        case "veckovis" -> {
          return emit(i, i + 1, "SET", "P1W");
        }
        case "månadsvis" -> {
          return emit(i, i + 1, "SET", "P1M");
        }
        case "varje", "varenda", "per" -> {
          if (!in(i + 1)) {
            return -1;
          }
          String unit = lw(i + 1);
          String value = lex.sets.get(unit);
          if (value != null) {
            return emit(w.equals("per") ? rateStart(i) : i, i + 2, "SET", value); // "två gånger per dag"
          }
          Integer dow = lex.weekdays.get(unit);
          if (dow != null && !w.equals("per")) {
            return emit(i, i + 2, "SET", "XXXX-WXX-" + dow); // "varje fredag": that day of every week, as "på fredagar"
          }
          return -1;
        }
        case "var", "vart", "varannan", "vartannat" -> {
          return everyNth(i, w);
        }
        case "om" -> {
          if (isAny(i + 1, "året", "dagen", "dygnet", "månaden", "veckan") && (isAny(i - 1, "gånger", "gång", "kronor", "euro",
              "dollar", "miljoner", "miljarder") || quantityBefore(i))) {
            String unit = lw(i + 1);
            String base = unit.substring(0, unit.length() - (unit.equals("veckan") ? 1 : 2)); // "året" → "år"
            String value = lex.sets.get(base);
            return value == null ? -1 : emit(rateStart(i), i + 2, "SET", value);
          }
          return -1;
        }
        default -> {
          return -1;
        }
      }
    }

    /**
     * "300 patienter om dagen", "åtta timmar om dagen", "4 000 kronor i månaden": a number among the
     * three words before a period makes it a rate, not "about the day" ("berättar om dagen").
     */
    private boolean quantityBefore(int i) {
      for (int k = i - 1; k >= i - 3 && in(k) && k >= sf; k--) {
        if (startsWithDigit(k) || ORDINARY_NUMBERS.contains(lw(k))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Where a rate whose period starts at {@code i} begins: at the count of times before it ("två
     * gånger om dagen", "en gång i veckan", "två pass om dagen"), else at {@code i}.
     */
    private int rateStart(int i) {
      boolean counted = isAny(i - 1, "gång", "gånger", "pass", "dag") && in(i - 2) && i - 2 >= sf
          && (startsWithDigit(i - 2) || ORDINARY_NUMBERS.contains(lw(i - 2)));
      return counted ? i - 2 : i;
    }

    /**
     * "var tredje vecka" → P3W, "vart fjärde år" → P4Y, "var hundrade dag" → P100D, "varannan
     * vecka" → P2W: every n-th unit. "var" alone is mostly the verb and needs the ordinal.
     */
    private int everyNth(int i, String w) {
      int n;
      int unitTok;
      if (w.equals("varannan") || w.equals("vartannat")) {
        n = 2;
        unitTok = i + 1;
      } else {
        n = in(i + 1) ? ORDINALS.getOrDefault(lw(i + 1), 0) : 0;
        unitTok = i + 2;
      }
      if (n == 0 || !in(unitTok)) {
        return -1;
      }
      String value = lw(unitTok).equals("minut") ? "PT1M" : lex.sets.get(lw(unitTok)); // "var tionde minut"
      if (value == null || !value.matches("PT?1[A-Z]")) {
        return -1;
      }
      return emit(i, unitTok + 1, "SET", value.replace("1", Integer.toString(n)));
    }

    // ---- periods told by the text before: "året innan", "under kvartalet" ----------------------

    /**
     * "jämfört med året innan": the year before the one the text named last; "under kvartalet" (in a
     * report of "första kvartalet"): the quarter the text named last; "för helåret": the year written in.
     */
    private int matchAnaphoric(int i, String w) {
      switch (w) {
        case "året" -> {
          int named = isAny(i + 1, "innan", "före") ? lastNamedYear() : 0;
          return named > 0 ? emit(i, i + 2, "DATE", Integer.toString(named - 1)) : -1;
        }
        case "kvartalet" -> {
          String quarter = isAny(i - 1, "under", "för", "efter") ? lastNamed("\\d{4}-Q\\d") : null;
          return quarter == null ? -1 : emit(i, i + 1, "DATE", quarter);
        }
        case "helåret" -> {
          if (in(i + 1) && raw(i + 1).matches("(19|20)\\d\\d")) {
            return emit(i, i + 2, "DATE", raw(i + 1)); // "helåret 2022": the year it names
          }
          return day != null && isAny(i - 1, "för", "under") ? emit(i, i + 1, "DATE", Integer.toString(day.getYear())) : -1;
        }
        case "samma", "motsvarande" -> {
          return sameAYearBefore(i);
        }
        case "resten" -> {
          return restOf(i);
        }
        default -> {
          return -1;
        }
      }
    }

    /**
     * "jämfört med samma period i fjol", "samma månad förra året", "motsvarande kvartal året innan":
     * the period last named (else the one of publication), a year back.
     */
    private int sameAYearBefore(int i) {
      String pattern = switch (in(i + 1) ? lw(i + 1) : "") {
        case "period", "perioden" -> "\\d{4}-(Q\\d|H\\d|\\d{2})";
        case "månad", "månaden" -> "\\d{4}-\\d{2}";
        case "kvartal", "kvartalet" -> "\\d{4}-Q\\d";
        default -> null;
      };
      boolean yearBefore = is(i + 2, "i") && is(i + 3, "fjol") || isAny(i + 2, "förra", "föregående") && is(i + 3, "året")
          || is(i + 2, "året") && isAny(i + 3, "innan", "före");
      if (pattern == null || !yearBefore) {
        return -1;
      }
      String named = null;
      for (int k = out.size() - 1; k >= 0 && named == null; k--) {
        String value = out.get(k).value();
        boolean comparison = text.startsWith("samma", out.get(k).start()) || text.startsWith("motsvarande", out.get(k).start());
        named = value != null && value.matches(pattern) && !comparison ? value : null; // not the year before of another comparison
      }
      if (named == null && day != null) {
        named = lw(i + 1).startsWith("kvartal") ? day.getYear() + "-Q" + ((day.getMonthValue() + 2) / 3)
            : YearMonth.from(day).toString();
      }
      String value = named == null ? null : (Integer.parseInt(named.substring(0, 4)) - 1) + named.substring(4);
      return emit(i, i + 4, "DATE", value);
    }

    /** "under resten av veckan", "resten av året": the rest of the period of publication, that period. */
    private int restOf(int i) {
      if (!is(i + 1, "av") || !in(i + 2) || day == null) {
        return -1;
      }
      String value = switch (lw(i + 2)) {
        case "veckan" -> week(day);
        case "månaden" -> YearMonth.from(day).toString();
        case "året" -> Integer.toString(day.getYear());
        default -> null;
      };
      return value == null ? -1 : emit(i, i + 3, "DATE", value);
    }

    /** The year an expression earlier in the clause of token {@code i} names as a whole ("Förra året", "2019"), else 0. */
    private int clauseYear(int i) {
      for (int k = out.size() - 1; k >= sentenceOut; k--) {
        String value = out.get(k).value();
        String between = text.substring(Math.min(out.get(k).end(), tokens.start(i)), tokens.start(i));
        if (between.indexOf(',') >= 0 || between.indexOf(';') >= 0) {
          return 0; // "I fjol lämnade Storbritannien EU, och sedan årsskiftet …": another clause's year
        }
        if (value != null && value.length() == 4 && allDigits(value)) {
          return Integer.parseInt(value);
        }
      }
      return 0;
    }

    /** The year of the last expression the text dated ("under 2023", "i maj 2022"), else 0. */
    private int lastNamedYear() {
      String value = lastNamed("\\d{4}(-.*)?");
      return value == null ? 0 : Integer.parseInt(value.substring(0, 4));
    }

    /** The value of the last expression found whose value matches {@code pattern}, else null. */
    private String lastNamed(String pattern) {
      for (int k = out.size() - 1; k >= 0; k--) {
        String value = out.get(k).value();
        if (value != null && value.matches(pattern)) {
          return value;
        }
      }
      return null;
    }

    // ---- seasons, weeks, "tretiden" -----------------------------------------------------

    private int matchSeason(int i, String w) {
      String code = switch (w) {
        case "hösten", "höstterminen" -> "FA";
        case "våren", "vårterminen" -> "SP";
        case "sommaren", "sommarlovet" -> "SU";
        case "vintern" -> "WI";
        default -> null;
      };
      if (w.equals("höstlovet")) { // the autumn break: week 44 in most of the country
        return emit(i, i + 1, "DATE", day == null ? null : day.getYear() + "-W44");
      }
      if (code == null) {
        return -1;
      }
      int year = yearAfter(i + 1);
      if (year > 0) {
        return emit(i, i + 2, "DATE", year + "-" + code);
      }
      if (in(i + 1) && SPLIT_YEARS.matcher(raw(i + 1)).matches()) {
        return emit(i, i + 2, "DATE", num(raw(i + 1), 0, 4) + "-" + code); // "vintern 2018/2019", from its first year
      }
      // "inför höstterminen", "under sommarlovet": a school's term or break is that season, of this school year
      if (w.endsWith("terminen") || w.endsWith("lovet")) {
        return emit(i, i + 1, "DATE", day == null ? null : season(day, code, seasonYearOffset(code, i)));
      }
      if (isAny(i + 1, "och", "eller") && in(i + 2) && isAny(i + 2, "hösten", "våren", "sommaren", "vintern")
          && yearAfter(i + 3) > 0) {
        return emit(i, i + 1, "DATE", yearAfter(i + 3) + "-" + code); // "Under våren och sommaren 2016"
      }
      boolean lastYear = is(i + 1, "i") && is(i + 2, "fjol") || is(i + 1, "förra") && is(i + 2, "året");
      if (lastYear && day != null) {
        return emit(i, i + 3, "DATE", (day.getYear() - 1) + "-" + code); // "våren i fjol", "hösten förra året"
      }
      if (is(i + 1, "nästa") && isAny(i + 2, "år", "året") && day != null) {
        return emit(i, i + 3, "DATE", (day.getYear() + 1) + "-" + code); // "hösten nästa år"
      }
      boolean coordinated = isAny(i - 1, "och", "eller") && i >= 2 && isAny(i - 2, "hösten", "våren", "sommaren", "vintern")
          && isAny(i - 3, "under", "till", "före", "inför", "hela", "innan", "efter", "från", "sedan");
      if (isAny(i - 1, "under", "till", "före", "inför", "hela", "innan", "efter", "från", "sedan") || coordinated) {
        // "under sommaren och hösten": the second season as the first
        // "lämnas till riksdagen senare under hösten", "sänka räntan före sommaren": the season of the
        // year written in, as "i höst"
        // ("på hösten" is any autumn and stays out)
        return emit(i, i + 1, "DATE", season(day, code, day == null ? 0 : seasonYearOffset(code, i)));
      }
      return -1;
    }

    /**
     * Which year's season a bare "under hösten" is: early in the year a season not yet begun, told
     * in the past tense, is last year's ("Under hösten har vi arbetat", written in January), and one
     * over, told in another tense, next year's ("Till våren sätter teatern upp …", in October); a
     * winter is this year's, ahead or past, as "i vinter" (the annotators name it by this year).
     */
    private int seasonYearOffset(String code, int i) {
      int month = day.getMonthValue();
      int tense = tense(i);
      if (beforeAhead(i, tense) || is(i - 1, "till") && !(tense == PAST && tenseDistance <= 2)) {
        tense = FUTURE; // "att se över skyddsrummen före sommaren", "ligger kvar åtminstone till sommaren"
      }
      boolean past = tense == PAST;
      if (code.equals("WI")) {
        return 0; // the winter of this year, begun or ahead, as "i vinter"
      }
      int starts = switch (code) { case "SP" -> 3; case "SU" -> 6; default -> 9; };
      if (month >= starts + 4 && !past) {
        return 1; // "budgeten kan behöva justeras under våren", written in November: the next spring
      }
      // "Kritiker har under hösten lyft fram …" in January: a summer or an autumn not told as ahead is last year's
      boolean lookingBack = past || tense != FUTURE && !code.equals("SP");
      return month <= 3 && month < starts && lookingBack ? -1 : 0;
    }

    private int matchWeek(int i, String w) {
      int j;
      int number;
      if ((w.equals("vecka") || w.equals("v") || w.equals("v.")) && startsWithDigit(i + 1)) {
        String t = raw(i + 1);
        if (t.length() > 2 || !allDigits(t)) {
          return -1;
        }
        number = num(t, 0, t.length());
        j = i + 2;
      } else {
        return -1;
      }
      if (number < 1 || number > 53) {
        return -1;
      }
      int year = yearAfter(j);
      if (year > 0) {
        j++;
      } else if (day != null) {
        year = day.get(IsoFields.WEEK_BASED_YEAR);
        int current = day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        if (number - current > 26) {
          year--;
        } else if (current - number > 26) {
          year++;
        }
      } else {
        return emit(i, j, "DATE", null);
      }
      return emit(i, j, "DATE", String.format(Locale.ROOT, "%d-W%02d", year, number));
    }

    /** "vid tretiden" → 03:00 (15:00 when "på eftermiddagen"/"på kvällen" follows). */
    private int matchHourWord(int i, String w) {
      if (!w.endsWith("tiden") || w.length() < 7) {
        return -1;
      }
      String number = w.substring(0, w.length() - 5);
      double h = SwedishNumbers.parseWord(number.equals("et") ? "ett" : number); // "vid ettiden"
      if (Double.isNaN(h) || h < 1 || h > 12) {
        return -1;
      }
      int hour = (int) h;
      if (is(i + 1, "på") && isAny(i + 2, "eftermiddagen", "kvällen") || isAny(i + 1, "ikväll")) {
        hour = hour == 12 ? 12 : hour + 12;
      }
      return emitClock(tokens.start(i), tokens.end(i), hour % 24, 0, i + 1);
    }

    /**
     * "klockan tre" → 03:00, "klockan tre i eftermiddag" → 15:00, "kl. halv fem" → 04:30. The span
     * leaves out "klockan", as for digits.
     */
    private int matchClockWord(int i, String w) {
      if (!(w.equals("klockan") || w.equals("kl") || w.equals("kl.")) || !in(i + 1)) {
        return -1;
      }
      i++;
      if (isAny(i, "är", "var", "blev") && in(i + 1)) {
        i++; // "Klockan är strax efter elva", "När klockan blev åtta"
        for (int k = 0; k < 2 && isAny(i, "strax", "precis", "nästan", "efter", "före", "över") && in(i + 1); k++) {
          i++;
        }
      }
      return clockWord(i, false);
    }

    /** "natten", "kvällen", "lördagsmorgonen": a part of the day, alone or of a weekday. */
    private static boolean isPartOfDay(String w) {
      return w.endsWith("morgonen") || w.endsWith("förmiddagen") || w.endsWith("eftermiddagen") || w.endsWith("kvällen")
          || w.endsWith("natten");
    }

    /** Prepositions before an hour in words without "klockan": "vid halv fem", "från fyra i morse", "före tolv". */
    private static final String[] HOUR_PREPOSITIONS = {"vid", "från", "före", "efter", "runt", "kring", "omkring",
        "redan"};

    /**
     * "vid halv nio på lördagsmorgonen", "från halv fem", "vid tre på natten", "före tolv.": an hour in words
     * after a preposition is a clock time; a whole hour needs a part of the day or the clause's end after it,
     * since "vid tre tillfällen" counts.
     */
    private int matchBareClockWord(int i, String w) {
      if (!isAny(i - 1, HOUR_PREPOSITIONS) || !w.equals("halv") && Double.isNaN(SwedishNumbers.parseWord(w))) {
        return -1;
      }
      return clockWord(i, !w.equals("halv"));
    }

    /**
     * The hour in words at {@code i} ("tre", "halv fem") as a clock time, the span leaving out "klockan";
     * with {@code partNeeded}, only before a part of the day or punctuation. Returns -1 when there is none.
     */
    private int clockWord(int i, boolean partNeeded) {
      String w = lw(i);
      int first = i;
      boolean half = w.equals("halv");
      double h = SwedishNumbers.parseWord(half ? (in(i + 1) ? lw(i + 1) : "") : w);
      if (Double.isNaN(h) || h < 1 || h > 12 || h != Math.floor(h)) {
        return -1;
      }
      int last = half ? i + 1 : i;
      int hour = half ? (int) h - 1 : (int) h;
      int after = last + 1;
      String part = is(after, "på") && in(after + 1) && isPartOfDay(lw(after + 1)) ? lw(after + 1) : "";
      if (part.endsWith("eftermiddagen") || part.endsWith("kvällen")
          || is(after, "i") && isAny(after + 1, "eftermiddag", "kväll") || isAny(after, "ikväll")) {
        hour = hour == 12 ? 12 : hour + 12; // "halv tio på måndagskvällen"
      }
      boolean generalPart = isAny(after + 1, "morgonen", "förmiddagen", "eftermiddagen", "kvällen", "natten");
      boolean morning = is(after, "i") && is(after + 1, "morse");
      boolean clauseEnd = !in(after) || isAny(after, ".", ",", "!", "?") && isAny(first - 1, "vid", "före");
      if (partNeeded && part.isEmpty() && !morning && !clauseEnd) {
        return -1; // "ökade från tre till fyra.": a count; "det tar slut före tolv.": the hour
      }
      if (morning) { // "från fyra i morse": this morning's hour
        return emit(first, after + 2, "TIME", day == null ? null
            : day + "T" + twoDigits(hour % 24) + ":" + (half ? "30" : "00"));
      }
      if (is(after, "på") && generalPart) {
        last = after + 1; // "klockan fem på morgonen": the part of the day is the hour's
      }
      return emitClock(tokens.start(first), tokens.end(last), hour % 24, half ? 30 : 0, last + 1);
    }

    // ---- tense ---------------------------------------------------------------------------

    /** Subordinating conjunctions that open a clause after the expression, with a tense of its own. */
    private static final String[] CLAUSE_OPENERS = {"innan", "eftersom", "medan", "tills"};

    /** The tense of the clause around token i: the nearest cue, stopping at commas. */
    private int tense(int i) {
      int best = NEUTRAL;
      int bestDistance = Integer.MAX_VALUE;
      tenseByModal = false;
      boolean relative = false;
      for (int dir = -1; dir <= 1; dir += 2) {
        int byEnding = 0; // the distance of a past told by its ending alone, to be outweighed by a listed future beyond it
        boolean present = false;
        boolean reporting = false; // "på tisdagskvällen skriver bolaget att systemen väntas …": the att-clause is what was said
        for (int j = i + dir, dist = 1; in(j) && dist <= 12; j += dir, dist++) {
          reporting |= dir > 0 && REPORTING_VERBS.contains(lw(j));
          // "på tisdagen meddelade LKAB att bolaget inte kan …": a verb in the past before an att-clause
          // reports it, and the clause's own tense is not the day's
          if ((reporting || dir > 0 && byEnding > 0) && is(j, "att")) {
            break;
          }
          // "meddelade att vägen hålls stängd till torsdag": a reported clause in the present has its own tense
          present |= dir < 0 && cue(j) == STATIVE;
          // "meddelade på torsdagen att butiken slår igen den 31 december": so has one whose verb gives none
          if (dir < 0 && is(j, "att") && saidBefore(j)) {
            break;
          }
          // "kommer Lee att utse … redan under torsdagen": the att of the future's "kommer" opens no clause
          boolean futureAtt = is(j - 1, "kommer") || is(j - 2, "kommer");
          // "sade på en presskonferens på tisdagen att kommunen ska …": the att-clause after the day has its own tense
          if (clauseBreak(j) || dir < 0 && (is(j, "som") || present && is(j, "att") && !futureAtt)
              || dir > 0 && (isAny(j, CLAUSE_OPENERS) || is(j, "att") && j == i + 1
              || is(j, "och") && in(j + 1) && tenseWords.get(text, tokens.start(j + 1), tokens.end(j + 1)) != null)) {
            // "vi har rekryterat sköterskor som börjar i maj", "det kan dröja till onsdagskvällen innan
            // alla har fått strömmen tillbaka", "antogs i april och ska börja gälla 2026": a relative,
            // subordinate or coordinated clause keeps its own tense
            break;
          }
          int cue = cue(j);
          if (cue == WOULD_HAVE) {
            break; // its clause has no tense of its own to give
          }
          // "I en rapport som släpptes i mars varnar förbundet …": a relative clause's verb is its date's own
          relative |= dir < 0 && (cue == PAST_BY_ENDING && byEnding == 0 || cue == PAST || cue == FUTURE) && is(j - 1, "som");
          if (cue == PAST_BY_ENDING && byEnding == 0) {
            byEnding = dist;
          } else if (cue == PAST || cue == FUTURE) {
            int at = byEnding > 0 ? byEnding : dist;
            // "ska diskutera riktade sanktioner den 16 december": the participle's future governs it
            int found = byEnding > 0 && cue == PAST ? PAST : cue;
            if (at < bestDistance) {
              best = found;
              bestDistance = at;
              tenseBefore = dir < 0;
              tenseByModal = is(j, "kan");
            }
            byEnding = 0;
            break;
          }
        }
        if (byEnding > 0 && byEnding < bestDistance) {
          best = PAST;
          bestDistance = byEnding;
          tenseBefore = dir < 0;
          tenseByModal = false;
        }
        if (relative) {
          break;
        }
      }
      tenseDistance = bestDistance;
      return best;
    }

    private boolean clauseHas(int i, int kind) {
      for (int dir = -1; dir <= 1; dir += 2) {
        for (int j = i + dir, dist = 1; in(j) && dist <= 6; j += dir, dist++) {
          if (clauseBreak(j)) {
            break;
          }
          if (cue(j) == kind || kind == STATIVE && is(j, "kan")) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean clauseBreak(int j) {
      if (tokens.end(j) - tokens.start(j) != 1) {
        return false;
      }
      char c = text.charAt(tokens.start(j));
      return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '–' || c == '"' || c == '”';
    }

    /** Whether {@code j} holds an infinitive other than "ha": "ge", "bli", "inträffa" (not "ha", "inte"). */
    private boolean bareInfinitive(int j) {
      if (!in(j) || is(j, "ha")) {
        return false;
      }
      String w = lw(j);
      return w.length() > 2 && w.endsWith("a") && Character.isLetter(w.charAt(0)) || SHORT_INFINITIVES.contains(w);
    }

    private static final java.util.Set<String> SHORT_INFINITIVES = java.util.Set.of("ge", "gå", "få", "se", "bli", "nå",
        "stå", "dra", "slå", "dö", "bo", "tro");

    /** Whether {@code word} stands among the {@code span} tokens from {@code j}. */
    private boolean wordAhead(int j, String word, int span) {
      for (int k = j; k < j + span && in(k); k++) {
        if (is(k, word)) {
          return true;
        }
      }
      return false;
    }

    private int cue(int j) {
      Integer known = tenseWords.get(text, tokens.start(j), tokens.end(j));
      if (known != null) {
        if (known == STATIVE && is(j, "har") && supineAhead(j)) {
          return PAST;
        }
        if (known == STATIVE && is(j, "kan") && is(j + 1, "ha") && supineAhead(j + 1)) {
          return PAST; // "ett åsknedslag under onsdagskvällen kan ha skadat utrustningen": what may have been
        }
        if (known == STATIVE && is(j, "kan") && bareInfinitive(j + 1)) {
          return FUTURE; // "nya skurar kan ge 30 millimeter regn under lördagen": what may come
        }
        if (known == FUTURE && is(j + 1, "ha") && supineAhead(j + 1)) {
          // "beräknas ha firat valborg på söndagen": what is reckoned to have been; but "alla ska ha
          // erbjudits en dos senast den 15 augusti" is done by a day ahead
          return isAny(j, "ska", "skall") && wordAhead(j + 2, "senast", 8) ? FUTURE : PAST;
        }
        if (known == PAST && is(j, "var") && (isAny(j + 1, SUBJECT_PRONOUNS) && isPresentVerb(j + 2)
            || isAny(j + 1, "sin", "sitt", "sina") || is(j + 1, "och") && is(j + 2, "en"))) {
          return NEUTRAL; // "avgör var vi hamnar i mars": where; "förstärks med var sin bil": each; no past
        }
        if (known == PAST && is(j, "skulle") && is(j + 1, "ha")) {
          return WOULD_HAVE; // "innan jakten skulle ha inletts den 1 februari": what would have come, past or ahead
        }
        if (known == PAST && is(j, "steg") && isAny(j - 1, STEP_DETERMINERS)) {
          return NEUTRAL; // "Nästa steg är att riksdagen i december beslutar": a step, no past of "stiga"
        }
        return known;
      }
      int len = tokens.end(j) - tokens.start(j);
      if (len == 3 && is(j, "bli") && is(j - 1, "kan")) { // "det kan bli ännu varmare under söndagen": what may come
        return FUTURE;
      }
      if (len < 4 || !Character.isLowerCase(text.charAt(tokens.start(j)))) {
        return NEUTRAL;
      }
      String w = lw(j);
      if ((w.equals("kommer") || w.equals("komma")) && (is(j + 1, "att") || is(j + 2, "att"))) {
        // "kommer vägen att vara …", "turnén kan komma att halveras"
        return FUTURE;
      }
      if ((w.equals("har") || w.equals("hade")) && supineAhead(j)) {
        return PAST;
      }
      if ((w.endsWith("ade") || w.endsWith("ades") || w.endsWith("ats") && !w.endsWith("plats") || w.endsWith("dde")
          || w.endsWith("kte") || w.endsWith("pte") || w.endsWith("ttes") || w.endsWith("ptes") || w.endsWith("ktes")
          || w.endsWith("ddes") // "inleddes"
          || w.endsWith("lde") || w.endsWith("jde") || w.endsWith("ldes") // "gällde", "ställde", "följde", "såldes"
          || w.endsWith("mde") || w.endsWith("mdes") || w.endsWith("örde") || w.endsWith("ördes") // "dömde", "hörde"
          || w.endsWith("vde") || w.endsWith("vdes") // "levde", "krävde", "behövdes"
          || w.endsWith("rdes") || w.endsWith("gdes") // "offentliggjordes", "lagdes"
          || w.endsWith("nde") && !w.endsWith("ande") && !w.endsWith("ende") // "kände", not "kommande"
          || w.endsWith("tte") && len > 5) && !isAny(j - 1, PARTICIPLE_OPENERS)) {
        return PAST_BY_ENDING;
      }
      return NEUTRAL;
    }

    /** Units in the definite plural, counted after "de": "de fyra dagarna", "de första veckorna". */
    private static final String[] SPAN_PLURALS = {"dagarna", "veckorna", "månaderna", "åren", "timmarna", "dygnen"};

    private static final String[] STEP_DETERMINERS = {"nästa", "första", "andra", "sista", "ett", "nytt", "viktigt",
        "stort", "varje", "detta", "samma", "steg"};

    private static final String[] SUBJECT_PRONOUNS = {"jag", "du", "han", "hon", "vi", "ni", "de", "man", "den", "det"};

    /** A lower-case word of a present-tense verb's shape ("hamnar", "bor", "läser"). */
    /**
     * "Malmö Symfoniorkester spelar på stranden på söndagskvällen", "Under lördagen och söndagen är mässan
     * öppen": a verb in the present in the clause of a definite weekday (and no past or future one) tells
     * what is planned, the coming day (the blind sets: 14 of 14 such days wrongly put a week back).
     */
    private boolean presentInClause(int i) {
      for (int j = i - 1; j >= i - 8 && in(j) && !clauseBreak(j) && !is(j, "när"); j--) {
        if (isPresentOnly(j)) {
          // "säger hon när NSD når henne på onsdagskvällen": a när-clause tells when, in the tense of the story
          return !is(j - 1, "när") && !is(j - 2, "när") && !is(j - 3, "när");
        }
      }
      for (int j = i + 1; j <= i + 3 && in(j) && !clauseBreak(j); j++) {
        if (isPresentOnly(j)) {
          return true;
        }
      }
      return false;
    }

    /** A word the dictionary knows as a verb in the present and never as a noun ("spelar", not "personer", "bilar"). */
    private boolean isPresentOnly(int j) {
      if (!in(j) || !Character.isLowerCase(text.charAt(tokens.start(j))) || REPORTING_VERBS.contains(lw(j))) {
        return false;
      }
      SwedishDictionary dictionary = SwedishDictionary.get();
      boolean present = false;
      for (long entry : dictionary.lookup(lw(j))) {
        String tag = dictionary.tag(entry);
        if (tag.startsWith("NN")) {
          return false;
        }
        present |= tag.startsWith("VB:PRS");
      }
      return present;
    }

    private boolean isPresentVerb(int j) {
      if (!in(j) || tokens.end(j) - tokens.start(j) < 3 || !Character.isLowerCase(text.charAt(tokens.start(j)))) {
        return false;
      }
      String w = lw(j);
      // "på måndagskvällen säger han": the news tells a statement already made in the present
      return (w.endsWith("ar") || w.endsWith("er") || w.endsWith("or")) && !REPORTING_VERBS.contains(w);
    }

    /** Whether a verb of saying stands within four words before the "att" at {@code att}. */
    private boolean saidBefore(int att) {
      for (int k = att - 1; k >= att - 4 && in(k); k--) {
        if (REPORTING_VERBS.contains(lw(k)) || SAID.contains(lw(k))) {
          return true;
        }
      }
      return false;
    }

    /** Verbs of saying in the past: what their att-clause reports keeps its own tense. */
    private static final java.util.Set<String> SAID = java.util.Set.of("meddelade", "sa", "sade", "uppgav", "skrev",
        "berättade", "förklarade", "konstaterade", "svarade", "tillkännagav");

    private static final java.util.Set<String> REPORTING_VERBS = java.util.Set.of("säger", "berättar", "uppger",
        "meddelar", "skriver", "svarar", "förklarar", "konstaterar");

    /** Words before a participle used as an adjective: "sommarens mest efterlängtade framträdanden". */
    private static final String[] PARTICIPLE_OPENERS = {"mest", "mer", "mycket", "den", "det", "de", "en", "ett",
        "sin", "sitt", "sina", "hans", "hennes", "deras", "väl", "nyligen", "så", "allra",
        "bli", "blir", "vara", "är"}; // "kan bli försenade hela helgen": a state, no past

    private boolean supineAhead(int j) {
      for (int k = j + 1; k <= j + 4 && in(k); k++) {
        String w = lw(k);
        if (w.length() > 3 && (w.endsWith("at") || w.endsWith("it") || w.endsWith("tt")
            || w.endsWith("ats") || w.endsWith("its"))) {
          return true;
        }
        // "har hört", "har gjort", "har sagt", "har tänkt"; not an adjective after an article ("har ett stort")
        if (w.length() > 3 && (w.endsWith("rt") || w.endsWith("gt") || w.endsWith("kt"))
            && !isAny(k - 1, "en", "ett", "den", "det", "de", "sitt", "sin", "mitt", "vårt")) {
          return true;
        }
      }
      return false;
    }

    // ---- calendar arithmetic ------------------------------------------------------------

    /**
     * The day of week {@code dow} relative to the publication day: PAST gives the most recent
     * one on or before it (strictly before unless {@code inclusive}), FUTURE the next one after
     * it (on or after when {@code inclusive}).
     */
    private LocalDate weekday(int dow, int direction, boolean inclusive) {
      if (day == null) {
        return null;
      }
      DayOfWeek target = DayOfWeek.of(dow);
      if (direction == PAST) {
        return day.with(inclusive ? TemporalAdjusters.previousOrSame(target) : TemporalAdjusters.previous(target));
      }
      return day.with(inclusive ? TemporalAdjusters.nextOrSame(target) : TemporalAdjusters.next(target));
    }

    /** The value of a day and month, picking the year by tense when it is not written. */
    private String dayMonthValue(int d, int m, int year, int at) {
      if (year > 0) {
        LocalDate date = date(year, m, d);
        return date == null ? null : date.toString();
      }
      if (issue == null) {
        return null;
      }
      // a document dated by its month is read from the middle of that month
      LocalDate day = this.day != null ? this.day : issue.atDay(15);
      int then = yearOfThen(at);
      if (then > 0) {
        LocalDate date = date(then, m, d); // "kom 2019, då den nya lagen trädde i kraft den 1 april"
        return date == null ? null : date.toString();
      }
      int shift = yearNamedBefore(at);
      if (shift != 0) {
        LocalDate date = date(day.getYear() + shift, m, d); // "Nästa års festival äger rum den 10–12 augusti"
        return date == null ? null : date.toString();
      }
      LocalDate rangeStart = rangeStartBefore(at);
      if (rangeStart != null) { // "från den 16 maj till den 31 oktober": the end comes after the start
        LocalDate end = date(rangeStart.getYear(), m, d);
        end = end != null && end.isBefore(rangeStart) ? date(rangeStart.getYear() + 1, m, d) : end;
        return end == null ? null : end.toString();
      }
      int tense = tense(at);
      // "Den 24 februari vaknade jag", "När jag vaknade … kl 04 den 24 februari": the verb tells of that very day
      // ("Budgeten som läggs fram den 20 september har förhandlats": a verb after a date inside the subject is not its own)
      boolean opening = at == sf || at - 1 == sf && is(at - 1, "den");
      boolean ownVerb = tenseDistance <= OWN_VERB_WORDS && (tenseBefore || opening)
          || is(at - 1, "från") || is(at - 1, "den") && is(at - 2, "från");
      if (tense != PAST && untilAhead(at) || beforeAhead(at, tense) || extendedUntil(at)) {
        // "övergångsregler fram till den 30 juni", "pågår till och med den 6 september", "bokade fram till den 3 mars"
        tense = FUTURE;
      }
      LocalDate best = null;
      for (int y = day.getYear() - 1; y <= day.getYear() + 1; y++) {
        LocalDate c = date(y, m, d);
        if (c == null) {
          continue;
        }
        if (tense == PAST && c.isAfter(day.plusDays(PAST_SLACK_DAYS))
            || tense == FUTURE && c.isBefore(day.minusDays(FUTURE_SLACK_DAYS))) {
          continue;
        }
        if (best == null || Math.abs(c.toEpochDay() - day.toEpochDay())
            < Math.abs(best.toEpochDay() - day.toEpochDay())) {
          best = c;
        }
      }
      LocalDate ahead = ownVerb || lastYearNamedBefore(at) ? null : aheadInPast(best, m, d, day);
      return ahead != null ? ahead.toString() : best == null ? null : best.toString();
    }

    /**
     * The day a range opened with "från" names, when the date at {@code at} closes it after "till" ("från den 16
     * maj till den 31 oktober"); else null.
     */
    private LocalDate rangeStartBefore(int at) {
      int k = is(at - 1, "den") ? at - 2 : at - 1;
      if (!is(k, "till") || namedDay == null) {
        return null;
      }
      for (int j = k - 1; j > sf && j >= k - 6; j--) {
        if (is(j, "från")) {
          return namedDay;
        }
      }
      return null;
    }

    /**
     * "presenterade sin trupp till matcherna mot Portugal den 21 mars", published on 12 March: a
     * past-tense report names the days of what it announced, and a date without a year most of a
     * year back would have its year written; the same day a few weeks ahead is meant. Null when
     * {@code past}, the past tense's choice, is not that far back or the day ahead is not near.
     */
    private LocalDate aheadInPast(LocalDate past, int m, int d, LocalDate day) {
      if (past == null || !past.isBefore(day.minusDays(FAR_PAST_DAYS))) {
        return null;
      }
      LocalDate next = date(past.getYear() + 1, m, d);
      return next != null && next.isAfter(day) && !next.isAfter(day.plusDays(NEAR_AHEAD_DAYS)) ? next : null;
    }

    /**
     * "Förra året infördes ett liknande förbud i mitten av juli", "sålde fjolårets vinnare fler exemplar i
     * december": the sentence before token {@code at} names last year, so a past month there is not ahead.
     */
    private boolean lastYearNamedBefore(int at) {
      for (int k = at - 1; k >= sf; k--) {
        if (isAny(k, "fjolårets", "fjolåret") || is(k, "fjol") && is(k - 1, "i")
            || isAny(k, "året", "årets") && isAny(k - 1, "förra", "föregående")) {
          return true;
        }
      }
      return false;
    }

    /**
     * "gjorde förra året 74 insatser, de flesta mellan maj och september": last year, named within ten
     * words before token {@code at} in a clause not told as ahead, dates its months (not where last year
     * is what is compared with: "jämfört med förra året").
     */
    private boolean lastYearTold(int at) {
      for (int k = at - 1; k > sf && k >= at - 10; k--) {
        if (isAny(k, "år", "året") && isAny(k - 1, "förra", "föregående") || is(k, "fjol") && is(k - 1, "i")) {
          return !isAny(k - 2, "med", "än", "mot");
        }
      }
      return false;
    }

    /**
     * The year of a "då" or "när" clause that a written year and a comma open before token {@code at}
     * ("Den senaste ändringen kom 2019, då lagen trädde i kraft den 1 april"), or 0.
     */
    private int yearOfThen(int at) {
      for (int k = at - 1; k - 2 >= sf && k >= at - 12; k--) {
        if (isAny(k, "då", "när") && is(k - 1, ",") && startsWithDigit(k - 2) && raw(k - 2).length() == 4
            && isYear(raw(k - 2))) {
          return num(raw(k - 2), 0, 4);
        }
      }
      return 0;
    }

    /**
     * +1 when the sentence before token {@code at} speaks of next year's event ("Nästa års festival äger
     * rum den 10 augusti", "Nästa år går loppet av stapeln den 15 maj"), -1 for last year's ("Förra årets mässa
     * öppnade den 3 maj", "i fjol"), else 0.
     */
    private int yearNamedBefore(int at) {
      for (int k = at - 1; k > sf && k >= at - 10; k--) {
        if (isAny(k, "års", "årets", "år", "året")) { // "Nästa år går loppet av stapeln den 15 maj" too
          return isAny(k - 1, "nästa", "kommande") ? 1 : isAny(k - 1, "förra", "föregående") ? -1 : 0;
        }
        if (is(k, "fjol") && is(k - 1, "i")) {
          return -1;
        }
      }
      return 0;
    }

    /** The weekend of a week: "i helgen" in a past report is the last one. */
    private String weekend(int tense, boolean other) {
      if (day == null) {
        return null;
      }
      int dow = day.getDayOfWeek().getValue();
      LocalDate ref;
      if (tense == PAST) {
        ref = dow >= 6 && !other ? day : day.minusWeeks(1);
        if (dow >= 6 && other) {
          ref = day.minusWeeks(1);
        } else if (dow < 6) {
          ref = day.minusWeeks(1);
        }
      } else if (tense == FUTURE) {
        ref = dow >= 5 && other ? day.plusWeeks(1) : day;
      } else {
        ref = dow <= 2 ? day.minusWeeks(1) : day;
      }
      return week(ref) + "-WE";
    }

    /**
     * "Höstens möte ägde rum i Köpenhamn", "i vårens budgetproposition": the season of the
     * publication year, or of the year before when a report looks back on an autumn or a summer
     * not yet come, as one of the first months of the year mostly does ("Sedan höstens
     * regeringsskifte" in January; "inför höstens förhandlingar" looks ahead). Capitalised inside a
     * sentence it may open a name, as "Årets" does.
     */
    private int seasonGenitive(int i, String w) {
      if (Character.isUpperCase(raw(i).charAt(0)) && i > sf && !lineStartsAt(i)) {
        return -1;
      }
      if (w.equals("vinterns")) {
        return emit(i, i + 1, "DATE", season(day, "WI", 0)); // this year's winter, begun or ahead, as "i vinter"
      }
      String code = w.equals("höstens") ? "FA" : w.equals("vårens") ? "SP" : "SU";
      int before = code.equals("FA") ? 9 : code.equals("SU") ? 6 : 3;
      int tense = tense(i);
      boolean lookingBack = !is(i - 1, "inför")
          && (tense == PAST || day != null && day.getMonthValue() <= 3 && tense != FUTURE);
      int offset = day != null && day.getMonthValue() < before && !code.equals("SP") && lookingBack ? -1 : 0;
      if (day != null && code.equals("SP") && day.getMonthValue() >= 10 && tense != PAST) {
        offset = 1; // "tidplanen för vårens arbete" in December: the spring to come
      }
      return emit(i, i + 1, "DATE", season(day, code, offset));
    }

    private String season(LocalDate d, String code, int yearOffset) {
      return d == null ? null : (d.getYear() + yearOffset) + "-" + code;
    }
  }

  // ---- static helpers -------------------------------------------------------------------

  /** Splits "19/10/2018" or "19.10.2018" at its separators (at most three parts), or null. */
  static String[] splitDate(String t) {
    int first = -1;
    int second = -1;
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (c == '/' || c == '.') {
        if (first < 0) {
          first = k;
        } else if (second < 0) {
          second = k;
        } else {
          return null;
        }
      }
    }
    if (first < 0) {
      return null;
    }
    if (second < 0) {
      return new String[] {t.substring(0, first), t.substring(first + 1)};
    }
    return new String[] {t.substring(0, first), t.substring(first + 1, second), t.substring(second + 1)};
  }

  static String week(LocalDate d) {
    return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + twoDigits(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  static String partValue(LocalDate d, String part) {
    return d == null ? null : d + "T" + part;
  }

  static String str(LocalDate d) {
    return d == null ? null : d.toString();
  }

  static LocalDate plus(LocalDate d, int days) {
    return d == null ? null : d.plusDays(days);
  }

  static LocalDate date(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1 || d > 31) {
      return null;
    }
    YearMonth ym = YearMonth.of(y, m);
    return d <= ym.lengthOfMonth() ? ym.atDay(d) : null;
  }

  /** Easter Sunday (Gregorian, anonymous algorithm). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, dayOfMonth);
  }

  static int num(String s, int from, int to) {
    int v = 0;
    for (int k = from; k < to; k++) {
      v = v * 10 + (s.charAt(k) - '0');
    }
    return v;
  }

  static boolean allDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
