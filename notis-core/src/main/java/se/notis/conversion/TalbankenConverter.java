package se.notis.conversion;

import java.util.ArrayList;
import java.util.List;
import se.notis.io.ConlluSentence;

/**
 * Rewrites a UD v1.0 Swedish-Talbanken sentence in UD v2 form. Each rule follows a documented v2
 * change or what the current dev split shows: CONJ→CCONJ, auxiliaries and copulas VERB→AUX, the
 * non-UD tag DT of possessives (PRON) and wh-determiners (DET), negation as PART/advmod, nominal
 * obliques nmod→obl, the renamed relations, and multi-word {@code mwe} units that v2 analyses as a
 * preposition plus its noun. The passes live in package-private classes by theme:
 * {@link MultiwordUnits}, {@link VerbGroups}, {@link Coordination} and {@link LabelMapping}.
 */
public final class TalbankenConverter {
  private TalbankenConverter() {}

  public static List<ConlluSentence> convert(List<ConlluSentence> sentences) {
    List<ConlluSentence> out = new ArrayList<>(sentences.size());
    for (ConlluSentence sent : sentences) {
      out.add(convert(sent));
    }
    return out;
  }

  public static ConlluSentence convert(ConlluSentence sent) {
    List<ConlluSentence.Word> words = sent.words();
    int n = words.size();
    String[] form = new String[n];
    String[] upos = new String[n];
    String[] xpos = new String[n];
    String[] feats = new String[n];
    int[] head = new int[n];
    String[] rel = new String[n];
    for (int i = 0; i < n; i++) {
      ConlluSentence.Word w = words.get(i);
      form[i] = w.form();
      upos[i] = w.upos();
      xpos[i] = w.xpos();
      feats[i] = w.feats();
      head[i] = w.head();
      rel[i] = w.deprel();
    }
    // The order matters: the tree passes read v1 labels, the label passes the rebuilt tree.
    MultiwordUnits.reanalyseMultiwords(form, upos, head, rel);
    VerbGroups.reanalyseClefts(form, upos, head, rel);
    VerbGroups.promoteMainVerbs(form, head, rel);
    VerbGroups.reanalyseFalseAuxiliaries(form, head, rel);
    VerbGroups.reanalysePassiveBli(form, upos, xpos, head, rel);
    Coordination.reattachCoordination(head, rel);
    LabelMapping.mapTags(form, upos, xpos, rel);
    LabelMapping.completeFeatures(form, upos, xpos, feats, head, rel);
    LabelMapping.mapRelations(form, upos, xpos, head, rel);
    LabelMapping.reanalyseComparativeObliques(form, upos, head, rel);
    LabelMapping.reattachResumptiveAdverbs(form, head, rel);
    Coordination.markParataxis(upos, head, rel);
    Coordination.attachPunctuationBeforeParataxis(head, rel);
    Coordination.coordinateAdjectives(form, upos, head, rel);
    LabelMapping.finishFeatures(form, xpos, feats, head, rel);
    List<ConlluSentence.Word> outWords = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ConlluSentence.Word w = words.get(i);
      outWords.add(new ConlluSentence.Word(w.id(), form[i], w.lemma(), upos[i], xpos[i], feats[i], head[i],
          rel[i], "_", w.misc()));
    }
    return new ConlluSentence(sent.comments(), outWords);
  }
}
