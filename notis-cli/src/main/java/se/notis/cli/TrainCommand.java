package se.notis.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.notis.conversion.TalbankenConverter;
import se.notis.eval.EvalReport;
import se.notis.io.ConlluReader;
import se.notis.io.ConlluSentence;

/** {@code notis train MODEL}: trains a model from CoNLL-U data and writes it. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Trains a model or compiles a resource from data.",
    subcommands = {TrainNerCommand.class, TrainGazetteerCommand.class, TrainFirstNamesCommand.class,
      TrainCommand.Tagger.class, TrainCommand.Lemmatizer.class, TrainCommand.Parser.class,
      TrainClustersCommand.class})
final class TrainCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Options every trainer takes. */
  static class Common {
    @Option(names = "--train", required = true, paramLabel = "FILE",
        description = "Training treebank (CoNLL-U; a UD v1.0 Talbanken file is converted to v2 first).")
    Path train;

    @Option(names = "--dev", paramLabel = "FILE.conllu", description = "Dev treebank to report scores on.")
    Path dev;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the model.")
    Path out;

    @Option(names = "--dev-out", paramLabel = "FILE.conllu", description = "Write the dev predictions here.")
    Path devOut;

    @Option(names = "--epochs", description = "Training passes (default: ${DEFAULT-VALUE}).")
    int epochs = 10;

    @Option(names = "--prune", description = "Drop features whose averaged weights all stay below this"
        + " (keeps the model small; default: ${DEFAULT-VALUE}).")
    float prune = 0.001f;

    @Option(names = "--extra", paramLabel = "FILE.conllu", description = "More training sentences, already in"
        + " UD v2 (not converted), e.g. the dev split; score such a model with `notis eval tag-folds`.")
    Path extra;

    @Option(names = "--extra-weight", description = "How many times the --extra sentences are repeated"
        + " (default: ${DEFAULT-VALUE}).")
    int extraWeight = 1;

    /** The converted --train treebank followed by the --extra sentences, repeated --extra-weight times. */
    List<ConlluSentence> trainingSet() throws Exception {
      List<ConlluSentence> extraSentences = extra == null ? List.of() : ConlluReader.read(extra);
      return withExtra(readTreebank(train), extraSentences, extraWeight);
    }
  }

  static <T> List<T> withExtra(List<T> base, List<T> extra, int weight) {
    if (weight < 0) {
      throw new IllegalArgumentException("--extra-weight must be >= 0: " + weight);
    }
    List<T> out = new java.util.ArrayList<>(base);
    for (int r = 0; r < weight; r++) {
      out.addAll(extra);
    }
    return out;
  }

  /** Reads a treebank, converting it to UD v2 when it carries v1 labels. */
  static List<ConlluSentence> readTreebank(Path path) throws Exception {
    List<ConlluSentence> sentences = ConlluReader.read(path);
    boolean v1 = sentences.stream().flatMap(s -> s.words().stream())
        .anyMatch(w -> w.upos().equals("CONJ") || w.deprel().equals("dobj") || w.deprel().equals("nsubjpass"));
    return v1 ? TalbankenConverter.convert(sentences) : sentences;
  }

  static OutputStream create(Path path) throws Exception {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return Files.newOutputStream(path);
  }

  @Command(name = "tagger", mixinStandardHelpOptions = true, description = "Trains the UPOS/XPOS/FEATS tagger.")
  static final class Tagger extends Common implements Callable<Integer> {
    @Option(names = "--max-candidates", description = "Labels tried per unknown word, by suffix and by"
        + " dictionary tags (default: ${DEFAULT-VALUE}).")
    int maxCandidates = 6;

    @Option(names = "--bags", description = "Train this many taggers with different shuffling seeds and average"
        + " their weights into one model (default: ${DEFAULT-VALUE}).")
    int bags = 1;

    @Override
    public Integer call() throws Exception {
      se.notis.tag.TaggerModel model = train(trainingSet(), epochs, prune, maxCandidates,
          se.notis.tag.TaggerTrainer.Options.defaults().seed(), bags);
      try (OutputStream stream = create(out)) {
        model.write(stream);
      }
      System.out.println("wrote " + out + " (" + Files.size(out) / 1024 + " KiB, " + model.labelCount() + " labels)");
      if (dev != null) {
        EvalReport report = SyntaxEval.goldTokens(ConlluReader.read(dev), model.tagger(), null, null);
        System.out.print(report.format());
      }
      return 0;
    }

    static se.notis.tag.TaggerModel train(List<ConlluSentence> treebank, int epochs, float prune, int maxCandidates,
        long seed, int bags) {
      se.notis.tag.TaggerTrainer.Options defaults = se.notis.tag.TaggerTrainer.Options.defaults();
      se.notis.tag.TaggerTrainer.Options options = new se.notis.tag.TaggerTrainer.Options(epochs,
          seed, defaults.frequentCount(), defaults.fixedCount(), prune, maxCandidates, bags);
      List<se.notis.tag.TagSample> samples = treebank.stream().map(se.notis.tag.TagSample::of).toList();
      return se.notis.tag.TaggerTrainer.train(samples, options);
    }
  }

  @Command(name = "lemmatizer", mixinStandardHelpOptions = true,
      description = "Trains the lemmatizer's suffix rules from the Swedish dictionary, and learns the treebank's"
          + " own lemmas from the --train and --extra sentences that have lemmas (the v1.0 train split has none).")
  static final class Lemmatizer extends Common implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
      se.notis.lemma.LemmaModel rules = se.notis.lemma.LemmaTrainer.train(se.notis.lemma.SwedishDictionary.get(), 3);
      List<ConlluSentence> sentences = withExtra(readTreebank(train), extra == null ? List.of() : ConlluReader.read(extra), 1);
      se.notis.lemma.LemmaModel model = rules.withTreebankLemmas(se.notis.lemma.LemmaTrainer.treebankLemmas(
          sentences, se.notis.lemma.LemmaStage.lemmatizer(rules), se.notis.lemma.SwedishDictionary.get()));
      try (OutputStream stream = create(out)) {
        model.write(stream);
      }
      System.out.println("wrote " + out + " (" + Files.size(out) / 1024 + " KiB, " + model.size() + " rules, "
          + model.treebankSize() + " treebank lemmas)");
      if (dev != null) {
        se.notis.lemma.Lemmatizer lemmatizer = se.notis.lemma.LemmaStage.lemmatizer(model);
        EvalReport report = EvalReport.empty();
        for (ConlluSentence sent : ConlluReader.read(dev)) {
          String[] gold = sent.words().stream().map(ConlluSentence.Word::lemma).toArray(String[]::new);
          String[] predicted = sent.words().stream().map(w -> lemmatizer.lemma(w.form(), w.upos(), w.xpos()))
              .toArray(String[]::new);
          report = report.merge(se.notis.lemma.LemmaEvaluator.evaluate(gold, predicted));
        }
        System.out.println("# dev, gold tags");
        System.out.print(report.format());
      }
      return 0;
    }
  }

  @Command(name = "parser", mixinStandardHelpOptions = true, description = "Trains the dependency parser"
      + " (on gold tags; the dev score printed uses gold tags too).")
  static final class Parser extends Common implements Callable<Integer> {
    @Option(names = "--explore", description = "After the first pass, how often to follow the model's own"
        + " wrong transition (dynamic oracle; 0 = static oracle; default: ${DEFAULT-VALUE}).")
    double explore = 0.9;

    @Option(names = "--jackknife", description = "Train on tags predicted by taggers trained on the other"
        + " K-1 folds, as the parser will see them at run time (0 = gold tags; default: ${DEFAULT-VALUE}).")
    int jackknife = 0;

    @Option(names = "--tagger-epochs", description = "Epochs of the jackknife taggers (default: ${DEFAULT-VALUE}).")
    int taggerEpochs = 8;

    @Option(names = "--tagger-bags", description = "Bags of each jackknife tagger, as `train tagger --bags`: the"
        + " runners-up and their gaps then come on the run-time tagger's scale (default: ${DEFAULT-VALUE}).")
    int taggerBags = 1;

    @Option(names = "--tagger-prune", description = "Weight pruning of the jackknife taggers, as `train tagger"
        + " --prune` (default: ${DEFAULT-VALUE}).")
    float taggerPrune = se.notis.tag.TaggerTrainer.Options.defaults().prune();

    @Option(names = "--tagger-blocks", description = "Jackknife folds of consecutive sentences (whole documents,"
        + " roughly) rather than every K-th sentence: each tagger then meets documents it never saw, whose words"
        + " it is less sure of, as at run time.")
    boolean taggerBlocks;

    @Option(names = "--bags", description = "Train this many parsers with different shuffling seeds and average"
        + " their weights into one model of the same size and speed (default: ${DEFAULT-VALUE}).")
    int bags = 1;

    @picocli.CommandLine.Mixin ParserSearchOptions search;

    /**
     * How the parser's training tags are predicted: {@code folds} taggers (fewer than 2: gold tags)
     * trained with {@code tagger}, each on the sentences outside its fold; with {@code blocks} a fold
     * is a run of consecutive sentences rather than every K-th one.
     */
    record Jackknife(int folds, se.notis.tag.TaggerTrainer.Options tagger, boolean blocks) {
      /** Taggers of {@code epochs} passes, {@code bags} bags and weight pruning {@code prune}. */
      static Jackknife of(int folds, int epochs, int bags, float prune, boolean blocks) {
        se.notis.tag.TaggerTrainer.Options defaults = se.notis.tag.TaggerTrainer.Options.defaults();
        return new Jackknife(folds, new se.notis.tag.TaggerTrainer.Options(epochs, defaults.seed(),
            defaults.frequentCount(), defaults.fixedCount(), prune, defaults.maxCandidates(), bags), blocks);
      }

      /**
       * The fold of each distinct sentence. A sentence repeated by --extra-weight is the same object:
       * all its copies go to one fold.
       */
      java.util.Map<ConlluSentence, Integer> assign(List<ConlluSentence> treebank) {
        java.util.Map<ConlluSentence, Integer> rank = new java.util.IdentityHashMap<>();
        for (ConlluSentence sent : treebank) {
          rank.putIfAbsent(sent, rank.size());
        }
        int distinct = rank.size();
        java.util.Map<ConlluSentence, Integer> foldOf = new java.util.IdentityHashMap<>();
        rank.forEach((sent, r) -> foldOf.put(sent, blocks ? (int) ((long) r * folds / distinct) : r % folds));
        return foldOf;
      }
    }

    /**
     * The treebank with each fold's UPOS and XPOS replaced by a tagger that did not see the fold; with
     * {@code alternatives}, each sample also keeps the jackknife tagger's runner-up labels and whether
     * each is the gold UPOS where the best label is not (joint tagging).
     */
    static List<se.notis.parse.ParseSample> jackknifed(List<ConlluSentence> treebank, Jackknife jackknife,
        boolean alternatives) {
      List<se.notis.parse.ParseSample> out = new java.util.ArrayList<>();
      int folds = jackknife.folds();
      se.notis.tag.TaggerTrainer.Options options = jackknife.tagger();
      java.util.Map<ConlluSentence, Integer> foldOf = jackknife.assign(treebank);
      for (int fold = 0; fold < folds; fold++) {
        List<se.notis.tag.TagSample> rest = new java.util.ArrayList<>();
        for (ConlluSentence sent : treebank) {
          if (foldOf.get(sent) != fold) {
            rest.add(se.notis.tag.TagSample.of(sent));
          }
        }
        se.notis.tag.Tagger tagger = se.notis.tag.TaggerTrainer.train(rest, options).tagger();
        for (int i = 0; i < treebank.size(); i++) {
          if (foldOf.get(treebank.get(i)) != fold) {
            continue;
          }
          se.notis.parse.ParseSample gold = se.notis.parse.ParseSample.of(treebank.get(i));
          int n = gold.size();
          String[] upos = new String[n];
          String[] xpos = new String[n];
          if (!alternatives) {
            tagger.tag(gold.words(), upos, xpos, new String[n]);
            out.add(new se.notis.parse.ParseSample(gold.words(), upos, xpos, gold.heads(), gold.relations()));
            continue;
          }
          se.notis.doc.TagAlternatives alt = se.notis.doc.TagAlternatives.none(n);
          tagger.tag(gold.words(), upos, xpos, new String[n], alt);
          boolean[] right = new boolean[n];
          for (int w = 0; w < n; w++) {
            right[w] = alt.upos()[w] != null && alt.upos()[w].equals(gold.upos()[w]) && !upos[w].equals(gold.upos()[w]);
          }
          out.add(new se.notis.parse.ParseSample(gold.words(), upos, xpos, gold.heads(), gold.relations(),
              alt.withRight(right)));
        }
      }
      return out;
    }

    /** How often the runner-up is right, by its score gap: what a joint-tagging margin would catch. */
    private static void logAlternatives(List<se.notis.parse.ParseSample> samples) {
      int[] limits = {100, 200, 400, 800, 1600, 3200, 6400, 12800, 25600, 51200};
      long[] within = new long[limits.length];
      long[] right = new long[limits.length];
      long words = 0;
      for (se.notis.parse.ParseSample sample : samples) {
        se.notis.doc.TagAlternatives alt = sample.alternatives();
        words += sample.size();
        for (int i = 0; alt != null && i < sample.size(); i++) {
          for (int b = 0; b < limits.length; b++) {
            if (alt.close(i, limits[b])) {
              within[b]++;
              right[b] += alt.right() != null && alt.right()[i] ? 1 : 0;
            }
          }
        }
      }
      for (int b = 0; b < limits.length; b++) {
        System.err.printf(java.util.Locale.ROOT, "runner-up within %d: %d of %d words (%.2f %%), right %d%n",
            limits[b], within[b], words, 100.0 * within[b] / words, right[b]);
      }
    }

    @Override
    public Integer call() throws Exception {
      se.notis.parse.ParserModel model = train(trainingSet(),
          Jackknife.of(jackknife, taggerEpochs, taggerBags, taggerPrune, taggerBlocks),
          search.trainerOptions(epochs, prune, explore, bags));
      model = search.withSearch(model);
      try (OutputStream stream = create(out)) {
        model.write(stream);
      }
      System.out.println("wrote " + out + " (" + Files.size(out) / 1024 + " KiB, " + model.labelCount() + " labels)");
      if (dev != null) {
        se.notis.parse.Parser parser = model.parser();
        EvalReport report = EvalReport.empty();
        List<ConlluSentence> parsed = new java.util.ArrayList<>();
        for (ConlluSentence sent : ConlluReader.read(dev)) {
          se.notis.parse.ParseSample gold = se.notis.parse.ParseSample.of(sent);
          int[] heads = new int[gold.size()];
          String[] rels = new String[gold.size()];
          parser.parse(gold.words(), gold.upos(), gold.xpos(), heads, rels);
          report = report.merge(se.notis.parse.ParseEvaluator.evaluate(gold.heads(), gold.relations(), heads, rels));
          List<ConlluSentence.Word> words = new java.util.ArrayList<>();
          for (int i = 0; i < gold.size(); i++) {
            ConlluSentence.Word w = sent.words().get(i);
            words.add(new ConlluSentence.Word(w.id(), w.form(), w.lemma(), w.upos(), w.xpos(), w.feats(), heads[i],
                rels[i], "_", w.misc()));
          }
          parsed.add(new ConlluSentence(sent.comments(), words));
        }
        if (devOut != null) {
          ConlluFiles.write(parsed, devOut);
        }
        System.out.println("# dev, gold tags");
        System.out.print(report.format());
      }
      return 0;
    }

    static se.notis.parse.ParserModel train(List<ConlluSentence> treebank, Jackknife jackknife,
        se.notis.parse.ParserTrainer.Options options) {
      List<se.notis.parse.ParseSample> samples = jackknife.folds() > 1
          ? jackknifed(treebank, jackknife, options.tagMargin() > 0)
          : treebank.stream().map(se.notis.parse.ParseSample::of).toList();
      if (options.tagMargin() > 0) {
        logAlternatives(samples);
      }
      return se.notis.parse.ParserTrainer.train(samples, options);
    }
  }
}
