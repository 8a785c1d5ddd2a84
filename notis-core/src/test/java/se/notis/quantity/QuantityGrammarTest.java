package se.notis.quantity;

import se.notis.internal.TestTokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.notis.doc.SpanLayer;
import se.notis.doc.Quantity;

class QuantityGrammarTest {
  private final QuantityGrammar grammar = QuantityGrammar.standard();

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = QuantityGrammarTest.class.getResourceAsStream("quantity-values.tsv")) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        out.add(Arguments.of(f[0], f[1], f[2], f[3], f[4], f[5], f[6]));
      }
    }
    return out.stream();
  }

  private List<Quantity> find(String text) {
    TestTokens tokens = TestTokens.of(text);
    return grammar.find(new QuantityGrammar.Tokens(text, tokens.spans(), null, null),
        tokens.sentenceFirst(), tokens.sentenceEnd(), new int[0], new int[0]);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("cases")
  void reads(String text, String expression, String value, String lower, String upper, String unit,
      String kind) {
    List<Quantity> found = find(text);
    int at = text.indexOf(expression);
    assertTrue(at >= 0, "test case: '" + expression + "' not in '" + text + "'");
    if (kind.equals("-")) {
      for (Quantity q : found) {
        assertTrue(q.end() <= at || q.start() >= at + expression.length(),
            "unexpected " + text.substring(q.start(), q.end()) + " in: " + text);
      }
      return;
    }
    Quantity hit = found.stream()
        .filter(q -> text.substring(q.start(), q.end()).equals(expression)).findFirst().orElse(null);
    assertNotNull(hit, "no '" + expression + "' in " + found + " of: " + text);
    assertEquals(number(value), hit.value(), text);
    assertEquals(number(lower), hit.lower(), text);
    assertEquals(number(upper), hit.upper(), text);
    assertEquals(unit, hit.unit(), text);
    assertEquals(kind, hit.kind(), text);
  }

  private static Double number(String cell) {
    return cell.isEmpty() ? null : Double.valueOf(cell);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '\t', value = {
    "migranter\tmigrant", "poliser\tpolis", "kronor\tkrona", "bilarna\tbil", "migranterna\tmigrant",
    "kronorna\tkrona", "män\tman", "personer\tperson", "förare\tförare", "hus\thus"})
  void singularOfPlural(String plural, String lemma) {
    assertEquals(lemma, grammar.pluralLemma(plural));
  }

  @Test
  void usesGivenLemmasAndTags() {
    String text = "Fyra svenska medborgare greps";
    TestTokens tokens = TestTokens.of(text);
    String[] lemmas = {"fyra", "svensk", "medborgare", "gripa"};
    String[] upos = {"NUM", "ADJ", "NOUN", "VERB"};
    List<Quantity> found = grammar.find(new QuantityGrammar.Tokens(text, tokens.spans(),
        lemmas, upos), tokens.sentenceFirst(), tokens.sentenceEnd(), new int[0], new int[0]);
    assertEquals(1, found.size());
    assertEquals("medborgare", found.get(0).unit());
    assertEquals(4.0, found.get(0).value());
  }

  @Test
  void skipsBlockedSpans() {
    String text = "Han stannade 3 dagar";
    TestTokens tokens = TestTokens.of(text);
    int at = text.indexOf("3 dagar");
    List<Quantity> found = grammar.find(new QuantityGrammar.Tokens(text, tokens.spans(), null, null),
        tokens.sentenceFirst(), tokens.sentenceEnd(), new int[] {at}, new int[] {at + 7});
    assertTrue(found.isEmpty(), found.toString());
  }

  @Test
  void emptyAndRandomInputNeverFail() {
    assertTrue(find("").isEmpty());
    Random random = new Random(7);
    String alphabet = "0123456789,.:-–/ %§kronormiljonerhundratalsuppemotettdrygt";
    for (int n = 0; n < 2000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(60);
      for (int k = 0; k < length; k++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      for (Quantity q : find(text)) {
        assertTrue(q.start() >= 0 && q.start() < q.end() && q.end() <= text.length(), text);
      }
    }
  }
}
