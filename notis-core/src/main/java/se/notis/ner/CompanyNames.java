package se.notis.ner;

import static se.notis.ner.EntityWords.stripGenitive;
import static se.notis.ner.RuleTokens.word;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Companies named like people: "Ericsson" is a surname on the name lists, so the tagger calls the
 * company a person. Where the document itself says it is a company, by a word only a company has
 * after its genitive ("Ericssons tillförordnade vd", "Ericssons nybyggda kontor"), every mention of
 * that one word is the company, unless the document also names a person with it as last name ("Dan
 * Ericsson"). A country after the name ("Ericsson Canada") would say so too, but as often follows a
 * person ("Kronprinsessan Victoria Bangladesh", a sentence's subject before its object).
 */
final class CompanyNames {
  private CompanyNames() {}

  /** Nouns that, after a genitive, say its owner is a company. */
  private static final Set<String> COMPANY_NOUNS = Set.of("vd", "VD", "koncernchef", "styrelseordförande",
      "huvudkontor", "kontor", "fabrik", "fabriker", "aktieägare", "aktie", "aktier");

  /** {@code spans} over the whole document, in order, with such persons made organisations. */
  static List<NerLabels.TokenSpan> retype(CharSequence text, int[] starts, int[] ends, List<NerLabels.TokenSpan> spans) {
    Set<String> companies = new HashSet<>();
    Set<String> lastNames = new HashSet<>();
    for (NerLabels.TokenSpan span : spans) {
      String base = stripGenitive(word(text, starts, ends, span.end() - 1));
      if ("PER".equals(span.type()) && span.end() - span.start() > 1) {
        lastNames.add(base);
      } else if ("PER".equals(span.type()) && hasCompanyCue(text, starts, ends, span.start())) {
        companies.add(base);
      }
    }
    companies.removeAll(lastNames);
    if (companies.isEmpty()) {
      return spans;
    }
    List<NerLabels.TokenSpan> out = new ArrayList<>(spans.size());
    for (NerLabels.TokenSpan span : spans) {
      boolean company = "PER".equals(span.type()) && span.end() - span.start() == 1
          && companies.contains(stripGenitive(word(text, starts, ends, span.start())));
      out.add(company ? new NerLabels.TokenSpan(span.start(), span.end(), "ORG") : span);
    }
    return out;
  }

  /**
   * "Ericssons tillförordnade vd", "Ericssons nybyggda kontor": the one word at {@code t} in the
   * genitive before a company's noun, an adjective or none between.
   */
  private static boolean hasCompanyCue(CharSequence text, int[] starts, int[] ends, int t) {
    String w = word(text, starts, ends, t);
    if (!w.endsWith("s") || w.equals(stripGenitive(w))) {
      return false;
    }
    for (int k = t + 1; k < Math.min(starts.length, t + 3); k++) {
      if (COMPANY_NOUNS.contains(word(text, starts, ends, k))) {
        return true;
      }
      if (!Character.isLowerCase(text.charAt(starts[k]))) {
        return false;
      }
    }
    return false;
  }
}
