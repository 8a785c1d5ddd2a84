package se.notis.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerDataTest {
  @Test
  void ioLabelsBecomeBioWithAdjacentNamesOfOneTypeMerged() throws IOException {
    String data = "Gunhild\tPER\nWestman\tPER\n,\tO\ni\tO\nSan\tLOC\nPedro\tLOC\nSula\tLOC\n\nTT\tORG\n";
    List<NerSample> samples = NerData.read(new BufferedReader(new StringReader(data)));
    assertEquals(2, samples.size());
    assertArrayEquals(new String[] {"B-PER", "I-PER", "O", "O", "B-LOC", "I-LOC", "I-LOC"}, samples.get(0).labels());
    assertArrayEquals(new String[] {"B-ORG"}, samples.get(1).labels());
  }

  @Test
  void bioLabelsKeepTheirBoundariesAndUnknownTypesBecomeO() {
    assertArrayEquals(new String[] {"B-PER", "B-PER", "I-PER", "O", "B-LOC"},
        NerData.toBio(new String[] {"B-PER", "B-PER", "I-PER", "XYZ", "I-LOC"}));
  }

  @Test
  void spansOfLabelIds() {
    int[] labels = NerLabels.ids(new String[] {"B-PER", "I-PER", "O", "B-LOC", "B-LOC"});
    assertEquals(List.of(new NerLabels.TokenSpan(0, 2, "PER"), new NerLabels.TokenSpan(3, 4, "LOC"),
        new NerLabels.TokenSpan(4, 5, "LOC")), NerLabels.spans(labels, labels.length));
  }

  @Test
  void blankAndLabelLessLinesDoNotCrash() throws IOException {
    List<NerSample> samples = NerData.read(new BufferedReader(new StringReader("\n\n\t\nord\n\n\n")));
    assertEquals(1, samples.size());
    assertArrayEquals(new String[] {"O"}, samples.get(0).labels());
  }
}
