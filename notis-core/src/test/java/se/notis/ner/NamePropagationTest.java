package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import se.notis.ner.EntityRulesTest.Sentence;
import org.junit.jupiter.api.Test;

class NamePropagationTest {
  @Test
  void personsLastNameSpreadsThroughTheDocument() {
    Sentence s = new Sentence("Luis Videgaray talade . Videgaray har även begärt hjälp .");
    List<NerLabels.TokenSpan> out = NamePropagation.propagate(s.text, s.starts, s.ends,
        List.of(new NerLabels.TokenSpan(0, 2, "PER")), Gazetteer.standard());
    assertEquals(List.of(new NerLabels.TokenSpan(0, 2, "PER"), new NerLabels.TokenSpan(4, 5, "PER")), out);
  }

  @Test
  void acronymTaggedInAMinorityOfItsUsesIsDropped() {
    Sentence s = new Sentence("AI kommer att påverka vardagen . Kunskapen om AI ökar . AI erbjuder möjligheter"
        + " och AI formar arbetslivet .");
    List<NerLabels.TokenSpan> out = NamePropagation.propagate(s.text, s.starts, s.ends,
        List.of(new NerLabels.TokenSpan(0, 1, "ORG")), Gazetteer.standard());
    assertEquals(List.of(), out);
  }

  @Test
  void acronymTaggedInMostOfItsUsesSpreads() {
    Sentence s = new Sentence("SVT rapporterar . Enligt SVT är det så . SVT:s reporter såg det .");
    List<NerLabels.TokenSpan> out = NamePropagation.propagate(s.text, s.starts, s.ends,
        List.of(new NerLabels.TokenSpan(0, 1, "ORG"), new NerLabels.TokenSpan(4, 5, "ORG")), Gazetteer.standard());
    assertEquals(List.of(new NerLabels.TokenSpan(0, 1, "ORG"), new NerLabels.TokenSpan(4, 5, "ORG"),
        new NerLabels.TokenSpan(9, 10, "ORG")), out);
  }
}
