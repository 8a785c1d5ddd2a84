package se.notis.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.notis.doc.Document;
import se.notis.doc.Sentence;
import se.notis.doc.Token;
import se.notis.eval.GoldDocuments;
import se.notis.eval.GoldDocuments.GoldDocument;
import se.notis.eval.GoldDocuments.GoldEntity;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;

/**
 * Name-tagger training sentences from hand-annotated articles ({@code *.gold.jsonl}): each article
 * is cut into sentences and tokens by the pipeline's own stages, and each token takes the BIO label
 * of the gold name it lies in. A sentence where a gold name starts or ends inside a token, or where
 * two gold names overlap, is left out rather than taught with a wrong boundary.
 */
public final class GoldArticles {
  private GoldArticles() {}

  /** The sentences of every article in {@code file}, labelled. */
  public static List<NerSample> read(Path file) throws IOException {
    Pipeline split = StageRegistry.pipeline(List.of("sentences"));
    List<NerSample> out = new ArrayList<>();
    for (GoldDocument gold : GoldDocuments.read(file)) {
      out.addAll(samples(split.process(Document.of(gold.text(), gold.meta())), gold.entities()));
    }
    return out;
  }

  /** The labelled sentences of one split document. */
  static List<NerSample> samples(Document doc, List<GoldEntity> entities) {
    String[] labels = new String[doc.tokens().size()];
    java.util.Arrays.fill(labels, "O");
    boolean[] broken = new boolean[labels.length];
    for (GoldEntity entity : entities) {
      label(doc.tokens(), entity, labels, broken);
    }
    List<NerSample> out = new ArrayList<>();
    for (Sentence sentence : doc.sentences()) {
      boolean usable = sentence.endToken() > sentence.firstToken();
      for (int i = sentence.firstToken(); i < sentence.endToken() && usable; i++) {
        usable = !broken[i];
      }
      if (usable) {
        int n = sentence.endToken() - sentence.firstToken();
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
          words[i] = doc.token(sentence.firstToken() + i).text();
        }
        out.add(new NerSample(words, java.util.Arrays.copyOfRange(labels, sentence.firstToken(), sentence.endToken())));
      }
    }
    return out;
  }

  /** Labels the tokens of one gold name; marks them broken when its edges cut a token or overlap a name. */
  private static void label(List<Token> tokens, GoldEntity entity, String[] labels, boolean[] broken) {
    boolean first = true;
    for (Token token : tokens) {
      if (token.end() <= entity.start() || token.start() >= entity.end()) {
        continue;
      }
      int i = token.index();
      boolean inside = token.start() >= entity.start() && token.end() <= entity.end();
      if (!inside || !"O".equals(labels[i])) {
        broken[i] = true;
        continue;
      }
      labels[i] = (first ? "B-" : "I-") + entity.type();
      first = false;
    }
  }
}
