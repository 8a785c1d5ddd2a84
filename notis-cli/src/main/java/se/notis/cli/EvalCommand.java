package se.notis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code notis eval TASK}: scores a stage against gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Scores notis against gold data.",
    subcommands = {EvalTokenizeCommand.class, EvalNerCommand.class, EvalDocsCommand.class,
      EvalExtractCommand.class, EvalLanguageCommand.class, EvalTimexCommand.class, EvalQuotesCommand.class,
      EvalConvertCommand.class, EvalTagCommand.class, EvalTagFoldsCommand.class, EvalNerFoldsCommand.class})
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
