package se.notis.quantity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import se.notis.doc.SpanLayer;

/**
 * Numbers that count nothing: telephone numbers ("ring 112", "010-569 46 00", "114 14") and road
 * numbers ("LV 549", "väg 40"). Police notices are full of both.
 */
final class NotQuantities {
  /** A Swedish area code and the first digits of a subscriber number: "010-569", "0706-38". */
  private static final Pattern PHONE_PREFIX = Pattern.compile("0\\d{1,3}-\\d{2,8}");
  /** Emergency, police and health-care numbers. */
  private static final Set<String> SERVICE_NUMBERS = Set.of("112", "11414", "1177", "11313");
  /** Words after which a service number is dialled: "ring 112", "via 114 14", "på 11414". */
  private static final Set<String> PHONE_CUES = Set.of("ring", "ringa", "ringer", "ringde", "larma", "larmar",
      "larmade", "larmat", "via", "på", "nummer", "numret", "telefonnummer", "tel", "tfn", "och", "eller");
  /** Words that make a road's number of the number after them. */
  private static final Set<String> ROAD_WORDS = Set.of("lv", "rv", "väg", "riksväg", "länsväg", "landsväg",
      "europaväg", "vägnummer");

  private NotQuantities() {}

  /**
   * The index after the telephone or road number that starts at token {@code i}, or {@code i}
   * when none does.
   */
  static int skip(String text, SpanLayer spans, int sentStart, int sentEnd, int i) {
    String previous = i > sentStart ? word(text, spans, i - 1).toLowerCase(Locale.ROOT) : "";
    String w = word(text, spans, i);
    if (!isDigits(w)) {
      return i;
    }
    boolean service = SERVICE_NUMBERS.contains(w) || isPoliceNumber(text, spans, sentEnd, i);
    boolean phone = PHONE_PREFIX.matcher(previous).matches()
        || service && (PHONE_CUES.contains(previous) || endsClause(text, spans, sentEnd, i + 1));
    if (!phone) {
      return ROAD_WORDS.contains(previous) ? i + 1 : i;
    }
    int end = i + 1;
    while (end < sentEnd && isDigitGroup(word(text, spans, end))) {
      end++; // "46 00", "14"
    }
    return end;
  }

  /** "114 14" (the police) and "113 13" (information on accidents), written in two groups. */
  private static boolean isPoliceNumber(String text, SpanLayer spans, int sentEnd, int i) {
    String w = word(text, spans, i);
    return (w.equals("114") || w.equals("113")) && i + 1 < sentEnd
        && word(text, spans, i + 1).equals(w.substring(1));
  }

  private static boolean endsClause(String text, SpanLayer spans, int sentEnd, int next) {
    return next >= sentEnd || !Character.isLetterOrDigit(text.charAt(spans.start(next)));
  }

  private static boolean isDigitGroup(String w) {
    return (w.length() == 2 || w.length() == 3) && isDigits(w);
  }

  private static boolean isDigits(String w) {
    for (int k = 0; k < w.length(); k++) {
      if (w.charAt(k) < '0' || w.charAt(k) > '9') {
        return false;
      }
    }
    return !w.isEmpty();
  }

  private static String word(String text, SpanLayer spans, int i) {
    return text.substring(spans.start(i), spans.end(i));
  }
}
