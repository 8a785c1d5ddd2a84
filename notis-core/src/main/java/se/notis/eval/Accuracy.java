package se.notis.eval;

/** Correct out of total; adds up across documents. */
public record Accuracy(long correct, long total) {
  public static final Accuracy ZERO = new Accuracy(0, 0);

  public Accuracy plus(Accuracy other) {
    return new Accuracy(correct + other.correct, total + other.total);
  }

  public Accuracy plus(boolean isCorrect) {
    return new Accuracy(correct + (isCorrect ? 1 : 0), total + 1);
  }

  public double value() {
    return total == 0 ? 0 : (double) correct / total;
  }
}
