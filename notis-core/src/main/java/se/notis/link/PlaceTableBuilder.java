package se.notis.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles the place-linking tables from the shared lexicon: {@code countries.tsv} (every
 * Swedish, alternative and English country name → ISO code and Swedish name; CLDR via
 * umpirsky/country-list, MIT, and svensktext) and {@code cities.tsv.gz} (GeoNames cities15000
 * names → id, coordinates, country, population; GeoNames, CC BY).
 */
public final class PlaceTableBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(PlaceTableBuilder.class);
  /** Cities this large keep their Latin-script alternate names (Göteborg for Gothenburg). */
  private static final int MIN_POPULATION_FOR_ALIASES = 50_000;

  private PlaceTableBuilder() {}

  public static void build(Path shared, Path outDir) throws IOException {
    Path lexicon = shared.resolve("data/lexicon");
    Files.createDirectories(outDir);
    Map<String, String[]> countries = countries(lexicon);
    try (Writer out = Files.newBufferedWriter(outDir.resolve(PlaceLinker.COUNTRIES), StandardCharsets.UTF_8)) {
      out.write("# name<TAB>ISO 3166-1 alpha-2<TAB>Swedish name (CLDR via umpirsky/country-list, MIT; svensktext)\n");
      for (Map.Entry<String, String[]> e : countries.entrySet()) {
        out.write(e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1] + "\n");
      }
    }
    Set<String> swedishPlaces = swedishPlaces(lexicon.resolve("svensktext/platser"));
    int lines = 0;
    try (OutputStream raw = Files.newOutputStream(outDir.resolve(PlaceLinker.CITIES));
        Writer out = new OutputStreamWriter(new GZIPOutputStream(raw), StandardCharsets.UTF_8);
        BufferedReader in = Files.newBufferedReader(lexicon.resolve("geonames/cities15000.txt"), StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 15) {
          continue;
        }
        long population = parseLong(f[14]);
        Set<String> names = new LinkedHashSet<>();
        names.add(f[1]);
        names.add(f[2]);
        if (population >= MIN_POPULATION_FOR_ALIASES || "SE".equals(f[8])) {
          for (String alias : f[3].split(",")) {
            // "Kil" is a Swedish town before it is a spelling of Kiel.
            if (isLatinName(alias) && ("SE".equals(f[8]) || !swedishPlaces.contains(alias))) {
              names.add(alias);
            }
          }
        }
        for (String name : names) {
          if (!name.isBlank()) {
            out.write(name + "\t" + f[0] + "\t" + f[4] + "\t" + f[5] + "\t" + f[8] + "\t" + population + "\n");
            lines++;
          }
        }
      }
    }
    LOG.info("wrote {} country names and {} city names to {}", countries.size(), lines, outDir);
  }

  /** Names of Swedish towns and municipalities (without "kommun"), from svensktext. */
  private static Set<String> swedishPlaces(Path platser) throws IOException {
    Set<String> out = new java.util.HashSet<>();
    for (String[] row : csv(platser.resolve("ortsnamn.csv"), ',')) {
      out.add(row[0]);
    }
    for (String[] row : csv(platser.resolve("kommuner.csv"), ',')) {
      out.add(row[1].replaceFirst(" kommun$", "").replaceFirst("s$", ""));
      out.add(row[1].replaceFirst(" kommun$", ""));
    }
    return out;
  }

  /** Name → {ISO code, Swedish name}. */
  private static Map<String, String[]> countries(Path lexicon) throws IOException {
    Map<String, String[]> out = new TreeMap<>();
    Map<String, String> swedishByCode = new TreeMap<>();
    JsonNode json = new ObjectMapper().readTree(lexicon.resolve("countries/country.json").toFile());
    for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      swedishByCode.put(e.getKey(), e.getValue().asText());
    }
    Map<String, String> codeByName = new TreeMap<>();
    swedishByCode.forEach((code, name) -> codeByName.put(name, code));
    Map<String, String> alpha2ByAlpha3 = new TreeMap<>();
    Path sv = lexicon.resolve("svensktext");
    for (String[] row : csv(sv.resolve("platser/landskoder.csv"), ',')) {
      alpha2ByAlpha3.put(row[1], row[0]);
      codeByName.putIfAbsent(row[3], row[0]);
    }
    swedishByCode.forEach((code, name) -> out.put(name, new String[] {code, name}));
    for (String[] row : csv(sv.resolve("platser/lander.csv"), ',')) {
      String code = alpha2ByAlpha3.getOrDefault(row[5], codeByName.get(row[0]));
      if (code == null) {
        continue;
      }
      String swedish = swedishByCode.getOrDefault(code, row[0]);
      for (String name : new String[] {row[0], row[3], row[4]}) {
        if (!name.isBlank()) {
          out.putIfAbsent(name, new String[] {code, swedish});
        }
      }
    }
    for (String[] row : csv(sv.resolve("nationaliteter/nationaliteter-ttspraket.csv"), ';')) {
      String code = codeByName.get(row[0]);
      if (code == null && out.containsKey(row[0])) {
        code = out.get(row[0])[0];
      }
      if (code == null) {
        continue;
      }
      for (String name : new String[] {row[0], row[1]}) {
        if (!name.isBlank()) {
          out.putIfAbsent(name, new String[] {code, swedishByCode.getOrDefault(code, row[0])});
        }
      }
    }
    return out;
  }

  static boolean isLatinName(String s) {
    if (s.length() < 2 || !Character.isUpperCase(s.charAt(0))) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x17F && c != 0xD7 && c != 0xF7)
          || c == ' ' || c == '-' || c == '\'' || c == '.';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static List<String[]> csv(Path file, char separator) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = in.readLine();
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          String[] parts = line.replace("\uFEFF", "").split(String.valueOf(separator), -1);
          for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
          }
          rows.add(parts);
        }
      }
    }
    return rows;
  }

  private static long parseLong(String s) {
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
