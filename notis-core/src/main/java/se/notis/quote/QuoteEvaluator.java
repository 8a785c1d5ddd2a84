package se.notis.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import se.notis.doc.Document;
import se.notis.doc.Layers;
import se.notis.doc.Quote;
import se.notis.eval.Accuracy;
import se.notis.eval.DocumentEvaluator;
import se.notis.eval.EvalReport;
import se.notis.eval.GoldDocuments;
import se.notis.eval.Prf;

/**
 * Scores predicted quotes against gold quotes. A predicted and a gold quote match when their
 * spans overlap with a Jaccard index of at least {@value #MIN_JACCARD}, one to one (the pairs
 * with the highest overlap first).
 *
 * <p>Keys: {@code quote.direct} and {@code quote.all} (P/R/F1; a direct gold quote counts for
 * {@code quote.direct} only when matched by a predicted direct quote), {@code quote.speaker}
 * (accuracy over matched quotes: canonical names equal ignoring case; a gold quote without
 * speaker is right when none is predicted), {@code quote.speaker_span} (the speaker mention's
 * span equals the gold one) and {@code quote.kind} (the kind agrees).
 */
public final class QuoteEvaluator implements DocumentEvaluator {
  public static final double MIN_JACCARD = 0.5;

  @Override
  public String name() {
    return "quote";
  }

  /** Compares the quote layer of {@code predicted} (same text as the gold document) with the gold quotes. */
  @Override
  public EvalReport evaluate(GoldDocuments.GoldDocument gold, Document predicted) {
    List<Quote> pred = predicted.find(Layers.QUOTES).map(l -> l.quotes()).orElse(List.of());
    return evaluate(pred, gold.quotes());
  }

  public static EvalReport evaluate(List<Quote> pred, List<GoldDocuments.GoldQuote> gold) {
    int[] match = match(pred, gold);
    long tpAll = 0;
    long tpDirect = 0;
    long predDirect = pred.stream().filter(q -> q.kind() == Quote.Kind.DIRECT).count();
    long goldDirect = gold.stream().filter(QuoteEvaluator::isDirect).count();
    Accuracy speaker = Accuracy.ZERO;
    Accuracy speakerSpan = Accuracy.ZERO;
    Accuracy kind = Accuracy.ZERO;
    for (int p = 0; p < pred.size(); p++) {
      int g = match[p];
      if (g < 0) {
        continue;
      }
      tpAll++;
      Quote q = pred.get(p);
      GoldDocuments.GoldQuote gq = gold.get(g);
      if (q.kind() == Quote.Kind.DIRECT && isDirect(gq)) {
        tpDirect++;
      }
      kind = kind.plus(q.kind().label().equals(gq.kind()));
      speaker = speaker.plus(sameSpeaker(q, gq));
      boolean spanRight = gq.speakerStart() < 0 ? q.speaker() == null
          : q.speaker() != null && q.speaker().start() == gq.speakerStart() && q.speaker().end() == gq.speakerEnd();
      speakerSpan = speakerSpan.plus(spanRight);
    }
    return EvalReport.empty()
        .with("quote.all", new Prf(tpAll, pred.size() - tpAll, gold.size() - tpAll))
        .with("quote.direct", new Prf(tpDirect, predDirect - tpDirect, goldDirect - tpDirect))
        .with("quote.speaker", speaker)
        .with("quote.speaker_span", speakerSpan)
        .with("quote.kind", kind);
  }

  static boolean sameSpeaker(Quote q, GoldDocuments.GoldQuote gq) {
    String gold = gq.speakerCanonical();
    if (gold == null || gold.isBlank()) {
      return q.speaker() == null;
    }
    return q.speaker() != null && q.speaker().canonical() != null
        && norm(q.speaker().canonical()).equals(norm(gold));
  }

  static boolean isDirect(GoldDocuments.GoldQuote gq) {
    return Quote.Kind.DIRECT.label().equals(gq.kind());
  }

  private static String norm(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** For each predicted quote the index of its gold match, or -1. */
  static int[] match(List<Quote> pred, List<GoldDocuments.GoldQuote> gold) {
    List<double[]> pairs = new ArrayList<>();
    for (int p = 0; p < pred.size(); p++) {
      for (int g = 0; g < gold.size(); g++) {
        double j = jaccard(pred.get(p).start(), pred.get(p).end(), gold.get(g).start(), gold.get(g).end());
        if (j >= MIN_JACCARD) {
          pairs.add(new double[] {j, p, g});
        }
      }
    }
    pairs.sort(Comparator.comparingDouble((double[] a) -> -a[0]));
    int[] match = new int[pred.size()];
    java.util.Arrays.fill(match, -1);
    boolean[] used = new boolean[gold.size()];
    for (double[] pair : pairs) {
      int p = (int) pair[1];
      int g = (int) pair[2];
      if (match[p] < 0 && !used[g]) {
        match[p] = g;
        used[g] = true;
      }
    }
    return match;
  }

  /** Overlap of two spans divided by their union. */
  public static double jaccard(int s1, int e1, int s2, int e2) {
    int inter = Math.min(e1, e2) - Math.max(s1, s2);
    if (inter <= 0) {
      return 0;
    }
    int union = Math.max(e1, e2) - Math.min(s1, s2);
    return (double) inter / union;
  }
}
