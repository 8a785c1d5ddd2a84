package se.notis.cli;

import java.io.PrintStream;

/** A one-line progress report on standard error, shown only when it is a terminal. */
final class Progress {
  private final PrintStream err;
  private final boolean enabled;
  private final long startNanos = System.nanoTime();
  private long lastDraw;
  private long count;

  Progress(PrintStream err, boolean enabled) {
    this.err = err;
    this.enabled = enabled && System.console() != null;
  }

  void step() {
    count++;
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw > 200_000_000L) {
      lastDraw = now;
      double seconds = (now - startNanos) / 1e9;
      err.printf("\r%,d documents  %,.0f docs/s ", count, count / Math.max(seconds, 1e-9));
    }
  }

  void finish() {
    if (enabled) {
      err.print("\r\033[K");
    }
  }

  long count() {
    return count;
  }
}
