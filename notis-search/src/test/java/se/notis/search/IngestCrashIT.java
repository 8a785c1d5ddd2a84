package se.notis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.notis.io.InputRecord;
import se.notis.pipeline.StageRegistry;

/** Kills a real ingesting JVM with SIGKILL, then ingests again: nothing lost, nothing doubled. */
class IngestCrashIT {
  private static final int TOTAL = 400;
  @TempDir Path dir;

  @Test
  void killDuringIngestThenIngestAgain() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        CrashIngestMain.class.getName(), dir.toString(), String.valueOf(TOTAL), "5")
        .redirectErrorStream(true).start();
    long storedBeforeKill = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("stored ")) {
          storedBeforeKill = Long.parseLong(line.substring(7));
          if (storedBeforeKill >= 120) {
            break;
          }
        }
        assertTrue(!line.equals("done"), "child finished before it could be killed");
      }
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
    }
    assertTrue(storedBeforeKill >= 120, "child never got going: " + storedBeforeKill);

    long afterCrash;
    try (LuceneArchive archive = LuceneArchive.open(dir)) {
      afterCrash = archive.count();
      assertTrue(afterCrash > 0 && afterCrash < TOTAL, "commit point between start and end: " + afterCrash);
      List<InputRecord> all = new ArrayList<>();
      for (int i = 0; i < TOTAL; i++) {
        all.add(new InputRecord(i + 1, "n" + i, CrashIngestMain.generated(i), null));
      }
      Iterator<InputRecord> inputs = all.iterator();
      try (Ingester ingester = new Ingester(archive, StageRegistry.defaultPipeline(), new Ingester.Options(2, 100, 5000), null)) {
        IngestSummary summary = ingester.run(inputs, n -> { });
        assertEquals(TOTAL, summary.archiveDocuments());
      }
      assertEquals(TOTAL, archive.count(), "no document lost or duplicated");
      assertEquals(TOTAL, archive.search(SearchRequest.of("flykting").withPage(0, 0)).total());
      for (int i = 0; i < TOTAL; i += 37) {
        assertTrue(archive.contains("n" + i), "n" + i);
      }
    }
  }
}
