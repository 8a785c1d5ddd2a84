package se.notis.cli;
@picocli.CommandLine.Command(name = "BenchApiCommand")
final class BenchApiCommand implements java.util.concurrent.Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
