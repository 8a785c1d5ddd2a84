package se.notis.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Titles of works and events in quote marks after the noun that names their kind: "boken ”Vad
 * lämnade du efter dig? Röster från Jemens bortglömda krig”", "konferensen ”Conference on Support
 * to the Recovery and Development of Health Care in Ukraine”". The guidelines make the whole title
 * one MISC name and leave the names inside it out; the tagger, which reads sentence by sentence,
 * sees only the words ("Jemens", "Recovery", "Ukraine").
 */
final class QuotedTitles {
  private QuotedTitles() {}

  /**
   * Nouns (indefinite and definite) whose quoted complement is the title of a work or the name of
   * an event. "temat", "rubriken" and "parollen" are left out: a theme or a slogan is no name.
   */
  private static final Set<String> KIND_NOUNS = Set.of("bok", "boken", "roman", "romanen", "antologi", "antologin",
      "skrift", "skriften", "rapport", "rapporten", "betänkande", "betänkandet", "proposition", "propositionen",
      "film", "filmen", "dokumentär", "dokumentären", "serie", "serien", "pjäs", "pjäsen", "föreställning",
      "föreställningen", "utställning", "utställningen", "konferens", "konferensen", "seminarium", "seminariet",
      "projekt", "projektet", "kampanj", "kampanjen", "initiativ", "initiativet", "evenemang", "evenemanget",
      "festival", "festivalen", "podd", "podden", "album", "albumet", "strategi", "strategin", "handlingsplan",
      "handlingsplanen", "promemoria", "promemorian", "skrivelse", "skrivelsen", "broschyr", "broschyren", "komedi",
      "komedin", "drama", "dramat", "thriller", "thrillern", "opera", "operan", "musikal", "musikalen", "låt", "låten",
      "singel", "singeln", "diktsamling", "diktsamlingen", "deckare", "deckaren", "program", "programmet", "böcker",
      "romaner", "filmer", "serier", "pjäser", "låtar", "singlar", "dokumentärer", "föreställningar", "operor",
      "musikaler", "poddar", "podcasts", "podcast", "podcasten", "novell", "novellen", "noveller", "samling",
      "samlingen", "dikt", "dikten", "målning", "målningen", "tavla", "tavlan", "skulptur", "skulpturen", "titeln");

  /** Last parts of compounds too short to match alone: "bilderbok", "debutbok", "kokbok". */
  private static final Set<String> SHORT_KINDS = Set.of("bok", "dikt");

  /** Whether {@code word} names a kind of work or event, also in a compound ("debutromanen", "tv-serien"). */
  private static boolean isKindNoun(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (KIND_NOUNS.contains(lower)) {
      return true;
    }
    for (String kind : KIND_NOUNS) {
      if (kind.length() >= 5 && lower.endsWith(kind) && lower.length() > kind.length() + 2) {
        return true;
      }
    }
    for (String kind : SHORT_KINDS) {
      if (lower.endsWith(kind) && lower.length() > kind.length() + 3) {
        return true;
      }
    }
    return false;
  }

  /** "Elin Marklunds ”Vinterhamnen”": a capitalised genitive, a maker's name, before a work. */
  private static boolean isMakersGenitive(CharSequence text, int[] starts, int[] ends, int i) {
    return ends[i] - starts[i] > 2 && text.charAt(ends[i] - 1) == 's' && Character.isUpperCase(text.charAt(starts[i]));
  }

  /** The longest title read, in tokens: a quote mark left open does not swallow a paragraph. */
  private static final int MAX_TOKENS = 30;

  /**
   * {@code spans} (token indices over the whole document, in order) with the {@link #find titles}
   * added as MISC and the spans inside them dropped.
   */
  static List<NerLabels.TokenSpan> apply(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> spans,
      List<NerLabels.TokenSpan> titles) {
    if (titles.isEmpty()) {
      return spans;
    }
    Set<String> named = new java.util.HashSet<>();
    for (NerLabels.TokenSpan title : titles) {
      named.add(text.subSequence(starts[title.start()], ends[title.end() - 1]).toString());
    }
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size() + titles.size());
    for (NerLabels.TokenSpan span : spans) {
      if (insideAny(span, titles)) {
        continue;
      }
      // "”Vinterhamnen” vann …. Vinterhamnen handlar om …": the title named again without its marks.
      boolean title = named.contains(text.subSequence(starts[span.start()], ends[span.end() - 1]).toString());
      out.add(title ? new NerLabels.TokenSpan(span.start(), span.end(), "MISC") : span);
    }
    out.addAll(titles);
    out.addAll(repeatedTitles(text, starts, ends, out, titles));
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /**
   * "hennes film Vinterljus …. Vinterljus är inspelad i Kiruna": a title written again where the tagger
   * found nothing (often a sentence's first word, which it takes for a common one) is the title.
   */
  private static List<NerLabels.TokenSpan> repeatedTitles(CharSequence text, int[] starts, int[] ends,
      List<NerLabels.TokenSpan> spans, List<NerLabels.TokenSpan> titles) {
    boolean[] taken = new boolean[starts.length];
    for (NerLabels.TokenSpan span : spans) {
      java.util.Arrays.fill(taken, span.start(), span.end(), true);
    }
    List<NerLabels.TokenSpan> found = new ArrayList<>();
    for (NerLabels.TokenSpan title : titles) {
      int length = title.end() - title.start();
      if (!Character.isUpperCase(text.charAt(starts[title.start()]))) {
        continue;
      }
      for (int i = 0; i + length <= starts.length; i++) {
        boolean same = true;
        for (int k = 0; k < length && same; k++) {
          same = !taken[i + k] && RuleTokens.word(text, starts, ends, i + k).equals(
              RuleTokens.word(text, starts, ends, title.start() + k));
        }
        if (same) {
          found.add(new NerLabels.TokenSpan(i, i + length, "MISC"));
          java.util.Arrays.fill(taken, i, i + length, true);
        }
      }
    }
    return found;
  }

  /**
   * Each quoted title after a kind noun or its maker's genitive, as a MISC span of the words between
   * the marks; a list of them ("tv-serier som ”Ally McBeal”, ”Will & Grace” och ”Advokaterna”") gives
   * one span per title.
   */
  static List<NerLabels.TokenSpan> find(CharSequence text, int[] starts, int[] ends) {
    List<NerLabels.TokenSpan> titles = new ArrayList<>();
    for (int i = 0; i + 2 < starts.length; i++) {
      // The quote mark first: it is rare, and the kind noun's test costs a string.
      int open = isQuoteMark(text, starts, ends, i + 1) ? i + 1
          : isQuoteMark(text, starts, ends, i + 2) && AS.contains(RuleTokens.word(text, starts, ends, i + 1)) ? i + 2 : -1;
      if (open < 0 || !(isKindNoun(RuleTokens.word(text, starts, ends, i)) || isMakersGenitive(text, starts, ends, i))) {
        continue;
      }
      int close = title(text, starts, ends, open);
      if (close > 0 && ",".equals(RuleTokens.word(text, starts, ends, open - 1))
          && (!isShortPhrase(text, starts, ends, open, close) || isAttributed(text, starts, ends, close + 1))) {
        continue; // "sitt tredje album, ”Älven minns”," names it; "rapporten, ”Vi måste agera nu”, säger hon" quotes her
      }
      while (close > 0) {
        titles.add(new NerLabels.TokenSpan(open + 1, close, "MISC"));
        i = close;
        open = close + 2;
        close = close + 1 < starts.length && LIST_JOINS.contains(RuleTokens.word(text, starts, ends, close + 1))
            ? title(text, starts, ends, open) : -1;
      }
    }
    for (int open = 0; open + 2 < starts.length; open++) {
      int close = isQuoteMark(text, starts, ends, open) && !insideAny(new NerLabels.TokenSpan(open, open + 1, "MISC"), titles)
          ? title(text, starts, ends, open) : -1;
      if (close > 0 && close - open <= MAX_CREDITED_WORDS && isCredited(text, starts, ends, open, close)) {
        titles.add(new NerLabels.TokenSpan(open + 1, close, "MISC"));
        open = close;
      }
    }
    titles.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return titles;
  }

  /** The most words a title told by its maker or year after it may have; a quote says more. */
  private static final int MAX_CREDITED_WORDS = 6;

  /**
   * "”Ljuset i Rinkeby” av dramatikern Amir Nouri", "den hyllade ”Låtar från Boda” 1978": a short
   * capitalised phrase in quote marks without a clause's punctuation, followed by its maker or its
   * year, is a title even without a kind noun before it.
   */
  private static boolean isCredited(CharSequence text, int[] starts, int[] ends, int open, int close) {
    if (!isShortPhrase(text, starts, ends, open, close) || close + 1 >= starts.length) {
      return false;
    }
    if (isTold(text, starts, ends, close + 1) || isKindApposition(text, starts, ends, close + 1)) {
      return true;
    }
    String after = RuleTokens.word(text, starts, ends, close + 1);
    boolean year = after.length() == 4 && (after.startsWith("19") || after.startsWith("20"))
        && after.chars().allMatch(Character::isDigit);
    return year || after.equals("av") && (isCapitalisedAt(text, starts, close + 2)
        || close + 3 < starts.length && Character.isLowerCase(text.charAt(starts[close + 2])) && isCapitalisedAt(text, starts, close + 3));
  }

  /** Whether the words between the marks at {@code open} and {@code close} are few and hold no clause's punctuation. */
  private static boolean isShortPhrase(CharSequence text, int[] starts, int[] ends, int open, int close) {
    for (int k = open + 1; k < close; k++) {
      if (ends[k] - starts[k] == 1 && ",.!?:;–".indexOf(text.charAt(starts[k])) >= 0) {
        return false;
      }
    }
    return close - open <= MAX_CREDITED_WORDS;
  }

  private static final Set<String> SAYING = Set.of("säger", "sa", "sade", "skriver", "berättar", "menar", "förklarar",
      "konstaterar", "svarar", "tillägger", "enligt");

  /** "”…”, säger hon": a reporting verb after the closing mark, with or without a comma. */
  private static boolean isAttributed(CharSequence text, int[] starts, int[] ends, int t) {
    int verb = t < starts.length && ",".equals(RuleTokens.word(text, starts, ends, t)) ? t + 1 : t;
    return verb < starts.length && SAYING.contains(RuleTokens.word(text, starts, ends, verb));
  }

  /** What is told of a work and of no quote: "”Sista sommaren på Ven” handlar om …", "… har premiär på …". */
  private static final Set<String> TOLD_OF_WORKS = Set.of("handlar om", "handlade om", "utspelar sig", "utspelade sig",
      "har premiär", "hade premiär", "fick premiär", "gavs ut", "kom ut", "spelades in", "sänds", "sändes");

  private static boolean isTold(CharSequence text, int[] starts, int[] ends, int t) {
    return t + 1 < starts.length && TOLD_OF_WORKS.contains(RuleTokens.word(text, starts, ends, t) + " "
        + RuleTokens.word(text, starts, ends, t + 1)) || t < starts.length
        && TOLD_OF_WORKS.contains(RuleTokens.word(text, starts, ends, t));
  }

  /** "”Järnets tid”, en bok om …", "”Fröken Julie”, en pjäs som …": a comma, an article and the kind within three words. */
  private static boolean isKindApposition(CharSequence text, int[] starts, int[] ends, int t) {
    if (t + 2 >= starts.length || !",".equals(RuleTokens.word(text, starts, ends, t))
        || !Set.of("en", "ett").contains(RuleTokens.word(text, starts, ends, t + 1))) {
      return false;
    }
    for (int k = t + 2; k < starts.length && k <= t + 4; k++) {
      if (KIND_NOUNS.contains(RuleTokens.word(text, starts, ends, k).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code t} exists and opens with a capital: the maker's name, after a role or not ("av dramatikern Amir Nouri"). */
  private static boolean isCapitalisedAt(CharSequence text, int[] starts, int t) {
    return t < starts.length && Character.isUpperCase(text.charAt(starts[t]));
  }

  /**
   * "tv-serier som ”Ally McBeal”", "sitt tredje album, ”Älven minns”": words between a kind noun and
   * the titles of its examples or its apposition.
   */
  private static final Set<String> AS = Set.of("som", "såsom", ",");

  private static final Set<String> LIST_JOINS = Set.of(",", "och", "eller", "samt");

  /** The token of the mark that closes a capitalised title opened at token {@code open}, or -1. */
  private static int title(CharSequence text, int[] starts, int[] ends, int open) {
    if (open + 1 >= starts.length || !isQuoteMark(text, starts, ends, open)
        || Character.isLowerCase(text.charAt(starts[open + 1]))) {
      return -1; // "kallar romanen ”en berättelse om …”": words about the work, not its capitalised title
    }
    int close = closingMark(text, starts, ends, open + 1, text.charAt(starts[open]));
    boolean nickname = close == open + 2 && close + 1 < starts.length && starts[close + 1] == ends[close] + 1
        && Character.isUpperCase(text.charAt(starts[close + 1])); // "Lars ”Lasse” Wennerholm"
    return close > open + 1 && !nickname ? close : -1;
  }

  private static boolean isQuoteMark(CharSequence text, int[] starts, int[] ends, int i) {
    char c = text.charAt(starts[i]);
    return ends[i] - starts[i] == 1 && (c == '”' || c == '“' || c == '"' || c == '«');
  }

  /** The token of the mark that closes the title opened by {@code open}, or -1 before a line break. */
  private static int closingMark(CharSequence text, int[] starts, int[] ends, int from, char open) {
    char close = open == '“' ? '”' : open == '«' ? '»' : open;
    for (int k = from; k < starts.length && k < from + MAX_TOKENS; k++) {
      for (int c = ends[k - 1]; c < starts[k]; c++) {
        if (text.charAt(c) == '\n') {
          return -1;
        }
      }
      if (ends[k] - starts[k] == 1 && text.charAt(starts[k]) == close) {
        return k;
      }
    }
    return -1;
  }

  private static boolean insideAny(NerLabels.TokenSpan span, List<NerLabels.TokenSpan> titles) {
    for (NerLabels.TokenSpan title : titles) {
      if (span.start() < title.end() && span.end() > title.start()) {
        return true;
      }
    }
    return false;
  }
}
