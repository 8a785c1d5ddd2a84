package se.notis.doc;

/**
 * Part of speech and morphology per token: UPOS, XPOS (SUC tag with morphology, as in
 * Talbanken) and UD FEATS ({@code _} when empty). Arrays are indexed like the token layer.
 */
public final class TagLayer implements Layer {
  private final String[] upos;
  private final String[] xpos;
  private final String[] feats;
  /** The tagger's runner-up labels, for a parser that tags jointly; else null. */
  private final TagAlternatives alternatives;

  public TagLayer(String[] upos, String[] xpos, String[] feats) {
    this(upos, xpos, feats, null);
  }

  public TagLayer(String[] upos, String[] xpos, String[] feats, TagAlternatives alternatives) {
    if (upos.length != xpos.length || upos.length != feats.length) {
      throw new IllegalArgumentException("upos, xpos and feats differ in length");
    }
    if (alternatives != null && alternatives.upos().length != upos.length) {
      throw new IllegalArgumentException("alternatives and tags differ in length");
    }
    this.upos = upos;
    this.xpos = xpos;
    this.feats = feats;
    this.alternatives = alternatives;
  }

  /** The tagger's runner-up labels (only when the tag stage was asked for them), else null. */
  public TagAlternatives alternatives() {
    return alternatives;
  }

  public int size() {
    return upos.length;
  }

  public String upos(int i) {
    return upos[i];
  }

  public String xpos(int i) {
    return xpos[i];
  }

  public String feats(int i) {
    return feats[i];
  }

  @Override
  public void validate(int length) {
    // Indexed by token, not by offset: the pipeline checks the count against the token layer.
  }
}
