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
  void foldModelsKeptInADirectoryAreReusedNotRetrained() throws IOException {
    Path file = dir.resolve("v2.conllu");
    Files.writeString(file, TREEBANK, StandardCharsets.UTF_8);
    Path models = dir.resolve("models");
    CliRun first = CliRun.of("eval", "tag-folds", "--train", file.toString(), "--extra", file.toString(),
        "--folds", "2", "--tagger-epochs", "2", "--parser-epochs", "2", "--jackknife", "0",
        "--model-dir", models.toString());
    assertEquals(0, first.exitCode(), first.err());
    for (String model : List.of("tagger-0", "tagger-1", "parser-0", "parser-1")) {
      assertTrue(Files.exists(models.resolve(model + ".bin.gz")), model);
    }
    long written = Files.getLastModifiedTime(models.resolve("parser-1.bin.gz")).toMillis();
    // One epoch would give other models; the kept ones are read, so the scores are the same.
    CliRun second = CliRun.of("eval", "tag-folds", "--train", file.toString(), "--extra", file.toString(),
        "--folds", "2", "--tagger-epochs", "1", "--parser-epochs", "1", "--jackknife", "0",
        "--model-dir", models.toString());
    assertEquals(0, second.exitCode(), second.err());
    assertEquals(first.out(), second.out());
    assertEquals(written, Files.getLastModifiedTime(models.resolve("parser-1.bin.gz")).toMillis());
  }

  @Test
  void jackknifeTaggersTakeTheRunTimeTaggersBagsAndPruning() throws IOException {
    Path file = dir.resolve("v2.conllu");
    Files.writeString(file, TREEBANK, StandardCharsets.UTF_8);
    se.notis.tag.TaggerTrainer.Options options = TrainCommand.Parser.Jackknife.of(4, 10, 4, 0.5f, false).tagger();
    assertEquals(10, options.epochs());
    assertEquals(4, options.bags());
    assertEquals(0.5f, options.prune());
    CliRun run = CliRun.of("train", "parser", "--train", file.toString(), "--out", dir.resolve("p.bin.gz").toString(),
        "--epochs", "2", "--beam", "2", "--jackknife", "2", "--tagger-epochs", "2", "--tagger-bags", "2",
        "--tagger-prune", "0.5", "--joint-tags", "12800");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("runner-up within 12800:"), run.err());
  }

  @Test
  void jackknifeBlocksAreRunsOfConsecutiveSentences() {
    List<ConlluSentence> sentences = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      sentences.add(new ConlluSentence(List.of("# sent_id = " + i), List.of()));
    }
    // The last two repeated, as --extra-weight 2 does: copies stay in their sentence's fold.
    List<ConlluSentence> treebank = TrainCommand.withExtra(sentences.subList(0, 2), sentences.subList(2, 4), 2);
    var blocks = TrainCommand.Parser.Jackknife.of(2, 1, 1, 0f, true).assign(treebank);
    var interleaved = TrainCommand.Parser.Jackknife.of(2, 1, 1, 0f, false).assign(treebank);
    assertEquals(List.of(0, 0, 1, 1), sentences.stream().map(blocks::get).toList());
    assertEquals(List.of(0, 1, 0, 1), sentences.stream().map(interleaved::get).toList());
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
