package se.notis.quantity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.notis.doc.Quantity;
import se.notis.doc.SpanLayer;
import se.notis.internal.SwedishNumbers;
import se.notis.internal.WordFilter;
import se.notis.internal.WordTable;

/**
 * The rule grammar of Swedish quantities: numbers in digits or words with their approximation
 * ("uppemot", "drygt", "cirka"), multiplier ("miljoner"), and what they count or measure (a noun
 * as lemma, a currency, percent, a unit of measure).
 *
 * <p>Works on token char offsets of one text; each rule looks at a bounded window around a
 * number, so the work is linear. A cheap filter (first char a digit, or one hash probe for number
 * words) rejects other tokens without allocating. Numbers inside time expressions (given as
 * blocked char ranges), years, dates, clock times and section or road numbers are not
 * quantities; neither are numbers of time units ("tre år"), which the time stage owns.
 */
final class QuantityGrammar {
  private final WordTable<Double> multipliers;
  private final WordTable<String> approximations;
  private final WordTable<String> currencies;
  private final WordTable<String> measures;
  private final WordTable<double[]> magnitudes;
  private final WordTable<Double> words;
  private final WordTable<String> skips;
  private final WordTable<String> timeWords;
  private final WordTable<String> functionWords;
  private final Map<String, String> irregular;
  /** Number-word stems, for the per-token filter ("tjugo…", "hundra…", "tusen…"). */
  private final WordTable<Boolean> numberStems;
  /** Rejects most words before any lookup. */
  private final WordFilter filter;

  private QuantityGrammar(Map<String, Map<String, String[]>> kinds) {
    Map<String, Double> mult = new HashMap<>();
    kinds.getOrDefault("multiplier", Map.of()).forEach((k, v) -> mult.put(k, Double.parseDouble(v[0])));
    multipliers = WordTable.of(mult);
    approximations = WordTable.of(first(kinds, "approx"));
    currencies = WordTable.of(first(kinds, "currency"));
    measures = WordTable.of(first(kinds, "measure"));
    Map<String, double[]> mag = new HashMap<>();
    kinds.getOrDefault("magnitude", Map.of()).forEach((k, v) ->
        mag.put(k, new double[] {Double.parseDouble(v[0]), Double.parseDouble(v[1])}));
    magnitudes = WordTable.of(mag);
    Map<String, Double> w = new HashMap<>();
    kinds.getOrDefault("word", Map.of()).forEach((k, v) -> w.put(k, Double.parseDouble(v[0])));
    words = WordTable.of(w);
    skips = WordTable.of(first(kinds, "skip"));
    timeWords = WordTable.of(first(kinds, "time"));
    functionWords = WordTable.of(first(kinds, "function"));
    irregular = first(kinds, "irregular");
    Map<String, Boolean> stems = new HashMap<>();
    for (String s : new String[] {"två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio",
        "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton",
        "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio", "hundra",
        "tusen", "dussin", "miljon", "miljard", "ett", "en"}) {
      stems.put(s, Boolean.TRUE);
    }
    numberStems = WordTable.of(stems);
    WordFilter wordFilter = new WordFilter();
    stems.keySet().forEach(stem -> {
      if (stem.length() >= 3) {
        wordFilter.addPrefix(stem);
      } else {
        wordFilter.add(stem);
      }
    });
    mag.keySet().forEach(wordFilter::add);
    for (String vague : VAGUE) {
      wordFilter.add(vague);
    }
    w.keySet().forEach(wordFilter::add);
    filter = wordFilter;
  }

  private static Map<String, String> first(Map<String, Map<String, String[]>> kinds, String kind) {
    Map<String, String> out = new HashMap<>();
    kinds.getOrDefault(kind, Map.of()).forEach((k, v) -> out.put(k, v[0]));
    return out;
  }

  static QuantityGrammar standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final QuantityGrammar STANDARD = load("/se/notis/quantity/quantity-words.tsv");
  }

  static QuantityGrammar load(String resource) {
    Map<String, Map<String, String[]>> kinds = new HashMap<>();
    try (InputStream in = QuantityGrammar.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 3) {
          throw new IllegalStateException(resource + ": expected kind, word, value: '" + line + "'");
        }
        String[] values = new String[f.length - 2];
        System.arraycopy(f, 2, values, 0, values.length);
        kinds.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1].toLowerCase(Locale.ROOT), values);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new QuantityGrammar(kinds);
  }

  /** Token-level input: spans as char offsets, optional lemmas and UPOS tags (null when absent). */
  record Tokens(String text, SpanLayer spans, String[] lemmas, String[] upos) {}

  /**
   * Finds the quantities of a text.
   *
   * @param sentFirst index of each sentence's first token
   * @param sentEnd index one past each sentence's last token
   * @param blockedStarts char starts of spans that are no quantities (time expressions), sorted
   * @param blockedEnds their char ends
   * @return quantities with char offsets, in text order
   */
  List<Quantity> find(Tokens tokens, int[] sentFirst, int[] sentEnd, int[] blockedStarts,
      int[] blockedEnds) {
    List<Quantity> out = new ArrayList<>();
    String text = tokens.text();
    SpanLayer spans = tokens.spans();
    int blocked = 0;
    for (int s = 0; s < sentFirst.length; s++) {
      int i = sentFirst[s];
      while (i < sentEnd[s]) {
        int start = spans.start(i);
        char c = text.charAt(start);
        // Most tokens stop at this first test: no digit, and no number word has their first char and length.
        if ((c < '0' || c > '9') && !filter.test(text, start, spans.end(i))) {
          i++;
          continue;
        }
        if (!candidate(text, start, spans.end(i)) || isArticle(text, spans.start(i), spans.end(i))
            && !(i + 1 < sentEnd[s] && countsAfterArticle(text, spans.start(i + 1), spans.end(i + 1)))) {
          i++;
          continue;
        }
        while (blocked < blockedStarts.length && blockedEnds[blocked] <= spans.start(i)) {
          blocked++;
        }
        if (blocked < blockedStarts.length && blockedStarts[blocked] < spans.end(i)) {
          i++;
          continue;
        }
        int skip = NotQuantities.skip(text, spans, sentFirst[s], sentEnd[s], i);
        if (skip > i) {
          i = skip;
          continue;
        }
        int next = new Match(tokens, sentFirst[s], sentEnd[s], out).at(i);
        i = next > i ? next : i + 1;
      }
    }
    return out;
  }

  private static boolean isArticle(String text, int start, int end) {
    int length = end - start;
    return (length == 2 || length == 3) && (text.regionMatches(true, start, "en", 0, length)
        || text.regionMatches(true, start, "ett", 0, length)) && length == (text.charAt(start + 1) == 'n'
        || text.charAt(start + 1) == 'N' ? 2 : 3);
  }

  /** "en miljon", "ett tusen", "ett dussin", "ett tjugotal", "ett 90-tal" — the article counts. */
  private boolean countsAfterArticle(String text, int start, int end) {
    return multipliers.get(text, start, end) != null || words.get(text, start, end) != null
        || end - start > 3 && text.regionMatches(true, end - 3, "tal", 0, 3)
        || text.regionMatches(true, start, "hundra", 0, Math.min(6, end - start)) && end - start == 6;
  }

  private boolean candidate(String text, int start, int end) {
    char c = text.charAt(start);
    if (c >= '0' && c <= '9') {
      return true;
    }
    if (!Character.isLetter(c) || !filter.test(text, start, end)) {
      return false;
    }
    return numberStems.longestPrefix(text, start, end) > 0 || magnitudes.get(text, start, end) != null
        || words.get(text, start, end) != null || isVague(text, start, end);
  }

  /** "flera", "några", "många": a magnitude before a multiplier ("flera tusen"). */
  private static final String[] VAGUE = {"flera", "några", "många"};

  private static boolean isVague(String text, int start, int end) {
    for (String vague : VAGUE) {
      if (end - start == vague.length() && text.regionMatches(true, start, vague, 0, vague.length())) {
        return true;
      }
    }
    return false;
  }

  /** One attempt to read a quantity at a token. */
  private final class Match {
    private final String text;
    private final SpanLayer spans;
    private final Tokens tokens;
    private final int sf;
    private final int se;
    private final List<Quantity> out;

    Match(Tokens tokens, int sf, int se, List<Quantity> out) {
      this.tokens = tokens;
      this.text = tokens.text();
      this.spans = tokens.spans();
      this.sf = sf;
      this.se = se;
      this.out = out;
    }

    private boolean in(int j) {
      return j >= sf && j < se;
    }

    private String lw(int j) {
      return text.substring(spans.start(j), spans.end(j)).toLowerCase(Locale.ROOT);
    }

    private boolean is(int j, String w) {
      return in(j) && spans.end(j) - spans.start(j) == w.length()
          && text.regionMatches(true, spans.start(j), w, 0, w.length());
    }

    int at(int i) {
      String w = lw(i);
      double value = Double.NaN;
      double lower = Double.NaN;
      double upper = Double.NaN;
      boolean approximate = false;
      int first = i;
      int j = i + 1;
      double[] magnitude = magnitudes.get(w);
      if (magnitude == null && isVague(w, 0, w.length())) {
        // "flera tusen människor": two to nine of the multiplier, like "tusentals".
        Double m = in(i + 1) ? multipliers.get(text, spans.start(i + 1), spans.end(i + 1)) : null;
        if (m == null && is(i + 1, "hundra")) {
          m = 100.0;
        }
        if (m == null) {
          return -1;
        }
        magnitude = new double[] {2 * m, 10 * m - 1};
        j = i + 2;
      }
      if (magnitude != null) {
        lower = magnitude[0];
        upper = magnitude[1];
        approximate = true;
      } else if (Character.isDigit(w.charAt(0))) {
        if (w.endsWith("-tal") && w.length() > 4) {
          value = SwedishNumbers.parseDigits(w, 0, w.length() - 4);
          approximate = true;
          if (is(i - 1, "ett")) {
            first = i - 1;
          }
        } else if (w.endsWith("%") && w.length() > 1) {
          value = SwedishNumbers.parseDigits(w, 0, w.length() - 1);
        } else if (ageDash(w) > 0) {
          return age(i, w);
        } else {
          value = digits(i, w);
        }
        if (Double.isNaN(value) || skipContext(i)) {
          return -1;
        }
      } else {
        Double v = words.get(w);
        if (v != null && (w.startsWith("dussin"))) {
          value = v;
          if (is(i - 1, "ett")) {
            first = i - 1;
          }
        } else if (w.endsWith("tal") && w.length() > 5) {
          value = SwedishNumbers.parseWord(w.substring(0, w.length() - 3));
          approximate = true;
          if (is(i - 1, "ett")) {
            first = i - 1;
          }
        } else if (w.equals("en") || w.equals("ett")) {
          // An article is a number only before a multiplier: "en miljon", "ett tusen".
          if (!in(i + 1) || multipliers.get(text, spans.start(i + 1), spans.end(i + 1)) == null
              && !lw(i + 1).equals("hundra") && !lw(i + 1).startsWith("dussin")) {
            return -1;
          }
          value = 1;
        } else {
          value = SwedishNumbers.parseWord(w);
        }
        if (Double.isNaN(value) && Double.isNaN(lower)) {
          return -1;
        }
      }
      // Multipliers: "5 miljoner", "2,5 miljarder", "fyra tusen", "ett dussin".
      while (in(j) && !Double.isNaN(value)) {
        Double m = multipliers.get(text, spans.start(j), spans.end(j));
        if (m != null) {
          value *= m;
          j++;
        } else if (is(j, "hundra")) {
          value *= 100;
          j++;
        } else if (lw(j).startsWith("dussin")) {
          value *= 12;
          j++;
        } else {
          break;
        }
      }
      // An age range: "i 20–25-årsåldern".
      if (!Double.isNaN(value) && in(j + 1) && (is(j, "–") || is(j, "-")) && ageDash(lw(j + 1)) > 0) {
        String second = lw(j + 1);
        double years = SwedishNumbers.parseDigits(second, 0, ageDash(second));
        if (years > value) {
          return add(first, j + 2, Double.NaN, value, years, "år", "age", true);
        }
      }
      // Ranges: "10–20", "mellan 10 och 20", "10 till 20".
      if (!Double.isNaN(value) && in(j + 1) && (is(j, "–") || is(j, "-") || is(j, "till")
          || is(j, "och") && is(first - 1, "mellan")) && Character.isDigit(text.charAt(spans.start(j + 1)))) {
        double second = digits(j + 1, lw(j + 1));
        if (!Double.isNaN(second) && second > value) {
          lower = value;
          upper = second;
          value = Double.NaN;
          j += 2;
          if (is(first - 1, "mellan")) {
            first--;
          }
        }
      }
      // Approximations before the number.
      if (!Double.isNaN(value) && first == i && in(i - 1)) {
        String a = approximations.get(text, spans.start(i - 1), spans.end(i - 1));
        int aFirst = i - 1;
        if (a == null && (is(i - 1, "mot") || is(i - 1, "emot")) && is(i - 2, "upp")) {
          a = "upper";
          aFirst = i - 2;
        } else if (a == null && is(i - 1, "än") && (is(i - 2, "mer") || is(i - 2, "fler"))) {
          a = is(i - 3, "inte") ? "upper" : "lower";
          aFirst = is(i - 3, "inte") ? i - 3 : i - 2;
        }
        if (a != null && !a.equals("none")) {
          first = aFirst;
          switch (a) {
            case "upper" -> upper = value;
            case "lower" -> lower = value;
            default -> approximate = true;
          }
        }
      }
      if (is(j, "%") || is(j, "procent")) {
        return add(first, j + 1, value, lower, upper, "percent", "percent", approximate);
      }
      if (in(j)) {
        // Time units and months belong to the time stage: "tre år", "24 juni".
        if (timeWords.get(text, spans.start(j), spans.end(j)) != null) {
          return j + 1;
        }
        String currency = currency(j);
        if (currency != null) {
          int end = isForeignKrona(j) ? j + 2 : j + 1;
          double scale = scaleOf(lw(j));
          return add(first, end, value * scale, lower * scale, upper * scale, currency, "money",
              approximate);
        }
        String measure = measures.get(text, spans.start(j), spans.end(j));
        if (measure != null) {
          int end = j + 1;
          if (is(j + 1, "/") && in(j + 2) && (is(j + 2, "h") || is(j + 2, "tim"))) {
            measure = measure + "/h";
            end = j + 3;
          }
          return add(first, end, value, lower, upper, measure, "measure", approximate);
        }
      }
      if (in(first - 1) && currency(first - 1) != null && !Character.isLetter(text.charAt(spans.start(first - 1)))) {
        return add(first - 1, j, value, lower, upper, currency(first - 1), "money", approximate);
      }
      // "Två 15-åringar greps", "tre 17-åriga flickor": a count of people of an age. The count ends
      // at the people; the age word is read again on its own, as an age.
      int dash = in(j) && Character.isDigit(text.charAt(spans.start(j))) ? ageDash(lw(j)) : -1;
      if (dash > 0 && !Double.isNaN(value) && value == Math.rint(value) && value > 1) {
        String age = lw(j);
        if (age.startsWith("-åringar", dash)) {
          add(first, j + 1, value, lower, upper, age.substring(0, dash) + "-åring", "count", approximate);
          return j;
        }
        int people = age.startsWith("-årig", dash) ? noun(j + 1) : -1;
        if (people >= 0) {
          add(first, people + 1, value, lower, upper, lemma(people, false), "count", approximate);
          return j;
        }
      }
      int noun = noun(j);
      if (noun >= 0) {
        boolean one = value == 1;
        return add(first, noun + 1, value, lower, upper, lemma(noun, one), "count", approximate);
      }
      if (Character.isLetter(text.charAt(spans.start(i))) && Double.isNaN(lower) && Double.isNaN(upper)
          && !approximate) {
        return -1; // a number word alone ("tre") is too often a pronoun-like use
      }
      return add(first, j, value, lower, upper, null, "number", approximate);
    }

    /** "45-årig", "17-åringen", "i 30-årsåldern" (about thirty), "i 20–25-årsåldern" (bounds). */
    private int age(int i, String w) {
      int dash = ageDash(w);
      int range = rangeDash(w, dash);
      boolean about = w.startsWith("-årsålder", dash);
      if (range < 0) {
        return add(i, i + 1, SwedishNumbers.parseDigits(w, 0, dash), Double.NaN, Double.NaN, "år", "age", about);
      }
      double lower = SwedishNumbers.parseDigits(w, 0, range);
      double upper = SwedishNumbers.parseDigits(w, range + 1, dash);
      return lower < upper ? add(i, i + 1, Double.NaN, lower, upper, "år", "age", true) : -1;
    }

    private double digits(int i, String w) {
      int dot = w.indexOf('.');
      if (dot >= 0) {
        // Swedish decimals take a comma; a dot before two digits is a time or a date.
        String[] groups = w.substring(dot + 1).split("\\.", -1);
        for (String group : groups) {
          if (group.length() != 3) {
            return Double.NaN;
          }
        }
        String plain = w.replace(".", "");
        return SwedishNumbers.parseDigits(plain, 0, plain.length());
      }
      return SwedishNumbers.parseDigits(w, 0, w.length());
    }

    /** Section, road, week and clock numbers; years; days of month. */
    private boolean skipContext(int i) {
      if (in(i - 1) && skips.get(text, spans.start(i - 1), spans.end(i - 1)) != null) {
        return true;
      }
      if (is(i + 1, "§") || is(i - 1, "§")) {
        return true;
      }
      int len = spans.end(i) - spans.start(i);
      if (len == 4 && allDigits(text, spans.start(i), spans.end(i))) {
        int y = Integer.parseInt(text.substring(spans.start(i), spans.end(i)));
        boolean counted = in(i + 1) && (currency(i + 1) != null
            || measures.get(text, spans.start(i + 1), spans.end(i + 1)) != null || is(i + 1, "procent")
            || is(i + 1, "%"));
        boolean approx = in(i - 1) && approximations.get(text, spans.start(i - 1), spans.end(i - 1)) != null;
        if (y >= 1900 && y <= 2099 && !counted && !approx) {
          return true;
        }
      }
      return false;
    }

    private String currency(int j) {
      if (!in(j)) {
        return null;
      }
      if (isForeignKrona(j)) {
        return switch (lw(j)) {
          case "norska" -> "NOK";
          case "danska" -> "DKK";
          default -> "ISK";
        };
      }
      return currencies.get(text, spans.start(j), spans.end(j));
    }

    private boolean isForeignKrona(int j) {
      return (is(j, "norska") || is(j, "danska") || is(j, "isländska")) && is(j + 1, "kronor");
    }

    private double scaleOf(String currencyWord) {
      return switch (currencyWord) {
        case "mnkr" -> 1e6;
        case "mdkr" -> 1e9;
        case "tkr" -> 1e3;
        default -> 1;
      };
    }

    /** The counted noun after the number: the first noun within three words, or -1. */
    private int noun(int j) {
      String[] upos = tokens.upos();
      for (int k = j; k < j + 3 && in(k); k++) {
        char c = text.charAt(spans.start(k));
        if (!Character.isLetter(c)) {
          return -1;
        }
        if (upos != null) {
          String tag = upos[k];
          if ("NOUN".equals(tag) || "PROPN".equals(tag) && k == j) {
            return k;
          }
          if (!"ADJ".equals(tag) && !"NUM".equals(tag)) {
            return -1;
          }
          continue;
        }
        if (functionWords.get(text, spans.start(k), spans.end(k)) != null || Character.isUpperCase(c)) {
          return -1;
        }
        String w = lw(k);
        // An adjective before the noun: "tre svenska medborgare", "två unga män".
        boolean adjective = (w.endsWith("a") || w.endsWith("ade"))
            && in(k + 1) && Character.isLowerCase(text.charAt(spans.start(k + 1)))
            && functionWords.get(text, spans.start(k + 1), spans.end(k + 1)) == null
            && irregular.get(w) == null && !w.endsWith("ora") && k + 1 < j + 3;
        if (!adjective) {
          return k;
        }
      }
      return -1;
    }

    private String lemma(int k, boolean singular) {
      String[] lemmas = tokens.lemmas();
      if (lemmas != null && lemmas[k] != null && !lemmas[k].isEmpty() && !"_".equals(lemmas[k])) {
        return lemmas[k].toLowerCase(Locale.ROOT);
      }
      String w = lw(k);
      return singular ? w : pluralLemma(w);
    }

    private int add(int from, int to, double value, double lower, double upper, String unit,
        String kind, boolean approximate) {
      out.add(new Quantity(spans.start(from), spans.end(to - 1), box(value), box(lower), box(upper), unit, kind,
          approximate));
      return to;
    }
  }

  /** Age suffixes after "N-": "45-årig", "17-åringar", "30-årsåldern". */
  private static final String[] AGE_SUFFIXES = {"-årig", "-åriga", "-årige", "-åring", "-åringen", "-åringar",
      "-åringarna", "-åringens", "-årsålder", "-årsåldern"};

  /**
   * Where the dash of an age word stands — "45-årig", "20–25-årsåldern" written as one word — after
   * one to three digits or a range of them; or -1.
   */
  static int ageDash(String w) {
    int dash = w.lastIndexOf('-');
    if (dash < 1 || dash > 7 || !isAgeNumber(w, dash)) {
      return -1;
    }
    for (String suffix : AGE_SUFFIXES) {
      if (w.length() - dash == suffix.length() && w.startsWith(suffix, dash)) {
        return dash;
      }
    }
    return -1;
  }

  /** "45" or "20–25" before {@code end}. */
  private static boolean isAgeNumber(String w, int end) {
    int range = rangeDash(w, end);
    return range < 0 ? end <= 3 && allDigits(w, 0, end)
        : range >= 1 && range <= 3 && allDigits(w, 0, range) && end - range - 1 >= 1 && end - range - 1 <= 3
            && allDigits(w, range + 1, end);
  }

  /** Where "–" or "-" parts the two numbers of a range before {@code end}, or -1. */
  private static int rangeDash(String w, int end) {
    for (int k = 1; k < end; k++) {
      if (w.charAt(k) == '–' || w.charAt(k) == '-') {
        return k;
      }
    }
    return -1;
  }

  private static boolean allDigits(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static Double box(double v) {
    return Double.isNaN(v) ? null : v;
  }

  /** The singular of a plural noun by suffix ("migranter" → "migrant"), irregulars from the list. */
  String pluralLemma(String w) {
    String known = irregular.get(w);
    if (known != null) {
      return known;
    }
    if (w.length() > 6 && w.endsWith("erna")) {
      return pluralLemma(w.substring(0, w.length() - 2));
    }
    if (w.length() > 6 && w.endsWith("arna")) {
      return w.substring(0, w.length() - 4);
    }
    if (w.length() > 6 && w.endsWith("orna")) {
      return w.substring(0, w.length() - 4) + "a";
    }
    if (w.length() > 4 && w.endsWith("are")) {
      return w;
    }
    if (w.length() > 4 && (w.endsWith("er") || w.endsWith("ar"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 4 && w.endsWith("or")) {
      return w.substring(0, w.length() - 2) + "a";
    }
    return w;
  }
}
