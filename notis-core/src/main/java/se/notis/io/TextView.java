package se.notis.io;

import java.io.IOException;
import java.io.Writer;
import se.notis.doc.Block;
import se.notis.doc.Document;
import se.notis.doc.Entity;
import se.notis.doc.Layers;
import se.notis.doc.Quantity;
import se.notis.doc.Quote;
import se.notis.doc.Sentence;
import se.notis.doc.TimeExpression;
import se.notis.doc.Token;

/** Writes a document's analysis for people to read in a terminal. */
public final class TextView {
  private TextView() {}

  public static void write(Document doc, Writer out) throws IOException {
    out.write("== " + doc.id() + (doc.meta().date() == null ? "" : "  (" + doc.meta().date() + ")")
        + (doc.meta().language() == null ? "" : "  [" + doc.meta().language() + "]") + "\n");
    if (doc.meta().title() != null) {
      out.write("title: " + doc.meta().title() + "\n");
    }
    if (doc.has(Layers.SENTENCES)) {
      writeSentences(doc, out);
    } else if (doc.has(Layers.BLOCKS)) {
      for (Block block : doc.blocks()) {
        out.write("[" + block.type().label() + "] " + block.text() + "\n");
      }
    }
    if (doc.has(Layers.ENTITIES)) {
      out.write("entities:\n");
      for (Entity ent : doc.entities()) {
        out.write("  " + ent.type() + "\t" + doc.text(ent.start(), ent.end())
            + (ent.canonical().equals(doc.text(ent.start(), ent.end())) ? "" : "  → " + ent.canonical()) + "\n");
      }
    }
    if (doc.has(Layers.QUOTES)) {
      out.write("quotes:\n");
      for (Quote quote : doc.quotes()) {
        out.write("  " + (quote.speaker() == null ? "?" : quote.speaker().canonical()) + " — «"
            + doc.text(quote.start(), quote.end()) + "»"
            + (quote.cue() == null ? "" : " (" + doc.text(quote.cue().start(), quote.cue().end()) + ")") + "\n");
      }
    }
    if (doc.has(Layers.TIMEX)) {
      out.write("time:\n");
      for (TimeExpression timex : doc.timexes()) {
        out.write("  " + doc.text(timex.start(), timex.end()) + "\t" + timex.type() + "\t" + timex.value() + "\n");
      }
    }
    if (doc.has(Layers.QUANTITIES)) {
      out.write("quantities:\n");
      for (Quantity quantity : doc.quantities()) {
        out.write("  " + doc.text(quantity.start(), quantity.end()) + "\tvalue=" + quantity.value()
            + " lower=" + quantity.lower() + " upper=" + quantity.upper() + " unit=" + quantity.unit()
            + " kind=" + quantity.kind() + (quantity.approximate() ? " approximate" : "") + "\n");
      }
    }
    out.write("\n");
  }

  private static void writeSentences(Document doc, Writer out) throws IOException {
    boolean tags = doc.has(Layers.TAGS);
    boolean lemmas = doc.has(Layers.LEMMAS);
    for (Sentence sent : doc.sentences()) {
      out.write("  " + (sent.index() + 1) + ": ");
      for (Token token : sent.tokens()) {
        out.write(token.text());
        if (tags) {
          out.write("/" + token.upos());
        }
        if (lemmas && !token.lemma().equals(token.text())) {
          out.write("(" + token.lemma() + ")");
        }
        out.write(" ");
      }
      out.write("\n");
    }
  }
}
