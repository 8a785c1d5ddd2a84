package se.notis.doc;

/**
 * A dependency tree per sentence: for each token the document-level index of its head token (or
 * -1 for the sentence root) and its UD v2 relation.
 */
public final class DependencyLayer implements Layer {
  private final int[] heads;
  private final String[] relations;

  public DependencyLayer(int[] heads, String[] relations) {
    if (heads.length != relations.length) {
      throw new IllegalArgumentException("heads and relations differ in length");
    }
    this.heads = heads;
    this.relations = relations;
  }

  public int size() {
    return heads.length;
  }

  /** Document-level token index of the head, or -1 for the root. */
  public int head(int i) {
    return heads[i];
  }

  public String relation(int i) {
    return relations[i];
  }

  @Override
  public void validate(int length) {
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] < -1 || heads[i] >= heads.length || heads[i] == i) {
        throw new IllegalArgumentException("token " + i + " has head " + heads[i]);
      }
    }
  }
}
