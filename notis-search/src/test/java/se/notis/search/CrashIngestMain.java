package se.notis.search;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import se.notis.doc.Document;
import se.notis.doc.Metadata;
import se.notis.io.InputRecord;
import se.notis.pipeline.StageRegistry;

/**
 * A child process for {@link IngestCrashIT}: ingests generated documents slowly, printing the
 * count as it goes, until it is killed.
 */
public final class CrashIngestMain {
  private CrashIngestMain() {}

  static Document generated(int i) {
    String text = "Nyhet nummer " + i + ". Polisen i Stockholm rapporterar om händelse " + i
        + " där flyktingorganet deltog. – Vi följer läget, säger presstalespersonen.";
    return Document.of(text, new Metadata("n" + i, "Händelse " + i, "2024-01-01", "Test", null, "sv"));
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int total = Integer.parseInt(args[1]);
    long pauseMillis = Long.parseLong(args[2]);
    Iterator<InputRecord> inputs = new Iterator<>() {
      int next;

      @Override
      public boolean hasNext() {
        return next < total;
      }

      @Override
      public InputRecord next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        try {
          Thread.sleep(pauseMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        int i = next++;
        return new InputRecord(i + 1, "n" + i, generated(i), null);
      }
    };
    try (LuceneArchive archive = LuceneArchive.open(dir);
        Ingester ingester = new Ingester(archive, StageRegistry.defaultPipeline(), new Ingester.Options(2, 25, 500), null)) {
      ingester.run(inputs, n -> {
        if (n % 10 == 0) {
          System.out.println("stored " + n);
          System.out.flush();
        }
      });
    }
    System.out.println("done");
  }
}
