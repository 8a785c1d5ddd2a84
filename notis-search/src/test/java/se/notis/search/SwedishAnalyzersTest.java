package se.notis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class SwedishAnalyzersTest {
  private static final Analyzer INDEX = SwedishAnalyzers.index();
  private static final Analyzer QUERY = SwedishAnalyzers.query();

  static Set<String> terms(Analyzer analyzer, String text) throws IOException {
    Set<String> terms = new HashSet<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  private static List<String[]> pairs(String resource) throws IOException {
    List<String[]> pairs = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        SwedishAnalyzersTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.startsWith("#") && !line.isBlank()) {
          pairs.add(line.split("\t"));
        }
      }
    }
    return pairs;
  }

  @Test
  void queryWordsFindInflectedAndCompoundForms() throws IOException {
    List<String> failures = new ArrayList<>();
    for (String[] pair : pairs("matches.tsv")) {
      Set<String> query = terms(QUERY, pair[0]);
      Set<String> doc = terms(INDEX, pair[1]);
      if (!doc.containsAll(query)) {
        failures.add(pair[0] + " " + query + " !⊂ " + pair[1] + " " + doc);
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void unrelatedWordsStayApart() throws IOException {
    List<String> failures = new ArrayList<>();
    for (String[] pair : pairs("nonmatches.tsv")) {
      Set<String> query = terms(QUERY, pair[0]);
      Set<String> doc = terms(INDEX, pair[1]);
      if (doc.containsAll(query)) {
        failures.add(pair[0] + " " + query + " ⊂ " + pair[1] + " " + doc);
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void oddInputNeverFails() throws IOException {
    for (String text : new String[] {"", " ", "\u0000\uFFFF", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀", "a".repeat(10_000), "<script>", "1 000 kr"}) {
      terms(INDEX, text);
      terms(QUERY, text);
    }
  }
}
