package se.notis.search;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.jsoup.Jsoup;
import se.notis.doc.Document;
import se.notis.doc.Metadata;
import se.notis.io.BadInputException;
import se.notis.io.DocumentReaders;
import se.notis.io.HtmlReader;
import se.notis.io.InputFiles;
import se.notis.io.InputRecord;
import se.notis.io.JsonlReader;

/**
 * The documents of ingest inputs, in order: files, directories (recursively), JSON Lines (one
 * document a line), HTML, plain text, RSS/Atom feed files (items become documents from title,
 * date, link and description) and http(s) URLs of pages or feeds (feed items' article pages are
 * fetched). Ids are the given id (JSON Lines {@code id}) or a hash of the content. Unreadable
 * inputs come out as rejected records with the reason, never as exceptions.
 */
public final class ArchiveInputs implements Iterator<InputRecord>, Closeable {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final int MAX_FETCH_BYTES = 10 << 20;

  private final Deque<String> pending = new ArrayDeque<>();
  private final HttpClient http;
  private Iterator<InputRecord> current;
  private JsonlReader jsonl;
  private String jsonlName;
  private InputRecord next;

  /** @param inputs file or directory paths and http(s) URLs */
  public ArchiveInputs(List<String> inputs) {
    this.pending.addAll(inputs);
    this.http = inputs.stream().anyMatch(ArchiveInputs::isUrl)
        ? HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build()
        : null;
  }

  static boolean isUrl(String input) {
    String lower = input.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (current != null && current.hasNext()) {
        next = fixId(current.next());
        continue;
      }
      closeJsonl();
      current = null;
      String input = pending.poll();
      if (input == null) {
        return false;
      }
      current = open(input);
    }
    return true;
  }

  @Override
  public InputRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    InputRecord record = next;
    next = null;
    return record;
  }

  private Iterator<InputRecord> open(String input) {
    if (isUrl(input)) {
      return fetchUrl(input).iterator();
    }
    Path path = Path.of(input);
    if (!Files.exists(path)) {
      return List.of(rejected(input, "no such file or directory")).iterator();
    }
    if (Files.isDirectory(path)) {
      try {
        List<Path> files = InputFiles.expand(List.of(path));
        for (int i = files.size() - 1; i >= 0; i--) {
          pending.addFirst(files.get(i).toString());
        }
        return List.<InputRecord>of().iterator();
      } catch (IOException e) {
        return List.of(rejected(input, "cannot list directory: " + e.getMessage())).iterator();
      }
    }
    String name = path.getFileName().toString();
    InputFiles.Format format = InputFiles.Format.ofName(name);
    try {
      if (format == InputFiles.Format.JSONL) {
        jsonl = new JsonlReader(InputFiles.open(path), InputFiles.baseName(path));
        jsonlName = InputFiles.baseName(path);
        return jsonl;
      }
      if (format == InputFiles.Format.CONLLU) {
        return List.of(rejected(input, "CoNLL-U treebank files are not articles")).iterator();
      }
      byte[] bytes = InputFiles.readAll(path);
      if (isFeedName(name) || looksLikeFeed(bytes)) {
        return feedItems(input, bytes, false).iterator();
      }
      Document doc = DocumentReaders.read(bytes, InputFiles.baseName(path), null);
      return List.of(new InputRecord(1, input, withContentId(doc), null)).iterator();
    } catch (BadInputException e) {
      return List.of(rejected(input, e.getMessage())).iterator();
    } catch (IOException | RuntimeException e) {
      return List.of(rejected(input, "cannot read: " + e.getMessage())).iterator();
    }
  }

  private List<InputRecord> fetchUrl(String url) {
    try {
      byte[] bytes = fetch(url);
      if (looksLikeFeed(bytes)) {
        return feedItems(url, bytes, true);
      }
      String html = new String(bytes, StandardCharsets.UTF_8);
      Document doc = HtmlReader.read(html, ArchiveRecord.contentId(null, url));
      doc = doc.withMeta(doc.meta().withId(ArchiveRecord.contentId(null, url)).withUrl(url));
      return List.of(new InputRecord(1, url, doc, null));
    } catch (BadInputException e) {
      return List.of(rejected(url, e.getMessage()));
    } catch (IOException e) {
      return List.of(rejected(url, "cannot fetch: " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of(rejected(url, "interrupted"));
    } catch (RuntimeException e) {
      return List.of(rejected(url, "cannot read: " + e.getMessage()));
    }
  }

  private byte[] fetch(String url) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
        .header("User-Agent", "notis/0.1 (news archive)").GET().build();
    HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream in = response.body()) {
      if (response.statusCode() / 100 != 2) {
        throw new IOException("HTTP " + response.statusCode());
      }
      byte[] bytes = in.readNBytes(MAX_FETCH_BYTES + 1);
      if (bytes.length > MAX_FETCH_BYTES) {
        throw new IOException("larger than " + (MAX_FETCH_BYTES >> 20) + " MB");
      }
      return bytes;
    }
  }

  /** Items of an RSS or Atom feed; with {@code fetchPages}, each item's linked page is read. */
  private List<InputRecord> feedItems(String input, byte[] bytes, boolean fetchPages) {
    SyndFeed feed;
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes))) {
      SyndFeedInput in = new SyndFeedInput();
      in.setAllowDoctypes(false);
      feed = in.build(reader);
    } catch (FeedException | IOException | RuntimeException e) {
      return List.of(rejected(input, "not a readable RSS/Atom feed: " + e.getMessage()));
    }
    List<InputRecord> records = new ArrayList<>();
    int line = 0;
    for (SyndEntry entry : feed.getEntries()) {
      line++;
      String link = entry.getLink();
      String uri = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri() : link;
      String title = entry.getTitle() == null ? null : entry.getTitle().strip();
      String text = plain(entry.getDescription());
      if (text.isBlank() && entry.getContents() != null) {
        for (SyndContent content : entry.getContents()) {
          text = (text + "\n\n" + plain(content)).strip();
        }
      }
      Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      String date = published == null ? null : published.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
      String itemName = input + "#" + line;
      if (fetchPages && link != null && isUrl(link)) {
        try {
          Document page = HtmlReader.read(new String(fetch(link), StandardCharsets.UTF_8), "page");
          if (page.text().strip().length() > text.length()) {
            text = page.text();
          }
        } catch (IOException | BadInputException | RuntimeException e) {
          // the feed's own description stands in for a page we cannot read
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      if (text.isBlank() && (title == null || title.isBlank())) {
        records.add(rejected(itemName, "feed item without title or text"));
        continue;
      }
      String body = text.isBlank() ? title : text;
      String id = uri != null ? ArchiveRecord.contentId(null, uri) : ArchiveRecord.contentId(title, body);
      Metadata meta = new Metadata(id, title, date, feed.getTitle(), link, null);
      records.add(new InputRecord(line, itemName, Document.of(body, meta), null));
    }
    return records;
  }

  private static String plain(SyndContent content) {
    if (content == null || content.getValue() == null) {
      return "";
    }
    String value = content.getValue();
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    return type.contains("html") || value.indexOf('<') >= 0 ? Jsoup.parse(value).text().strip() : value.strip();
  }

  static boolean isFeedName(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
    return lower.endsWith(".rss") || lower.endsWith(".atom");
  }

  static boolean looksLikeFeed(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
  }

  /** JSON Lines records without an id of their own get a content hash instead of file:line. */
  private InputRecord fixId(InputRecord record) {
    if (!record.ok() || jsonl == null || current != jsonl) {
      return record;
    }
    String fallback = jsonlName + ":" + record.line();
    if (fallback.equals(record.id())) {
      Document doc = withContentId(record.doc());
      return new InputRecord(record.line(), doc.id(), doc, null);
    }
    return record;
  }

  private static Document withContentId(Document doc) {
    String id = ArchiveRecord.contentId(doc.meta().title(), doc.text());
    return doc.withMeta(doc.meta().withId(id));
  }

  private static InputRecord rejected(String input, String reason) {
    return new InputRecord(1, input, null, reason);
  }

  private void closeJsonl() {
    if (jsonl != null) {
      try {
        jsonl.close();
      } catch (IOException e) {
        // finished reading: nothing left to lose
      }
      jsonl = null;
    }
  }

  @Override
  public void close() {
    closeJsonl();
  }
}
