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
  void aLastNameBehindALowerCaseArabicArticleSpreads() {
    Sentence s = new Sentence("Bushra al-Maqtari skriver om kriget . Till följd av al-Maqtaris ledande roll i Jemen ökade intresset .");
    List<NerLabels.TokenSpan> out = NamePropagation.propagate(s.text, s.starts, s.ends,
        List.of(new NerLabels.TokenSpan(0, 2, "PER"), new NerLabels.TokenSpan(13, 14, "LOC")), Gazetteer.standard());
    assertEquals(List.of(new NerLabels.TokenSpan(0, 2, "PER"), new NerLabels.TokenSpan(9, 10, "PER"),
        new NerLabels.TokenSpan(13, 14, "LOC")), out);
  }

  @Test
  void anOrganisationOfSeveralWordsSpreadsToItsRepetitions() {
    Sentence s = new Sentence("Arbetet i projektet , som leds av Nordens Välfärdscenter och Glesbygdsmedicinskt centrum , "
        + "pågår fortfarande . Ministern besökte under dagen Glesbygdsmedicinskt centrum ( GMC ) . "
        + "Glesbygdsmedicinskt centrum arbetar bland annat med forskning .");
    List<NerLabels.TokenSpan> out = NamePropagation.propagate(s.text, s.starts, s.ends,
        List.of(new NerLabels.TokenSpan(7, 9, "ORG"), new NerLabels.TokenSpan(20, 22, "ORG"),
            new NerLabels.TokenSpan(23, 24, "ORG")), Gazetteer.standard());
    assertEquals(List.of(new NerLabels.TokenSpan(7, 9, "ORG"), new NerLabels.TokenSpan(10, 12, "ORG"),
        new NerLabels.TokenSpan(20, 22, "ORG"), new NerLabels.TokenSpan(23, 24, "ORG"),
        new NerLabels.TokenSpan(26, 28, "ORG")), out);
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

  @Test
  void aFirstNameCutOffAtASentenceStartJoinsTheFullNameTheDocumentGives() {
    Sentence s = new Sentence("** H.E. Mr Kairat Abdrakhmanov , Kazakstan ** är född 1964 . "
        + "Kairat Abdrakhmanov har tjänstgjort inom utrikesministeriet sedan 1993 .");
    List<NerLabels.TokenSpan> out = NamePropagation.propagate(s.text, s.starts, s.ends,
        List.of(new NerLabels.TokenSpan(3, 5, "PER"), new NerLabels.TokenSpan(6, 7, "LOC"),
            new NerLabels.TokenSpan(13, 14, "ORG")), Gazetteer.standard());
    assertEquals(List.of(new NerLabels.TokenSpan(3, 5, "PER"), new NerLabels.TokenSpan(6, 7, "LOC"),
        new NerLabels.TokenSpan(12, 14, "PER")), out);
  }

  /** A first name that is also a town is the person named in full, except after a preposition of place. */
  @Test
  void aFirstNameAloneIsThePersonNotTheTown() {
    java.util.Map<String, String> found = NamesFound.entities("Nora Eklund slog svenskt rekord på måndagen.\n\n"
        + "– Nora har tränat sex dagar i veckan, säger tränaren Lars-Erik Holm.");
    assertEquals("PER Nora Eklund", found.get("Nora"), found.toString());
    found = NamesFound.entities("Nora Eklund slog svenskt rekord. Hon växte upp i Nora.");
    assertEquals("LOC Nora", found.get("Nora"), found.toString());
  }
}
