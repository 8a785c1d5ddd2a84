package se.notis.io;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import se.notis.doc.BlockLayer;
import se.notis.doc.BlockType;
import se.notis.doc.Document;
import se.notis.doc.Layers;
import se.notis.doc.Metadata;

/** Reads an HTML page as a document: its title and the text of its headings and paragraphs. */
public final class HtmlReader {
  private HtmlReader() {}

  public static Document read(String html, String id) throws BadInputException {
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    List<BlockType> types = new ArrayList<>();
    for (Element el : page.body().select("h1, h2, h3, h4, p, li")) {
      String blockText = el.text().strip();
      if (blockText.isEmpty() || !el.select("p, li").isEmpty() && !el.is("p")) {
        continue;
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      spans.add(new int[] {text.length(), text.length() + blockText.length()});
      types.add(el.tagName().startsWith("h") ? BlockType.SUBHEADING : BlockType.PARAGRAPH);
      text.append(blockText);
    }
    if (text.length() == 0) {
      throw new BadInputException("no article text in the HTML page");
    }
    String title = page.title().isBlank() ? null : page.title().strip();
    Document doc = Document.of(text.toString(), Metadata.ofId(id).withTitle(title));
    int[] starts = new int[spans.size()];
    int[] ends = new int[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      starts[i] = doc.codePointIndex(spans.get(i)[0]);
      ends[i] = doc.codePointIndex(spans.get(i)[1]);
    }
    return doc.with(Layers.BLOCKS, new BlockLayer(starts, ends, types.toArray(new BlockType[0])));
  }
}
