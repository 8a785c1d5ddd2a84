package se.notis.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.notis.doc.Document;
import se.notis.doc.LayerKey;

/**
 * An ordered list of {@link Stage}s, checked when built: every stage's required layers are
 * provided by an earlier stage, and no stage name appears twice. Thread-safe.
 */
public final class Pipeline {
  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Stage> stages() {
    return stages;
  }

  public List<String> stageNames() {
    return stages.stream().map(Stage::name).collect(Collectors.toList());
  }

  /** Runs every stage in order. */
  public Document process(Document doc) {
    for (Stage stage : stages) {
      doc = stage.process(doc);
    }
    return doc;
  }

  /** Builds a {@link Pipeline}; {@link #add} fails at once on a misplaced stage. */
  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();
    private final Set<LayerKey<?>> provided = new HashSet<>();
    private final Set<String> names = new HashSet<>();

    private Builder() {}

    /** Declares layers that the input documents already carry (e.g. blocks from a reader). */
    public Builder given(LayerKey<?>... keys) {
      provided.addAll(List.of(keys));
      return this;
    }

    public Builder add(Stage stage) {
      if (!names.add(stage.name())) {
        throw new IllegalArgumentException("stage '" + stage.name() + "' is already in the pipeline");
      }
      for (LayerKey<?> key : stage.requires()) {
        if (!provided.contains(key)) {
          throw new IllegalArgumentException("stage '" + stage.name() + "' needs the '" + key.name()
              + "' layer: add the '" + key.producer() + "' stage before it");
        }
      }
      provided.addAll(stage.provides());
      stages.add(stage);
      return this;
    }

    public Pipeline build() {
      return new Pipeline(stages);
    }
  }
}
