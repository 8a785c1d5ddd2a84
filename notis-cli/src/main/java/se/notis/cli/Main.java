package se.notis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code notis} command: analyses Swedish news text. */
@Command(
    name = "notis",
    mixinStandardHelpOptions = true,
    version = "notis 0.1.0",
    description = "News intelligence for Swedish text.",
    subcommands = {
      AnalyzeCommand.class,
      ExtractCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      TrainCommand.class,
      NerCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      StatsCommand.class,
      ServeCommand.class,
      BenchSearchCommand.class,
      BenchApiCommand.class,
      SearchWordsCommand.class,
      QuotesCommand.class,
      TagCommand.class,
      SparkCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (tests call this). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("notis: " + Errors.describe(e));
      return 1;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
