package se.notis.lang;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Names the language of a text as an ISO 639-1 code ({@code sv}, {@code en}, {@code no} for
 * Norwegian Bokmål and Nynorsk, {@code da}, …). Immutable and thread-safe; {@link #shared()} loads
 * the profiles once per JVM.
 */
public final class LanguageIdentifier {
  /** Longer texts are cut here: a few sentences decide, and the cost stays flat. */
  static final int MAX_CHARS = 600;
  private static final double DETECTOR_WEIGHT = 0.5;
  /** Floor under the detector's probability: it is overconfident on a few words. */
  private static final double DETECTOR_FLOOR = 0.05;
  /**
   * Head start for Swedish among the three, in feature points: notis reads Swedish news, and a
   * line like "Misshandel, Kramfors" carries no evidence either way.
   */
  private static final double[] PRIOR = {0.5, 0, 0};

  private final LanguageDetector detector;
  private final TextObjectFactory texts;
  private final ScandinavianScorer scandinavian;

  private LanguageIdentifier() {
    try {
      this.detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
          .withProfiles(new LanguageProfileReader().readAllBuiltIn())
          .minimalConfidence(0.05)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the language profiles", e);
    }
    this.texts = CommonTextObjectFactories.forDetectingOnLargeText();
    this.scandinavian = ScandinavianScorer.load();
  }

  private static final class Holder {
    static final LanguageIdentifier INSTANCE = new LanguageIdentifier();
  }

  /** The shared instance (profiles load on first use). */
  public static LanguageIdentifier shared() {
    return Holder.INSTANCE;
  }

  /** The text's language, or empty when the text is too short or has no letters to tell by. */
  public Optional<String> identify(String text) {
    String sample = sample(text);
    int letters = 0;
    for (int i = 0; i < sample.length() && letters < 3; i++) {
      if (Character.isLetter(sample.charAt(i))) {
        letters++;
      }
    }
    if (letters < 3) {
      return Optional.empty();
    }
    List<DetectedLanguage> ranked = detector.getProbabilities(texts.forText(sample));
    String top = ranked.isEmpty() ? null : code(ranked.get(0));
    double[] scand = scandinavian.score(sample);
    if (top == null || isScandinavian(top)) {
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int l = 0; l < ScandinavianScorer.LANGUAGES.length; l++) {
        double p = probability(ranked, ScandinavianScorer.LANGUAGES[l]);
        double score = PRIOR[l] + scand[l] + DETECTOR_WEIGHT * Math.log(p + DETECTOR_FLOOR);
        if (score > bestScore) {
          bestScore = score;
          best = l;
        }
      }
      if (top != null || max(scand) >= 3) {
        return Optional.of(ScandinavianScorer.LANGUAGES[best]);
      }
      return Optional.empty();
    }
    return Optional.of(top);
  }

  private static String sample(String text) {
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', MAX_CHARS);
    return text.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
  }

  private static boolean isScandinavian(String code) {
    return code.equals("sv") || code.equals("no") || code.equals("da");
  }

  private static double probability(List<DetectedLanguage> ranked, String code) {
    for (DetectedLanguage lang : ranked) {
      if (code(lang).equals(code)) {
        return lang.getProbability();
      }
    }
    return 0;
  }

  private static double max(double[] values) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      m = Math.max(m, v);
    }
    return m;
  }

  /** ISO 639-1 code of a detected language ({@code zh-CN} → {@code zh}). */
  private static String code(DetectedLanguage lang) {
    String code = lang.getLocale().getLanguage();
    return code.equals("nb") || code.equals("nn") ? "no" : code;
  }
}
