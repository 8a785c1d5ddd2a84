package se.notis.io;

import java.util.List;

/**
 * One sentence of a CoNLL-U file: its comments and its word lines (multi-word token ranges and
 * empty nodes are left out). Fields hold {@code _} where the file does.
 */
public record ConlluSentence(List<String> comments, List<Word> words) {

  /** One word line: the ten CoNLL-U columns. */
  public record Word(int id, String form, String lemma, String upos, String xpos, String feats,
      int head, String deprel, String deps, String misc) {

    public boolean spaceAfter() {
      return !misc.contains("SpaceAfter=No");
    }
  }

  /** The value of a {@code # key = value} comment, or null. */
  public String comment(String key) {
    String prefix = "# " + key;
    for (String comment : comments) {
      if (comment.startsWith(prefix)) {
        String rest = comment.substring(prefix.length()).strip();
        if (rest.isEmpty()) {
          return "";
        }
        if (rest.startsWith("=")) {
          return rest.substring(1).strip();
        }
      }
    }
    return null;
  }

  public boolean hasComment(String key) {
    return comment(key) != null;
  }
}
