package se.notis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuoteQuestionTest {
  @Test
  void readsSpeakerAndWords() {
    QuoteRequest request = QuoteQuestion.parse("vad har Trump sagt om gränsen").orElseThrow();
    assertEquals("Trump", request.speaker());
    assertEquals("gränsen", request.query());
    request = QuoteQuestion.parse("Vad sa Magdalena Andersson om migrationen?").orElseThrow();
    assertEquals("Magdalena Andersson", request.speaker());
    assertEquals("migrationen", request.query());
    request = QuoteQuestion.parse("vad säger Ulf Kristersson").orElseThrow();
    assertEquals("Ulf Kristersson", request.speaker());
    assertEquals("", request.query());
    request = QuoteQuestion.parse("Jimmy Morales om karavanen").orElseThrow();
    assertEquals("Jimmy Morales", request.speaker());
    assertEquals("karavanen", request.query());
  }

  @Test
  void ordinarySearchesAreNotQuestions() {
    assertTrue(QuoteQuestion.parse("flyktingar i Mexiko").isEmpty());
    assertTrue(QuoteQuestion.parse("").isEmpty());
    assertTrue(QuoteQuestion.parse(null).isEmpty());
    assertTrue(QuoteQuestion.parse("vad har man sagt om det").isEmpty());
  }
}
