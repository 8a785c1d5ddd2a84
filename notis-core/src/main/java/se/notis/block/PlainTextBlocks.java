package se.notis.block;

import java.util.ArrayList;
import java.util.List;
import se.notis.doc.BlockType;

/**
 * Finds the blocks of plain text: every non-empty line is a block, except that a hard-wrapped
 * paragraph (a long line not ending a sentence, followed by a line starting in lower case) stays
 * one block. A short line without final punctuation is a heading: the title when it opens a
 * document that goes on, a subheading between paragraphs. The first paragraph of an article
 * with several is its lead.
 */
final class PlainTextBlocks {
  private static final int MAX_HEADING_CHARS = 100;
  private static final int MAX_HEADING_WORDS = 14;
  private static final int MIN_WRAPPED_LINE = 50;

  /** A block as char offsets into the text. */
  record Found(int start, int end, BlockType type) {}

  private PlainTextBlocks() {}

  static List<Found> find(String text) {
    List<int[]> spans = lines(text);
    List<Found> blocks = new ArrayList<>(spans.size());
    boolean seenParagraph = false;
    for (int b = 0; b < spans.size(); b++) {
      int start = spans.get(b)[0];
      int end = spans.get(b)[1];
      boolean last = b == spans.size() - 1;
      BlockType type = BlockType.PARAGRAPH;
      if (!last && isHeading(text, start, end)) {
        type = b == 0 ? BlockType.TITLE : BlockType.SUBHEADING;
      } else if (!seenParagraph && spans.size() > 2) {
        type = BlockType.LEAD;
      }
      if (type == BlockType.PARAGRAPH || type == BlockType.LEAD) {
        seenParagraph = true;
      }
      blocks.add(new Found(start, end, type));
    }
    return blocks;
  }

  /** Trimmed non-empty lines, with hard-wrapped continuation lines joined to their paragraph. */
  private static List<int[]> lines(String text) {
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    int n = text.length();
    boolean previousWrapped = false;
    while (i < n) {
      int lineEnd = i;
      while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      int start = i;
      int end = lineEnd;
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (start < end) {
        if (previousWrapped && Character.isLowerCase(text.charAt(start))) {
          spans.get(spans.size() - 1)[1] = end;
        } else {
          spans.add(new int[] {start, end});
        }
        previousWrapped = end - start >= MIN_WRAPPED_LINE && !endsSentence(text.charAt(end - 1));
      } else {
        previousWrapped = false;
      }
      i = lineEnd < n && text.charAt(lineEnd) == '\r' && lineEnd + 1 < n && text.charAt(lineEnd + 1) == '\n'
          ? lineEnd + 2 : lineEnd + 1;
    }
    return spans;
  }

  static boolean isHeading(String text, int start, int end) {
    if (end - start > MAX_HEADING_CHARS) {
      return false;
    }
    char first = text.charAt(start);
    if (first == '-' || first == '\u2013' || first == '\u2014' || first == '•' || first == '*') {
      return false;
    }
    int last = end - 1;
    while (last > start && isClosingQuote(text.charAt(last))) {
      last--;
    }
    char c = text.charAt(last);
    if (".!?:;,…".indexOf(c) >= 0) {
      return false;
    }
    int words = 1;
    boolean letters = false;
    for (int i = start; i < end; i++) {
      char ch = text.charAt(i);
      if (ch == ' ') {
        words++;
      }
      letters |= Character.isLetter(ch);
    }
    return letters && words <= MAX_HEADING_WORDS;
  }

  private static boolean endsSentence(char c) {
    return ".!?:;\"”»)".indexOf(c) >= 0;
  }

  private static boolean isClosingQuote(char c) {
    return c == '”' || c == '"' || c == '»' || c == '\'' || c == '’';
  }
}
