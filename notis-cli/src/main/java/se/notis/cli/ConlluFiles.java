package se.notis.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.notis.io.ConlluSentence;

/** Writes CoNLL-U sentences as read, ten columns per word. */
final class ConlluFiles {
  private ConlluFiles() {}

  static void write(List<ConlluSentence> sentences, Path path) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      for (ConlluSentence sent : sentences) {
        for (String comment : sent.comments()) {
          out.write(comment);
          out.write('\n');
        }
        for (ConlluSentence.Word w : sent.words()) {
          out.write(w.id() + "\t" + w.form() + "\t" + w.lemma() + "\t" + w.upos() + "\t" + w.xpos() + "\t"
              + w.feats() + "\t" + w.head() + "\t" + w.deprel() + "\t" + w.deps() + "\t" + w.misc() + "\n");
        }
        out.write('\n');
      }
    }
  }
}
