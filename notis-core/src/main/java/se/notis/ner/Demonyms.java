package se.notis.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Demonym adjectives and the country each refers to ("mexikanska" → Mexiko, "amerikanske" →
 * USA), from TT-språket's list of nationalities. Adjectives shared by two countries
 * ("kongolesisk") are left out rather than guessed.
 */
final class Demonyms {
  static final String RESOURCE = "demonyms.tsv";
  private static final String[] ENDINGS = {"", "a", "t", "e"};

  private final Map<String, String> countryByForm;

  private Demonyms(Map<String, String> countryByForm) {
    this.countryByForm = countryByForm;
  }

  private static final class Holder {
    static final Demonyms DEFAULT = loadResource();
  }

  static Demonyms standard() {
    return Holder.DEFAULT;
  }

  /** The country an adjective form refers to, matched case-insensitively. */
  Optional<String> country(String form) {
    return Optional.ofNullable(countryByForm.get(form.toLowerCase(Locale.ROOT)));
  }

  private static Demonyms loadResource() {
    try (InputStream raw = Demonyms.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource se/notis/ner/" + RESOURCE + ": rebuild it with `notis train gazetteer`");
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
      Map<String, String> map = new HashMap<>();
      String line;
      while ((line = in.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (tab > 0 && !line.startsWith("#")) {
          map.put(line.substring(0, tab).toLowerCase(Locale.ROOT), line.substring(tab + 1).strip());
        }
      }
      return new Demonyms(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Inflected adjective forms (lower case and capitalised) → country, from the TT-språket CSV. */
  static Map<String, String> compile(Path ttspraket) throws IOException {
    Map<String, String> out = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (String[] row : GazetteerBuilder.csv(ttspraket, ';')) {
      if (row.length < 5) {
        continue;
      }
      String country = row[0];
      for (String adjective : row[4].split(",")) {
        String base = adjective.strip().replaceAll("[()]", "");
        if (base.isEmpty()) {
          continue;
        }
        for (String ending : ENDINGS) {
          String form = base + ending;
          String previous = out.putIfAbsent(form, country);
          if (previous != null && !previous.equals(country)) {
            ambiguous.add(form);
          }
        }
      }
    }
    out.keySet().removeAll(ambiguous);
    Map<String, String> withCapitals = new HashMap<>(out);
    out.forEach((form, country) -> withCapitals.put(Character.toUpperCase(form.charAt(0)) + form.substring(1), country));
    return withCapitals;
  }
}
