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
import se.notis.io.ConlluSentence;

/** {@code train … --extra} and {@code eval tag-folds} on a few hand-annotated UD v2 sentences. */
class SyntaxTrainingCommandTest {
  private static final String TREEBANK = """
      1	Hon	hon	PRON	PN|UTR|SIN|DEF|SUB	Case=Nom|Definite=Def|Gender=Com|Number=Sing|PronType=Prs	2	nsubj	_	_
      2	läser	läsa	VERB	VB|PRS|AKT	Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act	0	root	_	_
      3	en	en	DET	DT|UTR|SIN|IND	Definite=Ind|Gender=Com|Number=Sing|PronType=Art	4	det	_	_
      4	bok	bok	NOUN	NN|UTR|SIN|IND|NOM	Case=Nom|Definite=Ind|Gender=Com|Number=Sing	2	obj	_	_
      5	.	.	PUNCT	MAD	_	2	punct	_	_

      1	Barnen	barn	NOUN	NN|NEU|PLU|DEF|NOM	Case=Nom|Definite=Def|Gender=Neut|Number=Plur	2	nsubj	_	_
      2	leker	leka	VERB	VB|PRS|AKT	Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act	0	root	_	_
      3	i	i	ADP	PP	_	4	case	_	_
      4	parken	park	NOUN	NN|UTR|SIN|DEF|NOM	Case=Nom|Definite=Def|Gender=Com|Number=Sing	2	obl	_	_
      5	.	.	PUNCT	MAD	_	2	punct	_	_

      1	Vi	vi	PRON	PN|UTR|PLU|DEF|SUB	Case=Nom|Definite=Def|Number=Plur|PronType=Prs	2	nsubj	_	_
      2	köpte	köpa	VERB	VB|PRT|AKT	Mood=Ind|Tense=Past|VerbForm=Fin|Voice=Act	0	root	_	_
      3	bröd	bröd	NOUN	NN|NEU|SIN|IND|NOM	Case=Nom|Definite=Ind|Gender=Neut|Number=Sing	2	obj	_	_
      4	.	.	PUNCT	MAD	_	2	punct	_	_

      1	Han	han	PRON	PN|UTR|SIN|DEF|SUB	Case=Nom|Definite=Def|Gender=Com|Number=Sing|PronType=Prs	2	nsubj	_	_
      2	sover	sova	VERB	VB|PRS|AKT	Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act	0	root	_	_
      3	.	.	PUNCT	MAD	_	2	punct	_	_

      """;

  @TempDir Path dir;

  @Test
  void extraSentencesAreRepeatedByWeight() {
    ConlluSentence a = new ConlluSentence(List.of(), List.of());
    ConlluSentence b = new ConlluSentence(List.of(), List.of());
    assertEquals(List.of(a, b, b, b), TrainCommand.withExtra(List.of(a), List.of(b), 3));
    assertEquals(List.of(a), TrainCommand.withExtra(List.of(a), List.of(b), 0));
  }

  @Test
  void foldsScoreEveryExtraSentenceOnce() throws IOException {
    Path file = dir.resolve("v2.conllu");
    Files.writeString(file, TREEBANK, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("eval", "tag-folds", "--train", file.toString(), "--extra", file.toString(),
        "--folds", "2", "--tagger-epochs", "2", "--parser-epochs", "2", "--jackknife", "0");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("# fold 2 of 2: 2 held-out sentences, 6 training sentences"), run.out());
    assertTrue(run.out().matches("(?s).*tag\\.upos\\s+\\S+ %\\s+\\(\\d+ / 17\\).*"), "all 17 words scored: " + run.out());
  }

  @Test
  void foldsByDocumentHoldOutWholeDocuments() throws IOException {
    Path file = dir.resolve("v2.conllu");
    Files.writeString(file, TREEBANK, StandardCharsets.UTF_8);
    // Two documents: the first three sentences (14 words) and the last (3 words).
    String[] sentences = TREEBANK.split("\n\n");
    Path documents = dir.resolve("docs.conllu");
    Files.writeString(documents, "# newdoc id = a\n" + String.join("\n\n", List.of(sentences).subList(0, 3))
        + "\n\n# newdoc id = b\n" + sentences[3] + "\n\n", StandardCharsets.UTF_8);
    String[] args = {"eval", "tag-folds", "--train", file.toString(), "--extra", documents.toString(), "--folds", "2",
        "--fold-by", "document", "--tagger-epochs", "2", "--parser-epochs", "2", "--jackknife", "0"};
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("# fold 1 of 2: 3 held-out sentences, 5 training sentences"), run.out());
    assertTrue(run.out().contains("# fold 2 of 2: 1 held-out sentences, 7 training sentences"), run.out());
    args[5] = file.toString();
    CliRun oneDocument = CliRun.of(args);
    assertNotEquals(0, oneDocument.exitCode());
    assertTrue(oneDocument.err().contains("needs at least 2 documents"), oneDocument.err());
  }

  @Test
  void baggedParserIsOneModelAndBagsMustBePositive() throws IOException {
    Path file = dir.resolve("v2.conllu");
    Files.writeString(file, TREEBANK, StandardCharsets.UTF_8);
    Path model = dir.resolve("parser.bin.gz");
    CliRun run = CliRun.of("train", "parser", "--train", file.toString(), "--dev", file.toString(), "--out",
        model.toString(), "--epochs", "3", "--beam", "2", "--bags", "2");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(2, se.notis.parse.ParserModel.read(Files.newInputStream(model)).beamWidth());
    assertTrue(run.out().matches("(?s).*parse\\.las\\s+100\\.00 %.*"), "learns its 4 trees: " + run.out());
    CliRun none = CliRun.of("train", "parser", "--train", file.toString(), "--out", dir.resolve("x.bin.gz").toString(),
        "--bags", "0");
    assertNotEquals(0, none.exitCode());
    CliRun folds = CliRun.of("eval", "tag-folds", "--train", file.toString(), "--extra", file.toString(),
        "--folds", "2", "--tagger-epochs", "2", "--parser-epochs", "2", "--jackknife", "0", "--parser-bags", "0");
    assertNotEquals(0, folds.exitCode());
  }

  @Test
  void baggedTaggerLearnsItsSentences() throws IOException {
    Path file = dir.resolve("v2.conllu");
    Files.writeString(file, TREEBANK, StandardCharsets.UTF_8);
    Path model = dir.resolve("tagger.bin.gz");
    CliRun run = CliRun.of("train", "tagger", "--train", file.toString(), "--dev", file.toString(), "--out",
        model.toString(), "--epochs", "3", "--bags", "3");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().matches("(?s).*tag\\.upos\\s+100\\.00 %.*"), "learns its 17 words: " + run.out());
    CliRun none = CliRun.of("train", "tagger", "--train", file.toString(), "--out", dir.resolve("x.bin.gz").toString(),
        "--bags", "0");
    assertNotEquals(0, none.exitCode());
  }

  @Test
  void foldsNeedAtLeastTwo() throws IOException {
    Path file = dir.resolve("v2.conllu");
    Files.writeString(file, TREEBANK, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("eval", "tag-folds", "--train", file.toString(), "--extra", file.toString(), "--folds", "1");
    assertNotEquals(0, run.exitCode());
  }
}
