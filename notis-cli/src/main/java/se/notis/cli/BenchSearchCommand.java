package se.notis.cli;
@picocli.CommandLine.Command(name = "BenchSearchCommand")
final class BenchSearchCommand implements java.util.concurrent.Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
