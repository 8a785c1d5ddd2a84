package se.notis.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's metadata from its head: title, publication date, canonical URL and declared language,
 * from Open Graph and article meta tags, microdata, {@code <time datetime>} and JSON-LD. Also
 * keeps the JSON-LD {@code articleBody}, which the content finder uses as a hint.
 */
final class PageMetadata {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
  private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
  private static final Pattern TEXT_DATE = Pattern.compile(
      "(?i)\\b(\\d{1,2})\\.?\\s+([a-zé]{3,9})\\.?,?\\s+(\\d{4})\\b|\\b([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern URL_DATE = Pattern.compile("/(20\\d{2}|19\\d{2})/(\\d{1,2})/(\\d{1,2})/");
  private static final Pattern LANG = Pattern.compile("^([a-zA-Z]{2,3})(?:[-_].*)?$");
  private static final String[] DATE_META = {
    "article:published_time", "og:published_time", "og:article:published_time", "datePublished",
    "article.published", "pubdate", "publishdate", "publish-date", "publish_date", "published_time",
    "date", "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.created", "dcterms.date",
    "sailthru.date", "parsely-pub-date", "article:published", "citation_publication_date",
    "citation_date", "originalpublicationdate", "datecreated", "creation_date", "dc.date.created",
  };

  final String title;
  final String date;
  final String url;
  final String language;
  final String jsonLdBody;

  private PageMetadata(String title, String date, String url, String language, String jsonLdBody) {
    this.title = title;
    this.date = date;
    this.url = url;
    this.language = language;
    this.jsonLdBody = jsonLdBody;
  }

  /** Reads the metadata; call before scripts are removed (JSON-LD lives in script elements). */
  static PageMetadata read(Document page, String baseUrl) {
    List<JsonNode> jsonLd = jsonLd(page);
    String title = title(page, jsonLd);
    String url = url(page, baseUrl);
    String date = date(page, jsonLd, url);
    String lang = language(page, jsonLd);
    String body = null;
    for (JsonNode node : jsonLd) {
      String text = node.path("articleBody").asText("");
      if (text.length() > (body == null ? 0 : body.length())) {
        body = text;
      }
    }
    return new PageMetadata(title, date, url, lang, body);
  }

  // ---- JSON-LD

  private static List<JsonNode> jsonLd(Document page) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        flatten(MAPPER.readTree(script.data().strip()), nodes, 0);
      } catch (Exception e) {
        // Broken JSON-LD is common; the page is still readable without it.
      }
    }
    return nodes;
  }

  private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> flatten(n, out, depth + 1));
    } else if (node.isObject()) {
      out.add(node);
      flatten(node.get("@graph"), out, depth + 1);
      flatten(node.get("mainEntity"), out, depth + 1);
    }
  }

  private static boolean isArticle(JsonNode node) {
    String type = node.path("@type").toString().toLowerCase(Locale.ROOT);
    return type.contains("article") || type.contains("posting") || type.contains("report")
        || type.contains("blog") || type.contains("webpage");
  }

  // ---- title

  private static String title(Document page, List<JsonNode> jsonLd) {
    String og = meta(page, "og:title");
    String head = page.title().strip();
    String headline = null;
    for (JsonNode node : jsonLd) {
      if (isArticle(node) && node.hasNonNull("headline")) {
        headline = node.get("headline").asText().strip();
        break;
      }
    }
    for (Element h1 : page.select("h1")) {
      String text = h1.text().strip();
      if (text.length() >= 3 && (contains(head, text) || contains(og, text) || contains(headline, text))) {
        return text;
      }
    }
    if (og != null && !og.isBlank()) {
      return stripSiteName(og);
    }
    if (headline != null && !headline.isBlank()) {
      return headline;
    }
    if (!head.isEmpty()) {
      return stripSiteName(head);
    }
    Element h1 = page.selectFirst("h1");
    return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
  }

  private static boolean contains(String haystack, String needle) {
    return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
  }

  /** "Headline | Site" → "Headline": cut at the last separator when the rest is short. */
  static String stripSiteName(String title) {
    String t = title.strip();
    for (String sep : new String[] {" | ", " – ", " — ", " - ", " :: ", " · "}) {
      int at = t.lastIndexOf(sep);
      if (at > 0 && t.length() - at - sep.length() <= 40 && at >= 10) {
        return t.substring(0, at).strip();
      }
    }
    return t;
  }

  // ---- URL

  private static String url(Document page, String baseUrl) {
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    if (canonical != null && !canonical.absUrl("href").isEmpty()) {
      return canonical.absUrl("href");
    }
    if (canonical != null && canonical.attr("href").startsWith("http")) {
      return canonical.attr("href");
    }
    String og = meta(page, "og:url");
    if (og != null && og.startsWith("http")) {
      return og;
    }
    return baseUrl == null || baseUrl.isBlank() ? null : baseUrl;
  }

  // ---- date

  private static String date(Document page, List<JsonNode> jsonLd, String url) {
    for (JsonNode node : jsonLd) {
      for (String field : new String[] {"datePublished", "dateCreated", "uploadDate"}) {
        String d = parseDate(node.path(field).asText(""));
        if (d != null) {
          return d;
        }
      }
    }
    for (String name : DATE_META) {
      String d = parseDate(meta(page, name));
      if (d != null) {
        return d;
      }
    }
    for (Element el : page.select("[itemprop=datePublished], [itemprop=dateCreated]")) {
      String value = el.hasAttr("content") ? el.attr("content")
          : el.hasAttr("datetime") ? el.attr("datetime") : el.text();
      String d = parseDate(value);
      if (d != null) {
        return d;
      }
    }
    Element time = page.selectFirst("time[pubdate][datetime], article time[datetime], time[datetime]");
    if (time != null) {
      String d = parseDate(time.attr("datetime"));
      if (d != null) {
        return d;
      }
    }
    int looked = 0;
    for (Element el : page.select("[class*=publish], [class*=date], [class*=dateline], [class*=timestamp]")) {
      String text = el.ownText().isBlank() ? el.text() : el.ownText();
      if (text.length() < 100) {
        String d = parseDate(text);
        if (d != null) {
          return d;
        }
      }
      if (++looked == 10) {
        break;
      }
    }
    if (url != null) {
      Matcher m = URL_DATE.matcher(url);
      if (m.find()) {
        return day(m.group(1), m.group(2), m.group(3));
      }
    }
    return null;
  }

  /** A date in ISO, compact or written form ("20 Nov 2019", "November 20, 2019") as YYYY-MM-DD. */
  static String parseDate(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    Matcher m = ISO_DATE.matcher(v);
    if (m.find()) {
      return day(m.group(1), m.group(2), m.group(3));
    }
    m = COMPACT_DATE.matcher(v);
    if (m.find()) {
      return day(m.group(1), m.group(2), m.group(3));
    }
    m = TEXT_DATE.matcher(v);
    if (m.find()) {
      return m.group(1) != null ? day(m.group(3), month(m.group(2)), m.group(1))
          : day(m.group(6), month(m.group(4)), m.group(5));
    }
    return null;
  }

  private static String month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    String[][] names = {
      {"jan"}, {"feb"}, {"mar", "mär"}, {"apr"}, {"may", "maj", "mai"}, {"jun"}, {"jul"},
      {"aug"}, {"sep"}, {"oct", "okt"}, {"nov"}, {"dec", "dez", "des"},
    };
    for (int i = 0; i < names.length; i++) {
      for (String prefix : names[i]) {
        if (n.startsWith(prefix)) {
          return Integer.toString(i + 1);
        }
      }
    }
    return null;
  }

  private static String day(String year, String month, String dayOfMonth) {
    if (month == null) {
      return null;
    }
    try {
      int y = Integer.parseInt(year);
      if (y < 1990 || y > 2100) {
        return null;
      }
      return LocalDate.of(y, Month.of(Integer.parseInt(month)), Integer.parseInt(dayOfMonth)).toString();
    } catch (RuntimeException e) {
      return null;
    }
  }

  // ---- language

  private static String language(Document page, List<JsonNode> jsonLd) {
    List<String> candidates = new ArrayList<>();
    Element html = page.selectFirst("html");
    if (html != null) {
      candidates.add(html.attr("lang"));
      candidates.add(html.attr("xml:lang"));
    }
    Element httpEquiv = page.selectFirst("meta[http-equiv=content-language]");
    if (httpEquiv != null) {
      candidates.add(httpEquiv.attr("content"));
    }
    candidates.add(meta(page, "og:locale"));
    candidates.add(meta(page, "language"));
    candidates.add(meta(page, "dc.language"));
    for (JsonNode node : jsonLd) {
      candidates.add(node.path("inLanguage").asText(""));
    }
    for (String candidate : candidates) {
      if (candidate == null) {
        continue;
      }
      Matcher m = LANG.matcher(candidate.strip());
      if (m.matches()) {
        String code = m.group(1).toLowerCase(Locale.ROOT);
        return switch (code) {
          case "swe" -> "sv";
          case "eng" -> "en";
          case "nob", "nno", "nor", "nb", "nn" -> "no";
          case "dan" -> "da";
          default -> code;
        };
      }
    }
    return null;
  }

  /** The content of a meta tag by property, name or itemprop (case-insensitive), or null. */
  static String meta(Document page, String key) {
    for (Element el : page.select("meta[content]")) {
      String property = el.attr("property");
      String name = el.attr("name");
      String itemprop = el.attr("itemprop");
      if (property.equalsIgnoreCase(key) || name.equalsIgnoreCase(key) || itemprop.equalsIgnoreCase(key)) {
        String content = el.attr("content").strip();
        if (!content.isEmpty()) {
          return content;
        }
      }
    }
    return null;
  }
}
