package se.notis.conversion;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import se.notis.eval.Accuracy;
import se.notis.eval.EvalReport;
import se.notis.io.ConlluSentence;

/**
 * Measures how close a converted treebank comes to the v2 scheme of a reference split (different
 * sentences, so no token-by-token comparison): the overlap of label distributions ({@code
 * convert.dist.upos}: the sum over labels of the smaller of the two relative frequencies, 100 % when
 * identical), and agreement on the reference tokens when each is labelled with the majority label
 * the converted data gives its context ({@code convert.agree.upos}: UPOS by word form and XPOS;
 * {@code convert.agree.feats}: FEATS by form, UPOS and XPOS; {@code convert.agree.deprel}: relation by
 * dependent and head UPOS and direction), counted over reference tokens whose context occurs.
 */
public final class ConversionEvaluator {
  private ConversionEvaluator() {}

  private static final long SCALE = 1_000_000;

  public static EvalReport evaluate(List<ConlluSentence> converted, List<ConlluSentence> reference) {
    EvalReport report = EvalReport.empty();
    report = report.with("convert.dist.upos", overlap(converted, reference, t -> t.word.upos()));
    report = report.with("convert.dist.deprel", overlap(converted, reference, t -> t.word.deprel()));
    report = report.with("convert.dist.feats", overlap(converted, reference, t -> featNames(t.word.feats())));
    report = report.with("convert.agree.upos", agreement(converted, reference,
        t -> t.word.form().toLowerCase(Locale.ROOT) + "\t" + t.word.xpos(), t -> t.word.upos()));
    report = report.with("convert.agree.feats", agreement(converted, reference,
        t -> t.word.form().toLowerCase(Locale.ROOT) + "\t" + t.word.upos() + "\t" + t.word.xpos(),
        t -> t.word.feats()));
    report = report.with("convert.agree.deprel", agreement(converted, reference,
        t -> t.word.upos() + "\t" + t.headUpos() + "\t" + Integer.signum(t.word.head() - t.word.id()),
        t -> t.word.deprel()));
    return report;
  }

  /** A word with its sentence, so keys can look at the head. */
  record InContext(ConlluSentence sent, ConlluSentence.Word word) {
    String headUpos() {
      return word.head() <= 0 ? "ROOT" : sent.words().get(word.head() - 1).upos();
    }
  }

  private static String featNames(String feats) {
    if (feats.equals("_")) {
      return "_";
    }
    StringBuilder out = new StringBuilder();
    for (String pair : feats.split("\\|")) {
      int eq = pair.indexOf('=');
      out.append(eq < 0 ? pair : pair.substring(0, eq)).append('|');
    }
    return out.toString();
  }

  private static Map<String, Long> counts(List<ConlluSentence> sents, Function<InContext, String> label) {
    Map<String, Long> out = new HashMap<>();
    for (ConlluSentence sent : sents) {
      for (ConlluSentence.Word word : sent.words()) {
        out.merge(label.apply(new InContext(sent, word)), 1L, Long::sum);
      }
    }
    return out;
  }

  private static Accuracy overlap(List<ConlluSentence> a, List<ConlluSentence> b, Function<InContext, String> label) {
    Map<String, Long> ca = counts(a, label);
    Map<String, Long> cb = counts(b, label);
    double ta = ca.values().stream().mapToLong(Long::longValue).sum();
    double tb = cb.values().stream().mapToLong(Long::longValue).sum();
    double sum = 0;
    for (Map.Entry<String, Long> e : ca.entrySet()) {
      sum += Math.min(e.getValue() / ta, cb.getOrDefault(e.getKey(), 0L) / tb);
    }
    return new Accuracy(Math.round(sum * SCALE), SCALE);
  }

  private static Accuracy agreement(List<ConlluSentence> source, List<ConlluSentence> reference,
      Function<InContext, String> key, Function<InContext, String> label) {
    Map<String, Map<String, Integer>> table = new HashMap<>();
    for (ConlluSentence sent : source) {
      for (ConlluSentence.Word word : sent.words()) {
        InContext t = new InContext(sent, word);
        table.computeIfAbsent(key.apply(t), k -> new HashMap<>()).merge(label.apply(t), 1, Integer::sum);
      }
    }
    Accuracy acc = Accuracy.ZERO;
    for (ConlluSentence sent : reference) {
      for (ConlluSentence.Word word : sent.words()) {
        InContext t = new InContext(sent, word);
        Map<String, Integer> seen = table.get(key.apply(t));
        if (seen != null) {
          String best = seen.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
          acc = acc.plus(best.equals(label.apply(t)));
        }
      }
    }
    return acc;
  }
}
