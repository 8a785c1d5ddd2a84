package se.notis.cli;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code notis spark}: runs the Spark job (module notis-spark) in local mode. Spark and its
 * Hadoop and Scala libraries (~300 MB) stay out of the notis jar: the job runs in a child JVM
 * on {@code notis-spark/target/notis-spark.jar} plus {@code notis-spark/target/lib/}, with the
 * {@code --add-opens} flags Spark needs on Java 17. All arguments go to the job unchanged.
 */
@Command(
    name = "spark",
    description = {
      "Analyses JSON Lines (or Parquet) articles with Apache Spark (local mode unless --master says otherwise):",
      "  notis spark --input FILE.jsonl --output DIR [--master local[2]] [--stages …] [--partitions N]",
      "Writes DIR/analyses/*.jsonl (the lines of `notis analyze --input jsonl --format jsonl`), Parquet tables",
      "DIR/{documents,entities,quotes,timex}/ and the error table DIR/errors/. `notis spark --help` for all options.",
      "Needs notis-spark built: mvn -B -q -pl notis-spark -am package -DskipTests (./notis does it)."
    })
final class SparkCommand implements Callable<Integer> {
  /** Spark's JavaModuleOptions for Java 17, as in notis-spark's pom. */
  static final List<String> ADD_OPENS = List.of(
      "-XX:+IgnoreUnrecognizedVMOptions",
      "--add-opens=java.base/java.lang=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED",
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
      "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
      "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
      "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
      "-Djdk.reflect.useDirectMethodHandle=false");

  /** Every argument, in order, for the job's own parser (which prints its usage on errors). */
  @Unmatched List<String> args = new ArrayList<>();

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path dir = sparkDir();
    Path jar = dir.resolve("notis-spark.jar");
    Path lib = dir.resolve("lib");
    if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
      throw new IOException("notis-spark is not built (" + jar + "): run mvn -B -q -pl notis-spark -am package -DskipTests");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String javaOpts = System.getenv("NOTIS_SPARK_JAVA_OPTS");
    command.addAll(javaOpts == null || javaOpts.isBlank() ? List.of("-Xss8m") : List.of(javaOpts.trim().split("\\s+")));
    command.addAll(ADD_OPENS);
    command.add("-cp");
    command.add(jar + File.pathSeparator + lib.resolve("*"));
    command.add("se.notis.spark.SparkMain");
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    // Local mode binds to loopback; without this Spark looks up (and warns about) the host's address.
    builder.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
    Process process = builder.start();
    return process.waitFor();
  }

  /**
   * notis-spark's target folder: the {@code notis.spark.dir} property or {@code NOTIS_SPARK_DIR},
   * else beside this jar in the source tree ({@code notis-cli/target/notis.jar}).
   */
  private static Path sparkDir() {
    String configured = System.getProperty("notis.spark.dir", System.getenv("NOTIS_SPARK_DIR"));
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    try {
      Path self = Path.of(SparkCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // notis-cli/target/notis.jar (or notis-cli/target/classes) -> notis-spark/target
      return self.getParent().getParent().resolveSibling("notis-spark").resolve("target");
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("notis-spark", "target");
    }
  }
}
