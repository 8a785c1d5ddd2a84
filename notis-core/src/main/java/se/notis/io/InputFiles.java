package se.notis.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Opens input files (gzip read transparently) and expands directories into their files. */
public final class InputFiles {
  private InputFiles() {}

  /** The kinds of input notis reads. */
  public enum Format {
    TEXT, HTML, JSONL, CONLLU;

    /** Guesses the format from a file name, ignoring a trailing {@code .gz}. */
    public static Format ofName(String fileName) {
      String name = stripGz(fileName.toLowerCase(Locale.ROOT));
      if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
        return HTML;
      }
      if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
        return JSONL;
      }
      if (name.endsWith(".conllu") || name.endsWith(".conll")) {
        return CONLLU;
      }
      return TEXT;
    }

    /** Guesses the format from the first bytes of a text. */
    public static Format sniff(String text) {
      String head = text.stripLeading();
      String lower = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
      if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<body")
          || lower.startsWith("<?xml") && lower.contains("<html")) {
        return HTML;
      }
      if (head.startsWith("{")) {
        return JSONL;
      }
      return TEXT;
    }
  }

  public static InputStream open(Path path) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
        ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16)
        : in;
  }

  public static byte[] readAll(Path path) throws IOException {
    try (InputStream in = open(path)) {
      return in.readAllBytes();
    }
  }

  /** The file name without directory and extensions: {@code pages/abc.html.gz} → {@code abc}. */
  public static String baseName(Path path) {
    String name = stripGz(path.getFileName().toString());
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Files under each path, directories walked recursively in name order, hidden files skipped. */
  public static List<Path> expand(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(files::add);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  private static String stripGz(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }
}
