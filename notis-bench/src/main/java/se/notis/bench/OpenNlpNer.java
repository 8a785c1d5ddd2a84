package se.notis.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import se.notis.ner.EntityTagger;
import se.notis.ner.NerSample;

/** Apache OpenNLP's maximum-entropy name finder, trained on the same samples, as a peer. */
final class OpenNlpNer {
  private OpenNlpNer() {}

  static TokenNameFinderModel train(List<NerSample> train) throws IOException {
    List<NameSample> samples = new ArrayList<>(train.size());
    for (NerSample sample : train) {
      samples.add(new NameSample(sample.tokens(), spans(sample.labels()), true));
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    return NameFinderME.train("sv", null, ObjectStreamUtils.createObjectStream(samples), params,
        new TokenNameFinderFactory());
  }

  /** A tagger over one model; NameFinderME is not thread-safe, so each call uses this thread's finder. */
  static EntityTagger tagger(TokenNameFinderModel model) {
    ThreadLocal<NameFinderME> finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
    return tokens -> {
      Span[] found = finder.get().find(tokens);
      String[] labels = new String[tokens.length];
      java.util.Arrays.fill(labels, "O");
      for (Span span : found) {
        for (int i = span.getStart(); i < span.getEnd(); i++) {
          labels[i] = (i == span.getStart() ? "B-" : "I-") + span.getType();
        }
      }
      return labels;
    };
  }

  private static Span[] spans(String[] labels) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < labels.length) {
      if (labels[i].equals("O")) {
        i++;
        continue;
      }
      String type = labels[i].substring(2);
      int j = i + 1;
      while (j < labels.length && labels[j].equals("I-" + type)) {
        j++;
      }
      out.add(new Span(i, j, type));
      i = j;
    }
    return out.toArray(new Span[0]);
  }
}
