package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityMergerTest {
  @Test
  void canonicalFormsFollowTheFile() throws IOException {
    Map<String, List<String[]>> groups = new LinkedHashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream("canonical.tsv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.startsWith("#") && !line.isBlank()) {
          String[] f = line.split("\t");
          groups.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
        }
      }
    }
    assertFalse(groups.isEmpty());
    for (Map.Entry<String, List<String[]>> group : groups.entrySet()) {
      List<String[]> rows = group.getValue();
      String[] surfaces = rows.stream().map(r -> r[1]).toArray(String[]::new);
      String[] types = rows.stream().map(r -> r[2]).toArray(String[]::new);
      String[] canonical = EntityMerger.canonicalise(surfaces, types);
      for (int i = 0; i < rows.size(); i++) {
        assertEquals(rows.get(i)[3], canonical[i], group.getKey() + ": canonical of " + surfaces[i]);
        assertEquals(rows.get(i)[4], types[i], group.getKey() + ": type of " + surfaces[i]);
      }
    }
  }

  @Test
  void partsAndInitials() {
    assertTrue(EntityMerger.isPart("Videgaray", "Luis Videgaray", "PER"));
    assertTrue(EntityMerger.isPart("Amnesty", "Amnesty International", "ORG"));
    assertFalse(EntityMerger.isPart("Sverige", "Ukrainska institutet i Sverige", "ORG"));
    assertFalse(EntityMerger.isPart("Vide", "Luis Videgaray", "PER"));
    assertTrue(EntityMerger.matchesInitials("MFD", "Myndigheten för delaktighet"));
    assertFalse(EntityMerger.matchesInitials("SVT", "Myndigheten för delaktighet"));
  }

  @Test
  void aNameBeforePunctuationKeepsItsFinalS() {
    String[] surfaces = {"Reuters", "Reuters", "Transportstyrelsens"};
    String[] types = {"ORG", "ORG", "ORG"};
    String[] canonical = EntityMerger.canonicalise(surfaces, types, new boolean[] {false, true, true},
        Gazetteer.standard());
    assertEquals("Reuters", canonical[0], "\"enligt nyhetsbyrån Reuters.\"");
    assertEquals("Reuters", canonical[1], "the same name elsewhere, before a word");
    assertEquals("Transportstyrelsen", canonical[2], "\"Transportstyrelsens beslut\"");
  }

  @Test
  void aMunicipalityInTheGenitiveIsTheMunicipality() {
    String[] canonical = EntityMerger.canonicalise(new String[] {"Halmstads kommuns"}, new String[] {"LOC"},
        new boolean[] {true}, Gazetteer.standard());
    assertEquals("Halmstads kommun", canonical[0], "\"Halmstads kommuns näringslivsavdelning\"");
  }

  @Test
  void aGenitiveBeforePunctuationLosesItsSWhenTheDocumentNamesTheBaseForm() {
    String[] surfaces = {"Europas", "Europa"};
    String[] canonical = EntityMerger.canonicalise(surfaces, new String[] {"LOC", "LOC"}, new boolean[] {false, true},
        Gazetteer.standard());
    assertEquals("Europa", canonical[0], "\"för sin egen frihet och för hela Europas.\"");
  }

  @Test
  void aMixedCaseAcronymTakesTheNameItSpellsLetterForLetter() {
    String[] surfaces = {"AfD", "Alternative für Deutschland", "CDU"};
    String[] canonical = EntityMerger.canonicalise(surfaces, new String[] {"ORG", "ORG", "ORG"});
    assertEquals("Alternative für Deutschland", canonical[0]);
    assertEquals("CDU", canonical[2]);
  }

  @Test
  void aLawsAcronymTakesItsNameWhenBothOccur() {
    String[] surfaces = {"lagen om omhändertagande av berusade personer", "LOB", "LVU"};
    String[] canonical = EntityMerger.canonicalise(surfaces, new String[] {"MISC", "MISC", "MISC"});
    assertEquals("lagen om omhändertagande av berusade personer", canonical[1]);
    assertEquals("LVU", canonical[2], "no written name to expand to");
    assertTrue(EntityMerger.abbreviatesLaw("LVU", "lagen om vård av unga"));
    assertFalse(EntityMerger.abbreviatesLaw("LOB", "lagen om vård av unga"));
    assertTrue(EntityMerger.abbreviatesLaw("LOU", "lagen om offentlig upphandling"));
    assertTrue(EntityMerger.abbreviatesLaw("LOL", "lagen om läkarvårdsersättning"));
    assertFalse(EntityMerger.abbreviatesLaw("LO", "lagen om anställningsskydd"), "the union is no law");
  }

  @Test
  void anAcronymInBracketsAfterANameIsItsAcronymWhateverItsLetters() {
    String[] surfaces = {"Organisationen för ekonomiskt samarbete och utveckling", "OECD", "OECD:s", "Magdalena Andersson",
        "S", "Expeditionary Force", "JEF"};
    String[] types = {"ORG", "ORG", "ORG", "PER", "ORG", "ORG", "ORG"};
    boolean[] bracketed = {false, true, false, false, true, false, true};
    String[] canonical = EntityMerger.canonicalise(surfaces, types,
        new boolean[] {true, false, true, false, false, true, false}, bracketed, Gazetteer.standard());
    assertEquals("JEF", canonical[6], "a name the tagger cut short (\"Joint\" left out) is no expansion");
    assertEquals("Organisationen för ekonomiskt samarbete och utveckling", canonical[1]);
    assertEquals("Organisationen för ekonomiskt samarbete och utveckling", canonical[2], "a later mention");
    assertEquals("S", canonical[4], "a party's letters after a person are no acronym of the person");
  }

  @Test
  void aBracketedAcronymWhoseLettersStandInTheNameInOrderIsItsAcronym() {
    String[] surfaces = {"Totalförsvarets forskningsinstitut", "FOI", "Linköping", "FOI:s", "Försvarsmakten", "Expeditionary Force",
        "JEF"};
    String[] types = {"ORG", "ORG", "LOC", "ORG", "ORG", "ORG", "ORG"};
    String[] canonical = EntityMerger.canonicalise(surfaces, types,
        new boolean[] {true, false, false, true, true, true, false},
        new boolean[] {false, true, false, false, false, false, true}, Gazetteer.standard());
    assertEquals("Totalförsvarets forskningsinstitut", canonical[1], "\"Totalförsvarets forskningsinstitut (FOI)\"");
    assertEquals("Totalförsvarets forskningsinstitut", canonical[3]);
    assertEquals("JEF", canonical[6], "no J in \"Expeditionary Force\"");
    assertTrue(EntityMerger.lettersInOrder("FOI", "Totalförsvarets forskningsinstitut"));
    assertTrue(EntityMerger.lettersInOrder("MSB", "Myndigheten för samhällsskydd och beredskap"));
    assertFalse(EntityMerger.lettersInOrder("OFI", "Totalförsvarets forskningsinstitut"), "the first letter starts a word");
    assertFalse(EntityMerger.lettersInOrder("SKR", "Totalförsvarets forskningsinstitut"));
  }

  /** "Det framgår av en ny rapport framtagen av Brottsförebyggande rådet (Brå)." */
  @Test
  void aShortFormInBracketsAfterANameIsThatName() {
    String[] surfaces = {"Sverige", "Brottsförebyggande rådet", "Brå", "Brås"};
    String[] types = {"LOC", "ORG", "ORG", "ORG"};
    String[] canonical = EntityMerger.canonicalise(surfaces, types, new boolean[] {false, true, false, true},
        new boolean[] {false, false, true, false}, Gazetteer.standard());
    assertEquals("Brottsförebyggande rådet", canonical[2]);
    assertEquals("Brottsförebyggande rådet", canonical[3]);
    assertFalse(EntityMerger.isShortForm("Bru", "Brottsförebyggande rådet"), "no u in the name");
    assertTrue(EntityMerger.isShortForm("Säpo", "Säkerhetspolisen"));
  }

  @Test
  void aOneWordNameTakesTheBracketedAcronymWhoseLettersItHasInOrder() {
    String[] surfaces = {"Sverigedemokraterna", "SD", "SD", "Ekonomistyrningsverket", "ESV:s"};
    String[] types = {"ORG", "ORG", "ORG", "ORG", "ORG"};
    String[] canonical = EntityMerger.canonicalise(surfaces, types, new boolean[] {true, true, true, true, true},
        new boolean[] {false, true, false, false, false}, Gazetteer.standard());
    assertEquals("Sverigedemokraterna", canonical[1], "\"Sverigedemokraterna (SD)\"");
    assertEquals("Sverigedemokraterna", canonical[2], "a later \"SD\"");
    assertEquals("ESV", canonical[4], "no bracket: \"ESV\" is no initials of one word");
  }

  @Test
  void aNameInBracketsAfterAnAcronymExpandsIt() {
    String[] surfaces = {"OECD", "Organisationen för ekonomiskt samarbete och utveckling", "OECD:s"};
    String[] canonical = EntityMerger.canonicalise(surfaces, new String[] {"ORG", "ORG", "ORG"},
        new boolean[] {false, false, true}, new boolean[] {false, true, false}, Gazetteer.standard());
    assertEquals("Organisationen för ekonomiskt samarbete och utveckling", canonical[0]);
    assertEquals("Organisationen för ekonomiskt samarbete och utveckling", canonical[2]);
  }

  @Test
  void aFinalSThatLeavesNoNameOrNoWordStays() {
    String[] surfaces = {"Karlshamns rådhus", "Enköpings-Näs", "Stockholms universitets", "Artificiell Intelligens"};
    String[] canonical = EntityMerger.canonicalise(surfaces, new String[] {"ORG", "ORG", "ORG", "MISC"});
    assertEquals("Artificiell Intelligens", canonical[3]);
    assertEquals("Karlshamns rådhus", canonical[0]);
    assertEquals("Enköpings-Näs", canonical[1]);
    assertEquals("Stockholms universitet", canonical[2]);
  }

  @Test
  void emptyInputGivesEmptyOutput() {
    assertArrayEquals(new String[0], EntityMerger.canonicalise(new String[0], new String[0]));
  }
}
