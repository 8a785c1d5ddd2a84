package se.notis.lang;

import java.util.Set;
import se.notis.doc.Document;
import se.notis.doc.LayerKey;
import se.notis.pipeline.Stage;

/**
 * Sets the document's language (metadata, no layer) from its text, unless the reader already
 * knew it (a JSON Lines record's field, a page's declared language).
 */
public final class LanguageStage implements Stage {
  public static final String NAME = "language";

  private final LanguageIdentifier identifier;

  public LanguageStage() {
    this(LanguageIdentifier.shared());
  }

  LanguageStage(LanguageIdentifier identifier) {
    this.identifier = identifier;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of();
  }

  @Override
  public Document process(Document doc) {
    if (doc.meta().language() != null) {
      return doc;
    }
    return identifier.identify(doc.text())
        .map(lang -> doc.withMeta(doc.meta().withLanguage(lang)))
        .orElse(doc);
  }
}
