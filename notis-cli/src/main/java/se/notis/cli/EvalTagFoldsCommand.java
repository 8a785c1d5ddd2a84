package se.notis.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.notis.doc.Document;
import se.notis.eval.EvalReport;
import se.notis.io.ConlluDocuments;
import se.notis.io.ConlluReader;
import se.notis.io.ConlluSentence;
import se.notis.lemma.LemmaModel;
import se.notis.lemma.LemmaStage;
import se.notis.lemma.LemmaTrainer;
import se.notis.parse.ParserModel;
import se.notis.parse.ParserTrainer;
import se.notis.pipeline.Stage;
import se.notis.tag.SyntaxEvaluator;
import se.notis.tag.TaggerModel;

/**
 * {@code notis eval tag-folds}: an honest score for models trained with extra v2 data (the dev
 * split). The extra file is cut into K folds; for each fold a tagger and a parser are trained on the
 * converted train split plus the other K-1 folds, and the whole pipeline (tag, lemma, parse) is
 * scored on the held-out fold's gold tokens. The sum over folds covers every extra sentence once,
 * each scored by models that never saw it.
 */
@Command(name = "tag-folds", mixinStandardHelpOptions = true,
    description = "K-fold estimate of tagger + parser trained on --train plus K-1 folds of --extra,"
        + " scored on the held-out fold (gold tokens).")
final class EvalTagFoldsCommand implements Callable<Integer> {
  @Option(names = "--train", required = true, paramLabel = "FILE",
      description = "Training treebank (a UD v1.0 Talbanken file is converted to v2 first).")
  Path train;

  @Option(names = "--extra", required = true, paramLabel = "FILE.conllu", description = "UD v2 sentences to"
      + " cut into folds (e.g. the dev split).")
  Path extra;

  @Mixin FoldOptions folding;

  @Option(names = "--tagger-epochs", description = "Tagger training passes (default: ${DEFAULT-VALUE}).")
  int taggerEpochs = 10;

  @Option(names = "--parser-epochs", description = "Parser training passes (default: ${DEFAULT-VALUE}).")
  int parserEpochs = 16;

  @Option(names = "--parser-extra-weight", description = "How many times the training folds of --extra are"
      + " repeated for the parser, as `train parser --extra-weight` (default: the --extra-weight value).")
  Integer parserExtraWeight;

  @Option(names = "--tagger-prune", description = "Tagger weight pruning, as `train tagger --prune` (default:"
      + " ${DEFAULT-VALUE}).")
  float taggerPrune = 0.001f;

  @Option(names = "--tagger-bags", description = "Taggers averaged into each fold's model, as `train tagger"
      + " --bags` (default: ${DEFAULT-VALUE}).")
  int taggerBags = 1;

  @Option(names = "--parser-bags", description = "Parsers averaged into each fold's model, as `train parser"
      + " --bags` (default: ${DEFAULT-VALUE}).")
  int parserBags = 1;

  @Option(names = "--jackknife", description = "Jackknife folds for the parser's training tags"
      + " (0 = gold tags; default: ${DEFAULT-VALUE}).")
  int jackknife = 4;

  @Option(names = "--jackknife-epochs", description = "Epochs of the jackknife taggers (default: ${DEFAULT-VALUE}).")
  int jackknifeEpochs = 6;

  @Option(names = "--jackknife-bags", description = "Bags of each jackknife tagger, as `train parser --tagger-bags`"
      + " (default: ${DEFAULT-VALUE}).")
  int jackknifeBags = 1;

  @Option(names = "--jackknife-prune", description = "Weight pruning of the jackknife taggers, as `train parser"
      + " --tagger-prune` (default: ${DEFAULT-VALUE}).")
  float jackknifePrune = se.notis.tag.TaggerTrainer.Options.defaults().prune();

  @Option(names = "--jackknife-blocks", description = "Jackknife folds of consecutive sentences, as `train parser"
      + " --tagger-blocks`.")
  boolean jackknifeBlocks;

  @Mixin ParserSearchOptions search;

  @Option(names = "--prune", description = "Parser weight pruning, as in `train parser` (default: ${DEFAULT-VALUE}).")
  float prune = 0.8f;

  @Option(names = "--tagger-seed", description = "Seed of the taggers' shuffling; compare changes over a few"
      + " seeds, since one seed's score varies by ±0.2 (default: ${DEFAULT-VALUE}).")
  long taggerSeed = 1;

  @Option(names = "--tagger-only", description = "Train and score only the tagger (UPOS, XPOS, UFeats): a quick"
      + " loop for tagger work.")
  boolean taggerOnly;

  @Option(names = "--out", paramLabel = "FILE.conllu", description = "Write the held-out sentences with their"
      + " predicted tags (and lemmas and trees, without --tagger-only) here, fold by fold, for error analysis.")
  Path out;

  @Option(names = "--model-dir", paramLabel = "DIR", description = "Keep each fold's trained tagger and parser"
      + " here, and use those found here instead of training them: a second run then only decodes, e.g. with"
      + " another --parse-beam. The caller keeps the training options the same.")
  Path modelDir;

  @Override
  public Integer call() throws Exception {
    folding.validate();
    if (parserBags < 1 || taggerBags < 1) {
      throw new IllegalArgumentException("--parser-bags and --tagger-bags must be at least 1");
    }
    List<ConlluSentence> base = TrainCommand.readTreebank(train);
    List<ConlluSentence> extraSentences = ConlluReader.read(extra);
    EvalReport total = EvalReport.empty();
    List<ConlluSentence> predicted = new ArrayList<>();
    List<Document> parsed = new ArrayList<>();
    int[] foldOf = folding.assign(extraSentences, EvalTagFoldsCommand::newDocument, sent -> sent.words().size());
    Path dir = Files.createTempDirectory("notis-folds");
    try {
      for (int fold = 0; fold < folding.folds; fold++) {
        List<ConlluSentence> held = FoldOptions.held(extraSentences, foldOf, fold);
        List<ConlluSentence> training = FoldOptions.training(base, extraSentences, foldOf, fold, folding.extraWeight);
        Path taggerPath = dir.resolve("tagger-" + fold + ".bin.gz");
        Path parserPath = dir.resolve("parser-" + fold + ".bin.gz");
        Path keptTagger = modelDir == null ? null : modelDir.resolve("tagger-" + fold + ".bin.gz");
        TaggerModel tagger = keptOrTrained(keptTagger, TaggerModel::read,
            () -> TrainCommand.Tagger.train(training, taggerEpochs, taggerPrune, 6, taggerSeed, taggerBags),
            model -> model::write);
        try (OutputStream stream = Files.newOutputStream(taggerPath)) {
          tagger.write(stream);
        }
        if (taggerOnly) {
          EvalReport report = SyntaxEval.goldTokens(held, tagger.tagger(), null, null);
          System.out.println("# fold " + (fold + 1) + " of " + folding.folds + ": " + held.size() + " held-out sentences, "
              + training.size() + " training sentences");
          System.out.println(tagLine(report));
          total = total.merge(report);
          predicted.addAll(tagged(held, tagger.tagger()));
          continue;
        }
        List<ConlluSentence> parserTraining = parserExtraWeight == null ? training
            : FoldOptions.training(base, extraSentences, foldOf, fold, parserExtraWeight);
        Path keptParser = modelDir == null ? null : modelDir.resolve("parser-" + fold + ".bin.gz");
        ParserModel parser = keptOrTrained(keptParser, ParserModel::read,
            () -> TrainCommand.Parser.train(parserTraining,
                TrainCommand.Parser.Jackknife.of(jackknife, jackknifeEpochs, jackknifeBags, jackknifePrune,
                    jackknifeBlocks),
                search.trainerOptions(parserEpochs, prune, ParserTrainer.Options.defaults().explore(), parserBags)),
            model -> model::write);
        parser = search.withSearch(parser);
        try (OutputStream stream = Files.newOutputStream(parserPath)) {
          parser.write(stream);
        }
        List<Stage> stages = TagCommand.stages(taggerPath, lemmaModel(training), parserPath, new ParserOverride());
        Document doc = ConlluDocuments.toDocument(held, "fold-" + fold);
        for (Stage stage : stages) {
          doc = stage.process(doc);
          if (stage instanceof se.notis.tag.TagStage && search.jointTags > 0) {
            logAlternatives(doc, search.jointTags);
          }
        }
        EvalReport report = SyntaxEvaluator.onGoldTokens(held, doc);
        parsed.add(doc);
        System.out.println("# fold " + (fold + 1) + " of " + folding.folds + ": " + held.size() + " held-out sentences, "
            + training.size() + " training sentences");
        System.out.println(line(report));
        total = total.merge(report);
      }
    } finally {
      try (var files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(dir);
    }
    System.out.println("# all folds (every --extra sentence scored once, by models that did not see it)");
    System.out.print(total.format());
    System.out.println(taggerOnly ? tagLine(total) : line(total));
    if (out != null && taggerOnly) {
      ConlluFiles.write(predicted, out);
    } else if (out != null) {
      try (java.io.Writer writer = Files.newBufferedWriter(out)) {
        for (Document doc : parsed) {
          se.notis.io.ConlluWriter.write(doc, writer);
        }
      }
    }
    return 0;
  }

  /** A model's writer. */
  private interface ModelWriter {
    void write(OutputStream stream) throws java.io.IOException;
  }

  /** Writes a freshly trained model to {@code path} (none: not kept). */
  private interface ModelReader<M> {
    M read(java.io.InputStream in) throws java.io.IOException;
  }

  private interface ModelTrainer<M> {
    M train() throws java.io.IOException;
  }

  /** The model kept at {@code kept} by an earlier run (`--model-dir`), else a newly trained one, kept there. */
  private static <M> M keptOrTrained(Path kept, ModelReader<M> read, ModelTrainer<M> train,
      java.util.function.Function<M, ModelWriter> writer) throws java.io.IOException {
    if (kept != null && Files.exists(kept)) {
      try (java.io.InputStream in = Files.newInputStream(kept)) {
        return read.read(in);
      }
    }
    M model = train.train();
    keep(writer.apply(model), kept);
    return model;
  }

  private static void keep(ModelWriter model, Path path) throws java.io.IOException {
    if (path == null) {
      return;
    }
    Files.createDirectories(path.toAbsolutePath().getParent());
    try (OutputStream stream = Files.newOutputStream(path)) {
      model.write(stream);
    }
  }

  /** How many held-out words the run-time tagger offers a runner-up within the joint-tagging margin. */
  private static void logAlternatives(Document doc, int margin) {
    se.notis.doc.TagAlternatives alt = doc.get(se.notis.doc.Layers.TAGS).alternatives();
    int words = alt == null ? 0 : alt.upos().length;
    int within = 0;
    for (int i = 0; i < words; i++) {
      within += alt.close(i, margin) ? 1 : 0;
    }
    System.err.printf(Locale.ROOT, "held-out runner-up within %d: %d of %d words (%.2f %%)%n", margin, within, words,
        words == 0 ? 0.0 : 100.0 * within / words);
  }

  /** The bundled suffix rules with the treebank lemmas of this fold's training sentences only. */
  private static LemmaModel lemmaModel(List<ConlluSentence> training) {
    LemmaModel rules = LemmaModel.bundled().withTreebankLemmas(Map.of());
    return rules.withTreebankLemmas(LemmaTrainer.treebankLemmas(training, LemmaStage.lemmatizer(rules),
        se.notis.lemma.SwedishDictionary.get()));
  }

  /** The sentences with the tagger's UPOS, XPOS and FEATS in place of the gold ones. */
  private static List<ConlluSentence> tagged(List<ConlluSentence> sentences, se.notis.tag.Tagger tagger) {
    List<ConlluSentence> out = new ArrayList<>();
    for (ConlluSentence sent : sentences) {
      int n = sent.words().size();
      String[] words = new String[n];
      for (int i = 0; i < n; i++) {
        words[i] = sent.words().get(i).form();
      }
      String[] u = new String[n];
      String[] x = new String[n];
      String[] f = new String[n];
      tagger.tag(words, u, x, f);
      List<ConlluSentence.Word> tagged = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ConlluSentence.Word w = sent.words().get(i);
        tagged.add(new ConlluSentence.Word(w.id(), w.form(), w.lemma(), u[i], x[i], f[i], w.head(), w.deprel(),
            "_", w.misc()));
      }
      out.add(new ConlluSentence(sent.comments(), tagged));
    }
    return out;
  }

  private static String tagLine(EvalReport report) {
    return String.format(Locale.ROOT, "gold_tokens upos=%.2f xpos=%.2f ufeats=%.2f",
        pct(report, "tag.upos"), pct(report, "tag.xpos"), pct(report, "tag.ufeats"));
  }

  private static String line(EvalReport report) {
    return String.format(Locale.ROOT, "gold_tokens upos=%.2f xpos=%.2f ufeats=%.2f lemma=%.2f uas=%.2f las=%.2f",
        pct(report, "tag.upos"), pct(report, "tag.xpos"), pct(report, "tag.ufeats"), pct(report, "lemma"),
        pct(report, "parse.uas"), pct(report, "parse.las"));
  }

  private static double pct(EvalReport report, String key) {
    return 100 * report.expectAccuracy(key).value();
  }

  /** The id of the document a sentence opens (its CoNLL-U `# newdoc id`), else null. */
  static String newDocument(ConlluSentence sent) {
    for (String comment : sent.comments()) {
      if (comment.startsWith("# newdoc")) {
        int eq = comment.indexOf('=');
        return eq < 0 ? "" : comment.substring(eq + 1).trim();
      }
    }
    return null;
  }
}
