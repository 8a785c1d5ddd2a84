package se.notis.doc;

import java.util.AbstractList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * An immutable text with its metadata and standoff annotation layers.
 *
 * <p>All offsets are half-open Unicode code-point offsets into {@link #text()}. Stages never
 * modify a document: {@link #with} returns a new one sharing the text and the other layers.
 * Views ({@link Token}, {@link Sentence}, {@link Block}) are made on access and copy no text.
 */
public final class Document {
  private final String text;
  private final Metadata meta;
  private final OffsetIndex offsets;
  private final Map<LayerKey<?>, Layer> layers;

  private Document(String text, Metadata meta, OffsetIndex offsets, Map<LayerKey<?>, Layer> layers) {
    this.text = text;
    this.meta = meta;
    this.offsets = offsets;
    this.layers = layers;
  }

  public static Document of(String text, Metadata meta) {
    Objects.requireNonNull(text, "text");
    return new Document(text, meta == null ? Metadata.EMPTY : meta, new OffsetIndex(text),
        Collections.emptyMap());
  }

  public static Document of(String text) {
    return of(text, Metadata.EMPTY);
  }

  /** The unchanged input text. */
  public String text() {
    return text;
  }

  /** The text between two code-point offsets. */
  public String text(int start, int end) {
    Layer.checkSpan("span", start, end, offsets.length());
    return text.substring(offsets.toChar(start), offsets.toChar(end));
  }

  /** The texts of spans {@code first} (inclusive) to {@code end} (exclusive): a sentence's words. */
  public String[] texts(SpanLayer spans, int first, int end) {
    String[] out = new String[end - first];
    for (int i = first; i < end; i++) {
      out[i - first] = text(spans.start(i), spans.end(i));
    }
    return out;
  }

  /** Length of the text in code points. */
  public int length() {
    return offsets.length();
  }

  /** The char (UTF-16) index in {@link #text()} of a code-point offset. */
  public int charIndex(int codePoint) {
    return offsets.toChar(codePoint);
  }

  /** The code-point offset of a char (UTF-16) index in {@link #text()}. */
  public int codePointIndex(int charIndex) {
    return offsets.toCodePoint(charIndex);
  }

  /** True when char and code-point offsets coincide (no supplementary characters). */
  public boolean charsAreCodePoints() {
    return offsets.identity();
  }

  /**
   * The same spans as UTF-16 char offsets into {@link #text()}, for code that works on Java
   * strings: the layer itself when chars and code points coincide.
   */
  public SpanLayer charSpans(SpanLayer spans) {
    if (offsets.identity()) {
      return spans;
    }
    int[] starts = new int[spans.size()];
    int[] ends = new int[spans.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = offsets.toChar(spans.start(i));
      ends[i] = offsets.toChar(spans.end(i));
    }
    return new SpanLayer(starts, ends);
  }

  public Metadata meta() {
    return meta;
  }

  public String id() {
    return meta.id();
  }

  /** The layer under {@code key}; fails naming the stage that produces it when absent. */
  public <T extends Layer> T get(LayerKey<T> key) {
    Layer layer = layers.get(key);
    if (layer == null) {
      throw new IllegalStateException("document has no '" + key.name() + "' layer: add the '"
          + key.producer() + "' stage to the pipeline before the stage that reads it");
    }
    return key.type().cast(layer);
  }

  public <T extends Layer> Optional<T> find(LayerKey<T> key) {
    return Optional.ofNullable(key.type().cast(layers.get(key)));
  }

  public boolean has(LayerKey<?> key) {
    return layers.containsKey(key);
  }

  /** A copy of this document with {@code layer} set (replacing any previous one). */
  public <T extends Layer> Document with(LayerKey<T> key, T layer) {
    Objects.requireNonNull(layer, key.name());
    layer.validate(offsets.length());
    Map<LayerKey<?>, Layer> copy = new IdentityHashMap<>(layers);
    copy.put(key, layer);
    return new Document(text, meta, offsets, Collections.unmodifiableMap(copy));
  }

  /** A copy of this document without the layer under {@code key}. */
  public Document without(LayerKey<?> key) {
    if (!layers.containsKey(key)) {
      return this;
    }
    Map<LayerKey<?>, Layer> copy = new IdentityHashMap<>(layers);
    copy.remove(key);
    return new Document(text, meta, offsets, Collections.unmodifiableMap(copy));
  }

  public Document withMeta(Metadata meta) {
    return new Document(text, Objects.requireNonNull(meta), offsets, layers);
  }

  public List<Block> blocks() {
    BlockLayer layer = get(Layers.BLOCKS);
    return views(layer.size(), i -> new Block(this, i));
  }

  public List<Sentence> sentences() {
    SentenceLayer layer = get(Layers.SENTENCES);
    return views(layer.size(), i -> new Sentence(this, i));
  }

  public List<Token> tokens() {
    SpanLayer layer = get(Layers.TOKENS);
    return views(layer.size(), i -> new Token(this, i));
  }

  public Token token(int index) {
    Objects.checkIndex(index, get(Layers.TOKENS).size());
    return new Token(this, index);
  }

  public List<Entity> entities() {
    return get(Layers.ENTITIES).entities();
  }

  public List<Quote> quotes() {
    return get(Layers.QUOTES).quotes();
  }

  public List<TimeExpression> timexes() {
    return get(Layers.TIMEX).expressions();
  }

  public List<Quantity> quantities() {
    return get(Layers.QUANTITIES).quantities();
  }

  interface ViewFactory<V> {
    V at(int index);
  }

  static <V> List<V> views(int size, ViewFactory<V> factory) {
    return new ViewList<>(size, factory);
  }

  private static final class ViewList<V> extends AbstractList<V> implements RandomAccess {
    private final int size;
    private final ViewFactory<V> factory;

    ViewList(int size, ViewFactory<V> factory) {
      this.size = size;
      this.factory = factory;
    }

    @Override
    public V get(int index) {
      Objects.checkIndex(index, size);
      return factory.at(index);
    }

    @Override
    public int size() {
      return size;
    }
  }

  @Override
  public String toString() {
    return "Document[id=" + meta.id() + ", length=" + length() + ", layers=" + layers.keySet() + "]";
  }
}
