package se.notis.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuoteLexiconTest {
  final QuoteLexicon lex = QuoteLexicon.get();

  @Test
  void speechVerbsInEveryTense() {
    for (String form : new String[] {"säger", "sa", "sade", "sagt", "uppgav", "uppgett", "underströk", "skrek"}) {
      assertNotNull(lex.cue(form, 0, form.length()), form);
    }
    QuoteLexicon.Cue sade = lex.cue("Sade", 0, 4);
    assertEquals("säga", sade.lemma());
    assertEquals(QuoteLexicon.Tense.PRETERITE, sade.tense());
    assertTrue(sade.has(QuoteLexicon.ATT));
    assertNull(lex.cue("sägs", 0, 4), "the passive 'sägs' attributes nothing");
  }

  @Test
  void firstNameGenderFromScb() {
    assertEquals('m', lex.gender("Luis", 0, 4));
    assertEquals('f', lex.gender("Erika", 0, 5));
    assertEquals('m', lex.gender("Jesús", 0, 5), "accents fold when the exact form is unknown");
    assertEquals(0, lex.gender("Videgaray", 0, 9));
  }

  @Test
  void wordClasses() {
    assertTrue(lex.is("media", "uttalande", 0, 9));
    assertTrue(lex.is("stop", "när", 0, 3));
    assertTrue(lex.is("adverb", "då", 0, 2) && lex.is("stop", "då", 0, 2), "a word may be in several classes");
  }
}
