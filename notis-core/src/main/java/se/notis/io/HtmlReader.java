package se.notis.io;

import java.util.ArrayList;
import java.util.List;
import se.notis.doc.BlockLayer;
import se.notis.doc.BlockType;
import se.notis.doc.Document;
import se.notis.doc.Layers;
import se.notis.doc.Metadata;
import se.notis.html.Article;
import se.notis.html.ArticleExtractor;

/**
 * Reads a web page as a document: the article's title as the first block, then its subheadings
 * and paragraphs, blocks separated by blank lines, with the page's title, publication date,
 * canonical URL and declared language as metadata (see {@link ArticleExtractor}).
 */
public final class HtmlReader {
  private HtmlReader() {}

  /** Reads a page; fails when it holds no article text. */
  public static Document read(String html, String id) throws BadInputException {
    return read(html, id, null);
  }

  /**
   * @param baseUrl the page's address, or null
   */
  public static Document read(String html, String id, String baseUrl) throws BadInputException {
    Article article = ArticleExtractor.extract(html, baseUrl);
    if (!article.hasBody()) {
      throw new BadInputException("no article text in the HTML page");
    }
    return toDocument(article, id);
  }

  /** The document of an extracted article (title block first, when there is a title). */
  public static Document toDocument(Article article, String id) {
    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    List<BlockType> types = new ArrayList<>();
    String title = article.title() == null ? null : article.title().strip();
    if (title != null && !title.isEmpty()) {
      add(text, spans, types, title.replaceAll("\\s+", " "), BlockType.TITLE);
    }
    for (Article.Block block : article.blocks()) {
      add(text, spans, types, block.text(), block.type());
    }
    Metadata meta = new Metadata(id, title == null || title.isEmpty() ? null : title, article.date(), null,
        article.url(), article.language());
    Document doc = Document.of(text.toString(), meta);
    int[] starts = new int[spans.size()];
    int[] ends = new int[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      starts[i] = doc.codePointIndex(spans.get(i)[0]);
      ends[i] = doc.codePointIndex(spans.get(i)[1]);
    }
    return doc.with(Layers.BLOCKS, new BlockLayer(starts, ends, types.toArray(new BlockType[0])));
  }

  private static void add(StringBuilder text, List<int[]> spans, List<BlockType> types, String block, BlockType type) {
    if (text.length() > 0) {
      text.append("\n\n");
    }
    spans.add(new int[] {text.length(), text.length() + block.length()});
    types.add(type);
    text.append(block);
  }
}
