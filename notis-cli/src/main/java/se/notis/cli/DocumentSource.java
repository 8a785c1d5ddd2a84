package se.notis.cli;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import se.notis.doc.Document;
import se.notis.io.BadInputException;
import se.notis.io.DocumentReaders;
import se.notis.io.InputFiles;
import se.notis.io.InputRecord;
import se.notis.io.JsonlReader;

/**
 * The documents of the command-line inputs, in order: files, directories (recursively) or
 * {@code -} for standard input; JSON Lines streamed a line at a time, other files read whole.
 * Unreadable inputs come out as rejected records, never as exceptions.
 */
final class DocumentSource implements Iterator<InputRecord>, Closeable {
  private final Deque<Path> files;
  private final InputFiles.Format forced;
  private final boolean stdin;
  private boolean stdinDone;
  private JsonlReader jsonl;
  private InputRecord next;

  /**
   * @param inputs paths, or empty / "-" for standard input
   * @param forced the format to assume, or null to guess per input
   */
  DocumentSource(List<String> inputs, InputFiles.Format forced) throws IOException {
    this.forced = forced;
    this.stdin = inputs.isEmpty() || inputs.equals(List.of("-"));
    this.files = new ArrayDeque<>();
    if (!stdin) {
      for (String input : inputs) {
        Path path = Path.of(input);
        if (!Files.exists(path)) {
          throw new java.io.FileNotFoundException(input + ": no such file or directory");
        }
      }
      files.addAll(InputFiles.expand(inputs.stream().map(Path::of).toList()));
    }
  }

  /** True when the inputs are a batch (JSON Lines, a directory or several files). */
  boolean isBatch(List<String> inputs) {
    return files.size() > 1 || forced == InputFiles.Format.JSONL
        || files.stream().anyMatch(p -> InputFiles.Format.ofName(p.getFileName().toString()) == InputFiles.Format.JSONL)
        || inputs.stream().anyMatch(i -> Files.isDirectory(Path.of(i)));
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      next = advance();
      if (next == null && (jsonl == null && files.isEmpty() && (!stdin || stdinDone))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public InputRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    InputRecord record = next;
    next = null;
    return record;
  }

  private InputRecord advance() {
    if (jsonl != null) {
      if (jsonl.hasNext()) {
        return jsonl.next();
      }
      closeQuietly();
      return null;
    }
    if (stdin && !stdinDone) {
      stdinDone = true;
      return open(new BufferedInputStream(System.in, 1 << 16), "stdin", forced);
    }
    Path path = files.poll();
    if (path == null) {
      return null;
    }
    String name = path.getFileName().toString();
    InputFiles.Format format = forced != null ? forced : InputFiles.Format.ofName(name);
    try {
      return open(InputFiles.open(path), InputFiles.baseName(path), format);
    } catch (IOException e) {
      return new InputRecord(1, InputFiles.baseName(path), null, "cannot read " + path + ": " + e.getMessage());
    }
  }

  private InputRecord open(InputStream in, String name, InputFiles.Format format) {
    try {
      if (format == null) {
        in.mark(1 << 12);
        byte[] head = in.readNBytes(1 << 12);
        in.reset();
        format = InputFiles.Format.sniff(new String(head, java.nio.charset.StandardCharsets.ISO_8859_1));
      }
      if (format == InputFiles.Format.JSONL) {
        jsonl = new JsonlReader(in, name);
        return null;
      }
      if (format == InputFiles.Format.CONLLU) {
        return new InputRecord(1, name, null, "CoNLL-U input: use 'notis tag --input conllu'");
      }
      try (in) {
        Document doc = DocumentReaders.read(in.readAllBytes(), name, format);
        return new InputRecord(1, name, doc, null);
      }
    } catch (BadInputException e) {
      return new InputRecord(1, name, null, e.getMessage());
    } catch (IOException e) {
      return new InputRecord(1, name, null, "cannot read " + name + ": " + e.getMessage());
    }
  }

  private void closeQuietly() {
    try {
      jsonl.close();
    } catch (IOException e) {
      // Everything was read; a failing close loses nothing.
    }
    jsonl = null;
  }

  @Override
  public void close() throws IOException {
    if (jsonl != null) {
      jsonl.close();
    }
  }
}
