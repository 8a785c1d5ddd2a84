package se.notis.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import se.notis.doc.BlockType;

/**
 * Reads the article of a web page: metadata from the head and JSON-LD, and the body text without
 * navigation, comments, related links, bylines or other boilerplate. Works for pages in any
 * language; thread-safe and stateless.
 */
public final class ArticleExtractor {
  /** Short lines that are page furniture wherever they stand. */
  private static final Pattern BOILERPLATE = Pattern.compile(
      "(?i)^(advertisement|annons|ad|sponsored|read more|läs mer|läs också|related( articles| stories)?:?"
          + "|share( this( article| story)?)?|dela|follow us.*|sign up.*|subscribe.*|click here.*|loading\\.*"
          + "|comments?|\\d+ comments?|image( source| caption)?:.*|photo:.*|foto:.*|bild:.*|credit:.*"
          + "|getty images|©.*|copyright.*|all rights reserved.*|skip to .*|back to top|top|more on this.*"
          + "|see also:?|also read:?|recommended:?|trending:?|tags?:.*|topics?:.*|filed under:?.*"
          + "|published:?.*|updated:?.*|posted:?.*|by [\\p{L}.' -]{2,60}|av [\\p{L}.' -]{2,60}"
          + "|(\\d+ )?min(ute)? read|print|email|e-post|facebook|twitter|linkedin|whatsapp"
          + "|publicerad:?.*|uppdaterad:?.*|publisert:?.*|oppdatert:?.*|udgivet:?.*|opdateret:?.*|annons"
          + "|kommentera|kommentarer|prenumerera.*|nyhetsbrev.*|tipsa oss.*|dela( artikeln)?|kopiera länk(en)?"
          + "|lyssna på artikeln.*|\\d+ min(uters)? läsning|text:.*|foto:.*|grafik:.*|tt|tt nyhetsbyrån)$");
  private static final int MIN_BODY = 80;
  /** Sentences that only page furniture contains: script notices, rights notices, CMS shortcodes. */
  private static final Pattern FURNITURE = Pattern.compile(
      "(?i)(requires|enable) javascript|subject to copyright|all rights reserved|alla rättigheter förbehållna"
          + "|^citation:|\\[(\\w+)[^\\]]*\\].*\\[/\\1\\]");
  /** Openings of "read also" links in the languages notis meets most. */
  private static final Pattern READ_MORE = Pattern.compile(
      "(?iu)^\\W*(läs (mer|också|även)|se även|mer om|relaterat|read (more|also|next)|see also|also read|more on"
          + "|related|recommended|les også|læs (også|mere)|watch|listen|lyssna|se klippet|click here)\\b");
  private static final int MAX_DEPTH = 200;
  /** "By Anna Andersson, Jan Berg on Monday, November 18th, 2019 at 11:08 a.m." and the like. */
  private static final Pattern BYLINE = Pattern.compile(
      "^(?i:by|av|von|par|door|por|di|af|text:?|foto:?)\\s+\\p{Lu}[^!?]*$");

  private ArticleExtractor() {}

  /**
   * Extracts the article of a page.
   *
   * @param html the page's markup
   * @param baseUrl the page's address (resolves relative links; the fallback URL), or null
   * @return the article; its block list is empty when the page has no article text
   */
  public static Article extract(String html, String baseUrl) {
    Document page = parse(html, baseUrl);
    PageMetadata meta = PageMetadata.read(page, baseUrl);
    List<Article.Block> blocks = body(page, meta, true);
    if (length(blocks) < 2 * MIN_BODY) {
      List<Article.Block> retry = body(parse(html, baseUrl), meta, false);
      if (length(retry) > 2 * length(blocks)) {
        blocks = retry;
      }
    }
    if (length(blocks) < 20) {
      blocks = List.of();
    }
    return new Article(meta.title, meta.date, meta.url, meta.language, blocks);
  }

  /** Parses a page, flattening nesting deeper than any real page has (it would cost quadratic time). */
  private static Document parse(String html, String baseUrl) {
    Document page = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    List<Element> deep = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (depth > MAX_DEPTH && node instanceof Element el) {
        deep.add(el);
      }
    }, page);
    for (int i = deep.size() - 1; i >= 0; i--) {
      deep.get(i).unwrap();
    }
    return page;
  }

  private static List<Article.Block> body(Document page, PageMetadata meta, boolean byClass) {
    Element body = page.body();
    if (body == null) {
      return List.of();
    }
    ContentFinder.prune(body, byClass);
    List<Element> roots = ContentFinder.find(body, meta.jsonLdBody);
    if (roots.isEmpty()) {
      return List.of();
    }
    for (Element root : roots) {
      ContentCleaner.clean(root);
    }
    List<Article.Block> blocks = new ArrayList<>();
    String title = meta.title == null ? "" : ContentFinder.normalise(meta.title);
    for (BlockCollector.RawBlock raw : BlockCollector.collect(roots)) {
      if (keep(raw, blocks.isEmpty(), title)) {
        blocks.add(new Article.Block(raw.type(), raw.text()));
      }
    }
    trimTail(blocks);
    return blocks;
  }

  private static boolean keep(BlockCollector.RawBlock raw, boolean first, String title) {
    String text = raw.text();
    int len = text.length();
    if (len < 160 && BOILERPLATE.matcher(text.strip()).matches()) {
      return false;
    }
    if (len < 400 && FURNITURE.matcher(text).find()) {
      return false;
    }
    if (len < 120 && BYLINE.matcher(text).matches() && (!text.endsWith(".") || text.endsWith(".m."))) {
      return false;
    }
    if (raw.linkDensity() > 0.3 && len < 300 && READ_MORE.matcher(text).find()) {
      return false;
    }
    // A paragraph that is one link ("Get it at …") is often content; a list item or div of links is not.
    if (raw.linkDensity() > 0.5 && (len < 300 || raw.linkDensity() > 0.8) && !raw.tag().equals("p")) {
      return false;
    }
    if (raw.type() == BlockType.SUBHEADING && raw.linkDensity() > 0.33) {
      return false;
    }
    if (!title.isEmpty() && len < 400 && ContentFinder.normalise(text).equals(title)) {
      return false;
    }
    return raw.type() == BlockType.SUBHEADING || !isDateLine(text);
  }

  private static final Pattern DATE_LINE = Pattern.compile(
      "(?i)^[\\p{L} ,.]{0,20}\\d{1,4}[ ./-][\\p{L}\\d]{1,9}[ ./-]\\d{2,4}([ ,T]+\\d{1,2}[:.]\\d{2}.*)?$");

  private static final Pattern YEAR_AND_TIME = Pattern.compile(
      "\\b(19|20)\\d{2}\\b.*\\b\\d{1,2}[:.h]\\d{2}\\b|\\b\\d{1,2}[:.h]\\d{2}\\b.*\\b(19|20)\\d{2}\\b");

  /** A line that is only a date (and time): the dateline or timestamp of the article. */
  private static boolean isDateLine(String text) {
    if (text.length() < 50 && DATE_LINE.matcher(text).matches()) {
      return true;
    }
    return text.length() < 70 && text.split("\\s+").length <= 9 && YEAR_AND_TIME.matcher(text).find()
        && !text.endsWith(".");
  }

  /** Drops trailing short non-sentences (credits, "Tags", sign-offs) after the last paragraph. */
  private static void trimTail(List<Article.Block> blocks) {
    while (blocks.size() > 1) {
      Article.Block last = blocks.get(blocks.size() - 1);
      String t = last.text().strip();
      boolean sentence = t.length() > 60 || t.matches("(?s).*[.!?:;”\"»)。！？]$");
      if (last.type() == BlockType.SUBHEADING || !sentence && t.length() < 40) {
        blocks.remove(blocks.size() - 1);
      } else {
        break;
      }
    }
  }

  private static int length(List<Article.Block> blocks) {
    int n = 0;
    for (Article.Block block : blocks) {
      n += block.text().length();
    }
    return n;
  }
}
