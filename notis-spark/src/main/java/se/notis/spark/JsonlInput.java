package se.notis.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;
import se.notis.io.InputFiles;

/**
 * Reads JSON Lines files as numbered raw lines, split across partitions. Lines end at {@code \n}
 * only (as in {@link se.notis.io.JsonlReader}); blank lines are counted but not returned. A first
 * pass counts the lines of every split so each line gets its number within its file, which gives
 * a record without an id the same {@code file:line} id as on the command line.
 */
final class JsonlInput {
  /** Splits smaller than this cost more in task overhead than they gain in balance. */
  private static final long MIN_SPLIT_BYTES = 64 * 1024;
  /** Splits per core, so long and short documents even out across the cores. */
  private static final int SPLITS_PER_CORE = 4;

  private JsonlInput() {}

  /** The lines of one split, as counted by the first pass. */
  record SplitCount(String path, long start, long lines) implements Serializable {}

  static JavaRDD<SourceLine> read(JavaSparkContext jsc, List<String> inputs, int partitions) throws IOException {
    Configuration conf = new Configuration(jsc.hadoopConfiguration());
    conf.set("textinputformat.record.delimiter", "\n");
    conf.setBoolean(FileInputFormat.INPUT_DIR_RECURSIVE, true);
    long bytes = totalBytes(conf, inputs);
    int wanted = partitions > 0 ? partitions : Math.max(1, jsc.defaultParallelism() * SPLITS_PER_CORE);
    long split = Math.max(partitions > 0 ? 1 : MIN_SPLIT_BYTES, (bytes + wanted - 1) / wanted);
    conf.setLong(FileInputFormat.SPLIT_MAXSIZE, split);
    JavaNewHadoopRDD<LongWritable, Text> raw = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(
        String.join(",", inputs), TextInputFormat.class, LongWritable.class, Text.class, conf);

    List<SplitCount> counts = raw.mapPartitionsWithInputSplit(JsonlInput::count, true).collect();
    Broadcast<Map<String, Long>> before = jsc.broadcast(linesBefore(counts));
    return raw.mapPartitionsWithInputSplit((inputSplit, records) -> {
      FileSplit fileSplit = (FileSplit) inputSplit;
      Long first = before.value().get(key(fileSplit.getPath().toString(), fileSplit.getStart()));
      String name = InputFiles.baseName(java.nio.file.Path.of(fileSplit.getPath().getName()));
      return new NumberedLines(records, name, first == null ? 0 : first);
    }, true);
  }

  private static Iterator<SplitCount> count(InputSplit inputSplit, Iterator<Tuple2<LongWritable, Text>> records) {
    FileSplit fileSplit = (FileSplit) inputSplit;
    long lines = 0;
    while (records.hasNext()) {
      records.next();
      lines++;
    }
    return List.of(new SplitCount(fileSplit.getPath().toString(), fileSplit.getStart(), lines)).iterator();
  }

  /** For each split ({@code path@start}), how many lines of its file come before it. */
  static Map<String, Long> linesBefore(List<SplitCount> counts) {
    List<SplitCount> sorted = new ArrayList<>(counts);
    sorted.sort(Comparator.comparing(SplitCount::path).thenComparingLong(SplitCount::start));
    Map<String, Long> before = new HashMap<>();
    String path = null;
    long sum = 0;
    for (SplitCount count : sorted) {
      if (!count.path().equals(path)) {
        path = count.path();
        sum = 0;
      }
      before.put(key(count.path(), count.start()), sum);
      sum += count.lines();
    }
    return before;
  }

  private static String key(String path, long start) {
    return path + "@" + start;
  }

  static long totalBytes(Configuration conf, List<String> inputs) throws IOException {
    long bytes = 0;
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        throw new FileNotFoundException(input + ": no such file or directory");
      }
      for (FileStatus status : matches) {
        bytes += fs.getContentSummary(status.getPath()).getLength();
      }
    }
    return bytes;
  }

  /** The non-blank lines of one split with their numbers in the file; copies each line's bytes. */
  private static final class NumberedLines implements Iterator<SourceLine> {
    private final Iterator<Tuple2<LongWritable, Text>> records;
    private final String name;
    private long line;
    private SourceLine next;

    NumberedLines(Iterator<Tuple2<LongWritable, Text>> records, String name, long first) {
      this.records = records;
      this.name = name;
      this.line = first;
    }

    @Override
    public boolean hasNext() {
      while (next == null && records.hasNext()) {
        Text text = records.next()._2();
        line++;
        if (!isBlank(text)) {
          next = new SourceLine(name, line, text.copyBytes());
        }
      }
      return next != null;
    }

    @Override
    public SourceLine next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      SourceLine result = next;
      next = null;
      return result;
    }

    private static boolean isBlank(Text text) {
      byte[] bytes = text.getBytes();
      for (int i = 0; i < text.getLength(); i++) {
        byte b = bytes[i];
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }
  }
}
