package se.notis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code notis train TASK}: builds a model or a compact resource from data in {@code ../shared}. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Builds models and resources from training data.",
    subcommands = {TrainFirstNamesCommand.class})
final class TrainCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
