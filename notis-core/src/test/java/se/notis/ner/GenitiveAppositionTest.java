package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.notis.ner.NamesFound.entities;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A genitive, a common noun and a name ("Bryssels flygplats Zaventem", "FN:s miljöprogram UNEP") are
 * two names with the noun outside both, as the guidelines' "FN:s flyckingorgan UNHCR". Sentences from
 * the news collection.
 */
class GenitiveAppositionTest {
  @Test
  void theOwnerAndTheNamedThingAreTwoNames() {
    Map<String, String> found = entities("Det var en svensk medborgare som omkom vid attentatet på Bryssels "
        + "flygplats Zaventem på morgonen den 22 mars.");
    assertNull(found.get("Bryssels flygplats Zaventem"), found.toString());
    assertEquals("LOC Bryssel", found.get("Bryssels"), found.toString());
    assertEquals("LOC Zaventem", found.get("Zaventem"), found.toString());
  }

  @Test
  void anOrganisationsBodyIsAnOrganisationBesideIt() {
    Map<String, String> found = entities("Projektet drivs i samarbete med FNs miljöprogram UNEP. Han besökte "
        + "även Moldaviens huvudstad Chisinău.");
    assertEquals("ORG FN", found.get("FNs"), found.toString());
    assertEquals("ORG UNEP", found.get("UNEP"), found.toString());
    assertEquals("LOC Moldavien", found.get("Moldaviens"), found.toString());
    assertEquals("LOC Chisinău", found.get("Chisinău"), found.toString());
  }

  @Test
  void anAdjectiveOrAnEnglishNameIsNoApposition() {
    Map<String, String> found = entities("Respekt för mänskliga rättigheter är en viktig del av EU:s gemensamma "
        + "Rysslandspolitik. Sverige deltar i FN:s kvinnokommissions möte, Commission on the Status of Women (CSW).");
    assertNull(found.get("Rysslandspolitik"), found.toString());
    assertNull(found.get("Status"), found.toString());
    assertEquals("PER Andreas von Beckerath", entities("Regeringen har utsett Andreas von Beckerath till ambassadör "
        + "i Warszawa.").get("Andreas von Beckerath"));
  }
}
