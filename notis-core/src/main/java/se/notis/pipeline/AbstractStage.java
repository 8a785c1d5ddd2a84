package se.notis.pipeline;

import java.util.Set;
import se.notis.doc.LayerKey;

/**
 * A stage that states its name and the layers it reads and writes once, in its constructor (as a
 * spaCy component declares {@code requires} and {@code assigns}), so that a subclass only
 * implements {@link #process}.
 */
public abstract class AbstractStage implements Stage {
  private final String name;
  private final Set<LayerKey<?>> requires;
  private final Set<LayerKey<?>> provides;

  protected AbstractStage(String name, Set<LayerKey<?>> requires, Set<LayerKey<?>> provides) {
    this.name = name;
    this.requires = Set.copyOf(requires);
    this.provides = Set.copyOf(provides);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Set<LayerKey<?>> requires() {
    return requires;
  }

  @Override
  public final Set<LayerKey<?>> provides() {
    return provides;
  }
}
