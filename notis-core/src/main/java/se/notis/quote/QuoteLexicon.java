package se.notis.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The word lists the quote finder reads: speech verbs with their frames and tenses
 * ({@code cues.tsv}), closed word classes ({@code words.tsv}) and first names with their gender
 * ({@code first-names.tsv.gz}, compiled from SCB name statistics by {@link FirstNameTrainer}).
 * Loaded once and shared; read-only afterwards.
 */
final class QuoteLexicon {
  static final int DIRECT = 1;
  static final int ATT = 2;
  static final int TRAILING = 4;
  static final int OM = 8;
  static final int FOR = 16;
  static final int COLON = 32;
  /** Reported speech with "på att": "Utredningen pekar på att …". */
  static final int PA_ATT = 64;
  /** A reason given with "med att": "Academedia motiverar nedläggningen med att …". */
  static final int MED_ATT = 128;

  /** A speech verb form. */
  record Cue(String lemma, Tense tense, int frames) {
    boolean has(int frame) {
      return (frames & frame) != 0;
    }

    /** Finite or supine: a form that can carry an attribution ("säger", "sade", "har sagt"). */
    boolean finite() {
      return tense != Tense.INFINITIVE;
    }
  }

  enum Tense { PRESENT, PRETERITE, SUPINE, INFINITIVE }

  private static final String BASE = "/se/notis/quote/";
  private static volatile QuoteLexicon shared;

  private final WordMap<Cue> cues;
  private final WordMap<Integer> words;
  private final Map<String, Integer> classBits = new HashMap<>();
  private final Map<String, List<String>> classes;
  private final WordMap<Character> firstNames;

  QuoteLexicon(Map<String, Cue> cues, Map<String, List<String>> classes, Map<String, Character> firstNames) {
    this.cues = new WordMap<>(cues);
    Map<String, Integer> byWord = new HashMap<>();
    for (Map.Entry<String, List<String>> entry : classes.entrySet()) {
      if (classBits.size() == 31) {
        throw new IllegalStateException("words.tsv: more than 31 word classes");
      }
      int bit = 1 << classBits.size();
      classBits.put(entry.getKey(), bit);
      entry.getValue().forEach(w -> byWord.merge(w, bit, (a, b) -> a | b));
    }
    this.words = new WordMap<>(byWord);
    this.classes = classes;
    this.firstNames = new WordMap<>(firstNames);
  }

  /** The lexicon from the bundled resources, loaded on first use. */
  static QuoteLexicon get() {
    QuoteLexicon lex = shared;
    if (lex == null) {
      synchronized (QuoteLexicon.class) {
        lex = shared;
        if (lex == null) {
          lex = new QuoteLexicon(loadCues(), loadClasses(), loadFirstNames());
          shared = lex;
        }
      }
    }
    return lex;
  }

  Cue cue(CharSequence text, int start, int end) {
    return cues.get(text, start, end);
  }

  /** True when the word belongs to the class (e.g. "adverb", "stop", "media"). */
  boolean is(String cls, CharSequence text, int start, int end) {
    Integer bit = classBits.get(cls);
    if (bit == null) {
      throw new IllegalArgumentException("no word class '" + cls + "' in words.tsv; classes: " + classBits.keySet());
    }
    Integer found = words.get(text, start, end);
    return found != null && (found & bit) != 0;
  }

  List<String> words(String cls) {
    return classes.getOrDefault(cls, List.of());
  }

  /**
   * The gender of a first name: 'm', 'f' or 'u' (used by both), or 0 when it is no known first
   * name. Accents are tried folded as well ("Jesús" → "Jesus").
   */
  char gender(CharSequence text, int start, int end) {
    Character g = firstNames.get(text, start, end);
    if (g == null) {
      boolean ascii = true;
      for (int i = start; i < end && ascii; i++) {
        ascii = text.charAt(i) < 128 || "åäöÅÄÖ".indexOf(text.charAt(i)) >= 0;
      }
      if (!ascii) {
        g = firstNames.get(fold(text.subSequence(start, end).toString()));
      }
    }
    return g == null ? 0 : g;
  }

  static String fold(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (char c : Normalizer.normalize(word, Normalizer.Form.NFD).toCharArray()) {
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c);
      }
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  static Map<String, Cue> loadCues() {
    Map<String, Cue> cues = new HashMap<>();
    Tense[] tenses = {Tense.PRESENT, Tense.PRETERITE, Tense.SUPINE, Tense.INFINITIVE};
    for (String[] cols : rows(BASE + "cues.tsv")) {
      if (cols.length != 6) {
        throw new IllegalStateException("cues.tsv: expected 6 columns, got " + String.join("\t", cols));
      }
      int frames = 0;
      for (String frame : cols[1].split(",")) {
        frames |= switch (frame.strip()) {
          case "direct" -> DIRECT;
          case "att" -> ATT;
          case "trailing" -> TRAILING;
          case "om" -> OM;
          case "för" -> FOR;
          case "colon" -> COLON;
          case "på att" -> PA_ATT;
          case "med att" -> MED_ATT;
          default -> throw new IllegalStateException("cues.tsv: unknown frame '" + frame + "'");
        };
      }
      for (int t = 0; t < 4; t++) {
        for (String form : cols[2 + t].split(",")) {
          cues.putIfAbsent(form.strip().toLowerCase(Locale.ROOT), new Cue(cols[0], tenses[t], frames));
        }
      }
    }
    return cues;
  }

  static Map<String, List<String>> loadClasses() {
    Map<String, List<String>> classes = new HashMap<>();
    for (String[] cols : rows(BASE + "words.tsv")) {
      classes.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(cols[1].strip().toLowerCase(Locale.ROOT));
    }
    return classes;
  }

  static Map<String, Character> loadFirstNames() {
    Map<String, Character> names = new HashMap<>();
    String resource = BASE + FirstNameTrainer.RESOURCE;
    try (InputStream raw = QuoteLexicon.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
      String header = reader.readLine();
      if (header == null || !header.startsWith(FirstNameTrainer.HEADER)) {
        throw new IllegalStateException(resource + ": expected header '" + FirstNameTrainer.HEADER + "', got " + header);
      }
      for (String line; (line = reader.readLine()) != null; ) {
        int tab = line.indexOf('\t');
        if (tab > 0 && tab + 1 < line.length()) {
          names.put(line.substring(0, tab), line.charAt(tab + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return names;
  }

  private static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = QuoteLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(line.split("\t"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return rows;
  }
}
