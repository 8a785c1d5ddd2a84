package se.notis.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.notis.conversion.TalbankenConverter;
import se.notis.io.ConlluReader;
import se.notis.io.ConlluSentence;
import se.notis.lemma.LemmaStage;
import se.notis.lemma.Lemmatizer;
import se.notis.parse.Parser;
import se.notis.parse.ParserModel;
import se.notis.tag.Tagger;
import se.notis.tag.TagSample;
import se.notis.tag.TaggerTrainer;

/**
 * notis's tagger (and tagger + lemmatiser, and + the bundled parser) against Apache OpenNLP's maxent
 * POS tagger, both trained here on the same converted Talbanken train split, on the Talbanken dev
 * sentences (gold tokens).
 * The setup prints each tagger's UPOS accuracy on dev; JMH reports {@code tokens} per second.
 * Needs {@code ../shared/data/ud} (run from the project root).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xss8m"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class TaggerBenchmark {
  private static final Path UD = Path.of(System.getProperty("notis.shared", "../shared"), "data", "ud");

  List<String[]> sentences;
  Tagger tagger;
  Lemmatizer lemmatizer;
  Parser parser;
  POSTaggerME openNlp;

  /** Counts tokens so JMH reports tokens per second next to operations. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Tokens {
    public long tokens;

    @Setup(Level.Iteration)
    public void reset() {
      tokens = 0;
    }
  }

  @Setup(Level.Trial)
  public void setup() throws IOException {
    Path trainFile = UD.resolve("sv_talbanken-ud1.0-2015-train.conll");
    Path devFile = UD.resolve("sv_talbanken-ud-dev.conllu");
    if (!Files.exists(trainFile) || !Files.exists(devFile)) {
      throw new IllegalStateException("Talbanken files not found under " + UD.toAbsolutePath()
          + "; run from the project root beside ../shared or set -Dnotis.shared");
    }
    List<ConlluSentence> train = TalbankenConverter.convert(read(trainFile));
    List<ConlluSentence> dev = read(devFile);
    List<POSSample> samples = new ArrayList<>();
    for (ConlluSentence sent : train) {
      samples.add(new POSSample(forms(sent), sent.words().stream().map(ConlluSentence.Word::upos).toArray(String[]::new)));
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    POSModel model = POSTaggerME.train("sv", ObjectStreamUtils.createObjectStream(samples), params, new POSTaggerFactory());
    openNlp = new POSTaggerME(model);
    // The bundled tagger also learnt from the dev split; for a fair side by side, notis's tagger
    // here learns from exactly what OpenNLP's does (the converted train split, default settings).
    tagger = TaggerTrainer.train(train.stream().map(TagSample::of).toList(), TaggerTrainer.Options.defaults()).tagger();
    lemmatizer = LemmaStage.lemmatizer(se.notis.lemma.LemmaModel.bundled());
    parser = ParserModel.bundled().parser();
    sentences = new ArrayList<>();
    long total = 0;
    long notisOk = 0;
    long openNlpOk = 0;
    for (ConlluSentence sent : dev) {
      String[] words = forms(sent);
      sentences.add(words);
      String[] u = new String[words.length];
      tagger.tag(words, u, new String[words.length], new String[words.length]);
      String[] o = openNlp.tag(words);
      for (int i = 0; i < words.length; i++) {
        String gold = sent.words().get(i).upos();
        notisOk += gold.equals(u[i]) ? 1 : 0;
        openNlpOk += gold.equals(o[i]) ? 1 : 0;
        total++;
      }
    }
    System.out.printf(Locale.ROOT, "%n# dev UPOS accuracy over %d tokens: notis %.2f %%, OpenNLP maxent %.2f %%%n",
        total, 100.0 * notisOk / total, 100.0 * openNlpOk / total);
  }

  private static List<ConlluSentence> read(Path path) throws IOException {
    try {
      return ConlluReader.read(path);
    } catch (se.notis.io.BadInputException e) {
      throw new IOException(e);
    }
  }

  private static String[] forms(ConlluSentence sent) {
    return sent.words().stream().map(ConlluSentence.Word::form).toArray(String[]::new);
  }

  @Benchmark
  public int notisTagger(Tokens counter) {
    int sum = 0;
    for (String[] words : sentences) {
      String[] u = new String[words.length];
      tagger.tag(words, u, new String[words.length], new String[words.length]);
      sum += u.length;
    }
    counter.tokens += sum;
    return sum;
  }

  @Benchmark
  public int notisTaggerLemmas(Tokens counter) {
    int sum = 0;
    for (String[] words : sentences) {
      int n = words.length;
      String[] u = new String[n];
      String[] x = new String[n];
      tagger.tag(words, u, x, new String[n]);
      for (int i = 0; i < n; i++) {
        sum += lemmatizer.lemma(words[i], u[i], x[i]).length() > 0 ? 1 : 0;
      }
    }
    counter.tokens += sum;
    return sum;
  }

  @Benchmark
  public int notisTaggerParser(Tokens counter) {
    int sum = 0;
    for (String[] words : sentences) {
      int n = words.length;
      String[] u = new String[n];
      String[] x = new String[n];
      tagger.tag(words, u, x, new String[n]);
      int[] heads = new int[n];
      parser.parse(words, u, x, heads, new String[n]);
      sum += n;
    }
    counter.tokens += sum;
    return sum;
  }

  @Benchmark
  public int openNlpTagger(Tokens counter) {
    int sum = 0;
    for (String[] words : sentences) {
      sum += openNlp.tag(words).length;
    }
    counter.tokens += sum;
    return sum;
  }
}
