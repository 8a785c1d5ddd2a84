package se.notis.tag;

import java.util.Locale;
import java.util.Set;
import se.notis.doc.Document;
import se.notis.doc.Entity;
import se.notis.doc.Layers;
import se.notis.doc.LemmaLayer;
import se.notis.doc.SentenceLayer;
import se.notis.doc.SpanLayer;
import se.notis.doc.TagLayer;
import se.notis.lemma.LemmaModel;
import se.notis.lemma.LemmaStage;
import se.notis.lemma.Lemmatizer;
import se.notis.lemma.SwedishDictionary;
import se.notis.pipeline.AbstractStage;

/**
 * Tags as proper nouns the words of person, place and organisation names that the tagger read as
 * common words ({@link NameWords}), and marks the last word of a name in the genitive as genitive: the
 * tagger sees a window of a few words, the name tagger the whole name, and a name lemmatised as a
 * common noun ("Excelsior" → "excelsia", "Lars" → "l") is wrong for every user of lemmas. A proper
 * noun's lemma is its form, without the genitive ending where the name is in the genitive (the
 * entity's canonical form, which the entity merger gives without the ending, says which).
 */
public final class NameTagStage extends AbstractStage {
  public static final String NAME = "names";
  private static final Set<String> NAME_TYPES = Set.of("PER", "LOC", "ORG");
  private final Lemmatizer lemmatizer;
  private final SwedishDictionary dictionary;

  /** Uses the dictionary and lemmatiser shipped with notis. */
  public NameTagStage() {
    this(LemmaStage.lemmatizer(LemmaModel.bundled()), SwedishDictionary.get());
  }

  public NameTagStage(Lemmatizer lemmatizer, SwedishDictionary dictionary) {
    super(NAME, Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.TAGS, Layers.LEMMAS, Layers.ENTITIES),
        Set.of(Layers.TAGS, Layers.LEMMAS));
    this.lemmatizer = lemmatizer;
    this.dictionary = dictionary;
  }

  @Override
  public Document process(Document doc) {
    SpanLayer tokens = doc.get(Layers.TOKENS);
    TagLayer tags = doc.get(Layers.TAGS);
    Retagging edit = new Retagging(tags, doc.get(Layers.LEMMAS));
    SentenceLayer sentences = doc.get(Layers.SENTENCES);
    int sentence = 0;
    int t = 0;
    for (Entity entity : doc.get(Layers.ENTITIES).entities()) {
      if (!NAME_TYPES.contains(entity.type())) {
        continue;
      }
      while (t < tokens.size() && tokens.end(t) <= entity.start()) {
        t++;
      }
      int end = t;
      while (end < tokens.size() && tokens.end(end) <= entity.end()) {
        end++;
      }
      for (int i = t; i < end; i++) {
        while (sentence < sentences.size() - 1 && sentences.endToken(sentence) <= i) {
          sentence++;
        }
        String word = doc.text(tokens.start(i), tokens.end(i));
        if (NameWords.isProperNoun(word, tags.upos(i), sentences.firstToken(sentence) == i, end - t > 1,
            dictionary.knowsAsCommonWord(word.toLowerCase(Locale.ROOT)))) {
          edit.set(i, "PROPN", "PM|NOM", "Case=Nom", word);
        }
      }
      if (end > t && isGenitive(doc.text(entity.start(), entity.end()), entity.canonical())
          && edit.upos(end - 1).equals("PROPN") && !edit.xpos(end - 1).equals("PM|GEN")) {
        String word = doc.text(tokens.start(end - 1), tokens.end(end - 1));
        edit.set(end - 1, "PROPN", "PM|GEN", "Case=Gen", lemmatizer.lemma(word, "PROPN", "PM|GEN"));
      }
    }
    return edit.changed() ? doc.with(Layers.TAGS, edit.tags()).with(Layers.LEMMAS, edit.lemmas()) : doc;
  }

  /**
   * Whether a name is written in the genitive, as its canonical form shows: the entity merger gives
   * that form without the genitive ending, so it ends with the name less the ending ("Amnesty
   * Internationals" → "Amnesty International", "USA:s" → "USA") and not with the name as written
   * ("Honduras"). Where the merger kept an ending, or the canonical form is an acronym's expansion,
   * the tagger's case stands.
   */
  static boolean isGenitive(String text, String canonical) {
    String stem = text.endsWith(":s") ? text.substring(0, text.length() - 2)
        : text.endsWith("s") ? text.substring(0, text.length() - 1) : "";
    return !stem.isEmpty() && canonical.endsWith(stem) && !canonical.endsWith(text);
  }

  /** The tag and lemma layers, copied on the first change and changed word by word. */
  private static final class Retagging {
    private final TagLayer tagLayer;
    private final LemmaLayer lemmaLayer;
    private String[] upos;
    private String[] xpos;
    private String[] feats;
    private String[] lemmas;

    Retagging(TagLayer tags, LemmaLayer lemmas) {
      this.tagLayer = tags;
      this.lemmaLayer = lemmas;
    }

    String upos(int i) {
      return upos == null ? tagLayer.upos(i) : upos[i];
    }

    String xpos(int i) {
      return xpos == null ? tagLayer.xpos(i) : xpos[i];
    }

    void set(int i, String newUpos, String newXpos, String newFeats, String lemma) {
      if (upos == null) {
        copy();
      }
      upos[i] = newUpos;
      xpos[i] = newXpos;
      feats[i] = newFeats;
      lemmas[i] = lemma;
    }

    boolean changed() {
      return upos != null;
    }

    private void copy() {
      int n = tagLayer.size();
      upos = new String[n];
      xpos = new String[n];
      feats = new String[n];
      lemmas = new String[n];
      for (int i = 0; i < n; i++) {
        upos[i] = tagLayer.upos(i);
        xpos[i] = tagLayer.xpos(i);
        feats[i] = tagLayer.feats(i);
        lemmas[i] = lemmaLayer.lemma(i);
      }
    }

    TagLayer tags() {
      return new TagLayer(upos, xpos, feats);
    }

    LemmaLayer lemmas() {
      return new LemmaLayer(lemmas);
    }
  }
}
