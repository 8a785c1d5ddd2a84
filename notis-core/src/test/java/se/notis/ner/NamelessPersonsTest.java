package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NamelessPersonsTest {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}:]+|\\S");

  /**
   * The types {@link NamelessPersons#retype} gives the "persons" named by {@code names} in
   * {@code text}, each found at every place it stands and given the canonical form of its words (a
   * genitive that of its base form, when that is among the names).
   */
  private static String[] retype(String text, String... names) {
    List<Integer> from = new ArrayList<>();
    List<Integer> to = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      from.add(m.start());
      to.add(m.end());
    }
    int[] starts = from.stream().mapToInt(Integer::intValue).toArray();
    int[] ends = to.stream().mapToInt(Integer::intValue).toArray();
    List<NerLabels.TokenSpan> found = new ArrayList<>();
    List<String> canonical = new ArrayList<>();
    for (int t = 0; t < starts.length; t++) {
      for (String name : names) {
        String[] words = name.split(" ");
        if (t + words.length <= starts.length && text.substring(starts[t], ends[t + words.length - 1]).equals(name)) {
          found.add(new NerLabels.TokenSpan(t, t + words.length, "PER"));
          String base = name.substring(0, name.length() - 1);
          canonical.add(java.util.Arrays.asList(names).contains(base) ? base : name); // a genitive's base form
        }
      }
    }
    String[] types = new String[found.size()];
    java.util.Arrays.fill(types, "PER");
    return NamelessPersons.retype(text, starts, ends, found, types, canonical.toArray(new String[0]),
        Gazetteer.standard());
  }

  @Test
  void aOneWordPersonNeverNamedInFullIsAnOrganisation() {
    assertArrayEquals(new String[] {"ORG", "ORG"},
        retype("Det varnar Velmora för. Enligt Velmora stiger priserna.", "Velmora"));
  }

  @Test
  void oneStandingAsAPlaceIsAPlace() {
    assertArrayEquals(new String[] {"LOC", "LOC"},
        retype("Larm om en knivbeväpnad man vid Dalaberg. Olyckan i Dalaberg.", "Dalaberg"));
    assertArrayEquals(new String[] {"LOC"}, retype("Trafikkontroll vid Mosjön.", "Mosjön"));
  }

  @Test
  void aPersonBySurnameAloneStaysAPerson() {
    // after a role, before an age, beside a verb of saying, with a listed or Swedish-looking surname
    assertArrayEquals(new String[] {"PER"}, retype("I mötet deltar EU:s höge representant Borrell.", "Borrell"));
    assertArrayEquals(new String[] {"PER", "PER"},
        retype("Kalvio, 54, greps i går. – Vi backar inte, säger Kalvio.", "Kalvio"));
    assertArrayEquals(new String[] {"PER"}, retype("Det var inte bra, tyckte Pehrson.", "Pehrson"));
    assertArrayEquals(new String[] {"PER"}, retype("Det var inte bra, tyckte Andersson.", "Andersson"));
  }

  @Test
  void aGenitiveAfterAVerbOfSayingIsTheSpeakersBody() {
    assertArrayEquals(new String[] {"ORG", "ORG"},
        retype("Vi backar inte, säger Velmoras talesperson. Velmora har funnits sedan 1978.", "Velmoras", "Velmora"));
  }

  @Test
  void aPersonNamedInFullStaysAPerson() {
    assertArrayEquals(new String[] {"PER"}, retype("Det meddelar Velmora Kask.", "Velmora Kask"));
  }
}
