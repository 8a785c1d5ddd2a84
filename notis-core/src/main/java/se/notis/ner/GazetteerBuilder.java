package se.notis.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles the tagger's name lists from the shared lexicon (SCB first names and surnames,
 * municipalities, counties, towns, roads, countries in Swedish, GeoNames cities, authorities,
 * EU bodies, our list of companies, TT-språket demonyms) and common lower-case words counted in news text, into the
 * committed resources {@code gazetteer.tsv.gz} and {@code demonyms.tsv}, and word clusters
 * learnt from the news text and the NER training tokens ({@code clusters.tsv.gz}).
 */
public final class GazetteerBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(GazetteerBuilder.class);
  /** First names given to fewer people are left out: rare names are noise, and cost space. */
  private static final int MIN_NAME_BEARERS = 10;
  private static final int MIN_FREQUENT_NAME_BEARERS = 150;
  private static final int MIN_CITY_POPULATION_FOR_ALIASES = 100_000;
  private static final int COMMON_WORDS = 60_000;
  static final String COMPANIES = "companies.txt";
  /** Our list of states, provinces and regions abroad. */
  static final String REGIONS = "regions.txt";

  private final Map<String, Integer> entries = new TreeMap<>();

  private GazetteerBuilder() {}

  /** A name with its acronym after a comma or in brackets, in lower case: "Totalförsvarets forskningsinstitut, foi". */
  private static final Pattern LISTED_ACRONYM = Pattern.compile("(.+?)(?:, | \\()([a-zåäö]{2,6})\\)?");

  /**
   * Builds both resources from {@code shared} (the folder holding {@code data/lexicon} and
   * {@code data/news}) into {@code outDir}.
   */
  public static void build(Path shared, Path outDir) throws IOException {
    GazetteerBuilder b = new GazetteerBuilder();
    Path lexicon = shared.resolve("data/lexicon");
    Path sv = lexicon.resolve("svensktext");
    for (String file : List.of("tilltalsnamn-kvinnor.csv", "tilltalsnamn-man.csv", "fornamn-kvinnor.csv", "fornamn-man.csv")) {
      for (String[] row : csv(sv.resolve("namn/" + file), ',')) {
        if (row.length >= 2 && parseInt(row[1]) >= MIN_NAME_BEARERS && row[0].indexOf(':') < 0) {
          b.add(row[0], Gazetteer.FIRST_NAME);
        }
      }
    }
    Map<String, Integer> calledBy = new HashMap<>();
    for (String file : List.of("tilltalsnamn-kvinnor.csv", "tilltalsnamn-man.csv")) {
      for (String[] row : csv(sv.resolve("namn/" + file), ',')) {
        if (row.length >= 2) {
          calledBy.merge(row[0], parseInt(row[1]), Integer::sum);
        }
      }
    }
    calledBy.forEach((name, bearers) -> {
      if (bearers >= MIN_FREQUENT_NAME_BEARERS) {
        b.add(name, Gazetteer.FREQUENT_FIRST_NAME);
      }
    });
    for (String[] row : csv(sv.resolve("namn/efternamn-top1000.csv"), ',')) {
      b.add(row[0], Gazetteer.SURNAME);
    }
    Set<String> towns = new HashSet<>();
    for (String[] row : csv(sv.resolve("platser/ortsnamn.csv"), ',')) {
      towns.add(row[0]);
      b.add(row[0], Gazetteer.TOWN);
    }
    for (String[] row : csv(sv.resolve("platser/kommuner.csv"), ',')) {
      String name = row[1].replaceFirst(" kommun$", "");
      b.add(name, Gazetteer.MUNICIPALITY);
      if (isGenitiveMunicipality(name, towns) && !row[1].equals(name)) {
        b.add(name.substring(0, name.length() - 1), Gazetteer.MUNICIPALITY);
      }
    }
    for (String[] row : csv(sv.resolve("platser/lan.csv"), ',')) {
      b.add(row[0], Gazetteer.REGION);
      b.add(row[0].replaceFirst("s? län$", ""), Gazetteer.REGION);
      b.add(row[6], Gazetteer.TOWN);
    }
    for (String[] row : csv(sv.resolve("platser/vagar.csv"), ',')) {
      b.add(row[0], Gazetteer.ROAD);
    }
    for (String[] row : csv(sv.resolve("platser/lander.csv"), ',')) {
      b.add(row[0], Gazetteer.COUNTRY);
      b.add(row[3], Gazetteer.COUNTRY);
      b.add(row[4], Gazetteer.COUNTRY);
      b.add(row[1], Gazetteer.CITY);
    }
    JsonNode countries = new ObjectMapper().readTree(lexicon.resolve("countries/country.json").toFile());
    for (Iterator<JsonNode> it = countries.elements(); it.hasNext(); ) {
      b.add(it.next().asText(), Gazetteer.COUNTRY);
    }
    for (String[] row : csv(sv.resolve("nationaliteter/nationaliteter-ttspraket.csv"), ';')) {
      b.add(row[0], Gazetteer.COUNTRY);
      b.add(row[1], Gazetteer.COUNTRY);
    }
    Map<String, String> demonyms = Demonyms.compile(sv.resolve("nationaliteter/nationaliteter-ttspraket.csv"));
    for (String form : demonyms.keySet()) {
      b.add(form, Gazetteer.DEMONYM);
    }
    for (String[] row : csv(sv.resolve("organisationer/myndigheter.tsv"), '\t')) {
      // "Totalförsvarets forskningsinstitut, foi", "Myndigheten för samhällsskydd och beredskap (msb)":
      // the list writes some acronyms after the name, in lower case; texts write them apart, in capitals.
      Matcher acronym = LISTED_ACRONYM.matcher(row[1]);
      if (acronym.matches()) {
        b.add(acronym.group(1), Gazetteer.AUTHORITY);
        if (acronym.group(2).length() >= 3) {
          b.add(acronym.group(2).toUpperCase(Locale.ROOT), Gazetteer.AUTHORITY);
        }
      } else {
        b.add(row[1], Gazetteer.AUTHORITY);
      }
    }
    for (String[] row : csv(sv.resolve("organisationer/eu.csv"), ',')) {
      for (String name : row) {
        b.add(name, Gazetteer.ORGANISATION);
      }
    }
    for (String company : companies()) {
      b.add(company, Gazetteer.ORGANISATION);
    }
    for (String region : ourList(REGIONS)) {
      b.add(region, Gazetteer.REGION);
    }
    b.addCities(lexicon.resolve("geonames/cities15000.txt"));
    Path news = shared.resolve("data/news");
    b.addCommonWords(List.of(news.resolve("regeringen.jsonl"), news.resolve("polisen.jsonl")));
    Files.createDirectories(outDir);
    try (OutputStream raw = Files.newOutputStream(outDir.resolve(Gazetteer.RESOURCE));
        Writer out = new OutputStreamWriter(new GZIPOutputStream(raw), StandardCharsets.UTF_8)) {
      for (Map.Entry<String, Integer> e : b.entries.entrySet()) {
        out.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
    try (Writer out = Files.newBufferedWriter(outDir.resolve(Demonyms.RESOURCE), StandardCharsets.UTF_8)) {
      out.write("# demonym adjective form<TAB>country (TT-språket via svensktext)\n");
      for (Map.Entry<String, String> e : new TreeMap<>(demonyms).entrySet()) {
        out.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
    CasedWordClusterBuilder.build(List.of(news.resolve("regeringen.jsonl"), news.resolve("polisen.jsonl")),
        List.of(shared.resolve("data/ner/webbnyheter2012-train.tsv")), outDir.resolve(CasedWordClusters.RESOURCE));
    LOG.info("wrote {} gazetteer entries and {} demonym forms to {}", b.entries.size(), demonyms.size(), outDir);
  }

  private void add(String name, int bits) {
    if (name == null) {
      return;
    }
    String clean = name.strip().replaceAll("\\s+", " ");
    if (clean.isEmpty() || clean.split(" ").length > Gazetteer.MAX_TOKENS || clean.indexOf('\t') >= 0) {
      return;
    }
    entries.merge(clean, bits, (a, c) -> a | c);
  }

  private void addCities(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 15) {
          continue;
        }
        add(f[1], Gazetteer.CITY);
        add(f[2], Gazetteer.CITY);
        if (parseInt(f[14]) >= MIN_CITY_POPULATION_FOR_ALIASES) {
          for (String alias : f[3].split(",")) {
            if (isLatinName(alias)) {
              add(alias, Gazetteer.CITY);
            }
          }
        }
      }
    }
  }

  /** A name in Latin letters starting with a capital, as Swedish text would write it. */
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

  /**
   * Words written in lower case at least as often as capitalised in running news text (after
   * the first word of a line), most frequent first.
   */
  /** Calls {@code action} with the "text" of every record of a news JSON Lines file. */
  static void forEachText(Path file, java.util.function.Consumer<String> action) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode text = json.readTree(line).get("text");
        if (text != null) {
          action.accept(text.asText());
        }
      }
    }
  }

  /** Our own list of companies the press names alone ({@value #COMPANIES}), without its comments. */
  static List<String> companies() throws IOException {
    return ourList(COMPANIES);
  }

  /** One of our own name lists, a resource beside this class: its names without the comments. */
  private static List<String> ourList(String resource) throws IOException {
    try (InputStream raw = GazetteerBuilder.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IOException("missing resource " + resource);
      }
      return new String(raw.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }
  }

  private void addCommonWords(List<Path> files) throws IOException {
    Map<String, int[]> counts = new HashMap<>();
    for (Path file : files) {
      if (!Files.exists(file)) {
        LOG.warn("no news text at {}: common words left out", file);
        continue;
      }
      forEachText(file, text -> countWords(text, counts));
    }
    List<Map.Entry<String, int[]>> common = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      if (c[0] >= 3 && c[0] >= c[1]) {
        common.add(e);
      }
    }
    common.sort((x, y) -> Integer.compare(y.getValue()[0], x.getValue()[0]));
    for (int i = 0; i < Math.min(COMMON_WORDS, common.size()); i++) {
      add(common.get(i).getKey(), Gazetteer.COMMON);
    }
  }

  /** Counts [lower-case, capitalised-inside-a-sentence] uses of each lower-cased word. */
  static void countWords(String text, Map<String, int[]> counts) {
    int i = 0;
    int n = text.length();
    boolean sentenceStart = true;
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '–' || c == '"' || c == '”') {
          sentenceStart = true;
        }
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
        i++;
      }
      String word = text.substring(start, i);
      if (word.length() > 1 && !sentenceStart) {
        boolean lower = Character.isLowerCase(word.charAt(0));
        int[] slot = counts.computeIfAbsent(word.toLowerCase(java.util.Locale.ROOT), k -> new int[2]);
        slot[lower ? 0 : 1]++;
      }
      sentenceStart = false;
    }
  }

  static List<String[]> csv(Path file, char separator) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = in.readLine();
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          rows.add(splitCsv(line, separator));
        }
      }
    }
    return rows;
  }

  /** Splits one CSV line; double quotes group a field. */
  static String[] splitCsv(String line, char separator) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == separator && !quoted) {
        out.add(field.toString().strip());
        field.setLength(0);
      } else if (c != '\uFEFF') {
        field.append(c);
      }
    }
    out.add(field.toString().strip());
    return out.toArray(new String[0]);
  }

  private static int parseInt(String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * "Tanums kommun" names Tanum, but "Borås kommun" and "Sotenäs kommun" name Borås and Sotenäs: an
   * s that the town of the same name also has, or that ends "-näs" (a headland), is the name's own.
   */
  static boolean isGenitiveMunicipality(String name, Set<String> towns) {
    return name.endsWith("s") && !towns.contains(name) && !name.endsWith("näs");
  }
}
