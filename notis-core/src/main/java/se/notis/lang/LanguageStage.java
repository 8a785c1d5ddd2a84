package se.notis.lang;

import java.util.Set;
import se.notis.doc.Document;
import se.notis.pipeline.AbstractStage;

/**
 * Sets the document's language (metadata, no layer) from its text, unless the reader already
 * knew it (a JSON Lines record's field, a page's declared language).
 */
public final class LanguageStage extends AbstractStage {
  public static final String NAME = "language";

  private final LanguageIdentifier identifier;

  public LanguageStage() {
    this(LanguageIdentifier.shared());
  }

  LanguageStage(LanguageIdentifier identifier) {
    super(NAME, Set.of(), Set.of());
    this.identifier = identifier;
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
