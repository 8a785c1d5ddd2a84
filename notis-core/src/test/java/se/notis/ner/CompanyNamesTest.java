package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.notis.ner.NamesFound.entities;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A company named like a person is the company where the document shows it is one. News sentences. */
class CompanyNamesTest {
  @Test
  void aSurnameWithACompanysVdIsTheCompanyEverywhere() {
    Map<String, String> found = entities("Ministern besöker Ericsson i Mexico City. Det sker vid ett möte på "
        + "Ericssons nybyggda kontor. Ericssons tillförordnade vd för Nord- och Latinamerika, Fabian Mongue, "
        + "berättar om verksamheten i Mexiko.");
    assertEquals("ORG Ericsson", found.get("Ericsson"), found.toString());
    assertEquals("ORG Ericsson", found.get("Ericssons"), found.toString());
  }

  @Test
  void aPersonNamedInFullKeepsHisSurname() {
    Map<String, String> found = entities("Mötet leddes av statssekreterare Dan Ericsson. Ericsson betonade att "
        + "arbetet med strategin inte bara är en produkt. Ericssons kontor ligger i Rosenbad.");
    assertEquals("PER Dan Ericsson", found.get("Ericsson"), found.toString());
  }

  @Test
  void aListedCompanyIsTheCompanyWhereverItStands() {
    Map<String, String> found = entities("Apple redovisade på tisdagen en vinst som överträffade förväntningarna. "
        + "Northvolt ansöker om konkurs i USA. Affären gör Sandvik till störst i branschen.");
    assertEquals("ORG Apple", found.get("Apple"), found.toString());
    assertEquals("ORG Northvolt", found.get("Northvolt"), found.toString());
    assertEquals("ORG Sandvik", found.get("Sandvik"), found.toString());
  }

  @Test
  void twoWordsEndingInACommonNounNameAFirmNotAPerson() {
    Map<String, String> found = entities("Kungsör Pumpteknik säger upp 40 anställda. Lindahl Maskin i Skara växer. "
        + "Filmen bygger på en bok av Lawen Mohtadi och Gellert Tamas.");
    assertEquals("ORG Kungsör Pumpteknik", found.get("Kungsör Pumpteknik"), found.toString());
    assertEquals("ORG Lindahl Maskin", found.get("Lindahl Maskin"), found.toString());
    assertEquals("PER Gellert Tamas", found.get("Gellert Tamas"), found.toString());
  }

  @Test
  void aListedCompanyIsItsNationalBranchNamedInFull() {
    Map<String, String> found = entities("Det säger Magnus Öberg, presskontakt på Coop Sverige. Coop har "
        + "återkallat produkten.");
    assertEquals("ORG Coop Sverige", found.get("Coop"), found.toString());
  }
}
