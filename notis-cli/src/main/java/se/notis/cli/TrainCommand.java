package se.notis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code notis train TASK}: trains a model (or compiles a resource) from the shared data. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Trains a model or compiles a resource from data.",
    subcommands = {TrainNerCommand.class, TrainGazetteerCommand.class})
final class TrainCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
