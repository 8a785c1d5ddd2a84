package se.notis.doc;

/** The keys of every layer a {@link Document} can carry, with the stage that produces each. */
public final class Layers {
  private Layers() {}

  public static final LayerKey<BlockLayer> BLOCKS = new LayerKey<>("blocks", BlockLayer.class, "blocks");
  public static final LayerKey<SpanLayer> TOKENS = new LayerKey<>("tokens", SpanLayer.class, "tokenize");
  public static final LayerKey<SentenceLayer> SENTENCES =
      new LayerKey<>("sentences", SentenceLayer.class, "sentences");
  public static final LayerKey<TagLayer> TAGS = new LayerKey<>("tags", TagLayer.class, "tag");
  public static final LayerKey<LemmaLayer> LEMMAS = new LayerKey<>("lemmas", LemmaLayer.class, "lemma");
  public static final LayerKey<DependencyLayer> DEPENDENCIES =
      new LayerKey<>("dependencies", DependencyLayer.class, "parse");
  public static final LayerKey<EntityLayer> ENTITIES = new LayerKey<>("entities", EntityLayer.class, "ner");
  public static final LayerKey<QuoteLayer> QUOTES = new LayerKey<>("quotes", QuoteLayer.class, "quote");
  public static final LayerKey<TimexLayer> TIMEX = new LayerKey<>("timex", TimexLayer.class, "time");
  public static final LayerKey<QuantityLayer> QUANTITIES =
      new LayerKey<>("quantities", QuantityLayer.class, "quantity");
}
