package se.notis.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import se.notis.block.BlockStage;
import java.util.HashSet;
import java.util.Set;
import se.notis.doc.LayerKey;
import se.notis.quantity.QuantityStage;
import se.notis.sentence.SentenceStage;
import se.notis.time.TimeStage;
import se.notis.tokenize.TokenizeStage;

/**
 * Every stage notis knows, by name, in the order of the default pipeline. Stages are created on
 * first use and shared afterwards (they are thread-safe), so each model loads once per JVM.
 */
public final class StageRegistry {
  private static final Map<String, Supplier<Stage>> FACTORIES = new LinkedHashMap<>();
  private static final Map<String, Stage> CREATED = new ConcurrentHashMap<>();

  static {
    FACTORIES.put(se.notis.lang.LanguageStage.NAME, se.notis.lang.LanguageStage::new);
    FACTORIES.put(BlockStage.NAME, BlockStage::new);
    FACTORIES.put(TokenizeStage.NAME, TokenizeStage::new);
    FACTORIES.put(SentenceStage.NAME, SentenceStage::new);
    FACTORIES.put(se.notis.tag.TagStage.NAME, se.notis.tag.TagStage::new);
    // The parser settles the tags of the words it tags jointly, and the lemmas follow the tags.
    FACTORIES.put(se.notis.parse.ParseStage.NAME, se.notis.parse.ParseStage::new);
    FACTORIES.put(se.notis.lemma.LemmaStage.NAME, se.notis.lemma.LemmaStage::new);
    FACTORIES.put(se.notis.tag.RetagStage.NAME, se.notis.tag.RetagStage::new);
    FACTORIES.put(se.notis.ner.NerStage.NAME, se.notis.ner.NerStage::new);
    FACTORIES.put(se.notis.tag.NameTagStage.NAME, se.notis.tag.NameTagStage::new);
    FACTORIES.put(se.notis.quote.QuoteStage.NAME, se.notis.quote.QuoteStage::new);
    FACTORIES.put(TimeStage.NAME, TimeStage::new);
    FACTORIES.put(QuantityStage.NAME, QuantityStage::new);
  }

  private StageRegistry() {}

  /** Names of all stages, in default pipeline order. */
  public static List<String> names() {
    return new ArrayList<>(FACTORIES.keySet());
  }

  /** The shared instance of a stage; fails naming the known stages when the name is unknown. */
  public static Stage expect(String name) {
    Supplier<Stage> factory = FACTORIES.get(name);
    if (factory == null) {
      throw new IllegalArgumentException("unknown stage '" + name + "'; known stages: " + names());
    }
    return CREATED.computeIfAbsent(name, n -> factory.get());
  }

  /** The full default pipeline. */
  public static Pipeline defaultPipeline() {
    return pipeline(names());
  }

  /**
   * A pipeline of the named stages plus everything they need, in default order: asking for
   * {@code ner} also runs {@code blocks}, {@code tokenize} and {@code sentences}.
   */
  public static Pipeline pipeline(List<String> wanted) {
    List<String> order = names();
    int last = -1;
    for (String name : wanted) {
      if (!FACTORIES.containsKey(name)) {
        expect(name);
      }
      last = Math.max(last, order.indexOf(name));
    }
    // Every stage up to the last one wanted is looked at below: load their models side by side.
    order.subList(0, last + 1).parallelStream().forEach(StageRegistry::expect);
    Pipeline.Builder builder = Pipeline.builder();
    Set<LayerKey<?>> needed = new HashSet<>();
    for (String name : wanted) {
      needed.addAll(expect(name).requires());
    }
    List<Stage> chosen = new ArrayList<>();
    for (int i = last; i >= 0; i--) {
      Stage stage = expect(order.get(i));
      boolean wantedStage = wanted.contains(stage.name());
      boolean feeds = stage.provides().stream().anyMatch(needed::contains);
      if (wantedStage || feeds) {
        chosen.add(0, stage);
        needed.addAll(stage.requires());
      }
    }
    for (Stage stage : chosen) {
      builder.add(stage);
    }
    return builder.build();
  }
}
