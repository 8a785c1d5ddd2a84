package se.notis.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Removes the furniture left inside an article's container: link lists, image galleries, forms
 * and embedded "read also" boxes, judged by class hints, link density and the ratio of
 * paragraphs to images, list items and inputs (readability's conditional cleaning).
 */
final class ContentCleaner {
  private ContentCleaner() {}

  static void clean(Element root) {
    List<Element> doomed = new ArrayList<>();
    java.util.Set<Element> doomedSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    ContentFinder.Lengths lengths = new ContentFinder.Lengths(root);
    for (Element el : root.select("div, section, ul, ol, table, figure, form, dl")) {
      if (el == root || isInside(el, doomedSet)) {
        continue;
      }
      if (shouldRemove(el, lengths, lengths.text(root))) {
        doomed.add(el);
        doomedSet.add(el);
      }
    }
    for (Element el : doomed) {
      el.remove();
    }
    for (Element h : root.select("h1, h2, h3, h4, h5, h6")) {
      if (ContentFinder.classWeight(h) < 0 || lengths.linkDensity(h) > 0.33) {
        h.remove();
      }
    }
  }

  private static boolean isInside(Element el, java.util.Set<Element> ancestors) {
    for (Element p = el.parent(); p != null && !ancestors.isEmpty(); p = p.parent()) {
      if (ancestors.contains(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean shouldRemove(Element el, ContentFinder.Lengths lengths, int rootLength) {
    int weight = ContentFinder.classWeight(el);
    String tag = el.normalName();
    boolean list = tag.equals("ul") || tag.equals("ol");
    String quoted = el.select("blockquote").text();
    if (quoted.length() > 50 && quoted.length() >= 0.6 * el.text().length()) {
      // Quoted posts (tweets, Instagram captions) embedded in an article are part of its text.
      return false;
    }
    if (weight < 0) {
      // A negative hint on the element that holds most of the text is a misleading class name.
      return !(lengths.text(el) > 0.5 * rootLength && el.select("p").size() >= 3);
    }
    String text = el.text();
    if (ContentFinder.commas(text) >= 10) {
      return false;
    }
    int p = el.select("p").size();
    int img = el.select("img").size();
    int li = el.select("li").size() - 100;
    int input = el.select("input").size();
    int headings = el.select("h1, h2, h3, h4, h5, h6").size();
    int embeds = el.select("embed, object, iframe").size();
    int len = lengths.text(el);
    double linkDensity = lengths.linkDensity(el);
    if (tag.equals("figure")) {
      return len < 200;
    }
    if (img > 1 && (double) p / img < 0.5 && !list) {
      return true;
    }
    if (!list && li > p) {
      return true;
    }
    if (input > p / 3) {
      return true;
    }
    if (!list && len < 25 && (img == 0 || img > 2) && headings == 0) {
      return true;
    }
    if (weight < 25 && linkDensity > 0.2 && !(list && linkDensity < 0.5 && len > 200)) {
      return true;
    }
    if (weight >= 25 && linkDensity > 0.5) {
      return true;
    }
    return embeds == 1 && len < 75 || embeds > 1;
  }
}
