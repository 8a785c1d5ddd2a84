package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import se.notis.ner.EntityRulesTest.Sentence;
import org.junit.jupiter.api.Test;

class SpanSplitterTest {
  @Test
  void roleNounSplitsOrganisationFromPerson() {
    Sentence s = new Sentence("säger Amnesty Internationals Amerikachef Erika Guevara-Rosas i ett uttalande");
    List<NerLabels.TokenSpan> parts = SpanSplitter.splitAtRole(s.text, s.starts, s.ends, new NerLabels.TokenSpan(1, 6, "PER"));
    assertEquals(List.of(new NerLabels.TokenSpan(1, 3, "ORG"), new NerLabels.TokenSpan(4, 6, "PER")), parts);
  }
}
