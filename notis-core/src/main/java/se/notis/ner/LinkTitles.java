package se.notis.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles of documents that government pages link to: "[Kommunalt ansvar för insamling och
 * materialåtervinning av returpapper](/remisser/2020/07/… "Kommunalt ansvar …")". A link into
 * the legal documents or the consultations names a work (a memorandum, an inquiry's report, a
 * committee's terms of reference), so its text and its title attribute are each one MISC name,
 * without the label of the document's kind ("Kommittédirektiv: Stärkt stöd till tandvård …");
 * the tagger, reading sentence by sentence, sees only words of it.
 */
final class LinkTitles {
  private LinkTitles() {}

  /** A markdown link into the legal documents or consultations, with its optional title attribute. */
  private static final Pattern LINK = Pattern.compile(
      "\\[([^\\]\\n]{3,300})\\]\\((/(?:rattsliga-dokument|remisser)/[^\\s)]*)(?: \"([^\"\\n]{3,300})\")?\\)");

  /** "Kommittédirektiv: ", "Promemoria: ", "SOU: ": a label of the document's kind before its title. */
  private static final Pattern KIND_LABEL = Pattern.compile("^\\p{Lu}\\p{L}+: ");

  /** The title spans of the document's links, in order. */
  static List<NerLabels.TokenSpan> find(CharSequence text, int[] starts, int[] ends) {
    List<NerLabels.TokenSpan> titles = new ArrayList<>();
    Matcher link = LINK.matcher(text);
    while (link.find()) {
      addTitle(titles, text, starts, ends, link.start(1), link.end(1));
      if (link.group(3) != null) {
        addTitle(titles, text, starts, ends, link.start(3), link.end(3));
      }
    }
    return titles;
  }

  private static void addTitle(List<NerLabels.TokenSpan> titles, CharSequence text, int[] starts, int[] ends,
      int from, int to) {
    Matcher label = KIND_LABEL.matcher(text.subSequence(from, to));
    if (label.find()) {
      from += label.end();
    }
    // "[(skr. 2019/20:140)]", "… överlämnad till riksdagen.": brackets around it and a final full stop are no part of it.
    if (text.charAt(from) == '(' && text.charAt(to - 1) == ')') {
      from++;
      to--;
    } else if (text.charAt(to - 1) == '.' && !Character.isUpperCase(text.charAt(to - 2))) {
      to--;
    }
    int start = tokenStartingAt(starts, from);
    int end = tokenEndingAt(ends, to);
    if (start >= 0 && end > start) {
      titles.add(new NerLabels.TokenSpan(start, end, "MISC"));
    }
  }

  private static int tokenStartingAt(int[] starts, int offset) {
    int k = java.util.Arrays.binarySearch(starts, offset);
    return k >= 0 ? k : -1;
  }

  /** The index after the token that ends at {@code offset}, or -1. */
  private static int tokenEndingAt(int[] ends, int offset) {
    int k = java.util.Arrays.binarySearch(ends, offset);
    return k >= 0 ? k + 1 : -1;
  }
}
