package se.notis.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Compiles the first-name → gender list the quote stage uses to resolve "han" and "hon", from
 * SCB's statistics of given names (tilltalsnamn) as published in svensktext
 * ({@code namn/tilltalsnamn-man.csv}, {@code namn/tilltalsnamn-kvinnor.csv}). A name is male or
 * female when at least {@value #SHARE} of its bearers are; otherwise it is marked 'u' (used by
 * both), which still tells the stage that the word is a first name.
 */
public final class FirstNameTrainer {
  /** The resource name under {@code se/notis/quote/}. */
  public static final String RESOURCE = "first-names.tsv.gz";
  static final String HEADER = "# notis first-names v1";
  static final double SHARE = 0.9;

  private FirstNameTrainer() {}

  /** What a run produced. */
  public record Summary(int names, int male, int female, int both) {}

  /**
   * Reads the two SCB lists under {@code svensktext/namn/} and writes the gzip'd list.
   *
   * @param svensktext the svensktext folder ({@code ../shared/data/lexicon/svensktext})
   * @param minPersons names borne by fewer people are left out
   */
  public static Summary train(Path svensktext, Path out, int minPersons) throws IOException {
    Map<String, long[]> counts = new TreeMap<>();
    read(svensktext.resolve("namn/tilltalsnamn-man.csv"), counts, 0);
    read(svensktext.resolve("namn/tilltalsnamn-kvinnor.csv"), counts, 1);
    int male = 0;
    int female = 0;
    int both = 0;
    int names = 0;
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream file = Files.newOutputStream(out);
         Writer writer = new OutputStreamWriter(new GZIPOutputStream(file), StandardCharsets.UTF_8)) {
      writer.write(HEADER + " source=SCB tilltalsnamn 2020-12-31 via svensktext; min_persons=" + minPersons
          + "; share=" + SHARE + "\n");
      for (Map.Entry<String, long[]> entry : counts.entrySet()) {
        long m = entry.getValue()[0];
        long f = entry.getValue()[1];
        if (m + f < minPersons || entry.getKey().length() < 2) {
          continue;
        }
        char gender;
        if (m >= SHARE * (m + f)) {
          gender = 'm';
          male++;
        } else if (f >= SHARE * (m + f)) {
          gender = 'f';
          female++;
        } else {
          gender = 'u';
          both++;
        }
        names++;
        writer.write(entry.getKey() + "\t" + gender + "\n");
      }
    }
    return new Summary(names, male, female, both);
  }

  private static void read(Path csv, Map<String, long[]> counts, int column) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      String header = reader.readLine();
      if (header == null || !header.startsWith("name,")) {
        throw new IOException(csv + ": expected a 'name,persons' header, got " + header);
      }
      for (String line; (line = reader.readLine()) != null; ) {
        int comma = line.lastIndexOf(',');
        if (comma <= 0) {
          continue;
        }
        String name = line.substring(0, comma).replace("\"", "").strip();
        long persons;
        try {
          persons = Long.parseLong(line.substring(comma + 1).strip());
        } catch (NumberFormatException e) {
          throw new IOException(csv + ": bad count in line '" + line + "'", e);
        }
        if (!name.isEmpty() && Character.isUpperCase(name.charAt(0))) {
          counts.computeIfAbsent(name, k -> new long[2])[column] += persons;
        }
      }
    }
  }
}
