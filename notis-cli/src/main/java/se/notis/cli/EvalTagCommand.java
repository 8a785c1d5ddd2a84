package se.notis.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.notis.doc.Document;
import se.notis.doc.Layers;
import se.notis.eval.EvalReport;
import se.notis.io.ConlluDocuments;
import se.notis.io.ConlluReader;
import se.notis.io.ConlluSentence;
import se.notis.pipeline.Stage;
import se.notis.pipeline.StageRegistry;
import se.notis.tag.SyntaxEvaluator;

/**
 * {@code notis eval tag}: UPOS, XPOS, UFeats, AllTags, Lemma, UAS and LAS on a CoNLL-U file's gold
 * tokens, and the same from the raw text (tokenized and split by notis, words aligned to gold by
 * character offsets; then each figure is an F1 over words, as in the CoNLL 2018 shared task).
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
    description = "Scores tagging, lemmas and parsing on gold tokens and from raw text.")
final class EvalTagCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "FILE.conllu")
  Path gold;

  @Option(names = "--tagger-model", paramLabel = "MODEL", description = "Tagger model to score instead of the bundled one.")
  Path taggerModel;

  @Option(names = "--parser-model", paramLabel = "MODEL", description = "Parser model to score instead of the bundled one.")
  Path parserModel;

  @picocli.CommandLine.Mixin ParserOverride search;

  @Override
  public Integer call() throws Exception {
    List<ConlluSentence> sentences = ConlluReader.read(gold);
    List<Stage> stages = TagCommand.stages(taggerModel, parserModel, search);
    Document goldDoc = ConlluDocuments.toDocument(sentences, gold.getFileName().toString());
    Document onGold = goldDoc;
    for (Stage stage : stages) {
      onGold = stage.process(onGold);
    }
    EvalReport goldTokens = SyntaxEvaluator.onGoldTokens(sentences, onGold);
    Document raw = StageRegistry.pipeline(List.of("sentences")).process(Document.of(goldDoc.text(), goldDoc.meta()));
    for (Stage stage : stages) {
      raw = stage.process(raw);
    }
    EvalReport rawText = SyntaxEvaluator.onRawText(sentences, goldDoc, raw);
    System.out.println("# gold tokens");
    System.out.print(goldTokens.format());
    System.out.println("# raw text (F1 over words aligned by character offsets)");
    System.out.print(rawText.format());
    System.out.printf(Locale.ROOT, "gold_tokens upos=%.2f xpos=%.2f ufeats=%.2f lemma=%.2f uas=%.2f las=%.2f%n",
        pct(goldTokens, "tag.upos"), pct(goldTokens, "tag.xpos"), pct(goldTokens, "tag.ufeats"),
        pct(goldTokens, "lemma"), pct(goldTokens, "parse.uas"), pct(goldTokens, "parse.las"));
    System.out.printf(Locale.ROOT, "raw_text tokens=%.2f upos=%.2f xpos=%.2f ufeats=%.2f lemma=%.2f uas=%.2f las=%.2f%n",
        f1(rawText, "words"), f1(rawText, "tag.upos"), f1(rawText, "tag.xpos"), f1(rawText, "tag.ufeats"),
        f1(rawText, "lemma"), f1(rawText, "parse.uas"), f1(rawText, "parse.las"));
    return 0;
  }

  private static double pct(EvalReport report, String key) {
    return 100 * report.expectAccuracy(key).value();
  }

  private static double f1(EvalReport report, String key) {
    return 100 * report.expectPrf(key).f1();
  }
}
