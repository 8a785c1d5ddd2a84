package se.notis.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds the element that holds a page's article, readability-style. Paragraph-like runs of text
 * score by their length and commas; each score flows to the paragraph's ancestors with decay; a
 * container's score is damped by its link density and shifted by class and id hints. The best
 * container and those of its siblings that look like more of the same are the article.
 */
final class ContentFinder {
  static final Pattern UNLIKELY = Pattern.compile(
      "-ad-|^ad-|\\bads?\\b|adsense|advert|agegate|banner|breadcrumb|combx|comment|community|cookie"
          + "|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|modal|more-stories|\\bnav|newsletter"
          + "|outbrain|pager|pagination|popup|promo|recirc|related|remark|replies|rss|share|sharing"
          + "|shoutbox|sidebar|skyscraper|social|sponsor|subscribe|supplemental|taboola|toolbar"
          + "|yom-remote|signup|paywall|most-?popular|trending|recommend|byline|author-?bio");
  static final Pattern MAYBE = Pattern.compile(
      "and|article|body|column|content|main|mathjax|shadow|story|entry|post-?text|text");
  static final Pattern STRONG_NEGATIVE = Pattern.compile(
      "comment|disqus|outbrain|taboola|related|recirc|newsletter|most-?popular|share-?(?:bar|tools|buttons)"
          + "|cookie|sidebar|recommend");
  static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story");
  static final Pattern NEGATIVE = Pattern.compile(
      "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote"
          + "|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper"
          + "|sponsor|shopping|tags|tool|widget|byline|author|dateline|caption|newsletter|subscribe");
  static final Set<String> ALWAYS_REMOVE = Set.of(
      "script", "style", "noscript", "iframe", "svg", "canvas", "button", "input", "select",
      "textarea", "template", "object", "embed", "nav", "aside", "footer", "figcaption", "link",
      "meta", "dialog", "menu", "label", "audio", "video", "map", "math");
  static final Set<String> ROLES_REMOVE = Set.of(
      "navigation", "complementary", "banner", "contentinfo", "dialog", "menu", "menubar", "alert",
      "search", "toolbar", "alertdialog", "tooltip");

  private ContentFinder() {}

  /** Removes what is never article content; {@code byClass} also removes by class and id hints. */
  static void prune(Element body, boolean byClass) {
    List<Element> doomed = new ArrayList<>();
    Set<Element> keep = byClass ? ancestorsOf(body.select(
        "article, main, [itemprop=articleBody], h1, blockquote")) : Set.of();
    Lengths lengths = byClass ? new Lengths(body) : null;
    int bodyLength = byClass ? lengths.text(body) : 0;
    for (Element el : body.getAllElements()) {
      if (el == body) {
        continue;
      }
      String tag = el.normalName();
      if (ALWAYS_REMOVE.contains(tag) || isHidden(el)
          || ROLES_REMOVE.contains(el.attr("role").toLowerCase(Locale.ROOT))) {
        doomed.add(el);
        continue;
      }
      if (tag.equals("header") && el.select("p").size() < 3 && el.closest("article") == null) {
        doomed.add(el);
        continue;
      }
      if (!byClass || tag.equals("a") || tag.equals("html")) {
        continue;
      }
      String hints = hints(el);
      if (hints.isEmpty() || keep.contains(el)) {
        continue;
      }
      if (STRONG_NEGATIVE.matcher(hints).find() && !holdsMostText(el, lengths, bodyLength)
          || UNLIKELY.matcher(hints).find() && !MAYBE.matcher(hints).find() && !insideTable(el)) {
        doomed.add(el);
      }
    }
    for (Element el : doomed) {
      el.remove();
    }
  }

  private static boolean isHidden(Element el) {
    if (el.hasAttr("hidden")) {
      return true;
    }
    String style = el.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (s.contains("display:none") || s.contains("visibility:hidden")) {
        return true;
      }
    }
    return "true".equals(el.attr("aria-hidden")) && el.select("p").isEmpty();
  }

  /**
   * True for an element with most of the page's text in paragraphs: a class like "has-comments"
   * on the article's own container must not remove the article.
   */
  private static boolean holdsMostText(Element el, Lengths lengths, int bodyLength) {
    return lengths.text(el) > 0.5 * bodyLength && lengths.linkDensity(el) < 0.2
        && el.getElementsByTag("p").size() >= 5;
  }

  /** The elements and all their ancestors: containers that must survive pruning by class. */
  private static Set<Element> ancestorsOf(List<Element> elements) {
    Set<Element> set = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element el : elements) {
      for (Element a = el; a != null && set.add(a); a = a.parent()) {
        // Walks up until it meets an ancestor already marked.
      }
    }
    return set;
  }

  private static boolean insideTable(Element el) {
    for (Element p = el.parent(); p != null; p = p.parent()) {
      if (p.normalName().equals("table")) {
        return true;
      }
    }
    return false;
  }

  /** Class and id in lower case, for the hint patterns. */
  static String hints(Element el) {
    String cls = el.className();
    String id = el.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return "";
    }
    return (cls + " " + id).toLowerCase(Locale.ROOT);
  }

  static int classWeight(Element el) {
    int weight = 0;
    String cls = el.className().toLowerCase(Locale.ROOT);
    String id = el.id().toLowerCase(Locale.ROOT);
    if (!cls.isEmpty()) {
      weight += NEGATIVE.matcher(cls).find() ? -25 : 0;
      weight += POSITIVE.matcher(cls).find() ? 25 : 0;
    }
    if (!id.isEmpty()) {
      weight += NEGATIVE.matcher(id).find() ? -25 : 0;
      weight += POSITIVE.matcher(id).find() ? 25 : 0;
    }
    if (el.attr("itemprop").equalsIgnoreCase("articleBody")) {
      weight += 50;
    }
    return weight;
  }

  /** Text and link-text lengths of every element, computed in one pass. */
  static final class Lengths {
    final Map<Element, int[]> lengths = new IdentityHashMap<>();

    Lengths(Element root) {
      measure(root, false);
    }

    private int[] measure(Element el, boolean inLink) {
      int text = 0;
      int link = 0;
      boolean isLink = inLink || el.normalName().equals("a");
      for (Node child : el.childNodes()) {
        if (child instanceof TextNode t) {
          int n = nonSpace(t.getWholeText());
          text += n;
          if (isLink) {
            link += n;
          }
        } else if (child instanceof Element c) {
          int[] sub = measure(c, isLink);
          text += sub[0];
          link += sub[1];
        }
      }
      int[] result = {text, link};
      lengths.put(el, result);
      return result;
    }

    int text(Element el) {
      int[] l = lengths.get(el);
      return l == null ? nonSpace(el.text()) : l[0];
    }

    double linkDensity(Element el) {
      int[] l = lengths.get(el);
      return l == null || l[0] == 0 ? 0 : (double) l[1] / l[0];
    }
  }

  static int nonSpace(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00a0') {
        n++;
      }
    }
    return n;
  }

  /** The containers of the article, in page order, or an empty list when nothing looks like one. */
  static List<Element> find(Element body, String jsonLdBody) {
    Lengths lengths = new Lengths(body);
    Map<Element, Double> scores = new IdentityHashMap<>();
    Map<Element, Integer> good = new IdentityHashMap<>();
    String ld = jsonLdBody == null || jsonLdBody.length() < 300 ? null : normalise(jsonLdBody);
    for (Element el : body.getAllElements()) {
      String tag = el.normalName();
      boolean paragraph = tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote");
      String text;
      Element first;
      if (paragraph) {
        text = el.text();
        first = el.parent();
      } else if (tag.equals("div") || tag.equals("section") || tag.equals("article") || tag.equals("body")
          || tag.equals("span")
          && el.parent() != null && el.parent().normalName().equals("div")) {
        text = ownInlineText(el);
        first = el;
      } else {
        continue;
      }
      if (first == null || text.length() < 25) {
        continue;
      }
      double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
      if (lengths.linkDensity(el) < 0.3 && (paragraph || text.length() >= 80)) {
        for (Element a = first; a != null; a = a.parent()) {
          good.merge(a, text.length(), Integer::sum);
        }
      }
      if (ld != null && text.length() >= 40 && ld.contains(normalise(text.substring(0, Math.min(120, text.length()))))) {
        score *= 3;
      }
      Element ancestor = first;
      for (int level = 0; ancestor != null && level < 5; level++) {
        if (ancestor.normalName().equals("html")) {
          break;
        }
        double share = score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
        Double old = scores.get(ancestor);
        scores.put(ancestor, (old == null ? initialScore(ancestor) : old) + share);
        ancestor = ancestor.parent();
      }
    }
    Element top = null;
    double topScore = 0;
    Map<Element, Double> finalScores = new IdentityHashMap<>();
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = e.getValue() * (1 - lengths.linkDensity(e.getKey()));
      finalScores.put(e.getKey(), s);
      if (s > topScore) {
        topScore = s;
        top = e.getKey();
      }
    }
    if (top == null) {
      return List.of();
    }
    top = climb(top, topScore, finalScores);
    topScore = finalScores.getOrDefault(top, topScore);
    top = expand(top, good, lengths);
    return withSiblings(top, topScore, finalScores, lengths);
  }

  /** Moves up when several strong candidates share an ancestor or the top is an only child. */
  private static Element climb(Element top, double topScore, Map<Element, Double> scores) {
    List<Element> strong = new ArrayList<>();
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (e.getKey() != top && e.getValue() >= 0.75 * topScore && !isAncestor(e.getKey(), top)
          && !isAncestor(top, e.getKey())) {
        strong.add(e.getKey());
      }
    }
    if (strong.size() >= 2) {
      for (Element parent = top.parent(); parent != null && !parent.normalName().equals("body"); parent = parent.parent()) {
        int inside = 0;
        for (Element s : strong) {
          if (isAncestor(parent, s)) {
            inside++;
          }
        }
        if (inside >= 2) {
          top = parent;
          break;
        }
      }
    }
    while (top.parent() != null && !top.parent().normalName().equals("body")
        && !top.parent().normalName().equals("html") && top.parent().children().size() == 1) {
      top = top.parent();
    }
    return top;
  }

  /**
   * Moves up while the parent adds substantial paragraph text and little else: an article split
   * into sections by figures or embeds is one article.
   */
  private static Element expand(Element top, Map<Element, Integer> good, Lengths lengths) {
    while (top.parent() != null && !top.parent().normalName().equals("body")
        && !top.parent().normalName().equals("html")) {
      Element parent = top.parent();
      int goodTop = good.getOrDefault(top, 0);
      int gain = good.getOrDefault(parent, 0) - goodTop;
      int extra = lengths.text(parent) - lengths.text(top);
      int extraLinks = (int) (lengths.linkDensity(parent) * lengths.text(parent) - lengths.linkDensity(top) * lengths.text(top));
      if (gain >= 0.1 * goodTop && gain >= 100 && extraLinks < 0.25 * gain && extra < 1.5 * gain) {
        top = parent;
      } else {
        break;
      }
    }
    return top;
  }

  private static boolean isAncestor(Element ancestor, Element el) {
    for (Element p = el.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static List<Element> withSiblings(Element top, double topScore, Map<Element, Double> scores, Lengths lengths) {
    Element parent = top.parent();
    if (parent == null || top.normalName().equals("body")) {
      return List.of(top);
    }
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> chosen = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        chosen.add(sibling);
        continue;
      }
      double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? topScore * 0.2 : 0;
      Double score = scores.get(sibling);
      if (score != null && score + bonus >= threshold) {
        chosen.add(sibling);
        continue;
      }
      if (sibling.normalName().equals("p")) {
        int len = lengths.text(sibling);
        double density = lengths.linkDensity(sibling);
        String text = sibling.text();
        if (len > 80 && density < 0.25 || len > 0 && len <= 80 && density == 0 && text.matches("(?s).*\\.( .*|$)")) {
          chosen.add(sibling);
        }
      }
    }
    return chosen;
  }

  private static double initialScore(Element el) {
    double base = switch (el.normalName()) {
      case "div", "article", "section", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return base + classWeight(el);
  }

  /** The text of an element's text nodes and inline children (not of its block children). */
  static String ownInlineText(Element el) {
    StringBuilder out = new StringBuilder();
    for (Node child : el.childNodes()) {
      if (child instanceof TextNode t) {
        out.append(t.text());
      } else if (child instanceof Element c && !BlockCollector.BLOCK_TAGS.contains(c.normalName())) {
        Elements blocks = c.select("p, div, li, h1, h2, h3, h4, h5, h6, table, ul, ol");
        if (blocks.isEmpty()) {
          out.append(' ').append(c.text()).append(' ');
        }
      }
    }
    return out.toString().strip();
  }

  static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') {
        n++;
      }
    }
    return n;
  }

  /** Letters and digits only, lower case: for matching text against JSON-LD articleBody. */
  static String normalise(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }
}
