package se.notis.cli;

import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

/** Turns exceptions into the one-line messages the command line prints. */
final class Errors {
  private Errors() {}

  static String describe(Throwable e) {
    if (e instanceof UncheckedIOException && e.getCause() != null) {
      e = e.getCause();
    }
    if (e instanceof NoSuchFileException) {
      return e.getMessage() + ": no such file or directory";
    }
    if (e instanceof FileNotFoundException) {
      return e.getMessage();
    }
    if (e instanceof OutOfMemoryError) {
      return "out of memory; raise the heap with JAVA_OPTS=-Xmx…";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
  }
}
