package se.notis.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.notis.conversion.ConversionEvaluator;
import se.notis.conversion.TalbankenConverter;
import se.notis.eval.EvalReport;
import se.notis.io.ConlluReader;
import se.notis.io.ConlluSentence;

/** {@code notis eval convert}: how close the UD v1→v2 conversion comes to a v2 reference split. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = "Converts a UD v1.0 Talbanken file to v2 and compares label distributions and"
        + " context-majority labels with a v2 reference (e.g. the dev split); also prints the unconverted"
        + " figures for contrast.")
final class EvalConvertCommand implements Callable<Integer> {
  @Option(names = "--train", required = true, paramLabel = "V1.conll", description = "UD v1.0 file to convert.")
  Path train;

  @Option(names = "--gold", required = true, paramLabel = "V2.conllu", description = "UD v2 reference split.")
  Path gold;

  @Option(names = "--write", paramLabel = "OUT.conllu", description = "Also write the converted file.")
  Path write;

  @Override
  public Integer call() throws Exception {
    List<ConlluSentence> v1 = ConlluReader.read(train);
    List<ConlluSentence> reference = ConlluReader.read(gold);
    List<ConlluSentence> v2 = TalbankenConverter.convert(v1);
    EvalReport before = ConversionEvaluator.evaluate(v1, reference);
    EvalReport after = ConversionEvaluator.evaluate(v2, reference);
    System.out.println("# unconverted v1.0");
    System.out.print(before.format());
    System.out.println("# converted to v2");
    System.out.print(after.format());
    if (write != null) {
      ConlluFiles.write(v2, write);
    }
    return 0;
  }
}
