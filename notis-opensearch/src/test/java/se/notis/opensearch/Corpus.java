package se.notis.opensearch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.notis.search.ArchiveRecord;

/**
 * A small built-in archive for the backend comparison: Swedish articles with entity mentions and
 * quotes set by hand (so filters, facets and quote search are exercised whichever stages exist),
 * and the queries to compare on.
 */
final class Corpus {
  static final List<String> QUERIES = List.of("migranter", "gränsen", "skog", "skogsbränder", "brand",
      "\"bättre liv\"", "title:karavanen", "Mexiko OR Guatemala", "polisen -stöld", "regeringen",
      "inbrott", "miljoner kronor", "ambulans", "Stockholm", "ovanligtordsomintefinns", "");

  private static final String[][] ARTICLES = {
      {"SVT", "2023-01-19", "Karavanen vid gränsen", "Tusentals migranter från Honduras har nått gränsen mellan"
          + " Guatemala och Mexiko. Vi vill bara ha ett bättre liv, säger Maria López."},
      {"SVT", "2023-01-20", "Mexiko stänger bron", "Mexikos regering skickade poliser till bron vid gränsen."
          + " Migranterna väntar i regnet. Gränsen är stängd, säger Maria López."},
      {"TT", "2023-02-03", "Skogsbränder i Norrland", "Skogsbränder rasar i Norrland. Räddningstjänsten kämpar"
          + " mot branden. Skogen brinner på flera platser, säger Magdalena Andersson."},
      {"TT", "2023-02-14", "Regeringen ger stöd", "Regeringen beslutade på torsdagen att ge 12,5 miljoner kronor"
          + " till forskning om skogsbränder. Vi satsar på skogen, säger Ulf Kristersson."},
      {"Polisen", "2023-03-01", "Inbrott i Malmö", "Polisen utreder ett bostadsinbrott i Malmö. Tjuvarna tog"
          + " smycken och pengar. Inga misstänkta är gripna."},
      {"Polisen", "2023-03-05", "Stöld i Stockholm", "En cykel stals i centrala Stockholm. Polisen söker vittnen"
          + " till stölden."},
      {"Polisen", "2023-03-09", "Trafikolycka", "Larm om påkörd person. Personen förs till sjukhus med ambulans."
          + " Polisen är på plats."},
      {"TT", "2023-04-11", "Skatter sänks", "Regeringen vill sänka skatten. Skatter på arbete ska sänkas,"
          + " säger Ulf Kristersson. Oppositionen kritiserar förslaget."},
      {"SVT", "2023-04-28", "Valet närmar sig", "Magdalena Andersson kritiserar regeringen. Skatter för de rika"
          + " sänks, säger Magdalena Andersson i SVT."},
      {"TT", "2023-05", "Flyktingorgan varnar", "FN:s flyktingorgan varnar för en ny kris vid gränsen mellan"
          + " Guatemala och Mexiko."},
      {"SVT", null, "Odaterad artikel", "En artikel utan datum om gränsen och om migranter i Mexiko."},
      {"TT", "2023-06-02", "Brand i Stockholm", "En brand bröt ut i ett flerfamiljshus i Stockholm. Polisen"
          + " och räddningstjänsten är på plats. Ingen skadades, säger Polisen."},
  };

  private Corpus() {}

  static List<ArchiveRecord> records() {
    List<ArchiveRecord> records = new ArrayList<>();
    for (int i = 0; i < ARTICLES.length; i++) {
      String[] a = ARTICLES[i];
      String text = a[3];
      LocalDate day = a[1] == null ? null : a[1].length() == 10 ? LocalDate.parse(a[1])
          : LocalDate.parse(a[1] + "-01");
      String month = a[1] == null ? null : a[1].substring(0, 7);
      List<ArchiveRecord.Mention> mentions = new ArrayList<>();
      for (String[] name : new String[][] {{"Maria López", "PER"}, {"Magdalena Andersson", "PER"},
          {"Ulf Kristersson", "PER"}, {"Mexiko", "LOC"}, {"Guatemala", "LOC"}, {"Honduras", "LOC"},
          {"Malmö", "LOC"}, {"Stockholm", "LOC"}, {"Norrland", "LOC"}, {"Polisen", "ORG"}, {"Regeringen", "ORG"},
          {"SVT", "ORG"}}) {
        for (int at = text.indexOf(name[0]); at >= 0; at = text.indexOf(name[0], at + 1)) {
          mentions.add(new ArchiveRecord.Mention(name[0], name[1], at, at + name[0].length()));
        }
      }
      List<ArchiveRecord.QuoteEntry> quotes = new ArrayList<>();
      int cue = text.indexOf(", säger ");
      if (cue > 0) {
        int start = text.lastIndexOf(". ", cue) + 2;
        int nameStart = cue + ", säger ".length();
        String speaker = text.substring(nameStart).replaceAll("[ .].*$", "");
        for (ArchiveRecord.Mention mention : mentions) {
          if (mention.start() == nameStart) {
            speaker = mention.canonical();
          }
        }
        quotes.add(new ArchiveRecord.QuoteEntry(speaker, text.substring(start, cue), "direct", "säger", start, cue));
      }
      String id = "corpus-" + i;
      records.add(new ArchiveRecord(id, a[2], text, a[1], day, month, a[0], "https://example.se/" + i, "sv",
          mentions, quotes, "{\"id\":\"" + id + "\"}"));
    }
    return records;
  }
}
