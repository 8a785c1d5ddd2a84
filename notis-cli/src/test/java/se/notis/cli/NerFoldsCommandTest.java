package se.notis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval ner-folds} on a few hand-labelled sentences. */
class NerFoldsCommandTest {
  private static final String SENTENCES = """
      Anna\tPER
      Ek\tPER
      bor\tO
      i\tO
      Lund\tLOC
      .\tO

      Volvo\tORG
      bygger\tO
      bilar\tO
      i\tO
      Göteborg\tLOC
      .\tO

      Per\tPER
      Holm\tPER
      läser\tO
      .\tO

      Hon\tO
      reste\tO
      till\tO
      Umeå\tLOC
      .\tO
      """;

  @TempDir Path dir;

  @Test
  void foldsScoreEveryFoldedSentenceOnceAndWritePredictions() throws IOException {
    Path train = dir.resolve("train.tsv");
    Files.writeString(train, SENTENCES, StandardCharsets.UTF_8);
    Path predictions = dir.resolve("predictions.tsv");
    CliRun run = CliRun.of("eval", "ner-folds", "--train", train.toString(), "--folds", "2", "--epochs", "2",
        "--bags", "1", "--predictions", predictions.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("# fold 2 of 2: 2 held-out sentences, 2 training sentences"), run.out());
    java.util.regex.Matcher counts = java.util.regex.Pattern.compile("\\nner\\s.*\\(tp (\\d+), fp \\d+, fn (\\d+)\\)")
        .matcher(run.out());
    assertTrue(counts.find(), run.out());
    assertEquals(6, Integer.parseInt(counts.group(1)) + Integer.parseInt(counts.group(2)),
        "the six gold names, each found or missed once: " + run.out());
    List<String> lines = Files.readAllLines(predictions, StandardCharsets.UTF_8);
    assertEquals(21 + 4, lines.size(), "every token once, a blank line after each sentence");
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("Volvo\tB-ORG\t")), "gold in BIO form: " + lines);
  }

  @Test
  void extraIsFoldedAndTrainAlwaysKept() throws IOException {
    Path train = dir.resolve("train.tsv");
    Files.writeString(train, SENTENCES, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("eval", "ner-folds", "--train", train.toString(), "--extra", train.toString(),
        "--extra-weight", "2", "--folds", "2", "--epochs", "1", "--bags", "1");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("# fold 1 of 2: 2 held-out sentences, 8 training sentences"), run.out());
  }

  @Test
  void rulesScoreTheWholeStageBesideTheTagger() throws IOException {
    Path train = dir.resolve("train.tsv");
    Files.writeString(train, SENTENCES, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("eval", "ner-folds", "--train", train.toString(), "--folds", "2", "--epochs", "2",
        "--bags", "1", "--rules");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("# fold 2 with the rules: F1 "), run.out());
    assertTrue(run.out().indexOf("ner_f1=") < run.out().indexOf("ner_f1_rules="), run.out());
  }

  @Test
  void foldsNeedAtLeastTwo() throws IOException {
    Path train = dir.resolve("train.tsv");
    Files.writeString(train, SENTENCES, StandardCharsets.UTF_8);
    assertNotEquals(0, CliRun.of("eval", "ner-folds", "--train", train.toString(), "--folds", "1").exitCode());
  }
}
