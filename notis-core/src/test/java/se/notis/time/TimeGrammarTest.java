package se.notis.time;

import se.notis.internal.TestTokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.notis.doc.SpanLayer;
import se.notis.doc.TimeExpression;

class TimeGrammarTest {
  private final TimeGrammar grammar = TimeGrammar.standard();

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = TimeGrammarTest.class.getResourceAsStream("timex-values.tsv")) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        out.add(Arguments.of(f[0], f[1], f[2], f[3], f[4]));
      }
    }
    return out.stream();
  }

  private List<TimeExpression> find(String text, LocalDate day) {
    return find(text, new TimeGrammar.Anchor(day));
  }

  private List<TimeExpression> find(String text, TimeGrammar.Anchor anchor) {
    TestTokens tokens = TestTokens.of(text);
    return grammar.find(text, tokens.spans(), tokens.sentenceFirst(), tokens.sentenceEnd(), anchor);
  }

  @ParameterizedTest(name = "{0} {1} → {2} {3} {4}")
  @MethodSource("cases")
  void normalises(String date, String text, String expression, String type, String value) {
    List<TimeExpression> found = date.length() == 7 ? find(text, TimeGrammar.Anchor.ofMonth(java.time.YearMonth.parse(date)))
        : find(text, date.equals("NONE") ? null : LocalDate.parse(date));
    int at = text.indexOf(expression);
    assertTrue(at >= 0, "test case: '" + expression + "' not in '" + text + "'");
    if (type.equals("-")) {
      for (TimeExpression timex : found) {
        assertTrue(timex.end() <= at || timex.start() >= at + expression.length(),
            "unexpected " + text.substring(timex.start(), timex.end()) + " in: " + text);
      }
      return;
    }
    TimeExpression hit = found.stream()
        .filter(t -> text.substring(t.start(), t.end()).equals(expression)).findFirst().orElse(null);
    assertNotNull(hit, "no '" + expression + "' in " + describe(text, found));
    assertEquals(type, hit.type(), text);
    assertEquals(value.equals("null") ? null : value, hit.value(), text);
  }

  private static String describe(String text, List<TimeExpression> found) {
    StringBuilder out = new StringBuilder("[");
    for (TimeExpression t : found) {
      out.append(text, t.start(), t.end()).append('=').append(t.value()).append(' ');
    }
    return out.append("] of: ").append(text).toString();
  }

  @Test
  void nightSummaryPutsEveningTimesOnTheDayBefore() {
    String text = "Ett urval av nattens händelser.\n22:57 Mordbrand i Göteborg.\n03:51 Trafikolycka.";
    List<TimeExpression> found = findByLines(text,
        new TimeGrammar.Anchor(LocalDate.of(2025, 6, 18), LocalTime.of(7, 0), true));
    assertEquals(List.of("2025-06-17TNI", "2025-06-17T22:57", "2025-06-18T03:51"),
        found.stream().map(TimeExpression::value).toList());
  }

  @Test
  void liveReportTimeStampsFallOnThePublicationDay() {
    String text = "Tingsrätten väntas besluta i frågan på torsdag.\n15.10\nDom väntas den 10 oktober.\n15.12\nTack för i dag.";
    List<TimeExpression> found = findByLines(text, new TimeGrammar.Anchor(LocalDate.of(2023, 9, 26), null, false));
    assertEquals(List.of("2023-09-28", "2023-09-26T15:10", "2023-10-10", "2023-09-26T15:12", "2023-09-26"),
        found.stream().map(TimeExpression::value).toList());
    String entries = "Polisen larmades strax efter klockan 20.\n22.10 Presskonferens i morgon\nPolisen håller en presskonferens.";
    assertEquals(List.of("2022-10-04T20:00", "2022-10-04T22:10", "2022-10-05"), findByLines(entries,
        new TimeGrammar.Anchor(LocalDate.of(2022, 10, 4), null, false)).stream().map(TimeExpression::value).toList());
  }

  /** Finds the expressions of a text whose every line is a sentence. */
  private List<TimeExpression> findByLines(String text, TimeGrammar.Anchor anchor) {
    TestTokens tokens = TestTokens.of(text);
    int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;
    int[] first = new int[lines];
    int[] end = new int[lines];
    int s = 0;
    for (int k = 0; k < tokens.starts.length; k++) {
      if (k > 0 && text.substring(tokens.ends[k - 1], tokens.starts[k]).contains("\n")) {
        end[s] = k;
        first[++s] = k;
      }
    }
    end[s] = tokens.starts.length;
    return grammar.find(text, tokens.spans(), first, end, anchor);
  }

  @Test
  void emptyInputFindsNothing() {
    assertTrue(grammar.find("", new SpanLayer(new int[0], new int[0]), new int[0], new int[0], null).isEmpty());
  }

  @Test
  void randomInputNeverFails() {
    Random random = new Random(42);
    String alphabet = "0123456789:.-–/ iaåäöfredagskvällnattjunimaj§%kl";
    for (int n = 0; n < 2000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(60);
      for (int k = 0; k < length; k++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      List<TimeExpression> found = find(text, random.nextBoolean() ? LocalDate.of(2024, 2, 29) : null);
      for (TimeExpression t : found) {
        assertTrue(t.start() >= 0 && t.start() < t.end() && t.end() <= text.length(), text);
      }
    }
  }

  @Test
  void easterIsRight() {
    assertEquals(LocalDate.of(2018, 4, 1), TimeGrammar.easter(2018));
    assertEquals(LocalDate.of(2024, 3, 31), TimeGrammar.easter(2024));
    assertEquals(LocalDate.of(2025, 4, 20), TimeGrammar.easter(2025));
  }
}
