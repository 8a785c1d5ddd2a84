package se.notis.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import se.notis.doc.Document;
import se.notis.doc.Metadata;
import se.notis.doc.TimeExpression;
import se.notis.internal.SharedData;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;

class TimeStageTest {
  private static final Pipeline PIPELINE = StageRegistry.pipeline(List.of("time"));

  private static Map<String, String> values(Document doc) {
    Map<String, String> out = new TreeMap<>();
    for (TimeExpression timex : doc.timexes()) {
      out.put(doc.text(timex.start(), timex.end()), timex.type() + " " + timex.value());
    }
    return out;
  }

  @Test
  void normalisesAgainstThePublicationDate() {
    Document doc = PIPELINE.process(Document.of(
        "Polisen larmades på fredagskvällen. Mannen greps i går och ska höras på måndag.",
        Metadata.ofId("t").withDate("2018-10-19")));
    assertEquals(Map.of("fredagskvällen", "TIME 2018-10-19TEV", "i går", "DATE 2018-10-18",
        "måndag", "DATE 2018-10-22"), values(doc));
  }

  /** "eftermiddag/kväll": two parts of the day joined by a slash, as police notices write them. */
  @Test
  void partsOfTheDayJoinedByASlash() {
    Document doc = PIPELINE.process(Document.of(
        "Ett antal viltolyckor har rapporterats in till polisen under eftermiddag/kväll.",
        Metadata.ofId("t").withDate("2024-01-10")));
    assertEquals(Map.of("eftermiddag", "TIME 2024-01-10TAF", "kväll", "TIME 2024-01-10TEV"), values(doc));
  }

  /** An article that opens with the night is no summary of it when the clock time is still to come. */
  @Test
  void aFutureClockTimeAfterANightIsOnThePublicationDay() {
    Document doc = PIPELINE.process(Document.of(
        "En buss körde av vägen natten till fredag. Enligt Trafikverket kommer vägen att vara avstängd till klockan 14.",
        Metadata.ofId("t").withDate("2025-03-14")));
    assertEquals(Map.of("natten till fredag", "TIME 2025-03-13TNI", "14", "TIME 2025-03-14T14:00"), values(doc));
  }

  /** A story that tells of the night after its lead is no summary of the night: a weekday in the present looks ahead. */
  @Test
  void aNightAfterTheLeadLeavesAPresentWeekdayAhead() {
    Document doc = PIPELINE.process(Document.of(
        "Skogsbranden fortsätter att sprida sig. Under natten till tisdag växte brandområdet.\n\n"
            + "Räddningstjänsten håller en ny pressträff på onsdag.",
        Metadata.ofId("t").withDate("2025-07-15")));
    assertEquals(Map.of("natten till tisdag", "TIME 2025-07-14TNI", "onsdag", "DATE 2025-07-16"), values(doc));
  }

  /** A past clock time without a day of its own is on the day the text named last, a future one is not. */
  @Test
  void aPastClockTimeIsOnTheDayNamedBefore() {
    Document doc = PIPELINE.process(Document.of(
        "En man greps sent på lördagskvällen. Larmet kom strax efter klockan 22. Polisen kommer att hålla"
            + " presskonferens klockan 14.",
        Metadata.ofId("t").withDate("2024-09-15")));
    assertEquals(Map.of("lördagskvällen", "TIME 2024-09-14TEV", "22", "TIME 2024-09-14T22:00",
        "14", "TIME 2024-09-15T14:00"), values(doc));
  }

  @Test
  void offsetsAreCodePoints() {
    String text = "😀 Mötet hölls den 1 juli 2026.";
    Document doc = PIPELINE.process(Document.of(text, Metadata.ofId("t")));
    TimeExpression timex = doc.timexes().get(0);
    assertEquals("1 juli 2026", doc.text(timex.start(), timex.end()));
    assertEquals(18, timex.start());
    assertEquals("2026-07-01", timex.value());
  }

  @Test
  void unknownDateLeavesRelativeValuesNull() {
    Document doc = PIPELINE.process(Document.of("Han kom hem i går, den 1 juli 2026.",
        Metadata.ofId("t").withDate("2026-07")));
    Map<String, String> values = values(doc);
    assertEquals("DATE null", values.get("i går"));
    assertEquals("DATE 2026-07-01", values.get("1 juli 2026"));
  }

  @Test
  void policeTitleTimeDatesTheNight() {
    Document doc = PIPELINE.process(Document.of("Ett urval av nattens händelser.\n22:57 Brand.\n03:51 Olycka.",
        Metadata.ofId("t").withDate("2025-06-18").withTitle("18 juni 07.00, Sammanfattning natt, Skåne")));
    assertEquals(Map.of("nattens", "TIME 2025-06-17TNI", "22:57", "TIME 2025-06-17T22:57",
        "03:51", "TIME 2025-06-18T03:51"), values(doc));
  }

  @Test
  void aClockTimeBesideMidnightIsTheEveningBeforeIt() {
    Document doc = PIPELINE.process(Document.of("Nedan följer en sammanfattning av natten.\n"
        + "03.30: Polisen kallas till en adress i Kils kommun.\n"
        + "23.59: Strax innan midnatt stoppas ett fordon för kontroll i Åmotfors.",
        Metadata.ofId("t").withDate("2025-06-21").withTitle("21 juni 07.40, Sammanfattning natt, Värmlands län")));
    Map<String, String> values = values(doc);
    assertEquals("TIME 2025-06-21T00:00", values.get("midnatt"));
    assertEquals("TIME 2025-06-20T23:59", values.get("23.59"), values.toString());
    assertEquals("TIME 2025-06-21T03:30", values.get("03.30"));
  }

  @Test
  void readsThePublicationTimeOfPoliceTitles() {
    assertEquals(java.time.LocalTime.of(7, 0), TimeStage.titleTime("18 juni 07.00, Sammanfattning natt, Skåne"));
    assertEquals(java.time.LocalTime.of(9, 5), TimeStage.titleTime("3 maj 9:05, Brand, Gävle"));
    assertNull(TimeStage.titleTime("18 juni 07.000, Brand"));
    assertNull(TimeStage.titleTime("Regeringen satsar 9 miljoner"));
    assertNull(TimeStage.titleTime("1"));
    assertNull(TimeStage.titleTime("18 juni 25.00, Brand"));
  }

  @Test
  void emptyAndRandomTextNeverFail() {
    assertTrue(PIPELINE.process(Document.of("", Metadata.ofId("t").withDate("2024-02-29"))).timexes().isEmpty());
    Random random = new Random(3);
    String alphabet = "0123456789:.-–/ \n😀iaåfredagskvällnattjunikl.§";
    for (int n = 0; n < 300; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(120); k > 0; k--) {
        b.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
            random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      Document doc = PIPELINE.process(Document.of(b.toString(), Metadata.ofId("r").withDate("2024-02-29")));
      for (TimeExpression timex : doc.timexes()) {
        assertTrue(timex.start() < timex.end() && timex.end() <= doc.length());
      }
    }
  }

  @Test
  void referenceArticle() throws IOException {
    Optional<Path> file = SharedData.find("examples/000_a3b195a945d74b47.txt");
    Assumptions.assumeTrue(file.isPresent(), "../shared/examples is absent: skipping the reference article");
    String text = Files.readString(file.get(), StandardCharsets.UTF_8);
    Map<String, String> values = values(PIPELINE.process(Document.of(text, Metadata.ofId("ref").withDate("2018-10-19"))));
    assertEquals("TIME 2018-10-19TEV", values.get("fredagskvällen"));
    assertEquals("DATE 2018-10-18", values.get("torsdagen"));
    assertEquals("DATE 2018-11", values.get("november"));
    assertEquals("DATE 2018-W41", values.get("förra veckan"));
    assertEquals("DURATION PT15M", values.get("en kvart"));
    assertNull(values.get("nu"));
  }
}
