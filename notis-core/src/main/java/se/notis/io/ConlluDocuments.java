package se.notis.io;

import java.util.ArrayList;
import java.util.List;
import se.notis.doc.BlockLayer;
import se.notis.doc.BlockType;
import se.notis.doc.Document;
import se.notis.doc.Layers;
import se.notis.doc.Metadata;
import se.notis.doc.SentenceLayer;
import se.notis.doc.SpanLayer;
import se.notis.internal.IntArray;

/**
 * Rebuilds raw text from CoNLL-U sentences, as an evaluation of raw-text processing needs it:
 * sentences of a paragraph ({@code # newpar}) joined by a space, paragraphs by a blank line. The
 * returned document carries the gold blocks, tokens and sentences.
 */
public final class ConlluDocuments {
  private ConlluDocuments() {}

  public static Document toDocument(List<ConlluSentence> sentences, String id) {
    StringBuilder text = new StringBuilder();
    IntArray tokenStarts = new IntArray(sentences.size() * 20);
    IntArray tokenEnds = new IntArray(sentences.size() * 20);
    IntArray sentFirst = new IntArray(sentences.size());
    IntArray sentEnd = new IntArray(sentences.size());
    List<int[]> paragraphs = new ArrayList<>();
    boolean anyNewpar = sentences.stream().anyMatch(s -> s.hasComment("newpar") || s.hasComment("newpar id"));
    for (int s = 0; s < sentences.size(); s++) {
      ConlluSentence sent = sentences.get(s);
      boolean newPar = s == 0 || !anyNewpar || sent.hasComment("newpar") || sent.hasComment("newpar id")
          || sent.hasComment("newdoc") || sent.hasComment("newdoc id");
      if (s > 0) {
        text.append(newPar ? "\n\n" : " ");
      }
      if (newPar) {
        paragraphs.add(new int[] {text.length(), text.length()});
      }
      sentFirst.add(tokenStarts.size());
      appendSentence(text, sent, tokenStarts, tokenEnds);
      sentEnd.add(tokenStarts.size());
      paragraphs.get(paragraphs.size() - 1)[1] = text.length();
    }
    Document doc = Document.of(text.toString(), Metadata.ofId(id));
    int[] starts = toCodePoints(doc, tokenStarts);
    int[] ends = toCodePoints(doc, tokenEnds);
    SpanLayer tokens = new SpanLayer(starts, ends);
    int[] blockStarts = new int[paragraphs.size()];
    int[] blockEnds = new int[paragraphs.size()];
    BlockType[] types = new BlockType[paragraphs.size()];
    for (int p = 0; p < paragraphs.size(); p++) {
      blockStarts[p] = doc.codePointIndex(paragraphs.get(p)[0]);
      blockEnds[p] = doc.codePointIndex(paragraphs.get(p)[1]);
      types[p] = BlockType.PARAGRAPH;
    }
    return doc.with(Layers.BLOCKS, new BlockLayer(blockStarts, blockEnds, types))
        .with(Layers.TOKENS, tokens)
        .with(Layers.SENTENCES, new SentenceLayer(sentFirst.toArray(), sentEnd.toArray(), tokens));
  }

  /** Appends the sentence text ({@code # text} when given, else forms joined by SpaceAfter). */
  private static void appendSentence(StringBuilder text, ConlluSentence sent, IntArray starts, IntArray ends) {
    String sentText = sent.comment("text");
    int base = text.length();
    if (sentText == null) {
      for (ConlluSentence.Word word : sent.words()) {
        starts.add(text.length());
        text.append(word.form());
        ends.add(text.length());
        if (word.spaceAfter()) {
          text.append(' ');
        }
      }
      while (text.length() > base && text.charAt(text.length() - 1) == ' ') {
        text.setLength(text.length() - 1);
      }
      return;
    }
    text.append(sentText);
    int at = 0;
    for (ConlluSentence.Word word : sent.words()) {
      int found = sentText.indexOf(word.form(), at);
      if (found < 0) {
        found = at;
        while (found < sentText.length() && Character.isWhitespace(sentText.charAt(found))) {
          found++;
        }
        int end = Math.min(sentText.length(), found + word.form().length());
        starts.add(base + found);
        ends.add(base + Math.max(found, end));
        at = end;
      } else {
        starts.add(base + found);
        ends.add(base + found + word.form().length());
        at = found + word.form().length();
      }
    }
  }

  private static int[] toCodePoints(Document doc, IntArray chars) {
    int[] out = new int[chars.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = doc.codePointIndex(chars.get(i));
    }
    return out;
  }
}
