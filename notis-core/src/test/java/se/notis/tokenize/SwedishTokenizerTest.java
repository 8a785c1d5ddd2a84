package se.notis.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SwedishTokenizerTest {
  private final SwedishTokenizer tokenizer = SwedishTokenizer.standard();

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        SwedishTokenizerTest.class.getResourceAsStream("cases.tsv"), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        cases.add(Arguments.of(cols[0], List.of(cols[1].split(" \\| "))));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void tokenizesLikeTalbanken(String input, List<String> expected) {
    assertEquals(expected, tokens(input));
  }

  @Test
  void emptyAndBlankTextHaveNoTokens() {
    assertEquals(List.of(), tokens(""));
    assertEquals(List.of(), tokens(" \n\t\u00a0"));
  }

  @Test
  void randomTextGivesOrderedNonEmptySpansWithoutWhitespace() {
    Random random = new Random(42);
    String alphabet = "aåäöAÅÄÖ0123456789 .,:;-–!?\"”'«»()@#/&\n\u00a0\uD83D\uDE00";
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      int[] previousEnd = {0};
      tokenizer.tokenize(text, 0, text.length(), (start, end) -> {
        assertTrue(start >= previousEnd[0] && end > start && end <= text.length(), text::toString);
        assertTrue(!Character.isWhitespace(text.charAt(start)), text::toString);
        previousEnd[0] = end;
      });
    }
  }

  private List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    tokenizer.tokenize(text, 0, text.length(), (start, end) -> out.add(text.substring(start, end)));
    return out;
  }
}
