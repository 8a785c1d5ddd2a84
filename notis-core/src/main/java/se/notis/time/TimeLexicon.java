package se.notis.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import se.notis.internal.WordTable;

/** The words of Swedish time expressions, read once from {@code time-words.tsv}. */
final class TimeLexicon {
  /** Stems of weekdays and holidays, which compounds and inflections build on ("fredagskvällen", "påskhelgen"). */
  static final String[] STEMS = {"måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "valborg",
      "midsommar", "nyår", "jul", "påsk", "pingst", "trettond", "allhelgona", "annandag", "skärtorsdag",
      "långfredag", "himmelsfärd", "nationaldag", "årsskifte", "luciadag", "luciamorgon"};

  /** A month name: its number and whether it is an abbreviation. */
  record Month(int number, boolean abbreviation) {}

  /** A holiday: a date rule (MM-DD, E+n, M+n, A+n) and an optional part of day or WE. */
  record Holiday(String rule, String extra) {}

  final WordTable<Month> months;
  final WordTable<Integer> weekdays;
  final WordTable<String> parts;
  final WordTable<String> units;
  final WordTable<String> sets;
  final WordTable<Holiday> holidays;
  /** Stems a holiday or weekday word starts with, for the cheap per-token filter. */
  final WordTable<Boolean> stems;

  private TimeLexicon(Map<String, Map<String, Object>> kinds) {
    months = table(kinds, "month");
    weekdays = table(kinds, "weekday");
    parts = table(kinds, "part");
    units = table(kinds, "unit");
    sets = table(kinds, "set");
    holidays = table(kinds, "holiday");
    Map<String, Boolean> stemWords = new HashMap<>();
    for (String stem : STEMS) {
      stemWords.put(stem, Boolean.TRUE);
    }
    stems = WordTable.of(stemWords);
  }

  static TimeLexicon standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final TimeLexicon STANDARD = load("/se/notis/time/time-words.tsv");
  }

  static TimeLexicon load(String resource) {
    Map<String, Map<String, Object>> kinds = new HashMap<>();
    try (InputStream in = TimeLexicon.class.getResourceAsStream(resource)) {
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
        String extra = f.length > 3 ? f[3] : null;
        Object value = switch (f[0]) {
          case "month" -> new Month(Integer.parseInt(f[2]), "abbr".equals(extra));
          case "weekday" -> Integer.parseInt(f[2]);
          case "holiday" -> new Holiday(f[2], extra);
          default -> f[2];
        };
        kinds.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TimeLexicon(kinds);
  }

  @SuppressWarnings("unchecked")
  private static <V> WordTable<V> table(Map<String, Map<String, Object>> kinds, String kind) {
    return WordTable.of((Map<String, V>) (Map<String, ?>) kinds.getOrDefault(kind, Map.of()));
  }
}
