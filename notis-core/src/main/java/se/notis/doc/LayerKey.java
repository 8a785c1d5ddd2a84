package se.notis.doc;

import java.util.Objects;

/**
 * The name and type of one standoff layer of a {@link Document}, and the stage that produces it.
 *
 * <p>Keys are compared by identity: each layer has exactly one key, declared in {@link Layers}.
 */
public final class LayerKey<T> {
  private final String name;
  private final Class<T> type;
  private final String producer;

  LayerKey(String name, Class<T> type, String producer) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
    this.producer = Objects.requireNonNull(producer);
  }

  /** The layer's name, also its field name in JSON output. */
  public String name() {
    return name;
  }

  /** The layer's value type. */
  public Class<T> type() {
    return type;
  }

  /** The name of the pipeline stage that adds this layer, for error messages. */
  public String producer() {
    return producer;
  }

  @Override
  public String toString() {
    return name;
  }
}
