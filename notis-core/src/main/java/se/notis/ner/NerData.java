package se.notis.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads token-per-line NER data: {@code token<TAB>label}, a blank line between sentences. Labels
 * may be IO ({@code PER}, {@code O}: adjacent names of one type are one span, as Webbnyheter 2012
 * requires) or BIO ({@code B-PER}, {@code I-PER}); both become BIO samples.
 */
public final class NerData {
  private NerData() {}

  public static List<NerSample> read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    }
  }

  public static List<NerSample> read(BufferedReader in) throws IOException {
    List<NerSample> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        flush(tokens, labels, out);
        continue;
      }
      int tab = line.indexOf('\t');
      String token = tab < 0 ? line.strip() : line.substring(0, tab).strip();
      String label = tab < 0 ? "O" : line.substring(line.lastIndexOf('\t') + 1).strip();
      if (token.isEmpty()) {
        continue;
      }
      tokens.add(token);
      labels.add(label);
    }
    flush(tokens, labels, out);
    return out;
  }

  private static void flush(List<String> tokens, List<String> labels, List<NerSample> out) {
    if (tokens.isEmpty()) {
      return;
    }
    out.add(new NerSample(tokens.toArray(new String[0]), toBio(labels.toArray(new String[0]))));
    tokens.clear();
    labels.clear();
  }

  /** IO or BIO labels to BIO: a run of one IO type is one entity. Unknown types become O. */
  static String[] toBio(String[] labels) {
    String[] out = new String[labels.length];
    String previousType = null;
    for (int i = 0; i < labels.length; i++) {
      String label = labels[i];
      String type;
      boolean begin;
      if (label.startsWith("B-") || label.startsWith("I-")) {
        type = label.substring(2);
        begin = label.startsWith("B-") || !type.equals(previousType);
      } else {
        type = label;
        begin = !type.equals(previousType);
      }
      if (!isType(type)) {
        out[i] = "O";
        previousType = null;
        continue;
      }
      out[i] = (begin ? "B-" : "I-") + type;
      previousType = type;
    }
    return out;
  }

  private static boolean isType(String type) {
    for (String t : NerLabels.TYPES) {
      if (t.equals(type)) {
        return true;
      }
    }
    return false;
  }
}
