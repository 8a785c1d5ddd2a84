package se.notis.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the {@code shared/} folder of data beside the project (never part of it): the
 * {@code notis.shared} system property, the {@code NOTIS_SHARED} environment variable, or a
 * {@code shared} folder beside the working directory or one of its parents.
 */
public final class SharedData {
  private SharedData() {}

  public static Optional<Path> root() {
    String configured = System.getProperty("notis.shared", System.getenv("NOTIS_SHARED"));
    if (configured != null && Files.isDirectory(Path.of(configured))) {
      return Optional.of(Path.of(configured));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("data"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** A file or folder under shared/, if shared/ and it exist. */
  public static Optional<Path> find(String relative) {
    return root().map(r -> r.resolve(relative)).filter(Files::exists);
  }
}
