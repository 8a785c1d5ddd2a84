package se.notis.eval;

/** Counts of true positives, false positives and false negatives; they add up across documents. */
public record Prf(long tp, long fp, long fn) {
  public static final Prf ZERO = new Prf(0, 0, 0);

  public Prf plus(Prf other) {
    return new Prf(tp + other.tp, fp + other.fp, fn + other.fn);
  }

  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
