package se.notis.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.notis.doc.Document;
import se.notis.io.InputRecord;
import se.notis.pipeline.Pipeline;

/**
 * Analyses input documents on several threads and upserts them into an archive, committing every
 * few thousand documents or seconds so that a crash loses at most the uncommitted tail (which a
 * second run re-ingests by id). The reader runs on the calling thread; a bounded queue keeps
 * memory flat whatever the input size. Rejected inputs go to a JSON Lines file with the reason.
 */
public final class Ingester implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * @param threads analysis threads
   * @param commitEvery documents between commits
   * @param commitMillis longest time between commits while documents arrive
   */
  public record Options(int threads, int commitEvery, long commitMillis) {
    public Options {
      if (threads < 1 || threads > 256) {
        throw new IllegalArgumentException("threads must be 1..256: " + threads);
      }
      if (commitEvery < 1) {
        throw new IllegalArgumentException("commitEvery must be positive: " + commitEvery);
      }
    }

    public static Options defaults() {
      return new Options(Math.max(1, Runtime.getRuntime().availableProcessors()), 2000, 10_000);
    }
  }

  private final ArchiveIndex archive;
  private final Pipeline pipeline;
  private final Options options;
  private final Path rejectsFile;
  private BufferedWriter rejects;

  /** @param rejectsFile where rejected inputs are appended, or null to only count them */
  public Ingester(ArchiveIndex archive, Pipeline pipeline, Options options, Path rejectsFile) {
    this.archive = archive;
    this.pipeline = pipeline;
    this.options = options;
    this.rejectsFile = rejectsFile;
  }

  /** Analyses one document and flattens it for the archive (ids are given or content hashes). */
  public ArchiveRecord analyse(Document doc) {
    return ArchiveRecord.of(pipeline.process(doc));
  }

  /**
   * Ingests every input and commits.
   *
   * @param progress called with the number of stored documents after each one (any thread)
   */
  public IngestSummary run(Iterator<InputRecord> inputs, LongConsumer progress) throws IOException {
    long startNanos = System.nanoTime();
    AtomicLong stored = new AtomicLong();
    AtomicLong rejected = new AtomicLong();
    AtomicReference<IOException> failure = new AtomicReference<>();
    long read = 0;
    ThreadPoolExecutor pool = new ThreadPoolExecutor(options.threads(), options.threads(), 1, TimeUnit.MINUTES,
        new ArrayBlockingQueue<>(options.threads() * 8), r -> {
          Thread t = new Thread(r, "notis-ingest");
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
    long lastCommit = System.nanoTime();
    long committedAt = 0;
    try {
      while (inputs.hasNext()) {
        InputRecord record = inputs.next();
        read++;
        if (failure.get() != null) {
          throw failure.get();
        }
        if (!record.ok()) {
          reject(record.id(), record.error());
          rejected.incrementAndGet();
          continue;
        }
        Document doc = record.doc();
        pool.execute(() -> {
          try {
            ArchiveRecord analysed = analyse(doc);
            archive.upsert(List.of(analysed));
            progress.accept(stored.incrementAndGet());
          } catch (IOException e) {
            failure.compareAndSet(null, e);
          } catch (RuntimeException | StackOverflowError e) {
            LOG.debug("analysis failed for {}", doc.id(), e);
            rejectQuietly(doc.id(), "analysis failed: " + e);
            rejected.incrementAndGet();
          }
        });
        long now = System.nanoTime();
        if (stored.get() - committedAt >= options.commitEvery()
            || now - lastCommit > options.commitMillis() * 1_000_000L) {
          committedAt = stored.get();
          lastCommit = now;
          archive.commit();
        }
      }
      pool.shutdown();
      while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        // analysis of the last documents is still running
      }
      if (failure.get() != null) {
        throw failure.get();
      }
      archive.commit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("ingest interrupted", e);
    } finally {
      pool.shutdownNow();
      flushRejects();
    }
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    return new IngestSummary(read, stored.get(), rejected.get(), seconds, archive.count());
  }

  private void rejectQuietly(String id, String reason) {
    try {
      reject(id, reason);
    } catch (IOException e) {
      LOG.warn("cannot write reject of {}: {}", id, e.toString());
    }
  }

  private synchronized void reject(String id, String reason) throws IOException {
    if (rejectsFile == null) {
      return;
    }
    if (rejects == null) {
      Files.createDirectories(rejectsFile.toAbsolutePath().getParent());
      rejects = Files.newBufferedWriter(rejectsFile, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
    ObjectNode node = MAPPER.createObjectNode();
    node.put("input", id);
    node.put("reason", reason);
    node.put("time", Instant.now().toString());
    rejects.write(MAPPER.writeValueAsString(node));
    rejects.write('\n');
  }

  private synchronized void flushRejects() throws IOException {
    if (rejects != null) {
      rejects.flush();
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (rejects != null) {
      rejects.close();
      rejects = null;
    }
  }
}
