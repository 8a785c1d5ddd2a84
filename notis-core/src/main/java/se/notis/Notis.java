package se.notis;

import java.util.List;
import se.notis.doc.Document;
import se.notis.doc.Metadata;
import se.notis.pipeline.Pipeline;
import se.notis.pipeline.StageRegistry;

/**
 * The front door: analyse Swedish news text with the default pipeline, or with chosen stages.
 *
 * <pre>{@code
 * Document doc = Notis.analyze(text, Metadata.EMPTY.withDate("2018-10-19"));
 * doc.entities().forEach(...);
 * }</pre>
 */
public final class Notis {
  private Notis() {}

  /** The full default pipeline; its models load on first use and are shared. */
  public static Pipeline pipeline() {
    return StageRegistry.defaultPipeline();
  }

  /** A pipeline running the named stages and the stages they depend on. */
  public static Pipeline pipeline(String... stages) {
    return StageRegistry.pipeline(List.of(stages));
  }

  public static Document analyze(String text) {
    return analyze(text, Metadata.EMPTY);
  }

  public static Document analyze(String text, Metadata meta) {
    return pipeline().process(Document.of(text, meta));
  }
}
