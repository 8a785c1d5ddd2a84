package se.notis.io;

import java.io.IOException;
import java.io.Writer;
import se.notis.doc.DependencyLayer;
import se.notis.doc.Document;
import se.notis.doc.LemmaLayer;
import se.notis.doc.Layers;
import se.notis.doc.SentenceLayer;
import se.notis.doc.SpanLayer;
import se.notis.doc.TagLayer;

/** Writes a document's sentences and tokens as CoNLL-U, with whatever layers it carries. */
public final class ConlluWriter {
  private ConlluWriter() {}

  public static void write(Document doc, Writer out) throws IOException {
    SentenceLayer sents = doc.get(Layers.SENTENCES);
    SpanLayer tokens = doc.get(Layers.TOKENS);
    TagLayer tags = doc.find(Layers.TAGS).orElse(null);
    LemmaLayer lemmas = doc.find(Layers.LEMMAS).orElse(null);
    DependencyLayer deps = doc.find(Layers.DEPENDENCIES).orElse(null);
    if (doc.id() != null) {
      out.write("# newdoc id = " + doc.id() + "\n");
    }
    StringBuilder line = new StringBuilder(128);
    for (int s = 0; s < sents.size(); s++) {
      int first = sents.firstToken(s);
      out.write("# sent_id = " + (doc.id() == null ? "" : doc.id() + "-") + (s + 1) + "\n");
      out.write("# text = " + doc.text(sents.start(s), sents.end(s)).replace('\n', ' ') + "\n");
      for (int t = first; t < sents.endToken(s); t++) {
        line.setLength(0);
        line.append(t - first + 1).append('\t').append(doc.text(tokens.start(t), tokens.end(t)).replace('\t', ' '))
            .append('\t').append(lemmas == null ? "_" : lemmas.lemma(t))
            .append('\t').append(tags == null ? "_" : tags.upos(t))
            .append('\t').append(tags == null ? "_" : tags.xpos(t))
            .append('\t').append(tags == null ? "_" : tags.feats(t))
            .append('\t');
        if (deps == null) {
          line.append("_\t_");
        } else {
          int head = deps.head(t);
          line.append(head < 0 ? 0 : head - first + 1).append('\t').append(deps.relation(t));
        }
        line.append("\t_\t");
        boolean spaceAfter = t + 1 >= tokens.size() || tokens.end(t) < tokens.start(t + 1);
        line.append(spaceAfter ? "_" : "SpaceAfter=No").append('\n');
        out.write(line.toString());
      }
      out.write("\n");
    }
  }
}
