package se.notis.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-U (and the 8-column CoNLL-X style of UD v1.0) into sentences. Multi-word token
 * ranges ({@code 1-2}) and empty nodes ({@code 1.1}) are skipped.
 */
public final class ConlluReader {
  private ConlluReader() {}

  public static List<ConlluSentence> read(Path path) throws IOException, BadInputException {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(InputFiles.open(path), StandardCharsets.UTF_8))) {
      return read(reader, path.toString());
    }
  }

  public static List<ConlluSentence> read(BufferedReader reader, String name)
      throws IOException, BadInputException {
    List<ConlluSentence> sentences = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    List<ConlluSentence.Word> words = new ArrayList<>();
    long lineNumber = 0;
    for (String line; (line = reader.readLine()) != null; ) {
      lineNumber++;
      if (line.isBlank()) {
        if (!words.isEmpty()) {
          sentences.add(new ConlluSentence(List.copyOf(comments), List.copyOf(words)));
        }
        comments.clear();
        words.clear();
      } else if (line.startsWith("#")) {
        comments.add(line);
      } else {
        ConlluSentence.Word word = parseWord(line, name, lineNumber);
        if (word != null) {
          words.add(word);
        }
      }
    }
    if (!words.isEmpty()) {
      sentences.add(new ConlluSentence(List.copyOf(comments), List.copyOf(words)));
    }
    return sentences;
  }

  private static ConlluSentence.Word parseWord(String line, String name, long lineNumber)
      throws BadInputException {
    String[] cols = line.split("\t", -1);
    if (cols.length < 8) {
      throw new BadInputException(name + ":" + lineNumber + ": expected 10 tab-separated columns, got "
          + cols.length);
    }
    if (cols[0].indexOf('-') >= 0 || cols[0].indexOf('.') >= 0) {
      return null;
    }
    try {
      int head = cols[6].equals("_") ? -1 : Integer.parseInt(cols[6]);
      return new ConlluSentence.Word(Integer.parseInt(cols[0]), cols[1], cols[2], cols[3], cols[4],
          cols[5], head, cols[7], cols.length > 8 ? cols[8] : "_", cols.length > 9 ? cols[9] : "_");
    } catch (NumberFormatException e) {
      throw new BadInputException(name + ":" + lineNumber + ": bad ID or HEAD: " + e.getMessage());
    }
  }
}
