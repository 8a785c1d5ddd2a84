package se.notis.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import se.notis.doc.Place;

/**
 * Links a place name to a country or a GeoNames city. Countries win over cities of the same
 * name. A city name shared by several places links only when one of them is at least
 * {@value #DOMINANCE} times as populous as all the others together (Paris, not Paris, Texas);
 * otherwise it stays unlinked rather than wrong. Immutable and thread-safe; tables load once.
 */
public final class PlaceLinker {
  static final String COUNTRIES = "countries.tsv";
  static final String CITIES = "cities.tsv.gz";
  static final int DOMINANCE = 20;

  private final Map<String, Place> countries;
  private final Map<String, List<Place>> cities;
  private final Map<String, Long> population;

  private PlaceLinker(Map<String, Place> countries, Map<String, List<Place>> cities, Map<String, Long> population) {
    this.countries = countries;
    this.cities = cities;
    this.population = population;
  }

  private static final class Holder {
    static final PlaceLinker DEFAULT = loadResources();
  }

  /** The linker over the committed tables, loaded once per JVM. */
  public static PlaceLinker standard() {
    return Holder.DEFAULT;
  }

  /** The place {@code name} denotes, when it denotes one place clearly enough. */
  public Optional<Place> find(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    Place country = countries.get(name);
    if (country != null) {
      return Optional.of(country);
    }
    List<Place> candidates = cities.get(name);
    if (candidates == null || candidates.isEmpty()) {
      return Optional.empty();
    }
    if (candidates.size() == 1) {
      return Optional.of(candidates.get(0));
    }
    Place best = null;
    long bestPopulation = -1;
    long rest = 0;
    for (Place place : candidates) {
      long p = population.getOrDefault(place.id(), 0L);
      if (p > bestPopulation) {
        if (best != null) {
          rest += bestPopulation;
        }
        best = place;
        bestPopulation = p;
      } else {
        rest += p;
      }
    }
    return bestPopulation >= DOMINANCE * Math.max(1, rest) ? Optional.of(best) : Optional.empty();
  }

  /** Whether {@code name} is a country name (Swedish, alternative or English). */
  public boolean isCountry(String name) {
    return countries.containsKey(name);
  }

  private static PlaceLinker loadResources() {
    Map<String, Place> countries = new HashMap<>();
    Map<String, List<Place>> cities = new HashMap<>();
    Map<String, Long> population = new HashMap<>();
    try (InputStream raw = open(COUNTRIES)) {
      BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split("\t");
        if (f.length == 3 && !line.startsWith("#")) {
          countries.put(f[0], new Place("country", f[1], f[2], f[1], null, null));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (InputStream raw = open(CITIES)) {
      BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
      Map<String, Place> byId = new HashMap<>();
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split("\t");
        if (f.length != 6) {
          continue;
        }
        Place place = byId.computeIfAbsent(f[1], id -> new Place("city", id, f[0], f[4],
            Double.parseDouble(f[2]), Double.parseDouble(f[3])));
        population.put(f[1], Long.parseLong(f[5]));
        List<Place> list = cities.computeIfAbsent(f[0], k -> new ArrayList<>(1));
        if (!list.contains(place)) {
          list.add(place);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PlaceLinker(countries, cities, population);
  }

  private static InputStream open(String resource) {
    InputStream in = PlaceLinker.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource se/notis/link/" + resource + ": rebuild it with `notis train gazetteer`");
    }
    return in;
  }
}
