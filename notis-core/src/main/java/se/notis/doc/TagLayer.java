package se.notis.doc;

/**
 * Part of speech and morphology per token: UPOS, XPOS (SUC tag with morphology, as in
 * Talbanken) and UD FEATS ({@code _} when empty). Arrays are indexed like the token layer.
 */
public final class TagLayer implements Layer {
  private final String[] upos;
  private final String[] xpos;
  private final String[] feats;

  public TagLayer(String[] upos, String[] xpos, String[] feats) {
    if (upos.length != xpos.length || upos.length != feats.length) {
      throw new IllegalArgumentException("upos, xpos and feats differ in length");
    }
    this.upos = upos;
    this.xpos = xpos;
    this.feats = feats;
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
