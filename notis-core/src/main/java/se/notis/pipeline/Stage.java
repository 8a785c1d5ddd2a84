package se.notis.pipeline;

import java.util.Set;
import se.notis.doc.Document;
import se.notis.doc.LayerKey;

/**
 * One step of analysis: reads some layers of a document and adds others.
 *
 * <p>Implementations are immutable and thread-safe: one instance serves every thread.
 */
public interface Stage {
  /** The stage's short name ("tokenize", "tag", "ner"). */
  String name();

  /** Layers that must be present before this stage runs. */
  Set<LayerKey<?>> requires();

  /** Layers this stage adds. */
  Set<LayerKey<?>> provides();

  /** Returns {@code doc} with this stage's layers added. */
  Document process(Document doc);
}
