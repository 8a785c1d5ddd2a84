package se.notis.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import se.notis.doc.BlockType;

/**
 * Turns a subtree of a page into text blocks the way a browser lays it out: every block-level
 * element starts a new block, {@code <br>} breaks a line within one, white space collapses, and
 * each block remembers how much of its text is link text (navigation and "related" lists are).
 */
final class BlockCollector {
  static final Set<String> BLOCK_TAGS = Set.of(
      "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
      "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
      "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p",
      "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul",
      "caption", "noscript", "option", "legend", "output", "picture", "video", "audio");

  /** A block of text with the features the filters look at. */
  record RawBlock(String text, BlockType type, int linkChars, String tag) {
    double linkDensity() {
      return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }
  }

  /** Class names of an article's lead (ingress, standfirst) in the languages notis meets. */
  private static final java.util.regex.Pattern LEAD = java.util.regex.Pattern.compile(
      "(?i)\\b(lead|ingress|preamble|standfirst|dek|deck|summary|intro|article-?lead|lede)\\b");

  private final List<RawBlock> blocks = new ArrayList<>();
  private int leadDepth;
  private final StringBuilder current = new StringBuilder();
  private int linkChars;
  private int linkDepth;
  private int headingDepth;
  private int preDepth;
  private String blockTag = "div";

  private BlockCollector() {}

  /** The blocks of the given elements, in order. */
  static List<RawBlock> collect(List<Element> roots) {
    BlockCollector collector = new BlockCollector();
    for (Element root : roots) {
      collector.walk(root);
      collector.flush();
    }
    return collector.blocks;
  }

  private void walk(Node node) {
    if (node instanceof TextNode textNode) {
      append(textNode.getWholeText());
      return;
    }
    if (!(node instanceof Element el)) {
      return;
    }
    String tag = el.normalName();
    if (tag.equals("br")) {
      newline();
      return;
    }
    if (tag.equals("td") || tag.equals("th")) {
      // Cells of a row read as one line.
      append(" ");
    }
    boolean block = BLOCK_TAGS.contains(tag);
    boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    if (block) {
      flush();
      blockTag = tag;
    }
    boolean link = tag.equals("a");
    if (link) {
      linkDepth++;
    }
    if (heading) {
      headingDepth++;
    }
    boolean lead = block && !heading && LEAD.matcher(el.className()).find();
    if (lead) {
      leadDepth++;
    }
    if (tag.equals("pre")) {
      preDepth++;
    }
    for (Node child : el.childNodes()) {
      walk(child);
    }
    if (link) {
      linkDepth--;
    }
    if (tag.equals("pre")) {
      preDepth--;
    }
    if (block) {
      flush();
    }
    if (heading) {
      headingDepth--;
    }
    if (lead) {
      leadDepth--;
    }
  }

  private void append(String raw) {
    int before = current.length();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (preDepth > 0 && c == '\n') {
        newline();
        continue;
      }
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
        if (c == '\u200b') {
          continue;
        }
        int len = current.length();
        if (len > 0 && current.charAt(len - 1) != ' ' && current.charAt(len - 1) != '\n') {
          current.append(' ');
        }
      } else {
        current.append(c);
      }
    }
    if (linkDepth > 0) {
      linkChars += current.length() - before;
    }
  }

  private void newline() {
    int len = current.length();
    if (len > 0 && current.charAt(len - 1) == ' ') {
      current.setLength(len - 1);
    }
    if (current.length() > 0 && current.charAt(current.length() - 1) != '\n') {
      current.append('\n');
    }
  }

  private void flush() {
    String text = current.toString().strip().replaceAll(" *\n *", "\n").replaceAll("\n{2,}", "\n");
    if (!text.isEmpty()) {
      BlockType type = headingDepth > 0 ? BlockType.SUBHEADING
          : leadDepth > 0 && blocks.size() < 3 ? BlockType.LEAD : BlockType.PARAGRAPH;
      blocks.add(new RawBlock(text, type, Math.min(linkChars, text.length()), blockTag.toLowerCase(Locale.ROOT)));
    }
    current.setLength(0);
    linkChars = 0;
  }
}
