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

  @Test
  void listedNamesJoinedByOchAreTwo() {
    Sentence s = new Sentence("Både IF Metall och Kommunal har tecknat avtal");
    List<NerLabels.TokenSpan> parts = SpanSplitter.splitBetweenListedNames(s.text, s.starts, s.ends,
        new NerLabels.TokenSpan(1, 5, "ORG"), Gazetteer.standard());
    assertEquals(List.of(new NerLabels.TokenSpan(1, 3, "ORG"), new NerLabels.TokenSpan(4, 5, "ORG")), parts);
  }

  @Test
  void aListedNameWithOchStaysWhole() {
    Sentence s = new Sentence("Resan gick till Bosnien och Hercegovina i fjol");
    NerLabels.TokenSpan country = new NerLabels.TokenSpan(3, 6, "LOC");
    assertEquals(List.of(country), SpanSplitter.splitBetweenListedNames(s.text, s.starts, s.ends, country,
        Gazetteer.standard()));
  }

  @Test
  void aBodysCompoundNameBeforeAFirstNameIsTheBody() {
    Sentence s = new Sentence("ordförande i Pensionsgruppen Anna Tenje säger");
    List<NerLabels.TokenSpan> parts = SpanSplitter.splitAfterBodyCompound(s.text, s.starts, s.ends,
        new NerLabels.TokenSpan(2, 5, "PER"), Gazetteer.standard());
    assertEquals(List.of(new NerLabels.TokenSpan(2, 3, "ORG"), new NerLabels.TokenSpan(3, 5, "PER")), parts);
  }
}
