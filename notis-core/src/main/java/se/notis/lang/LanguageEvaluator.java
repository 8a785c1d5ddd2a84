package se.notis.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.notis.eval.Accuracy;
import se.notis.eval.EvalReport;

/**
 * Measures language identification on gold lines {@code lang<TAB>text}: accuracy overall under
 * {@code language} and per gold language under {@code language.XX}.
 */
public final class LanguageEvaluator {
  private LanguageEvaluator() {}

  /** One gold example. */
  public record LanguageSample(String language, String text) {}

  /** Reads {@code lang<TAB>text} lines; blank lines and lines starting with # are skipped. */
  public static List<LanguageSample> read(Path gold) throws IOException {
    List<LanguageSample> samples = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          throw new IOException(gold + ":" + number + ": expected 'lang<TAB>text'");
        }
        samples.add(new LanguageSample(line.substring(0, tab).strip(), line.substring(tab + 1)));
      }
    }
    return samples;
  }

  public static EvalReport evaluate(List<LanguageSample> samples, LanguageIdentifier identifier) {
    EvalReport report = EvalReport.empty();
    for (LanguageSample sample : samples) {
      boolean correct = identifier.identify(sample.text()).map(sample.language()::equals).orElse(false);
      Accuracy one = Accuracy.ZERO.plus(correct);
      report = report.with("language", one).with("language." + sample.language(), one);
    }
    return report;
  }
}
