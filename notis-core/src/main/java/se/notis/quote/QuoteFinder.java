package se.notis.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds direct and reported quotes in a text with its tokens, sentences and blocks, and attributes
 * each to a speaker. Pure: works on a string and offset arrays (UTF-16 char offsets), knows nothing
 * of {@code Document}.
 *
 * <p>Order of work: speech-dash paragraphs, then quote marks (outside dash paragraphs, as nested
 * quotes are not annotated), then reported speech in the sentences no direct quote covers, then
 * speakers that the text leaves implicit (a pronoun, a continued quote, a quoted heading).
 */
final class QuoteFinder {
  private static final String DASHES = "–—-−‒―";
  private static final String[] PREPOSITIONS = {"i", "på", "från", "till", "mot", "med", "av", "för", "hos",
      "vid", "genom", "om", "under", "över", "efter", "inför", "bland", "mellan", "utan", "kring", "enligt",
      "åt", "ur", "längs", "bakom", "framför", "utanför", "inom", "trots"};

  private final QuoteLexicon lex;

  QuoteFinder(QuoteLexicon lex) {
    this.lex = lex;
  }

  /** The text and its segmentation; every offset is a char index into {@code text}. */
  record Input(String text, int[] tokStart, int[] tokEnd, int[] sentFirst, int[] sentEnd,
      int[] blockStart, int[] blockEnd, boolean[] heading, Names entities, boolean[] verbs, boolean[] nominativeNouns) {}

  /**
   * Named entities from an earlier stage: spans (char offsets), types and canonical names.
   * Empty when the pipeline has no entity stage.
   */
  record Names(int[] start, int[] end, String[] type, String[] canonical) {
    static final Names NONE = new Names(new int[0], new int[0], new String[0], new String[0]);

    int size() {
      return start.length;
    }
  }

  /** A quote found; offsets are char indexes, -1 when absent. */
  record Found(int start, int end, boolean direct, int cueStart, int cueEnd, int speakerStart, int speakerEnd,
      String canonical, int mediumStart, int mediumEnd) {}

  List<Found> find(Input in) {
    if (in.tokStart().length == 0) {
      return List.of();
    }
    return new Run(in).find();
  }

  /** How a speaker mention refers. */
  enum Ref { NAME, MALE, FEMALE, NEUTER, PLURAL, FIRST_PERSON, DESCRIPTION }

  /** A speaker mention: its token range, the span to report and its canonical name once known. */
  static final class Mention {
    final int startTok;
    final int endTok;
    int spanStart;
    int spanEnd;
    final Ref ref;
    String canonical;

    Mention(int startTok, int endTok, int spanStart, int spanEnd, Ref ref) {
      this.startTok = startTok;
      this.endTok = endTok;
      this.spanStart = spanStart;
      this.spanEnd = spanEnd;
      this.ref = ref;
    }
  }

  /** A quote being built. */
  private static final class Draft {
    int start;
    int end;
    final boolean direct;
    int block;
    int cueTok = -1;
    Mention speaker;
    int mediumStart = -1;
    int mediumEnd = -1;
    boolean headline;
    /** A speech-dash paragraph without attribution of its own: dropped if no speaker is found for it. */
    boolean bareDash;
    /** Where to look back from when resolving a pronoun. */
    int anchor;

    Draft(int start, int end, boolean direct, int block) {
      this.start = start;
      this.end = end;
      this.direct = direct;
      this.block = block;
      this.anchor = start;
    }
  }

  /** The state of one document's analysis. */
  private final class Run {
    final String text;
    final int[] ts;
    final int[] te;
    final int n;
    final int[] sentFirst;
    final int[] sentEnd;
    final int[] blockStart;
    final int[] blockEnd;
    final boolean[] heading;
    final int[] blockFirstTok;
    final int[] blockEndTok;
    final int[] tokBlock;
    final int[] tokSent;
    final Names ents;
    /** Tokens the tagger calls verbs, when a tagger ran (null otherwise). */
    final boolean[] verbs;
    /** Common nouns the tagger read in the nominative ("prognos"), whose final s is no genitive; null without tags. */
    final boolean[] nominativeNouns;
    /** Tokens inside a direct quote or its attribution: reported speech is not looked for there. */
    final boolean[] covered;
    /** Tokens inside the content of a direct quote: no antecedent for a pronoun. */
    final boolean[] inContent;
    final List<Draft> drafts = new ArrayList<>();
    int mediumEndTok;
    /** Where the reading of a sentence goes on after a reported clause cut before another source ("…, men enligt X"). */
    int resumeAt = -1;
    /** Where the medium {@link #mediumAfter} found begins. */
    int mediumStartTok;

    Run(Input in) {
      text = in.text();
      ts = in.tokStart();
      te = in.tokEnd();
      n = ts.length;
      sentFirst = in.sentFirst();
      sentEnd = in.sentEnd();
      blockStart = in.blockStart();
      blockEnd = in.blockEnd();
      heading = in.heading();
      ents = in.entities() == null ? Names.NONE : in.entities();
      verbs = in.verbs();
      nominativeNouns = in.nominativeNouns();
      int blocks = blockStart.length;
      blockFirstTok = new int[blocks];
      blockEndTok = new int[blocks];
      tokBlock = new int[n];
      int t = 0;
      for (int b = 0; b < blocks; b++) {
        while (t < n && te[t] <= blockStart[b]) {
          tokBlock[t] = Math.max(0, b - 1);
          t++;
        }
        blockFirstTok[b] = t;
        while (t < n && te[t] <= blockEnd[b]) {
          tokBlock[t] = b;
          t++;
        }
        blockEndTok[b] = t;
      }
      for (; t < n; t++) {
        tokBlock[t] = Math.max(0, blocks - 1);
      }
      tokSent = new int[n];
      for (int s = 0; s < sentFirst.length; s++) {
        for (int i = sentFirst[s]; i < sentEnd[s] && i < n; i++) {
          tokSent[i] = s;
        }
      }
      covered = new boolean[n];
      inContent = new boolean[n];
    }

    List<Found> find() {
      for (int b = 0; b < blockStart.length; b++) {
        if (blockFirstTok[b] < blockEndTok[b]) {
          dashBlock(b);
        }
      }
      quoteMarks();
      for (int s = 0; s < sentFirst.length; s++) {
        reported(s);
      }
      implicitSpeakers();
      return finish();
    }

    // ---------------------------------------------------------------- token predicates

    char first(int i) {
      return text.charAt(ts[i]);
    }

    boolean isWord(int i, String word) {
      return te[i] - ts[i] == word.length() && text.regionMatches(true, ts[i], word, 0, word.length());
    }

    boolean isAny(int i, String... words) {
      for (String word : words) {
        if (isWord(i, word)) {
          return true;
        }
      }
      return false;
    }

    boolean is(String cls, int i) {
      return i >= 0 && i < n && lex.is(cls, text, ts[i], te[i]);
    }

    boolean isPunct(int i) {
      return te[i] - ts[i] == 1 && !Character.isLetterOrDigit(first(i)) && first(i) != '\u00AD';
    }

    boolean isDash(int i) {
      return te[i] - ts[i] == 1 && DASHES.indexOf(first(i)) >= 0;
    }

    /**
     * "anmäler att hon blivit misshandlad, kvinnan har sökt sjukvård": a comma, a definite noun and
     * its verb open the narrator's next clause, which the reported clause does not take in ("ska ha"
     * still reports: "…, gärningen ska ha skett oprovocerat"), nor the writer's comment or the speaker's next
   * act after ", något som", ", medan" or ", men" and a verb. Returns the last token of the reported clause.
     */
    int beforeSplicedClause(int contentFirst, int last) {
      resumeAt = -1;
      for (int k = contentFirst + 1; k + 2 <= last; k++) {
        if (isWord(k, ",") && isLowerWord(k + 1) && (definiteNoun(k + 1) || endsWith(k + 1, "an") && te[k + 1] - ts[k + 1] >= 5) && !is("adverb", k + 1)
            && (verbs != null && verbs[k + 2] || is("auxiliary", k + 2)) && !isAny(k + 2, "ska", "skall", "skulle")) {
          return k - 1;
        }
        // "…, men hävdar att kvinnan levde", "…, men de kritiserar att …", "menar att A och hävdar att B",
        // "erkände att A men förklarade att B":
        // a second statement, read on its own
        if (isWord(k, ",") && isWord(k + 1, "men") && (reportsAgain(k + 2, last) || pronoun(k + 2) != null && reportsAgain(k + 3, last))
            || isWord(k, ",") && isWord(k + 1, "och") && isCap(k + 2) && reportsAfterSubject(k + 2, last)) {
          resumeAt = k + 1;
          return k - 1;
        }
        if (isAny(k, "och", "men") && reportsAgain(k + 1, last)) {
          resumeAt = k;
          return k - 1;
        }
        // "…, något som ger hopp", "…, medan …", "…, men vill inte kommentera": the writer's comment or the
        // speaker's own next act, no part of what was said
        if (isWritersComment(k) || isWord(k, ",") && (isWord(k + 1, "medan")
            || isWord(k + 1, "men") && (verbs != null && verbs[k + 2] || is("auxiliary", k + 2)))) {
          return k - 1;
        }
        if (opensNarratorsClause(k, last)) {
          if (cue(k + 3) != null) {
            resumeAt = k + 1; // a speech verb there opens a statement of its own
          }
          return k - 1;
        }
        // "…, men enligt Reuters har han inte förklarat hur": another source's statement, read on its own
        if (isWord(k, ",") && (isWord(k + 1, "enligt") || isWord(k + 1, "men") && isWord(k + 2, "enligt"))) {
          resumeAt = k + 1;
          return k - 1;
        }
      }
      return last;
    }

    /**
     * "…, men tingsrätten lämnar den förklaringen utan avseende", "…, men Edström varnar för att …": the
     * comma at {@code k} opens the narrator's next clause, with a subject of its own.
     */
    boolean opensNarratorsClause(int k, int last) {
      return isWord(k, ",") && isWord(k + 1, "men") && k + 3 <= last && (isCap(k + 2) || definiteNoun(k + 2))
          && (verbs != null && verbs[k + 3] || cue(k + 3) != null);
    }

    /** The last token before the narrator's next clause in {@code first..last}, else {@code last}. */
    int beforeNarratorsClause(int first, int last) {
      for (int k = first + 1; k + 2 <= last; k++) {
        // "Enligt utredaren kan förutsättningarna bli bättre, och han anser att …": a statement of its own
        if (opensNarratorsClause(k, last) || isWord(k, ",") && isAny(k + 1, "och", "men")
            && (pronoun(k + 2) != null || isCap(k + 2)) && reportsAfterSubject(k + 2, last)) {
          return k - 1;
        }
        if (isWord(k, "men") && !isWord(k - 1, ",") && (verbs != null && verbs[k + 1] || is("auxiliary", k + 1))) {
          return k - 1; // "Enligt hovmarskalken har hovet tackat ja men vill inte gå in på detaljer": the source's own act
        }
      }
      return last;
    }

    /**
     * "…, och Polens premiärminister Donald Tusk har meddelat att …": a subject of its own from {@code
     * from}, then a speech verb reporting an att-clause (after an auxiliary or adverbs at most).
     */
    boolean reportsAfterSubject(int from, int last) {
      for (int v = from + 1; v <= last && v <= from + 7; v++) {
        if (reportsAgain(v, last)) {
          return true;
        }
        if (isPunct(v) || isWord(v, "att") || verbs != null && verbs[v] && !is("auxiliary", v)) {
          return false;
        }
      }
      return false;
    }

    /** Whether a speech verb reporting an att-clause stands at {@code v}: "hävdar att", "kritiserar att". */
    boolean reportsAgain(int v, int last) {
      QuoteLexicon.Cue cue = v + 1 <= last ? cue(v) : null;
      return cue != null && cue.finite() && cue.has(QuoteLexicon.ATT) && isWord(v + 1, "att");
    }

    /** "…, något som Antidoping Sverige tillbakavisar": the comma at {@code k} opens the writer's comment. */
    boolean isWritersComment(int k) {
      return isWord(k, ",") && isWord(k + 1, "något") && isWord(k + 2, "som");
    }

    /** The last token before the writer's comment on a statement from {@code first} to {@code last}, else {@code last}. */
    int beforeWritersComment(int first, int last) {
      for (int k = first + 1; k + 2 <= last; k++) {
        if (isWritersComment(k)) {
          return k - 1;
        }
      }
      return last;
    }

    /**
     * "Kontantutredningen", "Socialstyrelsen": one capitalised word in the definite singular, a
     * body named by its noun; not "Vittnesuppgifter" or "Opinionsundersökningarna".
     */
    boolean namedBody(Mention m) {
      String w = lower(m.startTok);
      return m.endTok - m.startTok == 1 && isCap(m.startTok) && w.length() > 6
          && (w.endsWith("en") || w.endsWith("et")) && !w.endsWith("arna") && !w.endsWith("erna");
    }

    /** The first token the syntax tagger calls a verb from {@code from} up to {@code to}, or -1. */
    int firstVerbBefore(int from, int to) {
      for (int k = from; verbs != null && k < to; k++) {
        if (verbs[k]) {
          return k;
        }
      }
      return -1;
    }

    /** "02:38", "23.14": a clock time as police notices open their lines with. */
    boolean isClockTime(int i) {
      int len = te[i] - ts[i];
      return (len == 4 || len == 5) && Character.isDigit(first(i)) && Character.isDigit(text.charAt(te[i] - 1))
          && (text.charAt(te[i] - 3) == ':' || text.charAt(te[i] - 3) == '.');
    }

    boolean isSentenceEnd(int i) {
      return te[i] - ts[i] == 1 && ".!?…".indexOf(first(i)) >= 0;
    }

    boolean isCap(int i) {
      return Character.isUpperCase(first(i));
    }

    boolean isLowerWord(int i) {
      return Character.isLowerCase(first(i));
    }

    boolean isPreposition(int i) {
      return i >= 0 && isAny(i, PREPOSITIONS);
    }

    /** Case-insensitive test of a token's ending, without allocating. */
    boolean endsWith(int i, String suffix) {
      int len = suffix.length();
      return te[i] - ts[i] >= len && text.regionMatches(true, te[i] - len, suffix, 0, len);
    }

    String word(int i) {
      return text.substring(ts[i], te[i]);
    }

    String lower(int i) {
      return word(i).toLowerCase(Locale.ROOT);
    }

    QuoteLexicon.Cue cue(int i) {
      if (i < 0 || i >= n || !Character.isLetter(first(i))) {
        return null;
      }
      return lex.cue(text, ts[i], te[i]);
    }

    int sentenceEndTok(int i) {
      return Math.min(n, sentEnd[tokSent[i]]);
    }

    int sentenceFirstTok(int i) {
      return sentFirst[tokSent[i]];
    }

    /** A word looks like a definite noun ("polisen", "myndigheterna", "regeringen"). */
    boolean definiteNoun(int i) {
      if (!Character.isLetter(first(i)) || te[i] - ts[i] < 4 || isAny(i, LOOK_DEFINITE)) {
        return false;
      }
      return endsWith(i, "en") || endsWith(i, "et") || endsWith(i, "na");
    }

    /**
     * Pronouns and quantifiers that end like a definite noun: ", vilket är fler än förra året" goes on with
     * what was said (the annotated sets: 16 of 16 reported clauses take it in).
     */
    private static final String[] LOOK_DEFINITE = {"vilket", "ingen", "inget", "mycket"};

    boolean pluralDefinite(int i) {
      if (!Character.isLetter(first(i)) || te[i] - ts[i] < 5) {
        return false;
      }
      return endsWith(i, "rna") || endsWith(i, "orna");
    }

    // ---------------------------------------------------------------- speech-dash paragraphs

    void dashBlock(int b) {
      int first = blockFirstTok[b];
      int end = blockEndTok[b];
      if (heading[b] || first + 1 >= end) {
        return;
      }
      if (isDash(first)) {
        dashRun(b, first, false);
        return;
      }
      // "Lena Berg menar att … – Vi har inget val, säger hon.": a paragraph run together with the
      // one before it (as news feeds flatten them) has its speech dash after a sentence's end.
      for (int k = first + 1; k + 1 < end; k++) {
        if (isDash(k) && isSentenceEnd(k - 1) && isCap(k + 1) && Character.isLetter(first(k + 1))) {
          dashRun(b, k, true);
          return;
        }
      }
    }

    /**
     * The speech from the dash at {@code first} to the paragraph's end; {@code attributionNeeded}
     * when the dash stands inside the paragraph, where only an attribution ("…, säger hon") shows
     * it opens speech rather than an aside.
     */
    void dashRun(int b, int first, boolean attributionNeeded) {
      int end = blockEndTok[b];
      char next = first(first + 1);
      if (!(Character.isLetterOrDigit(next) || "”\"«»'".indexOf(next) >= 0)) {
        return;
      }
      if (Character.isDigit(next) && ts[first + 1] == te[first]) {
        return; // a negative number, not a speech dash
      }
      boolean attributed = false;
      int pos = first + 1;
      List<Draft> made = new ArrayList<>();
      while (pos < end) {
        int contentFirst = pos;
        int att = -1;
        Mention who = null;
        int cueTok = -1;
        for (int k = pos + 1; k + 1 < end; k++) {
          if (!isAttributionPunct(k)) {
            continue;
          }
          QuoteLexicon.Cue cue = cue(k + 1);
          if (cue == null || !cue.has(QuoteLexicon.DIRECT) || cue.tense() == QuoteLexicon.Tense.INFINITIVE) {
            continue;
          }
          Mention m = speakerAfter(k + 2, end);
          // "– Han gav bort mer fisk än han sålde, tror jag. Ingen gick …": the speaker's own aside.
          boolean ownAside = m != null && m.endTok == m.startTok + 1 && isAny(m.startTok, "jag", "vi");
          if (m != null && !ownAside) {
            att = k;
            who = m;
            cueTok = k + 1;
            break;
          }
        }
        if (att < 0) {
          int det = backReferenceAttribution(pos + 1, end);
          if (det > 0) {
            // "– … gör sitt yttersta för att deras barn ska få ett bättre liv. Det säger
            // migrationsminister Maria Malmer Stenergard."
            Draft d = new Draft(ts[contentFirst], te[det - 1], true, b);
            d.cueTok = det + 1;
            d.speaker = speakerAfter(det + 2, end);
            setMedium(d);
            made.add(d);
            mark(contentFirst, det, true);
            mark(det, end, false);
            attributed = true;
            break;
          }
          int last = end - 1;
          Draft d = new Draft(ts[contentFirst], te[last], true, b);
          d.bareDash = !attributed;
          made.add(d);
          mark(contentFirst, end, true);
          break;
        }
        attributed = true;
        int contentEnd = te[att - 1];
        if (!isWord(att, ",")) {
          contentEnd = te[att];
        }
        Draft d = new Draft(ts[contentFirst], contentEnd, true, b);
        d.cueTok = cueTok;
        d.speaker = who;
        setMedium(d);
        made.add(d);
        mark(contentFirst, att, true);
        // The attribution runs to the end of its sentence or to a dash that resumes the quote.
        int k = Math.max(who.endTok, mediumEndTok);
        while (k < end && !isSentenceEnd(k) && !isDash(k) && !isWord(k, ":")) {
          k++;
        }
        mark(att, Math.min(end, k + 1), false);
        pos = k + 1;
        if (pos < end && isDash(pos)) {
          pos++;
        }
      }
      if (!attributed && (attributionNeeded || !looksLikeSpeech(first + 1, end) || isLowerWord(first + 1))) {
        for (int i = first; i < end; i++) {
          covered[i] = false;
          inContent[i] = false;
        }
        return;
      }
      drafts.addAll(made);
    }

    /**
     * The first token of a sentence in [from, end) that attributes what stands before it, "Det
     * säger X." or "Så sade X …", or -1.
     */
    int backReferenceAttribution(int from, int end) {
      for (int k = from; k + 2 < end; k++) {
        if (!isSentenceEnd(k - 1) || !isCap(k) || !isAny(k, "det", "så")) {
          continue;
        }
        QuoteLexicon.Cue cue = cue(k + 1);
        if (cue == null || !cue.has(QuoteLexicon.DIRECT) || !cue.finite()
            || cue.tense() == QuoteLexicon.Tense.INFINITIVE) {
          continue;
        }
        int last = sentenceEndTok(k) - 1;
        while (last > k && isSentenceEnd(last)) {
          last--;
        }
        Mention m = speakerAfter(k + 2, last + 1);
        if (m != null && !saysSomething(m) && attributionCloses(m, last)) {
          return k;
        }
      }
      return -1;
    }

    /** A dash paragraph without attribution is speech when it reads as sentences, not a list item. */
    boolean looksLikeSpeech(int from, int end) {
      int words = 0;
      for (int i = from; i < end; i++) {
        if (Character.isLetter(first(i))) {
          words++;
        }
      }
      return words >= 4 && isSentenceEnd(end - 1);
    }

    boolean isAttributionPunct(int k) {
      return te[k] - ts[k] == 1 && ",!?…".indexOf(first(k)) >= 0;
    }

    void mark(int from, int to, boolean content) {
      for (int i = Math.max(0, from); i < to && i < n; i++) {
        covered[i] = true;
        if (content) {
          inContent[i] = true;
        }
      }
    }

    void setMedium(Draft d) {
      if (mediumEndTok > d.speaker.endTok) {
        // Past other speakers: "skriver X, Y och Z i en debattartikel".
        int from = Math.max(d.speaker.endTok, mediumStartTok);
        while (from < mediumEndTok && is("adverb", from)) {
          from++;
        }
        if (from < mediumEndTok) {
          d.mediumStart = ts[from];
          d.mediumEnd = te[mediumEndTok - 1];
        }
      }
    }

    // ---------------------------------------------------------------- quote marks

    void quoteMarks() {
      int b = 0;
      int blocks = blockStart.length;
      // Opening marks start a token, so the scan walks tokens rather than chars.
      for (int t = 0; t < n; t++) {
        int i = ts[t];
        char c = text.charAt(i);
        if (!isQuoteChar(c) || covered[t]) {
          continue;
        }
        while (b + 1 < blocks && blockStart[b + 1] <= i) {
          b++;
        }
        char close = opens(c, i);
        if (close == 0) {
          continue;
        }
        int[] closeAt = findClose(i + 1, close, c, b);
        if (closeAt == null) {
          continue;
        }
        consider(i, closeAt[0], closeAt[1], b, closeAt[2] == 1);
        while (t + 1 < n && ts[t + 1] <= closeAt[0]) {
          t++;
        }
      }
    }

    /**
     * A reported clause that ends in a quoted phrase keeps the phrase's closing mark: "att klubben
     * ”inte har fått någon förfrågan”." (the mark was trimmed with the full stop); so does one that ends in
     * a bracket it opened: "i Högsta förvaltningsdomstolen (HFD)."
     */
    int withClosingMark(int first, int last) {
      int marks = 0;
      int brackets = 0;
      for (int i = first; i <= last; i++) {
        if (te[i] - ts[i] == 1) {
          char c = first(i);
          marks += isQuoteChar(c) ? 1 : 0;
          brackets += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
      }
      boolean adjacent = last + 1 < n && te[last + 1] - ts[last + 1] == 1 && ts[last + 1] == te[last];
      if (adjacent && marks % 2 == 1 && isQuoteChar(first(last + 1))
          || adjacent && brackets > 0 && first(last + 1) == ')') {
        return last + 1;
      }
      return last;
    }

    boolean isQuoteChar(char c) {
      if (c < 128) {
        return c == '"' || c == '\'';
      }
      return c == '”' || c == '«' || c == '»' || c == '“' || c == '„' || c == '‘' || c == '’';
    }

    /** The closing mark if {@code c} at {@code i} opens a quote, else 0. */
    char opens(char c, int i) {
      char before = i > 0 ? text.charAt(i - 1) : ' ';
      char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
      boolean startOk = Character.isWhitespace(before) || "([–—-:/".indexOf(before) >= 0 || i == 0;
      boolean nextOk = Character.isLetterOrDigit(after) || "….([–".indexOf(after) >= 0;
      switch (c) {
        case '«':
          return '»';
        case '“':
        case '„':
          return nextOk ? '”' : 0;
        case '‘':
          return '’';
        case '»':
          return startOk && nextOk ? '»' : 0;
        case '”':
        case '"':
          return startOk && nextOk ? c : 0;
        case '\'':
        case '’':
          return startOk && Character.isLetterOrDigit(after) ? c : 0;
        default:
          return 0;
      }
    }

    /** True when {@code c} at {@code i} can close a quote opened with {@code open}. */
    boolean closes(char c, int i, char close) {
      if (c != close && !(close == '”' && c == '“')) {
        return false;
      }
      char before = i > 0 ? text.charAt(i - 1) : ' ';
      char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
      if (close == '\'' || close == '’') {
        // An apostrophe inside a word ("O'Brien", "don't") closes nothing.
        return !Character.isWhitespace(before) && !Character.isLetterOrDigit(after);
      }
      return !Character.isWhitespace(before) || !Character.isLetterOrDigit(after);
    }

    /**
     * Where the quote opened before {@code from} closes: {closing index, content end, continued?}.
     * A quote still open at the end of its paragraph continues into the next one when that one
     * starts with a quote mark or closes the quote; otherwise it ends with its paragraph.
     */
    int[] findClose(int from, char close, char open, int b) {
      int blocks = blockStart.length;
      int limit = blockEnd[b];
      boolean continued = false;
      for (int i = from; ; i++) {
        if (i >= limit) {
          int nb = b + 1;
          if (nb < blocks && nb <= b + 4 && !heading[nb]) {
            int s = blockStart[nb];
            char c = s < text.length() ? text.charAt(s) : 0;
            if (c == open || c == close || closesWithin(nb, close)) {
              b = nb;
              limit = blockEnd[nb];
              i = c == open || c == close ? s : s - 1;
              continued = true;
              continue;
            }
          }
          if (close == '\'' || close == '’') {
            return null;
          }
          return new int[] {limit, limit, continued ? 1 : 0};
        }
        char c = text.charAt(i);
        if (closes(c, i, close)) {
          return new int[] {i, i, continued ? 1 : 0};
        }
      }
    }

    boolean closesWithin(int b, char close) {
      for (int i = blockStart[b]; i < blockEnd[b]; i++) {
        if (text.charAt(i) == close && closes(close, i, close)) {
          return opens(close, i) == 0;
        }
        if (isQuoteChar(text.charAt(i)) && opens(text.charAt(i), i) != 0) {
          return false;
        }
      }
      return false;
    }

    int tokenAt(int charIndex) {
      int lo = 0;
      int hi = n;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (te[mid] <= charIndex) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo < n && ts[lo] <= charIndex ? lo : -1;
    }

    int firstTokAtOrAfter(int charIndex) {
      int lo = 0;
      int hi = n;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (ts[mid] < charIndex) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    void consider(int open, int closeAt, int contentEnd, int b, boolean multiBlock) {
      int s = open + 1;
      int e = contentEnd;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
        e--;
      }
      if (e <= s) {
        return;
      }
      int firstTok = firstTokAtOrAfter(s);
      int closeTok = closeAt < text.length() ? tokenAt(closeAt) : -1;
      int lastContentTok = firstTokAtOrAfter(e) - 1;
      if (firstTok >= n || lastContentTok < firstTok) {
        return;
      }
      int endBlock = tokBlock[lastContentTok];
      int words = 0;
      for (int i = firstTok; i <= lastContentTok; i++) {
        if (Character.isLetterOrDigit(first(i))) {
          words++;
        }
      }
      Draft d = new Draft(s, e, true, b);
      // Attribution after the closing mark: ”…”, säger hon.
      int bEnd = blockEndTok[endBlock];
      if (closeTok >= 0) {
        int j = closeTok + 1;
        if (j < bEnd && isAttributionPunct(j)) {
          j++;
        }
        QuoteLexicon.Cue cue = cue(j);
        if (cue != null && cue.has(QuoteLexicon.DIRECT) && cue.finite()) {
          Mention m = speakerAfter(j + 1, bEnd);
          if (m != null) {
            d.cueTok = j;
            d.speaker = m;
            setMedium(d);
            int k = Math.max(m.endTok, mediumEndTok);
            while (k < bEnd && !isSentenceEnd(k) && !isWord(k, ":") && !(isQuoteChar(first(k)) && te[k] - ts[k] == 1)) {
              k++;
            }
            mark(closeTok, Math.min(bEnd, isSentenceEnd(k) || isWord(k, ":") ? k + 1 : k), false);
          }
        }
      }
      // Attribution before: Hon säger: ”…”
      int openTok = tokenAt(open);
      if (d.speaker == null && openTok > 0 && isWord(openTok - 1, ":")) {
        introduce(d, openTok - 1);
        if (d.speaker == null) {
          labelBeforeColon(d, openTok - 1);
        }
      }
      if (d.speaker == null && openTok > 1) {
        nameCalling(d, openTok);
      }
      boolean wholeBlock = s - blockStart[b] <= 2 && blockEnd[endBlock] - e <= 2;
      boolean sentenceStart = openTok >= 0 && (openTok == sentenceFirstTok(openTok)
          || openTok == blockFirstTok[b] || isWord(openTok - 1, ":") || isDash(openTok - 1));
      // ”A”, säger hon, ”B”: a quote right after an attribution continues the statement.
      boolean afterAttribution = openTok > 0 && covered[openTok - 1] && !inContent[openTok - 1];
      if (d.speaker == null && !wholeBlock && !(sentenceStart && words >= 3) && !(words >= 6 && multiBlock)
          && !afterAttribution) {
        return; // scare quotes, titles and names in quote marks are not statements
      }
      if (d.speaker == null && afterAttribution && isSentenceEnd(openTok - 1) && closeTok >= 0 && closeTok + 1 < bEnd
          && ".!?…".indexOf(text.charAt(e - 1)) < 0 && isLowerWord(closeTok + 1) && cue(closeTok + 1) == null) {
        return; // "… säger Öhman. ”Fröken Julie” spelas till april": a title opening the next sentence
      }
      if (d.speaker == null && !wholeBlock && !afterAttribution && openTok > 0 && isWord(openTok - 1, ":")
          && tokBlock[openTok - 1] == b && titleGoesOn(e, closeTok, bEnd)) {
        return; // "temat var: ”A”, ”B” och ”C”" – named themes after a colon, no speaker: titles, not statements
      }
      if (wholeBlock && heading[b]) {
        d.headline = true;
      }
      mark(firstTok, lastContentTok + 1, true);
      if (openTok >= 0) {
        covered[openTok] = true;
      }
      if (closeTok >= 0) {
        covered[closeTok] = true;
      }
      drafts.add(d);
    }

    /**
     * True when a quote ends without a sentence mark and its sentence goes on after the closing mark
     * (”A”, ”B” och …; ”A” och inkluderade …): a quoted name within the sentence, not a statement.
     */
    boolean titleGoesOn(int contentEnd, int closeTok, int blockEndTok) {
      if (closeTok < 0 || ".!?…".indexOf(text.charAt(contentEnd - 1)) >= 0) {
        return false;
      }
      int next = closeTok + 1;
      if (next >= blockEndTok) {
        return false;
      }
      if (isWord(next, ",")) {
        return next + 1 < blockEndTok && isQuoteChar(first(next + 1)); // ”A”, ”B” …
      }
      return isAny(next, "och", "samt", "eller"); // ”A” och ”B”; ”A” och inkluderade …
    }

    /**
     * Verbs that put their object in the speaker's words: "X kallar förslaget ”…”", "beskrev
     * motståndaren som ”…”", "talade om ”en historisk seger”", "uppmanade parterna att ”visa mod”".
     */
    private static final java.util.Set<String> NAMING_VERBS = java.util.Set.of("kallar", "kallade", "kallat",
        "beskriver", "beskrev", "beskrivit", "talar", "talade", "uppmanar", "uppmanade",
        // "anklagar statsministern för att ha ”svikit pensionärerna”", "som Vikström uttrycker det är det ”…”",
        // "kräver unionen ”humanitära korridorer”", "fördömer attacken ”i de starkaste ordalag”"
        "anklagar", "anklagade", "anklagat", "uttrycker", "uttryckte", "uttryckt", "kräver", "krävde", "krävt",
        "fördömer", "fördömde", "fördömt", "lovar", "lovade", "lovat");

    /**
     * "Juryns ordförande Gunilla Holm kallar romanen ”en berättelse om …”", "kallade utrikesminister Ann
     * Linde (S) händelseutvecklingen ”…”": a quote some words after a naming verb, in its clause, is
     * the words of the verb's subject, before the verb or right after it.
     */
    void nameCalling(Draft d, int openTok) {
      int first = Math.max(sentenceFirstTok(openTok), Math.max(0, openTok - 12));
      for (int i = openTok - 1; i >= first; i--) {
        if (isPunct(i) && !isBracket(i)) {
          return;
        }
        if (NAMING_VERBS.contains(word(i))) {
          Mention m = speakerBefore(i);
          if (m == null) {
            m = speakerAfter(i + 1, openTok); // "I Stockholm kallade utrikesminister Ann Linde …"
          }
          if (m != null) {
            d.cueTok = i;
            d.speaker = m;
          }
          return;
        }
      }
    }

    private boolean isBracket(int i) {
      return isWord(i, "(") || isWord(i, ")");
    }

    /** Attributes a quote introduced by a colon: "Hon säger:", "Statsministern skrev på X:". */
    void introduce(Draft d, int colonTok) {
      int first = Math.max(sentenceFirstTok(colonTok), blockFirstTok[tokBlock[colonTok]]);
      for (int i = colonTok - 1; i >= first; i--) {
        QuoteLexicon.Cue cue = cue(i);
        if (cue == null || !cue.finite() || !(cue.has(QuoteLexicon.COLON) || cue.has(QuoteLexicon.DIRECT))) {
          continue;
        }
        // "Hon betonade vikten av …:" – the subject before the verb speaks, not the object after it.
        Mention m = speakerBefore(i);
        if (m == null) {
          m = speakerAfter(i + 1, colonTok);
        }
        if (m != null) {
          d.cueTok = i;
          d.speaker = m;
          return;
        }
      }
    }

    /**
     * "Granne: ”Vaknade av en enorm smäll”", "1. Statsministern: ”Vi är inte i krig”": a heading that
     * opens with one word and a colon before a quote names its speaker by it.
     */
    void labelBeforeColon(Draft d, int colonTok) {
      int first = blockFirstTok[tokBlock[colonTok]];
      if (first + 1 < colonTok && Character.isDigit(first(first)) && isWord(first + 1, ".")) {
        first += 2; // a numbered item
      }
      // one word, a role or a name, before words enough for a statement ("Bästa film: ”Vinterhamn”" lists a title)
      int quoted = firstTokAtOrAfter(d.end) - firstTokAtOrAfter(d.start);
      if (colonTok - first != 1 || !isCap(first) || !Character.isLetter(first(first)) || quoted < 3) {
        return;
      }
      d.speaker = nounPhrase(first, colonTok);
    }

    // ---------------------------------------------------------------- speakers

    /**
     * The speaker phrase that follows a speech verb ("säger hon", "skrek en ung man i karavanen",
     * "säger utbildningsminister Johan Pehrson"), or null. Also sets {@link #mediumEndTok} to the
     * end of a medium phrase after it ("för TT", "i ett uttalande"), or 0 when there is none.
     */
    Mention speakerAfter(int j, int limit) {
      mediumEndTok = 0;
      limit = Math.min(limit, n);
      while (j < limit && is("adverb", j)) {
        j++;
      }
      if (j >= limit || isPunct(j)) {
        return null;
      }
      Mention pronoun = pronoun(j);
      if (pronoun != null) {
        mediumAfter(j + 1, limit);
        return pronoun;
      }
      if (is("stop", j) || is("medium-prep", j) || is("auxiliary", j) || is("back-reference", j)
          && !isCap(j) || cue(j) != null) {
        return null;
      }
      if (is("organisation", j) && j + 1 < limit && isLowerWord(j + 1) && !is("stop", j + 1) && !isWord(j + 1, "för")
          && !genitive(j)) { // "skriver förbundets förhandlingschef Mikael Strandberg": the genitive qualifies the speaker
        mediumAfter(j + 1, limit);
        return nounPhrase(j, j + 1); // "beskrev myndigheten hotet från främmande makt som …": the noun alone speaks
      }
      int k = j;
      while (k < limit && k - j < 10) {
        if (isPunct(k) && !(isWord(k, "-") && ts[k] == te[k - 1])) {
          if (k > j && isWord(k, ",")) {
            if (text.charAt(te[k - 1] - 1) == '-') {
              k++; // "gymnasie-, högskole- och forskningsminister"
              continue;
            }
            int name = titledName(j, k, limit); // "Sveriges utrikesminister, Maria Malmer Stenergard, som …"
            if (name > 0) {
              k = name;
            }
          }
          break;
        }
        boolean compound = k > j && isAny(k, "och", "samt", "eller")
            && (isWord(k - 1, "-") || text.charAt(te[k - 1] - 1) == '-');
        if (k > j && !compound && (is("stop", k) || isWord(k, "för") || isWord(k, "till") || isWord(k, "via"))) {
          int name = titledName(j, k, limit);
          if (name > 0) {
            k = name;
          }
          break;
        }
        if (k > j && (isWord(k, "i") || isWord(k, "på")) && (mediumOrTime(k + 1, limit) || k + 1 >= limit)) {
          break;
        }
        if (k > j && isAny(k, "i", "på", "vid") && k + 1 < limit && isAny(k + 1, "sin", "sitt", "sina")) {
          break; // "sade Guterres i sitt inledningsanförande", "skriver kommunen på sin webbplats": the speaker's occasion
        }
        if (k > j && is("adverb", k) && !isCap(k)) {
          break;
        }
        k++;
      }
      if (k == j) {
        return null;
      }
      mediumAfter(k, limit);
      return nounPhrase(j, k);
    }

    /**
     * For a title with a för-phrase ("minister för civilt försvar Carl-Oskar Bohlin"): the end of
     * the name that follows the phrase, or -1 when the phrase holds no person's name.
     */
    int titledName(int j, int k, int limit) {
      for (int i = j; i < k; i++) {
        if (isCap(i) && (i > j || lex.gender(text, ts[i], te[i]) != 0 || i + 1 < k && isCap(i + 1))) {
          return -1;
        }
      }
      // "sa förundersökningsledaren, kammaråklagare Maria Sandell, …": the name may follow a title of its own
      boolean titled = k + 2 < limit && isLowerWord(k + 1) && !is("stop", k + 1) && !isWord(k + 1, "eller")
          && isCap(k + 2);
      if (isWord(k, ",") && !(k + 1 < limit && (isCap(k + 1) || titled))) {
        return -1;
      }
      for (int i = k + 1; i < limit && i < k + 7; i++) {
        if (isPunct(i) && !isWord(i, "-")) {
          return -1;
        }
        if (isCap(i) && lex.gender(text, ts[i], te[i]) != 0 && i + 1 < limit && isCap(i + 1)) {
          int e = i + 1;
          while (e < limit && isCap(e) && Character.isLetter(first(e))) {
            e++;
          }
          return e;
        }
      }
      return -1;
    }

    /** A pronoun that can be a speaker, as a mention. */
    Mention pronoun(int j) {
      Ref ref = null;
      if (is("pronoun-m", j)) {
        ref = Ref.MALE;
      } else if (is("pronoun-f", j)) {
        ref = Ref.FEMALE;
      } else if (is("pronoun-n", j)) {
        ref = Ref.NEUTER;
      } else if (is("pronoun-pl", j)) {
        ref = Ref.PLURAL;
      } else if (is("pronoun-1", j)) {
        ref = Ref.FIRST_PERSON;
      }
      return ref == null ? null : new Mention(j, j + 1, ts[j], te[j], ref);
    }

    /** The object form of a pronoun that can stand for a speaker ("enligt honom"), as a mention. */
    Mention objectPronoun(int j) {
      Ref ref = isWord(j, "honom") ? Ref.MALE : isWord(j, "henne") ? Ref.FEMALE : isWord(j, "dem") ? Ref.PLURAL : null;
      return ref == null ? null : new Mention(j, j + 1, ts[j], te[j], ref);
    }

    /** True when the tokens from {@code k} name a medium or a time ("ett uttalande", "torsdagen"). */
    boolean mediumOrTime(int k, int limit) {
      for (int i = k; i < limit && i < k + 5; i++) {
        if (isPunct(i) || is("stop", i)) {
          return false;
        }
        if (isMediaWord(i) || is("time", i) || timeNoun(i)) {
          return true;
        }
      }
      return false;
    }

    boolean timeNoun(int i) {
      if (!isLowerWord(i)) {
        return false;
      }
      return endsWith(i, "dagen") || endsWith(i, "kvällen") || endsWith(i, "morgonen") || endsWith(i, "natten")
          || endsWith(i, "veckan") || endsWith(i, "helgen") || endsWith(i, "året")
          || endsWith(i, "månaden") || endsWith(i, "tiden") || endsWith(i, "samband");
    }

    boolean isMediaWord(int i) {
      if (is("media", i)) {
        return true;
      }
      if (!Character.isLetter(first(i)) || te[i] - ts[i] < 6) {
        return false;
      }
      for (String media : lex.words("media")) {
        if (media.length() >= 4 && endsWith(i, media)) {
          return true;
        }
      }
      return false;
    }

    /** Sets {@link #mediumEndTok} when a medium phrase starts at {@code k}. */
    void mediumAfter(int k, int limit) {
      mediumEndTok = 0;
      while (k < limit && is("adverb", k)) {
        k++;
      }
      if (k >= limit) {
        return;
      }
      boolean always = isWord(k, "för") || isWord(k, "till") || isWord(k, "via");
      boolean maybe = isWord(k, "i") || isWord(k, "på");
      if (!always && !maybe || k + 1 >= limit || isWord(k + 1, "att")) {
        return;
      }
      int e = k + 1;
      boolean media = false;
      boolean time = false;
      while (e < limit && e - k < 9 && !isPunct(e) && !is("stop", e)) {
        if (media && e > k + 1 && startsDate(e)) {
          break; // "i Dagens Industri den 15 februari 2024": the date follows the medium
        }
        media |= isMediaWord(e) || isCap(e);
        // "Dagens Industri", "Dagens Nyheter": capitalised inside the phrase, a paper's name.
        time |= is("time", e) && !isCap(e) || timeNoun(e);
        e++;
      }
      if ((always || media) && !time && e > k + 1) {
        mediumStartTok = k;
        mediumEndTok = afterDate(e, limit);
      }
    }

    private static final Set<String> MONTHS = Set.of("januari", "februari", "mars", "april",
        "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december");

    /** "den 15 februari", "15 februari": a date that opens at token {@code e}. */
    boolean startsDate(int e) {
      int d = isWord(e, "den") ? e + 1 : e;
      return d + 1 < n && Character.isDigit(first(d)) && MONTHS.contains(lower(d + 1));
    }

    /** The token after a date "den 15 februari 2024" that opens at {@code e}, else {@code e}. */
    int afterDate(int e, int limit) {
      if (e >= limit || !startsDate(e)) {
        return e;
      }
      int k = (isWord(e, "den") ? e + 1 : e) + 2;
      if (k < limit && te[k] - ts[k] == 4 && Character.isDigit(first(k))) {
        k++;
      }
      return k;
    }

    /**
     * The mention in a noun phrase: a name inside it (an entity, or a capitalised run trimmed to
     * its first name) or else the whole phrase as a description.
     */
    Mention nounPhrase(int j, int k) {
      // An entity of the entity stage inside the phrase.
      int best = -1;
      for (int e = 0; e < ents.size(); e++) {
        if (ents.start()[e] >= ts[j] && ents.end()[e] <= te[k - 1]) {
          int after = firstTokAtOrAfter(ents.end()[e]);
          if (after < k && after > 0 && genitive(after - 1)) {
            continue; // "Ellevios presschef Jenny Ek": a genitive qualifies the speaker
          }
          String type = ents.type()[e];
          if ("PER".equals(type) && (best < 0 || !"PER".equals(ents.type()[best]))) {
            best = e;
          } else if (best < 0 && ("ORG".equals(type) || "MISC".equals(type))) {
            best = e;
          }
        }
      }
      if (best >= 0) {
        int st = firstTokAtOrAfter(ents.start()[best]);
        int en = firstTokAtOrAfter(ents.end()[best]);
        // "Ellevios presschef Jenny Ek": an organisation in the genitive only qualifies the speaker.
        boolean genitiveOrg = !"PER".equals(ents.type()[best]) && en < k
            && (isCap(en) || genitive(en - 1) || text.charAt(ents.end()[best] - 1) == 's');
        if (!genitiveOrg) {
          Mention m = new Mention(st, Math.max(st + 1, en), ents.start()[best], ents.end()[best], Ref.NAME);
          m.canonical = entityCanonical(best);
          return m;
        }
      }
      // A capitalised run not in a prepositional phrase ("chef på Volvo" stays a description).
      for (int i = j; i < k; i++) {
        if (!isCap(i) || !Character.isLetter(first(i)) || i > j && isPreposition(i - 1)) {
          continue;
        }
        int e = i;
        while (e < k && (isCap(e) || isNameParticle(e, k)) && Character.isLetter(first(e))) {
          e++;
        }
        while (e > i + 1 && isNameParticle(e - 1, k)) {
          e--;
        }
        // "Amnesty Internationals Amerikachef Erika Guevara-Rosas": start at the first name.
        int start = i;
        for (int f = i + 1; f < e - 0; f++) {
          if (lex.gender(text, ts[f], te[f]) != 0 && lex.gender(text, ts[start], te[start]) == 0) {
            start = f;
            break;
          }
        }
        if (e - start == 1 && genitive(start) && e < k) {
          i = e - 1;
          continue;
        }
        return new Mention(start, e, ts[start], te[e - 1], Ref.NAME);
      }
      if (k - j == 1 && pronoun(j) != null) {
        return pronoun(j);
      }
      return new Mention(j, k, ts[j], te[k - 1], Ref.DESCRIPTION);
    }

    boolean isNameParticle(int i, int limit) {
      return i + 1 < limit && isAny(i, "de", "la", "van", "von", "der", "af", "del", "da", "di", "bin", "al", "el")
          && isCap(i + 1);
    }

    boolean genitive(int i) {
      int len = te[i] - ts[i];
      if (len > 2 && text.charAt(te[i] - 2) == ':' && text.charAt(te[i] - 1) == 's') {
        return true;
      }
      // An s-passive ("behövs", "anses") is no genitive: the tagger, when it ran, tells them apart, as it
      // tells a noun's own s ("enligt en prognos från Boverket").
      // "Enligt Guterres håller världen …": a verb after the name, no noun the genitive governs
      return len > 2 && text.charAt(te[i] - 1) == 's' && i + 1 < n && (verbs == null || !verbs[i] && !verbs[i + 1])
          && (nominativeNouns == null || !nominativeNouns[i])
          && isLowerWord(i + 1) && cue(i + 1) == null
          && !is("auxiliary", i + 1) && !is("adverb", i + 1) && !is("stop", i + 1);
    }

    /**
     * The subject of a speech verb that comes before it: "Regeringen meddelar", "hon har sagt",
     * "Polisen, som uppger", or the subject of the sentence for a coordinated verb ("… och lovade").
     */
    Mention speakerBefore(int v) {
      return withClauseTail(speakerBeforeVerb(v), v);
    }

    /**
     * "Flera officerare som DN har talat med menar att …": a description whose relative clause the
     * search stopped inside runs on to the speech verb; other mentions are returned as they are.
     */
    Mention withClauseTail(Mention m, int v) {
      if (m == null || m.ref != Ref.DESCRIPTION || m.endTok >= v || v - m.endTok > 4) {
        return m;
      }
      boolean verb = false;
      for (int k = m.endTok; k < v; k++) {
        if (!isLowerWord(k) || cue(k) != null || isWord(k, "att")) {
          return m;
        }
        verb |= verbs != null ? verbs[k] : is("auxiliary", k);
      }
      if (!verb || !text.substring(m.spanStart, m.spanEnd).contains(" som ")) {
        return m;
      }
      Mention longer = new Mention(m.startTok, v, m.spanStart, te[v - 1], Ref.DESCRIPTION);
      longer.canonical = text.substring(m.spanStart, te[v - 1]);
      return longer;
    }

    /**
     * "Riksrevisionen, som i en granskning förra året konstaterade att …": a relative clause whose
     * adverbials stand between "som" and the speech verb; the index of "som" (whose antecedent
     * speaks), else {@code j} unchanged.
     */
    private int relativeBeforeAdverbials(int j, int first) {
      for (int r = j - 1; r > first && j - r <= 8; r--) {
        if (isWord(r, "som")) {
          return isPreposition(r + 1) ? r : j;
        }
        if (isPunct(r) || isAny(r, "och", "att") || cue(r) != null || verbs != null && verbs[r]) {
          return j;
        }
      }
      return j;
    }

    /**
     * "Hedberg har hela tiden hävdat att …", "Axelsson har under hela valrörelsen upprepat att …": a
     * span of time between an auxiliary and its speech verb is no speaker; the auxiliary's index, or -1.
     */
    private int auxiliaryBeforeWholeSpan(int j, int first) {
      int k = j - 2;
      if (k < first || !isWord(j - 1, "hela")) {
        return -1;
      }
      if (isWord(k, "under") && k - 1 >= first) {
        k--;
      }
      return is("auxiliary", k) ? k : -1;
    }

    /**
     * "Sara Lindgren, allmänläkare i Enköping och styrelseledamot i Svensk förening för allmänmedicin, SFAM,
     * menar att …": a person's full name opening the sentence, then an apposition that ends in the comma
     * at {@code comma} before the verb, is the subject, not the body the apposition ends with; else null.
     */
    private Mention personInApposition(int first, int comma) {
      if (!isWord(comma, ",") || !isCap(first) || lex.gender(text, ts[first], te[first]) == 0) {
        return null;
      }
      int e = first + 1;
      while (e < comma && isCap(e) && Character.isLetter(first(e))) {
        e++;
      }
      if (e == first + 1 || e >= comma || !isWord(e, ",") || !isLowerWord(e + 1)) {
        return null;
      }
      Mention m = nounPhrase(first, e);
      return m.ref == Ref.NAME ? m : null;
    }

    private Mention speakerBeforeVerb(int v) {
      int first = sentenceFirstTok(v);
      int j = v - 1;
      while (j >= first && (is("adverb", j) || is("auxiliary", j) || auxiliaryBeforeWholeSpan(j, first) >= 0)) {
        int auxiliary = auxiliaryBeforeWholeSpan(j, first);
        j = auxiliary >= 0 ? auxiliary : j - 1;
      }
      if (j - 2 > first && isWord(j, ")") && isWord(j - 2, "(") && isCap(j - 1)) {
        j -= 3; // "Carl Johan Sonesson (M) menar …": the party's letters after the speaker
      }
      Mention opening = personInApposition(first, j);
      if (opening != null) {
        return opening;
      }
      // "Regementschefen, överste Johan Ekdahl, sade …": the person named in the apposition to a role
      if (isWord(j, ",") && j - first >= 4 && isWord(first + 1, ",") && isCap(first) && !isName(first)
          && personWithin(ts[first + 2], te[j - 1])) {
        return nounPhrase(first + 2, j);
      }
      if (j > first && isWord(j, ",")) {
        j = beforeRelativeClause(j, first); // "Kvinnan, som i dag arbetar i Eskilstuna, säger …"
      }
      if (j < first) {
        return null;
      }
      j = relativeBeforeAdverbials(j, first);
      Mention p = pronoun(j);
      if (p != null && !(j > first && isPreposition(j - 1))) {
        return p.ref == Ref.FIRST_PERSON ? null : p;
      }
      if (isAny(j, "men", "och") && j - 1 > first) {
        Draft before = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        boolean adjoining = isWord(j, "men") && isWord(j - 1, ",") || before != null && before.end == te[j - 1];
        if (before != null && before.speaker != null && before.cueTok >= first && before.cueTok < j && adjoining) {
          return before.speaker; // "medgav att …, men hävdar att …", "menar att … och hävdar att …", "erkände att … men
                                 // förklarade att …": the first verb's subject speaks on
        }
      }
      if (isWord(j, "och")) {
        // "säger hon och fortsätter:", "säger Camilla Waltersson Grönvall och fortsätter:" – the
        // subject of the first verb speaks on.
        for (int words = 1; words <= 4 && j - words - 1 >= first; words++) {
          if (words > 1 && !isCap(j - words)) {
            break;
          }
          if (cue(j - words - 1) != null) {
            Mention m = mentionEndingAt(j - 1, j - words);
            if (m != null) {
              return m;
            }
          }
        }
      }
      if (isWord(j, "och")) {
        Mention subject = subjectOfInnerClause(first, j);
        if (subject == null) {
          subject = coordinatedSubject(first, j);
        }
        if (subject != null) {
          return subject;
        }
      }
      if (isWord(j, "som")) {
        int a = j - 1;
        if (a >= first && isWord(a, ",")) {
          a--;
        }
        a = beforeDashedAside(a, first);
        if (a < first) {
          return null;
        }
        if (a - 2 >= first && isPlace(a) && isWord(a - 1, "i") && nameEndingAt(a - 2) != null) {
          a -= 2; // "kritiserats av Vänsterpartiet i Skåne, som menar att …": the party in its region
        }
        // "ett vittne som kontaktade polisen som berättade att …": the witness told, not the police.
        Mention head = headOfRelativeClause(a, first);
        if (head != null) {
          return head;
        }
        Mention m = mentionEndingAt(a, first);
        if (m == null) {
          m = actorNameEndingAt(a); // "ett överklagande från Svenska Rovdjursföreningen, som anser att …"
        }
        return m != null ? m : indefiniteEndingAt(a, first);
      }
      Mention aged = personWithPlaceOrAge(j, first);
      if (aged != null) {
        return aged;
      }
      if (Character.isLetter(first(j)) && !isPreposition(j) && !is("stop", j)) {
        Mention head = headOfRelativeClause(j, first);
        if (head != null) {
          return head;
        }
        Mention m = mentionEndingAt(j, first);
        if (m != null) {
          return workerBefore(m, first);
        }
        // "Docenten i krigsvetenskap Henrik Sjöstrand vid Försvarshögskolan tror …": the workplace in its
        // prepositional phrase is no subject, but the person before it is
        Mention workplace = nameEndingAt(j);
        Mention worker = workplace == null ? null : workerBefore(workplace, first);
        if (worker != null && worker != workplace) {
          return worker;
        }
      }
      if (isWord(j, ",") && j - 1 > first) {
        // "Handels ombudsman i Mellersta Norrland, Jenny Åström, säger att …": the name set off by
        // commas before the verb is the speaker the role before it describes; "Nils Harila (S)," with the party
        boolean party = j - 4 > first && isWord(j - 1, ")") && isWord(j - 3, "(") && isCap(j - 2);
        Mention m = mentionEndingAt(party ? j - 4 : j - 1, first);
        if (m != null && m.ref == Ref.NAME && m.startTok - 1 > first && isWord(m.startTok - 1, ",")) {
          // "Maria Engström, Kristdemokraterna, säger att …": the party set off after the person is hers
          Mention person = isPerson(m) ? null : mentionEndingAt(m.startTok - 2, first);
          Mention body = isPerson(m) ? null : nameEndingAt(m.startTok - 2);
          if (body != null && sameEntity(body, m)) {
            return workerBefore(body, first); // "Jonas Hedberg vid Totalförsvarets forskningsinstitut, FOI, tror att …"
          }
          return person != null && person.ref == Ref.NAME && isPerson(person) ? person : m;
        }
        // "Konkursförvaltaren, advokat Ulrika Nordin på Mannheimer Swartling, uppger att …": the person
        // before her workplace in the apposition
        Mention worker = m == null || isPerson(m) ? null : workerBefore(m, first);
        if (worker != null && worker != m && isPerson(worker)) {
          return worker;
        }
      }
      return sentenceSubject(first, v);
    }

    /**
     * "Statsvetaren Kasper Møller Hansen vid Köpenhamns universitet säger att …": the person named
     * before a workplace, not the workplace, speaks; {@code m} when no person stands before it.
     */
    Mention workerBefore(Mention m, int first) {
      int prep = nameStartTok(m) - 1;
      if (prep - 1 > first && isLowerWord(prep) && isAny(prep - 1, "vid", "på", "hos")) {
        prep--; // "vid universitetet La Sapienza": the workplace's kind noun
      }
      // "Sara Holmgren i polisregion Bergslagen säger …": a person in her body speaks, not the body
      boolean in = prep - 1 > first && isWord(prep, "i") && personEndsAt(te[prep - 1]);
      if (m.ref != Ref.NAME && m.ref != Ref.DESCRIPTION || prep - 1 <= first || !isAny(prep, "vid", "på", "hos") && !in) {
        return m;
      }
      Mention worker = mentionEndingAt(prep - 1, first);
      Mention inner = worker == null ? nameEndingAt(prep - 1) : null;
      if (inner != null && inner.startTok < m.startTok) {
        // "Professor Sten Ivarsson på Handelshögskolan vid Göteborgs universitet": a workplace within a workplace
        Mention person = workerBefore(inner, first);
        return person != inner ? person : m;
      }
      if (worker != null && worker.ref == Ref.NAME && isPerson(worker)) {
        return worker;
      }
      Mention described = personBeforeRole(prep - 1, first);
      return described != null ? described : m;
    }

    /**
     * "Anders Lundqvist, professor i epidemiologi vid Umeå universitet": the person set off by a comma
     * before the lower-case words of a role that end at {@code j}; null if none.
     */
    private Mention personBeforeRole(int j, int first) {
      for (int k = j; k > first && j - k < 6; k--) {
        if (isWord(k, ",")) {
          Mention person = k + 1 <= j && isLowerWord(k + 1) ? mentionEndingAt(k - 1, first) : null;
          return person != null && person.ref == Ref.NAME && isPerson(person) ? person : null;
        }
        if (!isLowerWord(k) || cue(k) != null) {
          return null;
        }
      }
      return null;
    }

    /**
     * The first token of the name that ends with the mention: "Hebreiska universitetet" for the
     * description "universitetet" the entity stage found inside it; else the mention's own first token.
     */
    int nameStartTok(Mention m) {
      for (int e = 0; e < ents.size(); e++) {
        if (ents.end()[e] == m.spanEnd && ents.start()[e] < m.spanStart) {
          return tokenAt(ents.start()[e]);
        }
      }
      return m.startTok;
    }

    /**
     * The entity stage's person or organisation that ends with token {@code j}, as a named mention;
     * null if none. A relative clause's antecedent may stand in a prepositional phrase, where
     * {@link #mentionEndingAt} looks for no subject.
     */
    Mention actorNameEndingAt(int j) {
      for (int e = 0; e < ents.size(); e++) {
        if (ents.end()[e] == te[j] && ("PER".equals(ents.type()[e]) || "ORG".equals(ents.type()[e]))) {
          Mention m = new Mention(tokenAt(ents.start()[e]), j + 1, ents.start()[e], te[j], Ref.NAME);
          m.canonical = entityCanonical(e);
          return m;
        }
      }
      return null;
    }

    /** The entity stage's name that ends with token {@code j}, as a mention; null if none. */
    Mention nameEndingAt(int j) {
      for (int e = 0; e < ents.size(); e++) {
        if (ents.end()[e] == te[j]) {
          return new Mention(tokenAt(ents.start()[e]), j + 1, ents.start()[e], te[j], Ref.NAME);
        }
      }
      return null;
    }

    /** Whether the entity stage gave the names of both mentions one canonical form ("Totalförsvarets forskningsinstitut, FOI"). */
    boolean sameEntity(Mention a, Mention b) {
      String first = canonicalEndingAt(a.spanEnd);
      return first != null && first.equals(canonicalEndingAt(b.spanEnd));
    }

    private String canonicalEndingAt(int end) {
      for (int e = 0; e < ents.size(); e++) {
        if (ents.end()[e] == end) {
          return ents.canonical()[e];
        }
      }
      return null;
    }

    /** Whether the entity stage typed the mention's span a person. */
    boolean isPerson(Mention m) {
      for (int e = 0; e < ents.size(); e++) {
        if (ents.end()[e] == m.spanEnd && ents.start()[e] >= m.spanStart) {
          return "PER".equals(ents.type()[e]); // the name after a title ("Statsvetaren Kasper Møller Hansen")
        }
      }
      return false;
    }

    /**
     * "Kvinnan i 40-årsåldern berättar att …", "mannen från Göteborg säger att …": a noun for a person
     * with a short phrase of age or origin ending at {@code j} is the subject; null otherwise.
     */
    /** Plural nouns for people that an age or a place may follow: "Två män i 18-årsåldern anmäler att …". */
    static final String[] PEOPLE = {"män", "kvinnor", "pojkar", "flickor", "killar", "tjejer", "personer", "ungdomar"};

    Mention personWithPlaceOrAge(int j, int first) {
      if (j - 2 < first || !isAny(j - 1, "i", "från") || isPunct(j)) {
        return null;
      }
      int noun = j - 2;
      boolean aged = lower(j).endsWith("årsåldern");
      if (!is("person-m", noun) && !is("person-f", noun) && !isAny(noun, PEOPLE)
          || isWord(noun, "man") && !(noun > first && isAny(noun - 1, "en", "ung", "äldre", "yngre", "okänd", "annan"))
              && !(aged && isCap(noun))) {
        return null; // "man" is mostly the pronoun "one", but "Man i 30-årsåldern anmäler" opens a notice
      }
      int s = noun;
      while (s - 1 >= first && (is("determiner", s - 1) || adjectiveLike(s - 1)) && noun - s < 3) {
        s--;
      }
      Mention m = new Mention(s, j + 1, ts[s], te[j], Ref.DESCRIPTION);
      m.canonical = text.substring(ts[s], te[j]);
      return m;
    }

    /**
     * "Vittnen som ringer polisen uppger att …", "Kvinnan som larmade polisen berättar att …": the
     * noun phrase ending at {@code j} is the object of a relative clause ("som ringer polisen"),
     * and the speech verb after it belongs to the phrase the clause describes; null when no such
     * clause ends at {@code j} or no phrase stands before it.
     */
    Mention headOfRelativeClause(int j, int first) {
      int r = j - 1;
      while (r > first && j - r <= 4 && !isWord(r, "som")) {
        if (isPunct(r) || isWord(r, "och") || isWord(r, "att") || cue(r) != null) {
          return null;
        }
        r--;
      }
      boolean clauseVerb = r + 1 < j && (verbs != null ? verbs[r + 1] : isLowerWord(r + 1));
      if (r <= first || !isWord(r, "som") || !clauseVerb || mentionEndingAt(j, r + 2) == null) {
        return null;
      }
      int a = r - 1;
      if (a > first && isWord(a, ",")) {
        a--;
      }
      Mention m = mentionEndingAt(a, first);
      return m != null ? m : indefiniteEndingAt(a, first);
    }

    /**
     * The subject of the verb before "och" (at {@code and}) when that verb opens a clause of its
     * own within the sentence: after a heading's colon ("18:30 Borås: Vittnen ringer in och säger
     * att …") or a subordinating conjunction ("Polis larmas till området då ett vittne ringer in och
     * säger att …"), where the sentence's first words are not the speaker; else null.
     */
    Mention subjectOfInnerClause(int first, int and) {
      if (verbs == null) {
        return null;
      }
      int c = and - 1;
      while (c > first && !isWord(c, ":") && !isAny(c, "då", "när", "eftersom", "sedan", "medan", "innan")) {
        if (isSentenceEnd(c) || isWord(c, "att") || cue(c) != null) {
          return null;
        }
        c--;
      }
      if (c <= first || c + 1 >= and) {
        return null;
      }
      if (isWord(c, ":")) {
        return coordinatedSubject(c + 1, and);
      }
      int verb = c + 1;
      while (verb < and && !verbs[verb]) {
        if (isPunct(verb) || verb - c > 5) {
          return null;
        }
        verb++;
      }
      for (int k = verb + 1; k < and; k++) {
        if (isPunct(k)) {
          return null;
        }
      }
      // A pronoun subject ("när han yttrade de berömda orden och sa att …") is left to the
      // sentence's reading, which knows whom it stands for.
      if (verb >= and || verb == c + 1 || pronoun(verb - 1) != null) {
        return null;
      }
      Mention m = mentionEndingAt(verb - 1, c + 1);
      return m != null ? m : indefiniteEndingAt(verb - 1, c + 1);
    }

    /**
     * The token before an aside set off by two dashes that ends at {@code a} ("en person - ibland
     * med en robotlik röst - som påstår …"), or {@code a} itself when no aside ends there.
     */
    int beforeDashedAside(int a, int first) {
      if (a <= first || !isDash(a)) {
        return a;
      }
      for (int k = a - 1; k > first && a - k <= 12; k--) {
        if (isDash(k)) {
          return k - 1;
        }
        if (isSentenceEnd(k)) {
          break;
        }
      }
      return a;
    }

    /**
     * An indefinite noun phrase ending at {@code a} that a relative clause describes: "en person
     * som påstår att …", "en kvinna i 40-årsåldern som uppger att …". Only a phrase opened by an
     * indefinite article or quantifier counts, so that a bare noun ("personer som uppger …") does
     * not become a speaker.
     */
    Mention indefiniteEndingAt(int a, int first) {
      int head = a;
      if (head - 2 >= first && isWord(head - 1, "i") && lower(head).endsWith("årsåldern")) {
        head -= 2; // "en man i 30-årsåldern"
      }
      if (!isLowerWord(head) || is("stop", head) || is("adverb", head) || cue(head) != null) {
        return null;
      }
      int s = head - 1;
      while (s >= first && adjectiveLike(s)) {
        s--;
      }
      if (s < first || !isAny(s, "en", "ett", "någon", "något", "några", "flera")) {
        return null;
      }
      return new Mention(s, a + 1, ts[s], te[a], Ref.DESCRIPTION);
    }

    /**
     * "En man i 55-årsåldern ringer och säger att …", "Boende i Norrmalm hör av sig till polis och
     * berättar att …": the speech verb shares its subject with a verb before "och" (at
     * {@code and}); the subject is what opens the sentence before that first verb, a name or a
     * description, when the syntax tags are there to find the verb.
     */
    Mention coordinatedSubject(int first, int and) {
      if (verbs == null || !(isCap(first) && Character.isLetter(first(first))) || is("adverb", first)
          || isPreposition(first) || is("back-reference", first) || is("stop", first)) {
        return null;
      }
      int verb = first + 1;
      while (verb < and && !verbs[verb]) {
        if (isPunct(verb) || cue(verb) != null || isWord(verb, "att") || verb - first > 6) {
          return null;
        }
        verb++;
      }
      if (verb >= and || cue(verb) != null && and - verb <= 5) {
        return null; // "säger hon och fortsätter" is read by the caller; "beskriver beskedet som … och menar" is not
      }
      for (int k = verb + 1; k < and; k++) {
        // "… beskriver beskedet som ”tungt men inte oväntat” och menar att …": a quoted word is no clause break
        if (isPunct(k) && !(te[k] - ts[k] == 1 && isQuoteChar(text.charAt(ts[k]))) || isWord(k, "att")) {
          return null;
        }
      }
      Mention p = pronoun(first);
      if (p != null) {
        return verb == first + 1 && p.ref != Ref.FIRST_PERSON ? p : null;
      }
      boolean name = isName(first);
      for (int k = first; k < verb; k++) {
        name &= isCap(k) && Character.isLetter(first(k));
      }
      // "Linköpings GIF:s ordförande Eva Strömberg beskriver …": the person the phrase ends in
      return name || personEndsAt(te[verb - 1]) ? nounPhrase(first, verb)
          : new Mention(first, verb, ts[first], te[verb - 1], Ref.DESCRIPTION);
    }

    /** Whether a person of the entity stage lies within chars {@code start} to {@code end}. */
    boolean personWithin(int start, int end) {
      for (int e = 0; e < ents.size(); e++) {
        if (ents.start()[e] >= start && ents.end()[e] <= end && "PER".equals(ents.type()[e])) {
          return true;
        }
      }
      return false;
    }

    /** Whether a person of the entity stage ends at char {@code end}. */
    boolean personEndsAt(int end) {
      for (int e = 0; e < ents.size(); e++) {
        if (ents.end()[e] == end && "PER".equals(ents.type()[e])) {
          return true;
        }
      }
      return false;
    }

    /** The noun phrase ending at token {@code j}: a name run, or a definite noun with its modifiers. */
    Mention mentionEndingAt(int j, int first) {
      Mention p = pronoun(j);
      if (p != null) {
        return p.ref == Ref.FIRST_PERSON ? null : p;
      }
      if (isCap(j) && Character.isLetter(first(j))) {
        int s = j;
        while (s - 1 >= first && isCap(s - 1) && Character.isLetter(first(s - 1))) {
          s--;
        }
        if (s > first && isPreposition(s - 1) || s < j && isPreposition(s)) {
          return null; // "Var fjärde person i Sverige uppger …", "I Stockholm kallade …": not the subject
        }
        Mention both = coordinatedNames(s, j, first);
        if (both != null) {
          return both;
        }
        if (s == first && s == j && !isName(s)) {
          // The word before the finite verb at the start of a sentence is its subject, unless
          // it is an adverb ("Nu säger …") or points back ("Det säger …").
          if (is("adverb", s) || is("back-reference", s) || is("stop", s) || isPreposition(s)
              || is("determiner", s) || is("sentence-adverb", s) || cue(s) != null) {
            return null;
          }
          Mention m = new Mention(s, j + 1, ts[s], te[j], Ref.NAME);
          String full = fullName(m);
          if (allCaps(s) || full.indexOf(' ') > 0) {
            m.canonical = full; // "Hedlund menar" → Mats Hedlund
            return m;
          }
          return new Mention(s, j + 1, ts[s], te[j], Ref.DESCRIPTION);
        }
        return nounPhrase(s, j + 1);
      }
      if (isLowerWord(j) && definiteNoun(j) && !isPreposition(j - 1)) {
        int s = j;
        while (s - 1 >= first && (is("determiner", s - 1) || adjectiveLike(s - 1) || genitive(s - 1))
            && !isPreposition(s - 1)) {
          s--;
        }
        return new Mention(s, j + 1, ts[s], te[j], Ref.DESCRIPTION);
      }
      return null;
    }

    /**
     * Two names joined by "och" that open the sentence speak together ("Sverige och Finland
     * annonserade att …", "Moderaterna och Liberalerna meddelar att …"); {@code s} to {@code j} is
     * the second name. The pair is its own description, as no one name stands for both.
     */
    Mention coordinatedNames(int s, int j, int first) {
      if (s - 2 < first || !isWord(s - 1, "och") || !isName(s)) {
        return null;
      }
      int c = s - 2;
      if (!isCap(c) || !Character.isLetter(first(c))) {
        return null;
      }
      while (c - 1 >= first && isCap(c - 1) && Character.isLetter(first(c - 1))) {
        c--;
      }
      return c == first && isName(c) ? new Mention(c, j + 1, ts[c], te[j], Ref.DESCRIPTION) : null;
    }

    boolean allCaps(int i) {
      for (int c = ts[i]; c < te[i]; c++) {
        if (Character.isLowerCase(text.charAt(c))) {
          return false;
        }
      }
      return te[i] - ts[i] > 1;
    }

    boolean adjectiveLike(int i) {
      if (Character.isDigit(first(i))) {
        String w = word(i);
        return w.endsWith("-årig") || w.endsWith("-åriga") || w.endsWith("-årige"); // "En 84-årig kvinna"
      }
      if (!isLowerWord(i)) {
        return false;
      }
      char last = Character.toLowerCase(text.charAt(te[i] - 1));
      return (last == 'a' || last == 'e') && te[i] - ts[i] > 3 && cue(i) == null
          && !is("stop", i) && !is("adverb", i);
    }

    /** Whether token {@code i} is a place of one word the entity stage found ("Påarp"). */
    boolean isPlace(int i) {
      for (int e = 0; e < ents.size(); e++) {
        if (ents.start()[e] == ts[i] && ents.end()[e] == te[i] && "LOC".equals(ents.type()[e])) {
          return true;
        }
      }
      return false;
    }

    /** True when a capitalised token starts a name: a known first name or an entity. */
    boolean isName(int i) {
      if (lex.gender(text, ts[i], te[i]) != 0) {
        return true;
      }
      for (int e = 0; e < ents.size(); e++) {
        if (ents.start()[e] <= ts[i] && te[i] <= ents.end()[e]) {
          return true;
        }
      }
      return i + 1 < n && isCap(i + 1) && Character.isLetter(first(i + 1)) && ts[i + 1] - te[i] == 1;
    }

    /** The sentence's subject before token {@code v}: its first word or its first name. */
    Mention sentenceSubject(int first, int v) {
      while (first < v && (isClockTime(first) || isWord(first, ":") || isAny(first, "Kl", "kl", "Kl.", "kl."))) {
        first++; // "02:38 En man anmäler att …": a police notice's clock time opens the line
      }
      if (first >= v) {
        return null;
      }
      Mention p = pronoun(first);
      if (p != null) {
        return p.ref == Ref.FIRST_PERSON ? null : p;
      }
      if (isCap(first) && Character.isLetter(first(first)) && !isPreposition(first) && !is("adverb", first)
          && !is("stop", first) && !is("back-reference", first) && !is("determiner", first)
          && !isAny(first, "Tidigare", "Samtidigt", "Nu", "Här", "Där", "Därför", "Också", "Även", "Redan",
              "Sedan", "Dessutom", "Men", "Och", "I", "På")) {
        int e = first + 1;
        while (e < v && isCap(e) && Character.isLetter(first(e))) {
          e++;
        }
        if (e - first > 1 || !genitive(first)) {
          if (e - first == 1 && !isName(first)) {
            if (definiteNoun(first)) {
              return new Mention(first, e, ts[first], te[first], Ref.DESCRIPTION);
            }
          } else {
            return nounPhrase(first, e);
          }
        }
      }
      if (isCap(first) && genitive(first) && verbs != null && v - first >= 2 && v - first <= 8) {
        // "Polisens insatschef vid Kramfors stadsfest meddelar att …": a genitive opens the subject,
        // which runs to the speech verb when no other verb or punctuation stands between.
        // "Friskolornas riksförbund har tidigare hävdat att …": an auxiliary and adverbs before the verb end it
        int end = v;
        while (end - 1 > first && (is("auxiliary", end - 1) || is("adverb", end - 1))) {
          end--;
        }
        boolean plain = true;
        for (int k = first + 1; k < end && plain; k++) {
          plain = !verbs[k] && !isPunct(k) && cue(k) == null && !isWord(k, "att");
        }
        if (plain) {
          // "Polisens presstalesperson Sara Holmgren i polisregion Bergslagen säger att …": the person named in it
          return personWithin(ts[first], te[end - 1]) ? nounPhrase(first, end)
              : new Mention(first, end, ts[first], te[end - 1], Ref.DESCRIPTION);
        }
      }
      if (is("determiner", first) && isCap(first) && !isWord(first, "det") && !isWord(first, "de")) {
        // "En talesperson för polisen säger att …"
        int e = first + 1;
        while (e < v && e - first < 7 && !isPunct(e) && cue(e) == null && !is("auxiliary", e) && !is("adverb", e)) {
          e++;
        }
        if (e == v || e < v && (is("auxiliary", e) || is("adverb", e))) {
          int verb = firstVerbBefore(first + 1, e);
          // "En kvinna ringde och anmälde att …": the phrase ends at its own verb
          int end = verb > first + 1 && isWord(v - 1, "och") ? verb : e;
          if (end - 1 > first + 1 && isWord(end - 1, "som")) {
            end--; // "En åklagare som har mött Wik …": the relative clause stopped at its auxiliary is no part of it
          }
          return new Mention(first, end, ts[first], te[end - 1], Ref.DESCRIPTION);
        }
      }
      for (int i = first; i < v; i++) {
        if (isCap(i) && Character.isLetter(first(i)) && i > first && !isPreposition(i - 1)) {
          int e = i;
          while (e < v && isCap(e) && Character.isLetter(first(e))) {
            e++;
          }
          if (e - i == 1 && genitive(i)) {
            continue;
          }
          Mention m = nounPhrase(i, e);
          if (m.ref == Ref.NAME) {
            return m;
          }
        }
      }
      return null;
    }

    // ---------------------------------------------------------------- reported speech

    void reported(int s) {
      int first = sentFirst[s];
      int from = first;
      int end = Math.min(n, sentEnd[s]);
      for (int i = first; i < end; i++) {
        int len = te[i] - ts[i];
        // Speech verbs are lower-case words of 2 to 13 letters; "Enligt" may open the sentence.
        if (covered[i] || len < 2 || len > 13 || !Character.isLowerCase(first(i)) && i != first) {
          continue;
        }
        if (isWord(i, "enligt")) {
          enligt(i, from, end);
          continue;
        }
        QuoteLexicon.Cue cue = cue(i);
        // "Hon brukade säga att …": what someone used to say is a statement of theirs
        boolean habit = cue != null && cue.tense() == QuoteLexicon.Tense.INFINITIVE && i > first && is("habit", i - 1);
        if (cue == null || !cue.finite() && !habit) {
          continue;
        }
        if (cue.has(QuoteLexicon.TRAILING) && trailing(i, first, end, s)) {
          return;
        }
        resumeAt = -1;
        if (clause(i, cue, from, end)) {
          if (resumeAt <= i) {
            return;
          }
          // ", men enligt Reuters har …": the source opens a sentence of its own
          from = isAny(resumeAt, "men", "och") ? resumeAt + 1 : resumeAt;
          i = from - 1;
        }
      }
    }

    /** "…, meddelar myndigheterna." and "Det säger X." */
    boolean trailing(int v, int first, int end, int s) {
      int last = end - 1;
      while (last > v && isSentenceEnd(last)) {
        last--;
      }
      boolean backRef = v == first + 1 && is("back-reference", first)
          || v == first + 2 && isWord(first, "det") && isWord(first + 1, "här");
      boolean comma = v - 1 > first + 2 && isWord(v - 1, ",");
      if (!backRef && !comma) {
        return false;
      }
      Mention m = speakerAfter(v + 1, last + 1);
      if (m == null || backRef && saysSomething(m)) {
        return false;
      }
      if (!attributionCloses(m, last)) {
        return false;
      }
      if (comma) {
        Draft d = new Draft(ts[isWord(first, "men") ? first + 1 : first], te[v - 2], false, tokBlock[v]);
        if (isSentenceEnd(v - 2)) {
          d.end = te[v - 3];
        }
        d.cueTok = v;
        d.speaker = m;
        setMedium(d);
        drafts.add(d);
        mark(first, end, false);
        return true;
      }
      // "Det säger X." makes the sentences before it, in its paragraph, the quote.
      int b = tokBlock[first];
      int from = blockFirstTok[b];
      int to = first;
      if (from == first && b > 0 && !heading[b - 1]) {
        from = blockFirstTok[b - 1];
        to = blockEndTok[b - 1];
      }
      while (from < to && (covered[from] || from == blockFirstTok[tokBlock[from]] && isDash(from))) {
        from++; // the speech dash of a quote before
      }
      if (from >= to) {
        Draft direct = directEndingNear(first);
        if (direct != null && direct.speaker == null) {
          direct.cueTok = v;
          direct.speaker = m;
          setMedium(direct);
          mark(first, end, false);
          return true;
        }
        return false;
      }
      for (int i = from; i < to; i++) {
        if (covered[i]) {
          return false;
        }
      }
      int contentEnd = to - 1;
      if (contentEnd > from && isWord(contentEnd, ".")) {
        contentEnd--; // the sentence's full stop is no part of what was said
      }
      Draft d = new Draft(ts[from], te[contentEnd], false, tokBlock[from]);
      d.cueTok = v;
      d.speaker = m;
      setMedium(d);
      drafts.add(d);
      mark(from, end, false);
      return true;
    }

    /**
     * What may follow the speaker of "Det säger X …" to the end of the sentence: an apposition, a
     * second speaker, the medium, the occasion and the date ("Det säger Thomas Fuxborg,
     * presstalesperson, till TT", "Det underströk Björn Lyrvall, Sveriges ambassadör för Arktis när
     * han talade vid evenemanget", "Det skriver statsminister Ulf Kristersson i en debattartikel i
     * Svenska Dagbladet den 9 november 2023").
     */
    boolean closesAttribution(int k) {
      return isWord(k, ",") || isWord(k, "(") || isPreposition(k)
          || isAny(k, "när", "då", "inför", "efter", "under", "vid", "den", "och")
          || Character.isDigit(first(k));
    }

    /**
     * Whether the attribution whose speaker {@code m} was just read (with {@link #speakerAfter},
     * which set its medium) runs to the sentence's last token {@code last}: nothing follows, or
     * co-speakers and then what {@link #closesAttribution} allows, with no colon or quote mark
     * that makes the verb introduce what comes after.
     */
    boolean attributionCloses(Mention m, int last) {
      int after = Math.max(m.endTok, mediumEndTok);
      if (after <= last) {
        after = coSpeakersEnd(after, last + 1);
      }
      return after > last || closesAttribution(after) && !introducesMore(after, last);
    }

    /**
     * A colon or quote mark after the speaker: the verb introduces what follows, not what stood
     * before ("I ett brev till Sophie Elkan, 1894, skriver Selma Lagerlöf om sin litterära förmåga: ”…").
     */
    boolean introducesMore(int from, int last) {
      for (int i = from; i <= last; i++) {
        if (isWord(i, ":") || te[i] - ts[i] == 1 && isQuoteChar(first(i))) {
          return true;
        }
      }
      return false;
    }

    /** "Det säger något viktigt om oss": what follows the verb is no speaker. */
    boolean saysSomething(Mention m) {
      return m.ref == Ref.DESCRIPTION && isAny(m.startTok, "något", "mycket", "allt", "inget", "ingenting", "lite",
          "en", "ett", "sig", "oss", "mig", "dig", "mer", "mindre", "emot");
    }

    /**
     * "…, skriver energi- och näringsminister Ebba Busch, finansminister Elisabeth Svantesson och
     * civilminister Erik Slottner i en debattartikel i Dagens Industri": after the first speaker,
     * others joined by commas and "och", each with a capitalised name. Returns the token after the
     * last of them and its medium, or {@code k} when none follows.
     */
    int coSpeakersEnd(int k, int limit) {
      int end = k;
      while (end < limit - 1 && (isWord(end, ",") || isAny(end, "och", "samt"))) {
        Mention next = speakerAfter(end + 1, limit);
        if (next == null || !hasCapitalisedName(next.startTok, next.endTok)) {
          break;
        }
        end = Math.max(next.endTok, mediumEndTok);
      }
      return end == k ? k : end;
    }

    boolean hasCapitalisedName(int from, int to) {
      for (int i = from; i < to; i++) {
        if (isCap(i) && Character.isLetter(first(i))) {
          return true;
        }
      }
      return false;
    }

    Draft directEndingNear(int tok) {
      Draft best = null;
      for (Draft d : drafts) {
        if (d.direct && d.end <= ts[tok] && ts[tok] - d.end < 40) {
          best = d;
        }
      }
      return best;
    }

    /** "X säger att …", "meddelade regeringen att …", "vittnar om hur …", "varnar för …". */
    boolean clause(int v, QuoteLexicon.Cue cue, int first, int end) {
      int last = end - 1;
      while (last > v && isSentenceEnd(last)) {
        last--;
      }
      int j = v + 1;
      int contentFirst = -1;
      boolean reasonAfterObject = false;
      // Look past adverbs, an inverted subject and a medium or time for the complementiser.
      int k = v + 1;
      while (k <= last && is("adverb", k)) {
        k++;
      }
      j = k;
      int distributive = distributiveEnd(v + 1, last + 1);
      if (distributive > 0) {
        j = v + 1;
      }
      int subjectEnd = distributive > 0 ? distributive : npEnd(k, last + 1);
      if (subjectEnd > k) {
        k = subjectEnd;
      }
      while (k <= last && k <= v + 14) {
        if (is("adverb", k)) {
          k++;
          continue;
        }
        if (k > v + 1 && k + 2 <= last && isWord(k, "(") && isWord(k + 2, ")")) {
          k += 3; // "säger Ann Linde (S) att …": the party's letters after the speaker
          continue;
        }
        int relativeEnd = k > v + 1 && isWord(k, ",") && isWord(k + 1, "som") ? commaBeforeAtt(k + 2, last) : -1;
        if (relativeEnd > 0) {
          // "berättade HYBRIT, som ägs av SSAB, LKAB och Vattenfall, att …": the subject's own relative clause
          k = relativeEnd + 1;
          continue;
        }
        if (k + 1 <= last && isAny(k, "förra", "nästa", "samma", "denna") && timeNoun(k + 1)) {
          k += 2; // "sade förra veckan att …"
          continue;
        }
        if (isAny(k, "i", "på", "för", "till", "under", "vid", "via", "inför", "efter", "genom")) {
          int e = k + 1;
          // "konstaterar i sin redovisning av uppdraget att …": a possessive opens the phrase, ends none.
          while (e <= last && e - k <= 5 && !isPunct(e) && !isWord(e, "att") && cue(e) == null
              && !isAny(e, "i", "på", "för", "till", "under", "vid", "som", "och")
              && !(e > k + 1 && isAny(e, "sin", "sitt", "sina"))) {
            e++;
          }
          if (e == k + 1) {
            break;
          }
          k = e;
          continue;
        }
        break;
      }
      if (k <= last && isWord(k, "att") && cue.has(QuoteLexicon.ATT)) {
        // "hotar att publicera …": a verb right after "att" is an infinitive, an intention, no statement
        if (k + 1 <= last && verbs != null && verbs[k + 1] && isLowerWord(k + 1)) {
          return false;
        }
        contentFirst = k + 1;
      } else if (k > v + 1 && k + 1 <= last && isWord(k, "för") && isWord(k + 1, "att") && cue.has(QuoteLexicon.FOR)) {
        contentFirst = k + 2; // "KI varnade på tisdagen för att Sverige går in i en lågkonjunktur"
      } else if (k > v + 1 && k + 1 <= last && isWord(k, "med") && isWord(k + 1, "att") && cue.has(QuoteLexicon.MED_ATT)) {
        contentFirst = k + 2; // "Universitetet motiverar flytten med att det är svårt att rekrytera lärare"
        reasonAfterObject = true; // what stands between the verb and "med" is its object, not its subject
      } else if (k <= last && k > j && subjectEnd > j && cue.has(QuoteLexicon.OM) && isAny(k, "hur", "vad", "varför")) {
        contentFirst = k; // "berättade Kragsta Drift hur de har arbetat …"
      }
      for (k = v + 1; contentFirst < 0 && k <= last && k <= v + 3; k++) {
        if (k == j && cue.has(QuoteLexicon.OM) && isAny(k, "hur", "vad", "varför")) {
          contentFirst = k;
          break;
        }
        if (k == j && isWord(k, "om") && cue.has(QuoteLexicon.OM) && k + 1 <= last
            && isAny(k + 1, "hur", "att", "vad", "varför", "när", "vilka", "vem", "vilken", "vilket")) {
          contentFirst = isWord(k + 1, "att") ? k + 2 : k + 1;
          break;
        }
        if (k == j && isWord(k, "på") && cue.has(QuoteLexicon.PA_ATT) && k + 2 <= last && isWord(k + 1, "att")) {
          contentFirst = k + 2; // "Kontantutredningen pekar på att många …"
          break;
        }
        if (k == j && isWord(k, "för") && cue.has(QuoteLexicon.FOR) && k + 2 <= last && isWord(k + 1, "att")) {
          // "varnar för att vägarna kan bli hala" reports a clause; "varnar för halka" names a danger, no statement
          contentFirst = k + 2;
          break;
        }
        // "pekade bland annat på att …": an adverbial of two words
        boolean among = isWord(k, "bland") && isWord(k + 1, "annat") || isWord(k, "annat") && isWord(k - 1, "bland");
        if (!is("adverb", k) && !among || k == v + 3 && !among) {
          break;
        }
        j = k + 1;
      }
      if (contentFirst < 0 || contentFirst > last) {
        return false;
      }
      Mention m = null;
      int comp = isAny(contentFirst, "hur", "vad", "varför") && !isAny(contentFirst - 1, "om", "för")
          ? contentFirst : contentFirst - 1;
      if (j < comp && !reasonAfterObject) {
        Mention after = distributive > 0 ? description(j, distributive) : speakerAfter(j, comp);
        // "sa bolagets ledning att …": a noun after a genitive is definite too
        if (after != null && (after.ref != Ref.DESCRIPTION || definiteNoun(after.endTok - 1)
            || after.endTok - after.startTok >= 2 && genitive(after.startTok) || isCap(after.startTok)
            || distributive > 0)) {
          m = after;
        }
      }
      int distributiveStart = m == null ? distributiveEndingAt(v, first) : -1;
      if (distributiveStart >= 0) {
        m = description(distributiveStart, v);
      }
      if (m == null) {
        m = speakerBefore(v);
        mediumEndTok = 0;
      }
      if (m == null) {
        return false;
      }
      if (m.ref == Ref.DESCRIPTION && notSourcePhrase(m)) {
        return false; // "överenskommelsen medger att …" is a rule, not a speaker
      }
      if (m.ref == Ref.DESCRIPTION && cue.has(QuoteLexicon.PA_ATT) && !isName(m.startTok) && !namedBody(m)) {
        return false; // "Vittnesuppgifter pekar på att …", "inget som pekade på att …": evidence, not a speaker
      }
      last = beforeSplicedClause(contentFirst, last);
      while (last > contentFirst && isPunct(last)) {
        last--;
      }
      last = withClosingMark(contentFirst, last);
      Draft d = new Draft(ts[contentFirst], te[last], false, tokBlock[v]);
      d.cueTok = v;
      d.speaker = m;
      d.anchor = ts[v];
      if (m.startTok > v) {
        setMedium(d);
      } else if (comp > v + 1) {
        // "Hedlund säger till Norrtelje Tidning att …": the medium sits between verb and clause.
        int from = v + 1;
        while (from < comp && is("adverb", from)) {
          from++;
        }
        mediumAfter(from, comp);
        if (mediumEndTok > from) {
          d.mediumStart = ts[from];
          d.mediumEnd = te[mediumEndTok - 1];
        }
      }
      drafts.add(d);
      mark(contentFirst, resumeAt > contentFirst ? resumeAt : end, false);
      return true;
    }

    /**
     * The end of a noun phrase that can be a subject starting at {@code k} ("hon", "regeringen",
     * "socialminister Jakob Forssmed", "den lokala polisen"), or -1.
     */
    /** The comma right before an "att" within fifteen words from {@code from}, else -1. */
    private int commaBeforeAtt(int from, int last) {
      for (int c = from; c < last && c < from + 15; c++) {
        if (isWord(c, ",") && isWord(c + 1, "att")) {
          return c;
        }
        if (isSentenceEnd(c) || cue(c) != null) {
          return -1;
        }
      }
      return -1;
    }

    int npEnd(int k, int limit) {
      if (k >= limit) {
        return -1;
      }
      if (pronoun(k) != null) {
        return k + 1;
      }
      int e = k;
      int lastGood = -1;
      int named = nameEndingTok(k);
      if (named > k + 1 && named <= limit) {
        e = named; // "skriver Malmö stad att …": a name of the entity stage, lower-case words and all
        lastGood = named;
      }
      while (e < limit && e - k < 7) {
        if (isCap(e) && Character.isLetter(first(e))) {
          e++;
          lastGood = e;
          continue;
        }
        if (isPunct(e) || isWord(e, "att") || cue(e) != null || isPreposition(e) || is("stop", e)
            || is("adverb", e) || isAny(e, "sin", "sitt", "sina")) {
          break;
        }
        if (is("determiner", e) || genitive(e) || adjectiveLike(e) && e > k) {
          e++;
          continue;
        }
        if (isLowerWord(e) && e + 1 < limit && isCap(e + 1)) {
          e++; // a title before a name
          continue;
        }
        // "bolagets ledning", "företagets vd": after a genitive the noun is definite in its indefinite form
        boolean owned = e > k && genitive(e - 1) && (verbs == null || !verbs[e]);
        if (isLowerWord(e) && (definiteNoun(e) || owned)) {
          e++;
          lastGood = e;
        }
        break;
      }
      return lastGood;
    }

    private static final Set<String> ORDINALS = Set.of("andra", "tredje", "fjärde", "femte", "sjätte", "sjunde",
        "åttonde", "nionde", "tionde");

    /**
     * The end of a survey's subject "var fjärde flicka och var femte pojke", "varannan svensk"
     * that starts at {@code k}, else -1: indefinite, yet someone who answers.
     */
    int distributiveEnd(int k, int limit) {
      int end = -1;
      while (k < limit) {
        int noun = isWord(k, "varannan") || isWord(k, "Varannan") ? k + 1
            : isAny(k, "var", "Var") && k + 1 < limit && ORDINALS.contains(lower(k + 1)) ? k + 2 : -1;
        if (noun < 0 || noun >= limit || !isLowerWord(noun) || cue(noun) != null) {
          break;
        }
        end = noun + 1;
        if (end + 1 < limit && isAny(end, "och", "samt", "eller")) {
          k = end + 1;
          continue;
        }
        break;
      }
      return end;
    }

    /** Tokens [j, k) as a speaker described, not named ("Var tredje svensk" opens with a capital). */
    Mention description(int j, int k) {
      return new Mention(j, k, ts[j], te[k - 1], Ref.DESCRIPTION);
    }

    /** The start of a survey's subject ("Var tredje svensk uppger att …") that ends at {@code v}, else -1. */
    int distributiveEndingAt(int v, int first) {
      for (int k = Math.max(first, v - 8); k < v; k++) {
        if (distributiveEnd(k, v) == v) {
          return k;
        }
      }
      return -1;
    }

    /**
     * "Enligt hans försvarare, advokaten Peter Holm, kommer domen att överklagas": the comma closing an
     * apposition that names the person a source in lower case ({@code from}) stands for, when the clause's
     * verb follows it; else -1.
     */
    int personAppositionEnd(int from, int comma, int last) {
      if (isCap(from)) {
        return -1;
      }
      for (int c = comma + 2; c < last && c - comma <= 6; c++) {
        if (isWord(c, ",")) {
          boolean verbAfter = verbs == null || verbs[c + 1] || is("auxiliary", c + 1);
          return verbAfter && isCap(c - 1) && personAt(c - 1, c) != null ? c : -1;
        }
        if (isPunct(c) || isWord(c, "att") || cue(c) != null) {
          return -1;
        }
      }
      return -1;
    }

    /**
     * "Enligt Per Holm, presstalesperson vid polisen, var mannen beväpnad": the comma closing a
     * role set off by commas after the source (lower-case words, no "att"), when the clause's
     * verb follows it; else {@code comma}, the comma after the source.
     */
    int afterRoleApposition(int comma, int last) {
      if (!isLowerWord(comma + 1)) {
        return comma;
      }
      for (int c = comma + 1; c < last && c - comma <= 8; c++) {
        if (isWord(c, ",")) {
          return c > comma + 1 && isLowerWord(c + 1) && (verbs == null || verbs[c + 1] || is("auxiliary", c + 1))
              ? c : comma;
        }
        if (isPunct(c) || isWord(c, "att") || cue(c) != null) {
          return comma;
        }
      }
      return comma;
    }

    /**
     * "Enligt Finansinspektionen, som har varnat för bolaget sedan 2018, har …": the comma that
     * closes a relative clause on the source, when one opens after {@code comma}; else {@code comma}.
     */
    private int afterRelativeClause(int comma, int last) {
      if (!isWord(comma + 1, "som")) {
        return comma;
      }
      for (int c = comma + 2; c < last && c - comma <= 20; c++) {
        if (isWord(c, ",")) {
          return c;
        }
      }
      return comma;
    }

    /**
     * After a source's name, the place it works at or is seated in belongs to the source phrase:
     * "Lina Forsberg vid Åklagarmyndigheten", "Världsmeteorologiska organisationen i Genève",
     * "Kaisa Virtanen vid Näringslivets forskningsinstitut (Etla)". Returns the token after it, or
     * {@code k} when none follows.
     */
    private int afterWorkplace(int k, int last) {
      if (k + 1 > last || !isAny(k, "vid", "på", "hos", "i")) {
        return k;
      }
      // "vid handelns forskningsinstitut HUI Research": the workplace's kind before its name
      int name = k + 1;
      while (name <= last && name <= k + 3 && isLowerWord(name) && !isWord(name, "att") && cue(name) == null
          && (verbs == null || !verbs[name])) {
        name++;
      }
      if (name > last || !isCap(name) || !Character.isLetter(first(name))) {
        return k;
      }
      int end = nameEndingTok(name);
      if (end <= name) {
        return k;
      }
      if (end + 2 <= last && isWord(end, "(") && isCap(end + 1) && isWord(end + 2, ")")) {
        end += 3;
      }
      return end <= last ? end : k;
    }

    private boolean hasCapital(int from, int to) {
      for (int i = from; i < to; i++) {
        if (isCap(i) && Character.isLetter(first(i))) {
          return true;
        }
      }
      return false;
    }

    /**
     * For a comma closing a relative clause on the subject ("Kvinnan, som i dag arbetar i Eskilstuna,
     * säger"), the token before the comma that opens the clause; else {@code comma}.
     */
    private int beforeRelativeClause(int comma, int first) {
      for (int c = comma - 2; c > first && c >= comma - 15; c--) {
        if (isSentenceEnd(c)) {
          return comma;
        }
        if (isWord(c, ",")) {
          return isWord(c + 1, "som") ? c - 1 : comma;
        }
      }
      return comma;
    }

    /** The last token of a relative clause from {@code from}: the one before its closing comma or dash, else {@code last}. */
    private int relativeClauseLast(int from, int last) {
      for (int c = from; c <= last; c++) {
        if (isWord(c, ",") || isDash(c)) {
          return c - 1;
        }
      }
      return last;
    }

    /** "Enligt myndigheterna tog de sig …", "…, enligt polisen.": the source at {@code e} and what it says. */
    void enligt(int e, int first, int end) {
      if (e - 2 >= first && isAny(e - 1, "och", "men") && isWord(e - 2, ",")) {
        first = e; // "…, och enligt konkursförvaltaren Ulrika Norén är det osäkert …": a clause of its own
      }
      int last = end - 1;
      while (last > e && isSentenceEnd(last)) {
        last--;
      }
      if (e > first && isAny(e - 1, "som", "vilket")) {
        // "Mats Ekdahl, som enligt domstolen lurade 400 pensionärer": the relative clause is the statement
        first = e;
        last = relativeClauseLast(e + 1, last);
      }
      int j = e + 1;
      if (j > last) {
        return;
      }
      int k = j;
      // A name of the entity stage is the source whole, lower-case words and all: "Enligt
      // Organisationen för ekonomiskt samarbete och utveckling växer …".
      int named = nameEndingTok(j);
      boolean whole = named > j + 1 && named <= last + 1 && !genitive(named - 1);
      if (whole) {
        k = named;
        if (k < last && isWord(k, "och") && isCap(k + 1) && Character.isLetter(first(k + 1))) {
          k++; // "Enligt Dagens Nyheter och TV4-nyheterna är …"
          int second = nameEndingTok(k);
          k = second > k ? second : k + 1;
        }
      }
      // The source phrase: a name run with titles ("Mexikos utrikesminister Luis Videgaray") or a
      // definite noun with its modifiers ("den lokala polisen").
      boolean noun = false;
      boolean pronoun = objectPronoun(j) != null; // "Enligt henne handlar verken …": the pronoun alone
      if (pronoun) {
        k = j + 1;
      }
      while (!whole && !pronoun && k <= last && k - j < 8) {
        if (isPunct(k) && !(isWord(k, "-") && k > j && ts[k] == te[k - 1])) {
          break;
        }
        if (isCap(k) && Character.isLetter(first(k))) {
          k++;
          if (k < last && isWord(k, "och") && isCap(k + 1) && Character.isLetter(first(k + 1))) {
            k++; // "Enligt Dagens Nyheter och TV4-nyheterna är …"
            continue;
          }
          if (k <= last && !isCap(k) && !(genitive(k - 1) && isLowerWord(k)) && !(isLowerWord(k) && genitive(k))) {
            break;
          }
          continue;
        }
        boolean afterDeterminer = k > j && (is("determiner", k - 1) || adjectiveLike(k - 1));
        boolean weak = k > j && is("determiner", k - 1) && isLowerWord(k) && (endsWith(k, "a") || endsWith(k, "e"));
        // "Enligt det norska Folkhälsoinstitutet är …": an adjective also stands before a name.
        // "enligt en egyptisk diplomatkälla": an indefinite adjective has no ending of its own
        boolean indefinite = k > j && isAny(k - 1, "en", "ett") && isLowerWord(k) && (endsWith(k, "sk") || endsWith(k, "ig"));
        // "Enligt forskare kan det …", "Enligt en brandutredare tyder det …": a word before the verb is the noun
        boolean verbNext = k + 1 <= last && (is("auxiliary", k + 1) || verbs != null && verbs[k + 1]);
        boolean adjective = (adjectiveLike(k) || weak || indefinite || is("adjective", k)) && !definiteNoun(k) && k + 1 <= last
            && (isLowerWord(k + 1) || afterDeterminer && isCap(k + 1) && Character.isLetter(first(k + 1))) && !noun
            && !verbNext;
        if (is("determiner", k) || (afterDeterminer || k == j) && adjective) {
          k++;
          continue;
        }
        if (k > j && genitive(k - 1)) {
          // "Enligt landets inrikesministerium greps …": the genitive's noun is the head, the verb no part.
          noun = isLowerWord(k) && !adjectiveLike(k);
          k++;
          if (k - 1 <= last && isAny(k - 1, "egen", "eget", "egna")) {
            noun = false; // "Enligt kommunens egen utredning": the noun follows
          }
          continue;
        }
        if (isLowerWord(k) && endsWith(k, "-") && k + 2 <= last && isAny(k + 1, "och", "eller")) {
          k += 2; // "hälso- och sjukvårdsdirektören Linnéa Berglund": the compound's first part
          continue;
        }
        if (isLowerWord(k) && !noun && !(k > j && (is("auxiliary", k) || verbs != null && verbs[k]))) {
          noun = true;
          k++;
          if (k <= last && genitive(k - 1)) {
            noun = false;
            continue;
          }
          if (k < last && isCap(k) && Character.isLetter(first(k)) && isCap(k + 1) && Character.isLetter(first(k + 1))) {
            continue; // a title before a full name: "enligt rikspolischefen Petra Lundh"
          }
          int name = k <= last ? nameEndingTok(k) : -1;
          if (name > k && name <= last) {
            k = name; // "Enligt analysföretaget Dealroom är det …": the noun's name is the source's
            break;
          }
          if (e > first && k == last && isCap(k) && Character.isLetter(first(k))) {
            k++; // "…, enligt nyhetsbyrån Reuters.": the noun's name closes the sentence
          }
        }
        break;
      }
      k = withInsight(k, last);
      boolean afterVerb = e > first && (is("auxiliary", e - 1) || isAny(e - 1, "bör", "är", "var", "kommer", "blir"));
      if (k == j || e > first && !isWord(e - 1, ",") && k <= last && !afterVerb) {
        return; // "insatser enligt LSS får …": a qualifier inside the clause, not an attribution
      }
      int speakerFrom = j;
      int speakerTo = k;
      boolean trailing = e > first && isWord(e - 1, ",");
      if (e == first && k + 2 < last && isWord(k, ",") && (allCaps(k + 1) || isCap(k + 1) && nameEndingTok(k + 1) == k + 2)
          && isWord(k + 2, ",")) {
        k += 2; // "Enligt Statistiska centralbyrån, SCB, steg …": the acronym between commas is the source's
      } else if ((e == first || trailing) && k + 2 <= last && isWord(k, "(") && isCap(k + 1) && isWord(k + 2, ")")) {
        k += 3; // "Enligt Brottsförebyggande rådet (Brå) anmäldes …", "…, enligt SCB (Statistiska …)."
      }
      if (e == first && k > j && hasCapital(j, k)) {
        k = afterWorkplace(k, last); // "Enligt Lina Forsberg vid Åklagarmyndigheten var skjutningen …"
      } else if (e == first && k > j && isWord(k, "i")) {
        k = afterWorkplace(k, last); // "Enligt polisen i Koblenz har …": the common noun's place is part of the source
        speakerTo = k;
      }
      int prep = k <= last && isAny(k, "från", "av") ? producerPreposition(j, last) : -1;
      int producer = prep > 0 ? producerEnd(prep, last) : -1;
      if (producer > 0) {
        k = prep;
      }
      // "Enligt SVT:s uppgifter har mannen …", "Enligt Internationella valutafondens senaste prognos",
      // "Enligt myndighetens statistik": the information is the owner's.
      int owner = producer <= 0 ? ownerEnd(j, last) : -1;
      int ownersNoun = owner > 0 && owner <= last && isAny(owner, "senaste", "nya", "egna", "egen", "eget", "preliminära") ? owner + 1 : owner;
      // A body's assessment is no statement ("Enligt regeringens bedömning", as "regeringen bedömer att").
      boolean ownersInformation = owner > 0 && ownersNoun <= last && isInformationNoun(ownersNoun)
          && (isCap(j) || !lower(ownersNoun).startsWith("bedömning"));
      if (ownersInformation) {
        speakerTo = owner;
        k = ownersNoun + 1;
      }
      for (int i = j; i < k; i++) {
        // "enligt uppgifter från SOS Alarm": information, not a rule, from the named producer.
        boolean information = (producer > 0 || ownersInformation) && isInformationNoun(i);
        if (!information && (notSource(i) || is("law", i))) {
          return;
        }
      }
      if (e > first && isWord(e - 1, ",")) {
        for (int i = k; i <= last; i++) {
          if (is("law", i)) {
            return; // "…, enligt internationell humanitär rätt.": a rule at the end of the source phrase
          }
        }
      }
      Mention apposed = null;
      if (producer <= 0 && e == first && k < last && isWord(k, ",")) {
        int close = personAppositionEnd(speakerFrom, k, last);
        if (close > 0) {
          apposed = personAt(k + 1, close); // "Enligt hans försvarare, advokaten Peter Holm, kommer …"
          k = close;
        } else {
          k = afterRoleApposition(k, last); // after the source's own words are checked: "som även är målsägande"
        }
      }
      if (producer > 0) {
        speakerFrom = isLowerWord(k + 1) ? k + 2 : k + 1; // "från opinionsinstitutet YouGov": the name
        speakerTo = producer;
        k = afterBracket(producer, last);
        if (k + 1 <= last && isAny(k, "från", "i") && Character.isDigit(first(k + 1))) {
          k += 2; // "Enligt en mätning från Statistiska centralbyrån (SCB) från 2024 har kvinnor …"
        }
        for (int i = speakerFrom; i < speakerTo; i++) {
          if (is("law", i)) {
            return; // "enligt en tolkning av LSS"; a name's ending is no rule here ("SOS Alarm")
          }
        }
      }
      if (trailing && k + 1 == last && isWord(k, ",") && allCaps(k + 1)) {
        k += 2; // "…, enligt statistik från Internationella handbollsförbundet, IHF.": the acronym closes the sentence
      }
      if (trailing && k <= last && isWord(k, "som") && isInformationNoun(k - 1) && isCap(k + 1)) {
        // "…, enligt siffror som Statistiska centralbyrån (SCB) publicerade på tisdagen": the producer is the source
        int producerName = nameEndingTok(k + 1);
        if (producerName <= k + 1) {
          producerName = k + 1; // the capitalised words when no entity stage named them
          while (producerName <= last && isCap(producerName) && producerName - k < 4) {
            producerName++;
          }
        }
        if (producerName > k + 1) {
          speakerFrom = k + 1;
          speakerTo = producerName;
          k = last + 1;
        }
      }
      // "Enligt honom är det för tidigt …"
      Mention m = apposed != null ? apposed : speakerTo == speakerFrom + 1 ? objectPronoun(speakerFrom) : null;
      if (m == null) {
        m = nounPhrase(speakerFrom, speakerTo);
      }
      int contentFirst;
      int contentLast;
      if (e == first) {
        contentFirst = k < last && isWord(k, ",") ? afterRelativeClause(k, last) + 1 : k;
        contentFirst = afterBareRelativeClause(contentFirst, last);
        contentLast = beforeNarratorsClause(contentFirst, beforeWritersComment(contentFirst, last));
      } else if (isWord(e - 1, ",") && e - first >= 3
          && !(isWord(k, ",") && !isAny(k + 1, "som", "och", "men") && !appositionToEnd(k + 1, last))) {
        // "…, enligt polisen.", "…, enligt Sjöholm, som räknar med …", "…, enligt siffror från SCB som
        // publicerades på måndagen", "…, enligt Mediemyndighetens nya rapport Ungar & medier 2025" and "…, enligt
        // Läkemedelsverket, och flera av dem är …": after a comma the source is added to the clause before,
        // the statement (but "Sådana skulle, enligt Tusk, ”…”" sets the source between commas inside its clause)
        contentFirst = first;
        contentLast = e - 2;
      } else {
        contentFirst = first;
        contentLast = last;
      }
      if (contentFirst == first && isWord(first, "men") && e > first) {
        contentFirst++; // "Men redan till helgen kan …, enligt SMHI": the link to the sentence before is the writer's
      }
      if (contentFirst > contentLast || contentLast - contentFirst < 1) {
        return;
      }
      for (int i = contentFirst; i <= contentLast; i++) {
        if (covered[i]) {
          return;
        }
      }
      Draft d = new Draft(ts[contentFirst], te[contentLast], false, tokBlock[e]);
      if (contentFirst == first && contentLast == last && e > first) {
        d.start = ts[first];
      }
      d.cueTok = e;
      d.speaker = m;
      d.anchor = ts[e];
      drafts.add(d);
      mark(Math.min(e, contentFirst), Math.max(k, contentLast + 1), false);
    }

    /** "…, enligt Maja Lindström, aktiestrateg på Swedbank.": the words after the source's comma describe it, no verb. */
    boolean appositionToEnd(int from, int last) {
      if (verbs == null || from > last) {
        return false;
      }
      for (int i = from; i <= last; i++) {
        if (verbs[i] || !Character.isLetterOrDigit(first(i))) {
          return false;
        }
      }
      return true;
    }

    /**
     * "Enligt en mätning från Voxmeter som publicerades i måndags ligger …": the first token after a
     * relative clause without commas on the source, the main clause's verb; {@code k} when none is there.
     */
    int afterBareRelativeClause(int k, int last) {
      if (verbs == null || k > last || !isWord(k, "som")) {
        return k;
      }
      int v = k + 1;
      while (v <= last && !verbs[v]) {
        v++;
      }
      while (v + 1 <= last && verbs[v + 1]) {
        v++; // "som har publicerats": the relative clause's verb chain
      }
      for (int main = v + 2; main <= last; main++) {
        if (verbs[main]) {
          return main;
        }
      }
      return k;
    }

    /**
     * The end of an anonymous source's phrase that goes on over what the source knows: "enligt en person
     * med insyn i affären", "källor med kännedom om förhandlingarna"; {@code k} when none follows.
     */
    int withInsight(int k, int last) {
      if (k + 3 > last || !isWord(k, "med") || !isAny(k + 1, "insyn", "kännedom") || !isAny(k + 2, "i", "om")) {
        return k;
      }
      int m = k + 3;
      if (is("determiner", m) || genitive(m)) {
        m++;
      }
      return m <= last && isLowerWord(m) ? m + 1 : k;
    }

    /** "från" or "av" after one to four lower-case words from {@code j} ("en ny rapport från"), else -1. */
    int producerPreposition(int j, int last) {
      for (int i = j + 1; i <= last && i <= j + 4; i++) {
        if (isAny(i, "från", "av")) {
          return i;
        }
        if (!isLowerWord(i) || isPunct(i)) {
          return -1;
        }
      }
      return -1;
    }

    /**
     * "enligt en enkät från Konkurrensverket", "enligt en undersökning av Novus": the name after
     * "från" or "av" at {@code k} is the source, not the report; the token after it, else -1.
     */
    int producerEnd(int k, int last) {
      if (!isAny(k, "från", "av")) {
        return -1;
      }
      if (k + 2 <= last && isKindNoun(k + 1) && isCap(k + 2)) {
        k++; // "en mätning från opinionsinstitutet YouGov": the kind noun before the name
      }
      if (k + 1 > last || !isCap(k + 1) || !Character.isLetter(first(k + 1))) {
        return -1;
      }
      int named = nameEndingTok(k + 1);
      if (named > k + 2 && named <= last + 1) {
        return named;
      }
      int end = k + 1;
      while (end <= last && isCap(end) && Character.isLetter(first(end))) {
        end++;
      }
      return end;
    }

    /** "opinionsinstitutet", "analysföretaget": a definite noun for a kind of body before its name. */
    private boolean isKindNoun(int i) {
      String w = lower(i);
      return isLowerWord(i) && w.length() > 8 && (w.endsWith("institutet") || w.endsWith("företaget")
          || w.endsWith("bolaget") || w.endsWith("myndigheten") || w.endsWith("byrån") || w.endsWith("organisationen")
          || w.endsWith("kommissionen") || w.endsWith("verket") || w.endsWith("rådet") || w.endsWith("förbundet"));
    }

    /** "uppgifter", "statistiken", "prognosen": what a producer reports, unlike "lagen" or "beslutet". */
    /** "studie", "studien", "studierna", but not "studierektor", whose genitive owner is the person's workplace. */
    private static final java.util.regex.Pattern STUDY = java.util.regex.Pattern.compile("studie(n|r|rna|ns|rnas)?");

    boolean isInformationNoun(int i) {
      String w = lower(i);
      return w.startsWith("uppgift") || w.startsWith("statistik") || w.startsWith("prognos")
          || w.startsWith("beräkning") || w.startsWith("bedömning") || w.equals("tidsplan")
          || w.startsWith("siffr") || w.startsWith("analys") || w.startsWith("mätning") || w.startsWith("undersökning")
          || w.startsWith("sammanställning") || w.startsWith("kartläggning") || w.startsWith("enkät")
          || w.startsWith("rapport") || w.startsWith("granskning") || STUDY.matcher(w).matches() // "Enligt UKÄ:s senaste rapport"
          || w.startsWith("inventering") || w.startsWith("färdplan") // "Enligt Naturvårdsverkets senaste inventering"
          || w.contains("lägesbild") || w.contains("rapport") || w.contains("statistik") // "IMY:s senaste årsrapport"
          || w.contains("undersökning") || w.contains("pressmeddelande"); // "Enligt SVT:s vallokalsundersökning"
    }

    /**
     * The token after the owner in the genitive that opens a source phrase at {@code j}: a name
     * ("SVT:s", "Internationella valutafondens") or a definite noun ("myndighetens"), else -1.
     */
    int ownerEnd(int j, int last) {
      int name = nameEndingTok(j);
      if (name > j && name <= last && genitive(name - 1)) {
        return name; // a name of the entity stage: "Internationella valutafondens"
      }
      int g = j;
      while (g < last && g - j < 4 && isCap(g) && !genitive(g) && isCap(g + 1)) {
        g++;
      }
      boolean named = isCap(g) && genitive(g);
      boolean definite = g == j && isLowerWord(j) && genitive(j) && (endsWith(j, "ens") || endsWith(j, "ets"));
      return named || definite ? g + 1 : -1;
    }

    /** The token after a short bracket that opens at {@code k} ("(2017)"), else {@code k}. */
    int afterBracket(int k, int last) {
      if (k > last || !isWord(k, "(")) {
        return k;
      }
      for (int i = k + 1; i <= last && i <= k + 5; i++) {
        if (isWord(i, ")")) {
          return i + 1;
        }
      }
      return k;
    }

    /** The token after an entity of several tokens that starts at token {@code j}, else -1. */
    int nameEndingTok(int j) {
      for (int e = 0; e < ents.size(); e++) {
        if (ents.start()[e] == ts[j]) {
          return firstTokAtOrAfter(ents.end()[e]);
        }
      }
      return -1;
    }

    /** Whether token {@code i} lies inside an entity the entity stage typed an organisation. */
    private boolean inOrganisation(int i) {
      for (int e = 0; e < ents.size(); e++) {
        if ("ORG".equals(ents.type()[e]) && ents.start()[e] <= ts[i] && ts[i] < ents.end()[e]) {
          return true;
        }
      }
      return false;
    }

    boolean notSourcePhrase(Mention m) {
      for (int i = m.startTok; i < m.endTok; i++) {
        if (notSource(i)) {
          return true;
        }
      }
      return false;
    }

    boolean notSource(int i) {
      String w = lower(i);
      // An organisation's name counts not at all, its lower-case words neither ("Enligt Svensk
      // Mäklarstatistik har priserna …", "Enligt Riksenheten för polismål åtalades …").
      if (inOrganisation(i)) {
        return false;
      }
      if (isCap(i)) {
        // A proper name counts only by its ending ("Tidöavtalet"), not by a stem inside it.
        for (String stem : lex.words("not-source")) {
          if (stem.length() > 3 && (w.endsWith(stem) || w.endsWith(stem + "et") || w.endsWith(stem + "en"))) {
            return true;
          }
        }
        return false;
      }
      for (String stem : lex.words("not-source")) {
        boolean hit = stem.length() <= 3
            ? w.startsWith(stem) || w.endsWith(stem) || w.endsWith(stem + "en") || w.endsWith(stem + "ar")
                || w.endsWith(stem + "arna")
            : w.contains(stem);
        if (hit) {
          return true;
        }
      }
      return false;
    }

    // ---------------------------------------------------------------- implicit speakers

    void implicitSpeakers() {
      drafts.sort(Comparator.comparingInt(d -> d.start));
      // Unattributed parts of a dash paragraph take the speaker of its attributed part; a
      // paragraph continuing a quote takes the previous quote's speaker.
      for (int pass = 0; pass < 2; pass++) {
        for (int q = 0; q < drafts.size(); q++) {
          Draft d = drafts.get(q);
          if (d.speaker != null || !d.direct || d.headline) {
            continue;
          }
          Draft same = sameBlockSpeaker(q);
          if (same != null) {
            inherit(d, same);
            continue;
          }
          if (pass == 0) {
            Mention intro = colonBefore(d);
            if (intro != null) {
              d.speaker = intro;
              continue;
            }
            Draft prev = q > 0 ? drafts.get(q - 1) : null;
            if (prev != null && prev.direct && prev.speaker != null && prev.block >= d.block - 1
                && adjacent(prev.block, d.block)) {
              inherit(d, prev);
              continue;
            }
          } else {
            Draft next = q + 1 < drafts.size() ? drafts.get(q + 1) : null;
            if (next != null && next.direct && next.speaker != null && next.block == d.block + 1) {
              inherit(d, next);
              continue;
            }
            Mention person = interviewee(d);
            if (person == null) {
              person = nearestPerson(ts[Math.max(0, firstTokAtOrAfter(d.start) - 1)], null, d.block - 1);
            }
            if (person == null && d.bareDash) {
              person = pronounOpeningBlockBefore(d.block);
              if (person != null) {
                d.anchor = person.spanStart; // the pronoun stands for the person named before it
              }
            }
            if (person != null) {
              d.speaker = person;
            }
          }
        }
      }
      // A dash paragraph nobody can be found to have said is a list item, not a quote.
      drafts.removeIf(d -> d.bareDash && d.speaker == null);
      for (Draft d : drafts) {
        int t = firstTokAtOrAfter(d.start);
        int dateline = d.direct || t >= n ? 0 : se.notis.sentence.Dateline.length(text, ts, te, t, n);
        if (dateline > 0 && t + dateline < n && ts[t + dateline] < d.end) {
          d.start = ts[t + dateline]; // "BRATISLAVA (TT-AFP) Slovakiens premiärminister …, säger X": the dateline is no part of it
        }
      }
      for (Draft d : drafts) {
        if (d.speaker != null && d.speaker.canonical == null) {
          resolve(d);
        }
      }
      for (Draft d : drafts) {
        if (d.headline && d.speaker == null) {
          headline(d);
        }
      }
    }

    /**
     * "Hon har tränat i tio år." before "– Det har varit tufft, men det var värt det.": a
     * paragraph about a person ("han", "hon" opening it) followed by a dash paragraph without
     * attribution lets that person speak on; null when the paragraph before opens otherwise.
     */
    Mention pronounOpeningBlockBefore(int block) {
      int b = block - 1;
      while (b >= 0 && blockFirstTok[b] >= blockEndTok[b]) {
        b--;
      }
      if (b < 0 || heading[b]) {
        return null;
      }
      Mention p = pronoun(blockFirstTok[b]);
      return p != null && (p.ref == Ref.MALE || p.ref == Ref.FEMALE) ? p : null;
    }

    /**
     * An interview written as questions and answers: "**Vad vill du tillföra Innovationsrådets
     * arbete?**" then "- Jag vill tillföra …". A dash paragraph in the first person that answers a
     * question put to "du" or "ni" (directly or after other answers) is the interviewee's: the
     * person named first before the first question. In an article of two or more answered questions
     * ("Varför har priset sjunkit så snabbt?" then "– Det beror på vädret.") every answer that ends
     * its sentence is, in any person. Lists after a question ("- Höjd skatt …") speak in no first
     * person and end in no full stop.
     */
    Mention interviewee(Draft d) {
      boolean interview = isInterview();
      if (!d.bareDash || !speaksInFirstPerson(firstTokAtOrAfter(d.start), blockEndTok[d.block])
          && !(interview && endsSentence(d.block))) {
        return null;
      }
      int b = d.block - 1;
      while (b >= 0 && (blockFirstTok[b] >= blockEndTok[b] || isDash(blockFirstTok[b]))) {
        b--;
      }
      if (b < 0 || questionEnd(b) < 0) {
        return null;
      }
      // Once a question has been put to "du" or "ni", the later questions of the interview need not.
      int first = b;
      boolean toYou = isQuestionToYou(b);
      while (first - 1 >= 0 && (blockFirstTok[first - 1] >= blockEndTok[first - 1]
          || isDash(blockFirstTok[first - 1]) || questionEnd(first - 1) >= 0)) {
        first--;
        toYou |= isQuestionToYou(first);
      }
      if (!toYou && !interview) {
        return null;
      }
      Mention headed = first > 0 ? headingPerson(first - 1) : null;
      Mention introduced = headed != null ? headed : firstPerson(0, blockFirstTok[first]);
      return introduced != null ? introduced : nearestPerson(ts[blockFirstTok[first]], null, 0);
    }

    /** The words of a heading over questions at most: "Fyra frågor till Kristina Nyberg, ordförande för …". */
    private static final int MAX_HEADING_TOKENS = 20;

    /**
     * The person a short paragraph right before the first question names, as a heading over an
     * article's closing questions does ("Fyra frågor till Kristina Nyberg"); null when it is longer or
     * names none, and the interview's introduction then names the interviewee first.
     */
    Mention headingPerson(int b) {
      int from = blockFirstTok[b];
      int to = blockEndTok[b];
      return to > from && to - from <= MAX_HEADING_TOKENS && !isDash(from) ? firstPerson(from, to) : null;
    }

    /**
     * The first person named in tokens [from, to): an interview's introduction presents the
     * interviewee before other names ("Karl-Henrik Sundström, vd och koncernchef för Stora Enso").
     */
    Mention firstPerson(int from, int to) {
      for (int t = from; t < to; t++) {
        if (inContent[t] || !isCap(t) || !Character.isLetter(first(t))) {
          continue;
        }
        int e = t + 1;
        while (e < to && isCap(e) && Character.isLetter(first(e)) && !inContent[e] && ts[e] - te[e - 1] == 1) {
          e++;
        }
        Mention m = personAt(t, e);
        if (m != null) {
          return m;
        }
        t = e - 1;
      }
      return null;
    }

    private static final Set<String> FIRST_PERSON = Set.of("jag", "vi", "mig", "oss", "min", "mitt", "mina",
        "vår", "vårt", "våra");
    private static final Set<String> SECOND_PERSON = Set.of("du", "dig", "din", "ditt", "dina", "ni", "er",
        "ert", "era");

    boolean speaksInFirstPerson(int from, int end) {
      for (int i = from; i < end; i++) {
        if (FIRST_PERSON.contains(lower(i))) {
          return true;
        }
      }
      return false;
    }

    /** Whether the article is an interview: at least two questions that each a dash paragraph answers. */
    boolean isInterview() {
      if (answeredQuestions < 0) {
        answeredQuestions = 0;
        int asked = -1;
        for (int b = 0; b < blockFirstTok.length; b++) {
          if (blockFirstTok[b] >= blockEndTok[b]) {
            continue;
          }
          if (asked >= 0 && isDash(blockFirstTok[b])) {
            answeredQuestions++;
          }
          asked = questionEnd(b) >= 0 ? b : -1;
        }
      }
      return answeredQuestions >= 2;
    }

    /** Questions of the article that a dash paragraph answers; -1 until counted. */
    private int answeredQuestions = -1;

    /** Whether paragraph {@code b} ends in a full stop or an exclamation mark, as an answer does and a list's item not. */
    boolean endsSentence(int b) {
      int last = blockEndTok[b] - 1;
      return last > blockFirstTok[b] + 2 && (isWord(last, ".") || isWord(last, "!"));
    }

    /** A paragraph that ends in a question mark (bold or not) and says "du" or "ni". */
    boolean isQuestionToYou(int b) {
      int t = questionEnd(b);
      for (int i = blockFirstTok[b]; i < t; i++) {
        if (SECOND_PERSON.contains(lower(i))) {
          return true;
        }
      }
      return false;
    }

    /** The question mark that ends paragraph {@code b} (before any bold marks), or -1. */
    int questionEnd(int b) {
      int t = blockEndTok[b] - 1;
      while (t > blockFirstTok[b] && (isWord(t, "*") || isWord(t, "**"))) {
        t--;
      }
      return t >= blockFirstTok[b] && isWord(t, "?") ? t : -1;
    }

    boolean adjacent(int b1, int b2) {
      for (int b = b1 + 1; b < b2; b++) {
        if (blockFirstTok[b] < blockEndTok[b]) {
          return false;
        }
      }
      return true;
    }

    Draft sameBlockSpeaker(int q) {
      Draft d = drafts.get(q);
      for (int step = 1; step < drafts.size(); step++) {
        for (int r : new int[] {q - step, q + step}) {
          if (r >= 0 && r < drafts.size() && drafts.get(r).block == d.block && drafts.get(r).direct
              && drafts.get(r).speaker != null) {
            return drafts.get(r);
          }
        }
      }
      return null;
    }

    void inherit(Draft d, Draft from) {
      d.speaker = from.speaker;
      if (d.cueTok < 0) {
        d.cueTok = from.cueTok;
      }
    }

    /** A paragraph ending in a colon that names a speaker introduces the quote after it. */
    Mention colonBefore(Draft d) {
      int tok = firstTokAtOrAfter(d.start);
      int b = d.block;
      int colon = -1;
      int t = tok - 1;
      while (t >= 0 && (isDash(t) || isQuoteChar(first(t)) && te[t] - ts[t] == 1)) {
        t--;
      }
      if (t >= 0 && isWord(t, ":") && tokBlock[t] >= b - 1) {
        colon = t;
      }
      if (colon < 0) {
        return null;
      }
      Draft probe = new Draft(d.start, d.end, true, b);
      introduce(probe, colon);
      if (probe.speaker != null) {
        d.cueTok = probe.cueTok;
        return probe.speaker;
      }
      return null; // a colon without a speech verb introduces a list, not a quote
    }

    /** Canonical names: an entity's, a name merged with its fuller form, an antecedent's. */
    void resolve(Draft d) {
      Mention m = d.speaker;
      switch (m.ref) {
        case NAME -> {
          String role = m.endTok - m.startTok == 1 ? compoundRole(m.startTok) : null;
          String named = role != null ? personWithQualifiedRole(word(m.startTok), role, d.anchor) : null;
          m.canonical = named != null ? named : fullName(m);
        }
        case MALE, FEMALE, NEUTER -> {
          Mention ante = nearestPerson(d.anchor, m.ref, -1);
          Mention noun = m.ref == Ref.NEUTER ? null : nearestHumanNoun(d.anchor, m.ref);
          if (noun != null && (ante == null || noun.spanStart > ante.spanEnd)) {
            ante = noun; // "En kvinna i 40-årsåldern … – Jag blev rädd, säger hon."
          }
          m.canonical = ante != null ? ante.canonical : text.substring(m.spanStart, m.spanEnd);
        }
        case PLURAL -> {
          Mention ante = nearestGroup(Math.min(d.anchor, m.spanStart));
          m.canonical = ante != null ? ante.canonical : text.substring(m.spanStart, m.spanEnd);
        }
        default -> {
          // "Myndigheten för psykologiskt försvar" is a name the entity stage missed, not a reference.
          String head = m.endTok - m.startTok == 1 ? organisationHead(m.startTok) : null;
          boolean company = head != null && COMPANY_HEADS.contains(head);
          String named = company && !d.direct ? organisationOpening(d) : null;
          if (named == null && ("klubben".equals(head) || "klubbens".equals(head))) {
            named = mostNamedOrganisation(m.spanStart);
          }
          if (named == null && ("tidningen".equals(head) || "tidningens".equals(head))) {
            // "… i en intervju med Dagens Nyheter. Partiet vill att … pengar till Migrationsverket …, skriver
            // tidningen": a paper is no public body
            named = nearestOrganisation(m.spanStart, true);
          }
          // "Det bekräftar klädkedjan för Barometern": a medium, not "Myndigheten för psykologiskt försvar"
          boolean forName = m.endTok < n && isWord(m.endTok, "för")
              && !(m.endTok + 1 < n && Character.isUpperCase(text.charAt(ts[m.endTok + 1])));
          if (named == null && head != null && !forName) {
            named = introducedAs(head, m.spanStart);
          }
          if (named == null && head != null && !forName) {
            named = nearestOrganisation(m.spanStart, company, head.startsWith("myndighet"));
          }
          if (named == null && m.endTok - m.startTok == 1) {
            named = personWithRole(lower(m.startTok), d.anchor);
          }
          if (named == null && m.endTok - m.startTok == 1) {
            named = personOfAge(lower(m.startTok), d.anchor);
          }
          if (named == null && m.endTok - m.startTok == 1) {
            String cls = is("person-f", m.startTok) ? "person-f" : is("person-m", m.startTok) ? "person-m" : null;
            Mention introduced = cls == null ? null : introductionOf(m.startTok, cls);
            named = introduced == null ? null : introduced.canonical; // "Kvinnan … uppgav" after "En 46-årig kvinna döms"
          }
          // "skriver tingsrätten i domen": the court, whatever document it writes in
          boolean inDocument = m.endTok - m.startTok == 3 && isWord(m.startTok + 1, "i");
          if (named == null && (m.endTok - m.startTok == 1 || inDocument)) {
            named = organisationWithHead(lower(m.startTok), d.anchor);
          }
          if (named == null) {
            named = personClosing(m);
          }
          if (named == null && company && !d.direct) {
            named = companyIn(d.start, d.end); // "… stänger H&M sin butik. Det bekräftar klädkedjan"
          }
          m.canonical = named != null ? named : text.substring(m.spanStart, m.spanEnd);
        }
      }
    }

    /**
     * "Lettlands försvarsminister Andris Sprūds", "GP:s recensent Magnus Haglund": a speaker phrase
     * that a person's name closes after a role is that person; null when no name closes it.
     */
    String personClosing(Mention m) {
      for (int e = 0; e < ents.size(); e++) {
        if ("PER".equals(ents.type()[e]) && ents.start()[e] > m.spanStart && ents.end()[e] == m.spanEnd) {
          return entityCanonical(e);
        }
      }
      return null;
    }

    /**
     * "säger utrikesministern" after "… säger utrikesminister Maria Malmer Stenergard": a role noun
     * in the definite form names the person the document gave that role, the one named last
     * before {@code anchor}, else the first after it; null when none has it.
     */
    String personWithRole(String definite, int anchor) {
      if (definite.length() < 6 || !Character.isLetter(definite.charAt(definite.length() - 1))) {
        return null;
      }
      String before = null;
      String after = null;
      for (int e = 0; e < ents.size(); e++) {
        int start = ents.start()[e];
        if (!"PER".equals(ents.type()[e]) || start < 2 || text.charAt(start - 1) != ' ') {
          continue;
        }
        int w = start - 1;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
          w--;
        }
        String role = text.substring(w, start - 1).toLowerCase(java.util.Locale.ROOT);
        boolean same = role.length() >= 4 && definite.startsWith(role) && definite.length() - role.length() <= 2
            && (definite.endsWith("n") || definite.endsWith("et"))
            || isCompoundOfRole(role, definite); // "åklagaren" after "kammaråklagare Maria Wester"
        if (!same) {
          continue;
        }
        if (start < anchor) {
          before = ents.canonical()[e];
        } else if (after == null) {
          after = ents.canonical()[e];
        }
      }
      return before != null ? before : after;
    }

    /**
     * "MFF-tränaren": the person named with the role after the name before the hyphen ("MFF:s tränare
     * Johan Wennerholm", not "Blåvitts tränare Mads Thygesen"), else the one {@link #personWithRole} finds.
     */
    String personWithQualifiedRole(String compound, String role, int anchor) {
      String qualifier = compound.substring(0, compound.lastIndexOf('-'));
      String stem = role.endsWith("en") ? role.substring(0, role.length() - 2) : role.substring(0, role.length() - 1);
      for (int e = 0; e < ents.size(); e++) {
        int start = ents.start()[e];
        String before = text.substring(Math.max(0, start - qualifier.length() - stem.length() - 8), start);
        if ("PER".equals(ents.type()[e]) && before.contains(qualifier) && before.contains(stem)) {
          return ents.canonical()[e];
        }
      }
      return personWithRole(role, anchor);
    }

    /** "tränaren" of "MFF-tränaren": the lower-case noun after a name's hyphen, or null. */
    String compoundRole(int t) {
      String w = word(t);
      int hyphen = w.lastIndexOf('-');
      return hyphen > 0 && hyphen + 1 < w.length() && Character.isLowerCase(w.charAt(hyphen + 1))
          ? w.substring(hyphen + 1) : null;
    }

    /**
     * "sade 24-åringen" after "Amadou Sarr, 24,": an age in the definite form names the person the
     * document gave that age ("X, 24," or "24-årige X"), else the person named last before {@code anchor};
     * null for any other word or when no person is named before.
     */
    String personOfAge(String definite, int anchor) {
      int hyphen = definite.indexOf("-åring");
      if (hyphen <= 0 || !definite.endsWith("-åringen")
          || !definite.substring(0, hyphen).chars().allMatch(Character::isDigit)) {
        return null;
      }
      String age = definite.substring(0, hyphen);
      String last = null;
      for (int e = 0; e < ents.size() && ents.start()[e] < anchor; e++) {
        if (!"PER".equals(ents.type()[e])) {
          continue;
        }
        last = ents.canonical()[e];
        int start = ents.start()[e];
        int end = ents.end()[e];
        int adjective = start - age.length() - "-åriga ".length(); // "24-åriga Greta Thunberg"
        if (text.startsWith(", " + age + ",", end) || adjective >= 0 && text.startsWith(age + "-åri", adjective)) {
          return last;
        }
      }
      return last;
    }

    /** "kammaråklagare" of "åklagaren", "chefsåklagaren" of "åklagaren": a compound ending in the role's stem. */
    private static boolean isCompoundOfRole(String role, String definite) {
      if (!definite.endsWith("n") || definite.length() < 8) {
        return false;
      }
      for (int cut = 0; cut <= 2; cut++) { // "åklagaren" → "åklagare", "förbundskaptenen" → "förbundskapten"
        String stem = definite.substring(0, definite.length() - cut);
        if (role.length() > stem.length() + 2 && role.endsWith(stem)) {
          return true;
        }
      }
      return false;
    }

    /**
     * "Enligt tingsrätten" after "Uppsala tingsrätt", "kommissionen" after "EU-kommissionen",
     * "regionen" after "Region Stockholm", "utredningen" after "Medborgarskapsutredningen": a common
     * noun in the definite form names the organisation of the document whose name opens or ends with
     * that noun, the one named last before {@code anchor} when several are; null when none is.
     */
    String organisationWithHead(String definite, int anchor) {
      if (definite.length() > 6 && (definite.endsWith("ens") || definite.endsWith("ets"))) {
        definite = definite.substring(0, definite.length() - 1); // "Enligt regionens egna siffror"
      }
      String found = null;
      int foundStart = -1;
      for (int e = 0; e < ents.size(); e++) {
        String name = ents.canonical()[e];
        // "utredningen" an inquiry the entity stage typed MISC; "kommunen" a municipality it typed LOC
        // "festivalen" an event's name, "flygplatsen" an airport's, typed as the event and the place
        boolean other = "MISC".equals(ents.type()[e]) && (definite.equals("utredningen") || definite.equals("festivalen"))
            || "LOC".equals(ents.type()[e]) && (definite.equals("kommunen") || definite.equals("sjukhuset")
                || definite.equals("flygplatsen"));
        if (!"ORG".equals(ents.type()[e]) && !other || !namedByNoun(name, definite) && !namedByKind(name, definite)) {
          continue;
        }
        boolean nearer = found == null || ents.start()[e] < anchor && ents.start()[e] > foundStart;
        if (nearer) {
          found = name;
          foundStart = ents.start()[e];
        }
      }
      return found;
    }

    /** Whether an organisation's name ends in {@code definite} or has it as its first or last word. */
    private static boolean namedByNoun(String name, String definite) {
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      if (lower.length() > definite.length() + 1 && lower.endsWith(definite)) {
        return true; // "EU-kommissionen", "Vårdförbundet"
      }
      int space = lower.lastIndexOf(' ');
      String first = space > 0 ? lower.substring(0, lower.indexOf(' ')) : "";
      // "regionen" of "Region Stockholm", "landstinget" of "Landstinget i Kalmar län"
      return space > 0 && (isDefiniteOf(definite, lower.substring(space + 1)) || isDefiniteOf(definite, first)
          || definite.equals(first));
    }

    /**
     * Whether a court, the police authority or a hospital is named by the general noun for it: "rätten" and
     * "domstolen" of "Uppsala tingsrätt" or "Hovrätten för Övre Norrland", "polisen" of "Polismyndigheten",
     * "sjukhuset" of "Centrallasarettet i Växjö".
     */
    private static boolean namedByKind(String name, String definite) {
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      if (definite.equals("polisen")) {
        return lower.equals("polismyndigheten");
      }
      if (definite.equals("flygplatsen")) { // "uppger flygplatsen" after "Örebro Airport"
        return java.util.Arrays.stream(lower.split(" ")).anyMatch(w -> w.equals("airport") || w.endsWith("flygplats"));
      }
      if (definite.equals("sjukhuset")) { // "uppgav sjukhuset" after "Centrallasarettet i Växjö"
        return java.util.Arrays.stream(lower.split(" ")).anyMatch(w -> w.endsWith("sjukhus") || w.endsWith("sjukhuset")
            || w.endsWith("lasarett") || w.endsWith("lasarettet"));
      }
      if (!definite.equals("rätten") && !definite.equals("domstolen")) {
        return false;
      }
      for (String word : lower.split(" ")) {
        if (word.endsWith("rätt") || word.endsWith("rätten") || word.endsWith("domstol") || word.endsWith("domstolen")) {
          return true;
        }
      }
      return false;
    }

    /**
     * "Siemens Energy i Finspång har fått en order från Equinor. Det bekräftade bolaget": the company a
     * reported statement opens with, as its subject, is the one that confirms it; else null.
     */
    private String organisationOpening(Draft d) {
      for (int e = 0; e < ents.size(); e++) {
        if (ents.start()[e] == d.start && "ORG".equals(ents.type()[e]) && !isPublicBody(ents.canonical()[e])) {
          return ents.canonical()[e];
        }
      }
      return null;
    }

    /** Heads of the nouns that name a company: "bolaget", "gruvbolagets", "Storbanken". */
    private static final java.util.Set<String> COMPANY_HEADS = java.util.Set.of("bolaget", "företaget", "koncernen",
        "banken", "bolagets", "företagets", "koncernens", "bankens", "kedjan", "kedjans", "jätten", "jättens");

    /**
     * The organisation noun the word is or ends in: "bolaget", and "bolaget" of "gruvbolaget", "organisationen" of
     * "branschorganisationen"; else null.
     */
    private String organisationHead(int i) {
      if (is("organisation", i)) {
        return lower(i);
      }
      String word = lower(i);
      for (int k = 3; k + 6 <= word.length(); k++) { // a compound: the longest tail of six letters or more
        if (lex.is("organisation", word, k, word.length())) {
          return word.substring(k);
        }
      }
      return null;
    }

    /** "tingsrätten" of "tingsrätt", "universitetet" of "universitet", "regionen" of "region". */
    private static boolean isDefiniteOf(String definite, String noun) {
      int extra = definite.length() - noun.length();
      return noun.length() >= 4 && definite.startsWith(noun)
          && (extra == 2 && (definite.endsWith("en") || definite.endsWith("et")) || extra == 1 && definite.endsWith("n"));
    }

    /** Endings of public bodies' names: a company ("bolaget") is none of them, nor "EU" or "FN". */
    private static final String[] PUBLIC_BODY_ENDINGS = {"myndigheten", "verket", "departementet", "inspektionen",
        "kommissionen", "rådet", "nämnden", "styrelsen", "kansliet", "kommun", "region", "regionen", "ämbetet",
        "institutet", "ombudsmannen", "tingsrätt", "hovrätt", "domstolen", "försäkringskassan", "arbetsförmedlingen",
        "kronofogden", "kustbevakningen", "försvarsmakten", "riksrevisionen", "lantmäteriet", "kriminalvården"};

    /**
     * The organisation named last before {@code before} in its paragraph, outside direct quotes, and
     * not a public body when a {@code company} is meant: "Volvo Cars varslar 1 300 anställda, meddelar
     * bolaget" (the guidelines give a speaker the name the document gives it). Further back, a name
     * the entity stage missed would let an older one win.
     */
    String nearestOrganisation(int before, boolean company) {
      return nearestOrganisation(before, company, false);
    }

    /**
     * The organisation named last in {@code before}'s paragraph; for a company or an agency ("enligt
     * myndighetens siffror") named in an earlier one, the last company or agency of the document.
     */
    String nearestOrganisation(int before, boolean company, boolean agency) {
      int t = firstTokAtOrAfter(before) - 1;
      if (t < 0) {
        return null;
      }
      int block = tokBlock[t];
      String best = null;
      String bestAgency = null; // "Myndigheten" after a company named in its paragraph is the agency
      int bestStart = -1;
      for (int e = 0; e < ents.size(); e++) {
        if (!"ORG".equals(ents.type()[e]) || ents.end()[e] > before || ents.start()[e] <= bestStart) {
          continue;
        }
        int et = firstTokAtOrAfter(ents.start()[e]);
        String name = ents.canonical()[e];
        if (et < n && tokBlock[et] == block && !inContent[et] && !(company && isPublicBody(name))) {
          best = name;
          bestStart = ents.start()[e];
          bestAgency = isPublicBody(name) ? name : bestAgency;
        }
      }
      best = agency && bestAgency != null ? bestAgency : best;
      return best != null || !company && !agency ? best : bodyBefore(before, agency);
    }

    /**
     * "Företagarföreningen Kalix Näringsliv är kritisk. … skriver föreningen": the organisation last
     * introduced before {@code before} by a noun ending in {@code head} ("föreningen"), outside direct
     * quotes; else null.
     */
    private String introducedAs(String head, int before) {
      String best = null;
      for (int e = 0; e < ents.size() && ents.end()[e] <= before; e++) {
        int et = firstTokAtOrAfter(ents.start()[e]);
        if ("ORG".equals(ents.type()[e]) && et > 0 && et < n && !inContent[et] && lower(et - 1).endsWith(head)) {
          best = ents.canonical()[e];
        }
      }
      return best;
    }

    /**
     * "Affären blev klar på onsdagen, bekräftar klubben": the club an article is about, which it names
     * most often before {@code before} (the first of equals), not the opponent or buyer named last
     * ("… har sålt mittbacken till FC Utrecht"); no public body or party.
     */
    private String mostNamedOrganisation(int before) {
      java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
      for (int e = 0; e < ents.size() && ents.end()[e] <= before; e++) {
        String name = ents.canonical()[e];
        int et = firstTokAtOrAfter(ents.start()[e]);
        if ("ORG".equals(ents.type()[e]) && et < n && !inContent[et] && !isPublicBody(name) && !isParty(name)) {
          counts.merge(name, 1, Integer::sum);
        }
      }
      String best = null;
      for (java.util.Map.Entry<String, Integer> entry : counts.entrySet()) {
        if (best == null || entry.getValue() > counts.get(best)) {
          best = entry.getKey();
        }
      }
      return best;
    }

    /**
     * "Enligt bolaget ska …" in a paragraph that names no company: the company named last before it,
     * not a medium a statement was given to ("säger han till TT") and no public body; for an {@code
     * agency} ("enligt myndighetens siffror") the public body named last.
     */
    private String bodyBefore(int before, boolean agency) {
      String best = null;
      for (int e = 0; e < ents.size() && ents.end()[e] <= before; e++) {
        int et = firstTokAtOrAfter(ents.start()[e]);
        String name = ents.canonical()[e];
        boolean medium = et > 0 && isAny(et - 1, "till", "i", "för");
        boolean kind = agency ? isPublicBody(name) && name.length() > 3 : !isPublicBody(name) && !isParty(name);
        if ("ORG".equals(ents.type()[e]) && et < n && !inContent[et] && !medium && kind) {
          best = name;
        }
      }
      return best;
    }

    /** The last organisation named between {@code from} and {@code to} that is no public body or party, else null. */
    private String companyIn(int from, int to) {
      String best = null;
      for (int e = 0; e < ents.size() && ents.end()[e] <= to; e++) {
        String name = ents.canonical()[e];
        if (ents.start()[e] >= from && "ORG".equals(ents.type()[e]) && !isPublicBody(name) && !isParty(name)) {
          best = name;
        }
      }
      return best;
    }

    /** "Miljöpartiet", "Moderaterna": a party, which no "bolaget" refers to. */
    private static boolean isParty(String name) {
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      return lower.endsWith("partiet") || lower.endsWith("demokraterna") || lower.equals("moderaterna")
          || lower.equals("liberalerna");
    }

    private static boolean isPublicBody(String name) {
      if (name.length() <= 3 && name.equals(name.toUpperCase(java.util.Locale.ROOT))
          && name.chars().allMatch(Character::isLetter)) {
        return true; // "EU", "FN", "UD"; not "H&M"
      }
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      for (String ending : PUBLIC_BODY_ENDINGS) {
        if (lower.endsWith(ending)) {
          return true;
        }
      }
      // "Myndigheten för samhällsskydd och beredskap", "Statens institutionsstyrelse", "Kungl. biblioteket"
      return lower.startsWith("myndigheten ") || lower.startsWith("statens ") || lower.startsWith("kungl");
    }

    /**
     * An entity's canonical name, guarded against two slips of name merging: a full name as
     * written stays as written ("Carl-Oskar Bohlin", not a longer run), and a name that is not in
     * the genitive keeps its final s ("Mauricio Rojas säger").
     */
    String entityCanonical(int e) {
      String written = text.substring(ents.start()[e], ents.end()[e]);
      String canonical = ents.canonical()[e];
      int after = firstTokAtOrAfter(ents.end()[e]);
      boolean genitiveHere = written.endsWith(":s") || after < n && isLowerWord(after) && cue(after) == null
          && !is("adverb", after) && !is("stop", after) && !is("auxiliary", after);
      if (!genitiveHere && written.equals(canonical + "s")) {
        return written;
      }
      if (written.indexOf(' ') > 0 && !genitiveHere && canonical.length() > written.length()
          && canonical.startsWith(written)) {
        return written;
      }
      return canonical;
    }

    /** The fullest form of a name in the document: an entity's canonical, or "Luis Videgaray" for "Videgaray". */
    String fullName(Mention m) {
      for (int e = 0; e < ents.size(); e++) {
        if (ents.start()[e] < m.spanEnd && m.spanStart < ents.end()[e]) {
          return entityCanonical(e);
        }
      }
      String name = stripGenitive(text.substring(m.spanStart, m.spanEnd));
      if (name.indexOf(' ') >= 0) {
        return name;
      }
      // A single name: the longest capitalised run in the document ending in it.
      return fullNames().getOrDefault(name, name);
    }

    private Map<String, String> fullNames;

    /** Last name → the fullest "First Last" run with a known first name, built once per document. */
    Map<String, String> fullNames() {
      if (fullNames != null) {
        return fullNames;
      }
      fullNames = new HashMap<>();
      for (int i = 0; i + 1 < n; i++) {
        if (!isCap(i) || !Character.isLetter(first(i))) {
          continue;
        }
        int e = i;
        while (e < n && isCap(e) && Character.isLetter(first(e)) && (e == i || ts[e] - te[e - 1] == 1)) {
          e++;
        }
        if (e - i >= 2) {
          int s = i;
          while (s < e - 1 && lex.gender(text, ts[s], te[s]) == 0 && s + 2 < e) {
            s++;
          }
          if (lex.gender(text, ts[s], te[s]) != 0) {
            String last = stripGenitive(word(e - 1));
            String full = text.substring(ts[s], te[e - 2]) + " " + last;
            fullNames.merge(last, full, (a, b) -> b.length() > a.length() ? b : a);
          }
        }
        i = e - 1;
      }
      return fullNames;
    }

    String stripGenitive(String name) {
      if (name.endsWith(":s")) {
        return name.substring(0, name.length() - 2);
      }
      return name;
    }

    /**
     * The nearest person mentioned before {@code before}, outside quoted content, whose gender
     * fits {@code ref} (null: any); only in blocks from {@code minBlock} on.
     */
    Mention nearestPerson(int before, Ref ref, int minBlock) {
      int at = firstTokAtOrAfter(before);
      int t = at - 1;
      // The pronoun's own sentence: that of the anchor, which may be the first token of a sentence
      // ("Enligt presstalesperson Stefan Dangardt … . Det är för tidigt …, säger han.").
      int sentence = at < n ? tokSent[at] : t >= 0 ? tokSent[t] : -1;
      for (; t >= 0; t--) {
        if (minBlock >= 0 && tokBlock[t] < minBlock) {
          return null;
        }
        if (inContent[t] || !isCap(t) || !Character.isLetter(first(t))) {
          continue;
        }
        int s = t;
        while (s - 1 >= 0 && isCap(s - 1) && Character.isLetter(first(s - 1)) && !inContent[s - 1]
            && ts[s] - te[s - 1] == 1) {
          s--;
        }
        Mention m = personAt(s, t + 1);
        t = s;
        if (m == null || tokSent[s] == sentence && inPrepositionalPhrase(s)) {
          continue; // "Under ett möte med Mark Rutte sade han …": han is not Rutte
        }
        char g = genderOf(m.canonical);
        if (ref == null || ref == Ref.NEUTER || g == 'u' || g == 0 && ents.size() > 0
            || ref == Ref.MALE && g == 'm' || ref == Ref.FEMALE && g == 'f') {
          return m;
        }
      }
      return null;
    }

    /** Does a preposition govern the name at {@code s}, within a few words ("med Natos chef Mark Rutte")? */
    boolean inPrepositionalPhrase(int s) {
      int first = sentenceFirstTok(s);
      for (int k = s - 1; k >= first && k >= s - 4; k--) {
        if (isPreposition(k)) {
          return true;
        }
        if (isPunct(k) || cue(k) != null || is("auxiliary", k)) {
          return false;
        }
      }
      return false;
    }

    /** A person's name in tokens [s, e): a PER entity, or a run with a first name, or a known surname. */
    Mention personAt(int s, int e) {
      if (ents.size() > 0) {
        boolean overlapped = false;
        for (int x = ents.size() - 1; x >= 0; x--) {
          if (ents.start()[x] < te[e - 1] && ts[s] < ents.end()[x]) {
            overlapped = true;
            if ("PER".equals(ents.type()[x])) {
              int st = firstTokAtOrAfter(ents.start()[x]);
              Mention m = new Mention(st, st + 1, ents.start()[x], ents.end()[x], Ref.NAME);
              m.canonical = entityCanonical(x);
              return m;
            }
          }
        }
        if (overlapped) {
          return null; // a place or an organisation
        }
        // A name the entity stage missed: fall back to the first-name list below.
      }
      int start = -1;
      for (int i = s; i < e; i++) {
        char g = lex.gender(text, ts[i], te[i]);
        if (g != 0 && i + 1 < e) {
          start = i;
          break;
        }
      }
      if (start >= 0) {
        Mention m = new Mention(start, e, ts[start], te[e - 1], Ref.NAME);
        m.canonical = fullName(m);
        return m;
      }
      if (e - s == 1 && (s != sentenceFirstTok(s) || !definiteNoun(s))) {
        Mention m = new Mention(s, e, ts[s], te[s], Ref.NAME);
        String full = fullName(m);
        if (full.indexOf(' ') > 0 && lex.gender(full, 0, full.indexOf(' ')) != 0) {
          m.canonical = full;
          return m;
        }
      }
      return null;
    }

    char genderOf(String canonical) {
      int space = canonical.indexOf(' ');
      return lex.gender(canonical, 0, space < 0 ? canonical.length() : space);
    }

    /**
     * The nearest noun for a person of the pronoun's gender before {@code before}, outside quoted
     * content and at most two paragraphs back ("kvinnan", "en ung man i karavanen").
     */
    Mention nearestHumanNoun(int before, Ref ref) {
      String cls = ref == Ref.MALE ? "person-m" : "person-f";
      int t = firstTokAtOrAfter(before) - 1;
      int minBlock = t >= 0 ? tokBlock[t] - 2 : 0;
      for (; t >= 0 && tokBlock[t] >= minBlock; t--) {
        if (inContent[t] || !is(cls, t)) {
          continue;
        }
        if (isWord(t, "man") && !(t > 0 && isAny(t - 1, "en", "ung", "äldre", "yngre", "okänd", "annan"))) {
          continue; // "man" is mostly the pronoun "one"
        }
        int s = t;
        // not a verb before its subject: "i hovrätten ändrade kvinnan sina uppgifter"
        while (s - 1 >= 0 && (is("determiner", s - 1) || adjectiveLike(s - 1) && (verbs == null || !verbs[s - 1])
            || isAny(s - 1, "ung", "gammal")) && !inContent[s - 1] && s > t - 4) {
          s--;
        }
        if (isAny(s, "sin", "sina", "sitt") || s > 0 && isAny(s - 1, "sin", "sina", "sitt")) {
          continue; // "bor hon hos sin dotter": the subject's relative, not the one the next "hon" is
        }
        s = withOwnerGenitive(s);
        Mention m = humanDescription(s, t);
        Mention introduced = s == t ? introductionOf(t, cls) : null;
        if (introduced != null) {
          m.canonical = introduced.canonical; // "Mannen" after "En 29-årig man från Landskrona döms …"
        }
        return m;
      }
      return null;
    }

    /**
     * "Elias Haddads mamma", "Mannens syster": the genitive before a relative's noun belongs to the
     * description; returns its first token, else {@code s}.
     */
    private int withOwnerGenitive(int s) {
      if (s == 0 || inContent[s - 1] || !genitive(s - 1) || !Character.isLetter(first(s - 1))) {
        return s;
      }
      int g = s - 1;
      if (isCap(g) && g > 0 && isCap(g - 1) && Character.isLetter(first(g - 1)) && g - 1 != sentenceFirstTok(g)
          || isCap(g) && g > 0 && isCap(g - 1) && lex.gender(text, ts[g - 1], te[g - 1]) != 0) {
        g--; // "Elias Haddads": the first name before the surname
      }
      return isCap(g) || definiteNoun(s - 1) ? g : s;
    }

    /** The description of tokens [s, t] and a short prepositional phrase after it. */
    private Mention humanDescription(int s, int t) {
      int e = t + 1;
      // "i 40-årsåldern", "i karavanen", "i Påarp": a short prepositional phrase belongs to the description.
      if (e + 1 < n && isAny(e, "i", "från", "på") && tokBlock[e + 1] == tokBlock[t] && (isCap(e + 1) && isPlace(e + 1)
          || !isCap(e + 1) && (endsWith(e + 1, "en") || endsWith(e + 1, "ern") || endsWith(e + 1, "et")
              || endsWith(e + 1, "na")))) {
        e += 2;
      }
      Mention m = new Mention(s, e, ts[s], te[e - 1], Ref.DESCRIPTION);
      m.canonical = text.substring(ts[s], te[e - 1]);
      return m;
    }

    /**
     * "En 29-årig man från Landskrona" for "Mannen": the first description of the person with the same noun
     * in the indefinite form after "en", which the annotators name the person by; null when none is.
     */
    private Mention introductionOf(int t, String cls) {
      String definite = lower(t);
      String indefinite = definite.endsWith("nnen") ? definite.substring(0, definite.length() - 3) // "mannen"
          : definite.endsWith("an") || definite.endsWith("en") ? definite.substring(0, definite.length() - 1) : null;
      for (int k = 0; indefinite != null && k < t; k++) {
        if (!inContent[k] && lower(k).equals(indefinite) && is(cls, k)) {
          int s = k;
          while (s - 1 >= 0 && adjectiveLike(s - 1) && s > k - 3) {
            s--;
          }
          if (s > 0 && isAny(s - 1, "en", "En")) {
            return humanDescription(s - 1, k);
          }
        }
      }
      return null;
    }

    /** The nearest plural group before {@code before} ("migranterna"), for "de"/"dom". */
    Mention nearestGroup(int before) {
      int t = firstTokAtOrAfter(before) - 1;
      for (; t >= 0 && t > firstTokAtOrAfter(before) - 200; t--) {
        if (inContent[t]) {
          continue;
        }
        if (pluralDefinite(t) && !isCap(t) || pluralDefinite(t) && t == sentenceFirstTok(t)) {
          Mention m = new Mention(t, t + 1, ts[t], te[t], Ref.DESCRIPTION);
          m.canonical = word(t);
          return m;
        }
        Mention counted = countedGroup(t);
        if (counted != null) {
          return counted;
        }
      }
      return null;
    }

    /** Capitalised number words that open a sentence about a group ("Elva miljöpartistiska kommunpolitiker går …"). */
    private static final java.util.Set<String> GROUP_COUNTS = java.util.Set.of("Två", "Tre", "Fyra", "Fem", "Sex", "Sju",
        "Åtta", "Nio", "Tio", "Elva", "Tolv", "Flera", "Några");

    /**
     * "Sju kommunalråd längs norrlandskusten kräver …", then "De skriver att …": a counted group opening
     * a sentence as its subject, the words up to its verb; null when {@code t} opens none.
     */
    private Mention countedGroup(int t) {
      if (t != sentenceFirstTok(t) || !GROUP_COUNTS.contains(word(t))) {
        return null;
      }
      int verb = firstVerbBefore(t + 1, Math.min(n, t + 8));
      for (int k = t + 1; k < verb; k++) {
        if (isWord(k, "som")) {
          verb = k; // "Flera personer som …": the relative clause is no part of it
          break;
        }
        if (isCap(k) || isPunct(k) || inContent[k]) {
          return null; // "Två av dem", a name, a quote: no plain description
        }
      }
      if (verb < t + 2) {
        return null;
      }
      Mention m = new Mention(t, verb, ts[t], te[verb - 1], Ref.DESCRIPTION);
      m.canonical = text.substring(ts[t], te[verb - 1]);
      return m;
    }

    /** A quoted heading takes the speaker of the statement that contains its words. */
    void headline(Draft d) {
      String[] words = text.substring(d.start, d.end).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
      Draft best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (Draft other : drafts) {
        if (other == d || other.headline || other.speaker == null) {
          continue;
        }
        String body = text.substring(other.start, other.end).toLowerCase(Locale.ROOT);
        int pos = 0;
        boolean all = true;
        for (String w : words) {
          if (w.isEmpty()) {
            continue;
          }
          int at = indexOfWord(body, w, pos);
          if (at < 0) {
            all = false;
            break;
          }
          pos = at + w.length();
        }
        if (!all) {
          continue;
        }
        // Prefer the statement the heading introduces (after it), then the nearest before it.
        int distance = other.start >= d.end ? other.start - d.end : 2 * (d.start - other.end) + 1;
        if (distance < bestDistance) {
          bestDistance = distance;
          best = other;
        }
      }
      if (best != null) {
        d.speaker = best.speaker;
        d.cueTok = best.cueTok;
      }
    }

    int indexOfWord(String body, String w, int from) {
      for (int at = body.indexOf(w, from); at >= 0; at = body.indexOf(w, at + 1)) {
        boolean left = at == 0 || !Character.isLetterOrDigit(body.charAt(at - 1));
        int end = at + w.length();
        boolean right = end == body.length() || !Character.isLetterOrDigit(body.charAt(end));
        if (left && right) {
          return at;
        }
      }
      return -1;
    }

    // ---------------------------------------------------------------- output

    /** The fewest words a quoted phrase closing a reported clause has to be the speaker's own words. */
    private static final int QUOTED_WORDS = 3;

    /**
     * "säger att införandet var ”ett politiskt självmål”": the speaker's own words in quote marks that
     * close a reported clause are the quote, a direct one; a word or two in quote marks is a phrase the
     * reporter borrows ("nomineringen är ”helt välförtjänt”"), and quote marks inside the clause leave it
     * reported ("fått igenom ”det mesta” av det man krävt"). A reported clause quoted whole is the
     * speaker's words too ("Hon brukade säga att ”en bra fråga är värd mer än tio svar”": the blind
     * articles 5 of 5). The chars of those words, or null.
     */
    int[] closingQuotedWords(int start, int end) {
      int close = end;
      while (close > start && ".,;!? ".indexOf(text.charAt(close - 1)) >= 0) {
        close--;
      }
      if (close <= start || "”\"".indexOf(text.charAt(close - 1)) < 0) {
        return null;
      }
      int open = close - 1;
      while (open > start && "”“\"".indexOf(text.charAt(open - 1)) < 0) {
        open--;
      }
      if (open == start) {
        return null; // no opening mark inside
      }
      String words = text.substring(open, close - 1).trim();
      return words.split("\\s+").length >= QUOTED_WORDS ? new int[] {open, close - 1} : null;
    }

    List<Found> finish() {
      drafts.sort(Comparator.comparingInt((Draft d) -> d.start).thenComparingInt(d -> -d.end));
      List<Found> out = new ArrayList<>();
      int lastEnd = -1;
      boolean lastDirect = false;
      for (Draft d : drafts) {
        if (d.end <= d.start) {
          continue;
        }
        if (d.start < lastEnd && (lastDirect || !d.direct)) {
          continue; // nested or overlapping: the earlier statement wins
        }
        int cs = d.cueTok >= 0 ? ts[d.cueTok] : -1;
        int ce = d.cueTok >= 0 ? te[d.cueTok] : -1;
        Mention m = d.speaker;
        int[] words = d.direct ? null : closingQuotedWords(d.start, d.end);
        int start = words == null ? d.start : words[0];
        int end = words == null ? d.end : words[1];
        out.add(new Found(start, end, d.direct || words != null, cs, ce, m == null ? -1 : m.spanStart,
            m == null ? -1 : m.spanEnd, m == null ? null : m.canonical, d.mediumStart, d.mediumEnd));
        lastEnd = Math.max(lastEnd, d.end);
        lastDirect = d.direct;
      }
      if (out.size() > 1) {
        // A direct quote that began inside an earlier indirect one replaces it.
        List<Found> kept = new ArrayList<>(out.size());
        for (Found f : out) {
          if (!kept.isEmpty() && f.start() < kept.get(kept.size() - 1).end()) {
            Found prev = kept.get(kept.size() - 1);
            if (f.direct() && !prev.direct()) {
              kept.set(kept.size() - 1, f);
            }
            continue;
          }
          kept.add(f);
        }
        out = kept;
      }
      return out;
    }
  }

}
