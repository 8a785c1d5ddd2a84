package se.notis.tag;

/** The bundled tagger's tags of one word of a sentence whose tokens are split by spaces, for the rule tests. */
final class BundledTags {
  private BundledTags() {}

  /** "UPOS XPOS" of word {@code i}. */
  static String of(String sentence, int i) {
    String[] words = sentence.split(" ");
    String[] upos = new String[words.length];
    String[] xpos = new String[words.length];
    String[] feats = new String[words.length];
    TaggerModel.bundled().tagger().tag(words, upos, xpos, feats);
    return upos[i] + " " + xpos[i];
  }

  /** The UPOS of word {@code i}. */
  static String upos(String sentence, int i) {
    return of(sentence, i).split(" ")[0];
  }
}
