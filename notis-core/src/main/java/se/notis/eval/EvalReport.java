package se.notis.eval;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable evaluation result: P/R/F1 counts and accuracies under stable keys ({@code token},
 * {@code ner.PER}, {@code tag.upos}). Reports of parts {@link #merge} into the report of the whole.
 */
public final class EvalReport {
  private final Map<String, Prf> prf;
  private final Map<String, Accuracy> accuracy;

  private EvalReport(Map<String, Prf> prf, Map<String, Accuracy> accuracy) {
    this.prf = Collections.unmodifiableMap(prf);
    this.accuracy = Collections.unmodifiableMap(accuracy);
  }

  public static EvalReport empty() {
    return new EvalReport(new TreeMap<>(), new TreeMap<>());
  }

  public EvalReport with(String key, Prf counts) {
    Map<String, Prf> copy = new TreeMap<>(prf);
    copy.merge(key, counts, Prf::plus);
    return new EvalReport(copy, accuracy);
  }

  public EvalReport with(String key, Accuracy counts) {
    Map<String, Accuracy> copy = new TreeMap<>(accuracy);
    copy.merge(key, counts, Accuracy::plus);
    return new EvalReport(prf, copy);
  }

  public EvalReport merge(EvalReport other) {
    Map<String, Prf> p = new TreeMap<>(prf);
    other.prf.forEach((k, v) -> p.merge(k, v, Prf::plus));
    Map<String, Accuracy> a = new TreeMap<>(accuracy);
    other.accuracy.forEach((k, v) -> a.merge(k, v, Accuracy::plus));
    return new EvalReport(p, a);
  }

  public Map<String, Prf> prf() {
    return prf;
  }

  public Map<String, Accuracy> accuracy() {
    return accuracy;
  }

  public Prf expectPrf(String key) {
    Prf counts = prf.get(key);
    if (counts == null) {
      throw new IllegalArgumentException("no P/R/F1 under '" + key + "'; keys: " + prf.keySet());
    }
    return counts;
  }

  public Accuracy expectAccuracy(String key) {
    Accuracy counts = accuracy.get(key);
    if (counts == null) {
      throw new IllegalArgumentException("no accuracy under '" + key + "'; keys: " + accuracy.keySet());
    }
    return counts;
  }

  /** Flat scores in percent: {@code key.p}, {@code key.r}, {@code key.f1}, {@code key.acc}. */
  public Map<String, Double> scores() {
    Map<String, Double> out = new TreeMap<>();
    prf.forEach((k, v) -> {
      out.put(k + ".p", 100 * v.precision());
      out.put(k + ".r", 100 * v.recall());
      out.put(k + ".f1", 100 * v.f1());
    });
    accuracy.forEach((k, v) -> out.put(k + ".acc", 100 * v.value()));
    return out;
  }

  /** A table for people: one line per key. */
  public String format() {
    StringBuilder out = new StringBuilder();
    prf.forEach((k, v) -> out.append(String.format(Locale.ROOT,
        "%-28s P %6.2f  R %6.2f  F1 %6.2f   (tp %d, fp %d, fn %d)%n",
        k, 100 * v.precision(), 100 * v.recall(), 100 * v.f1(), v.tp(), v.fp(), v.fn())));
    accuracy.forEach((k, v) -> out.append(String.format(Locale.ROOT,
        "%-28s %6.2f %%   (%d / %d)%n", k, 100 * v.value(), v.correct(), v.total())));
    return out.toString();
  }

  @Override
  public String toString() {
    return format();
  }
}
