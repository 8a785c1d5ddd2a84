package se.notis.html;

import java.util.List;
import java.util.stream.Collectors;
import se.notis.doc.BlockType;

/**
 * An article read from a web page: its metadata and its body as blocks in reading order.
 *
 * @param title the headline, or null
 * @param date the publication date as {@code YYYY-MM-DD}, or null
 * @param url the canonical URL, or null
 * @param language the language the page declares (ISO 639-1), or null
 * @param blocks the body's subheadings and paragraphs (never null, empty when the page has no article)
 */
public record Article(String title, String date, String url, String language, List<Block> blocks) {

  /** One block of the article body. */
  public record Block(BlockType type, String text) {}

  public Article {
    blocks = List.copyOf(blocks);
  }

  /** True when the page had article text. */
  public boolean hasBody() {
    return !blocks.isEmpty();
  }

  /** The body's blocks joined by blank lines (the title is not part of it). */
  public String bodyText() {
    return blocks.stream().map(Block::text).collect(Collectors.joining("\n\n"));
  }
}
