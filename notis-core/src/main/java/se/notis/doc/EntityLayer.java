package se.notis.doc;

import java.util.List;

/** Named entities and references to them, each list in text order. */
public record EntityLayer(List<Entity> entities, List<EntityReference> references) implements Layer {
  public EntityLayer {
    entities = List.copyOf(entities);
    references = List.copyOf(references);
  }

  @Override
  public void validate(int length) {
    for (Entity ent : entities) {
      Layer.checkSpan("entity", ent.start(), ent.end(), length);
    }
    for (EntityReference ref : references) {
      Layer.checkSpan("entity reference", ref.start(), ref.end(), length);
    }
  }
}
