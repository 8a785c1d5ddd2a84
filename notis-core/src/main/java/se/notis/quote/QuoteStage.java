package se.notis.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import se.notis.doc.BlockLayer;
import se.notis.doc.BlockType;
import se.notis.doc.Document;
import se.notis.doc.Entity;
import se.notis.doc.EntityLayer;
import se.notis.doc.Layers;
import se.notis.doc.Quote;
import se.notis.doc.QuoteLayer;
import se.notis.doc.SentenceLayer;
import se.notis.doc.Span;
import se.notis.doc.SpanLayer;
import se.notis.doc.TagLayer;
import se.notis.pipeline.AbstractStage;

/**
 * Adds the quote layer: direct and reported statements with speaker, cue and medium. Reads the
 * entity layer when an earlier stage made one (a speaker's canonical name is then the merged
 * entity name); without it, names are found from capitalised words and a first-name list.
 */
public final class QuoteStage extends AbstractStage {
  public static final String NAME = "quote";

  private final QuoteFinder finder;

  public QuoteStage() {
    super(NAME, Set.of(Layers.BLOCKS, Layers.TOKENS, Layers.SENTENCES), Set.of(Layers.QUOTES));
    this.finder = new QuoteFinder(QuoteLexicon.get());
  }

  @Override
  public Document process(Document doc) {
    SpanLayer tokens = doc.get(Layers.TOKENS);
    SentenceLayer sents = doc.get(Layers.SENTENCES);
    BlockLayer blocks = doc.get(Layers.BLOCKS);
    int n = tokens.size();
    int[] ts = new int[n];
    int[] te = new int[n];
    boolean identity = doc.charsAreCodePoints();
    for (int i = 0; i < n; i++) {
      ts[i] = identity ? tokens.start(i) : doc.charIndex(tokens.start(i));
      te[i] = identity ? tokens.end(i) : doc.charIndex(tokens.end(i));
    }
    // Soft hyphens split words into tokens ("justitie\u00ADminister"): join them again.
    int[] index = new int[n + 1];
    int kept = 0;
    for (int i = 0; i < n; i++) {
      index[i] = kept;
      if (doc.text().charAt(ts[i]) == '\u00AD' && softHyphens(doc.text(), ts[i], te[i])) {
        if (kept > 0 && te[kept - 1] == ts[i] && i + 1 < n && ts[i + 1] == te[i]
            && !softHyphens(doc.text(), ts[i + 1], te[i + 1])) {
          te[kept - 1] = te[i + 1];
          index[i] = kept - 1; // the hyphen and the word after it are part of the word before
          index[++i] = kept - 1;
        }
        continue;
      }
      ts[kept] = ts[i];
      te[kept] = te[i];
      kept++;
    }
    index[n] = kept;
    if (kept < n) {
      ts = Arrays.copyOf(ts, kept);
      te = Arrays.copyOf(te, kept);
    }
    int[] sf = new int[sents.size()];
    int[] se = new int[sents.size()];
    int count = 0;
    for (int s = 0; s < sf.length; s++) {
      int first = index[sents.firstToken(s)];
      int end = Math.max(first, sents.endToken(s) >= n ? kept : index[sents.endToken(s)]);
      if (end > first) {
        sf[count] = first;
        se[count] = end;
        count++;
      }
    }
    sf = Arrays.copyOf(sf, count);
    se = Arrays.copyOf(se, count);
    int[] bs = new int[blocks.size()];
    int[] be = new int[blocks.size()];
    boolean[] heading = new boolean[blocks.size()];
    for (int b = 0; b < bs.length; b++) {
      bs[b] = doc.charIndex(blocks.start(b));
      be[b] = doc.charIndex(blocks.end(b));
      heading[b] = blocks.type(b) == BlockType.TITLE || blocks.type(b) == BlockType.SUBHEADING;
    }
    QuoteFinder.Names names = doc.find(Layers.ENTITIES).map(l -> names(doc, l)).orElse(QuoteFinder.Names.NONE);
    TagLayer tags = doc.find(Layers.TAGS).orElse(null);
    boolean[] verbs = tags == null ? null : verbs(tags, index, n, kept);
    boolean[] nominativeNouns = tags == null ? null : nominativeNouns(tags, index, n, kept);
    List<QuoteFinder.Found> found = finder.find(
        new QuoteFinder.Input(doc.text(), ts, te, sf, se, bs, be, heading, names, verbs, nominativeNouns));
    List<Quote> quotes = new ArrayList<>(found.size());
    for (QuoteFinder.Found f : found) {
      quotes.add(new Quote(cp(doc, f.start()), cp(doc, f.end()), f.direct() ? Quote.Kind.DIRECT : Quote.Kind.INDIRECT,
          span(doc, f.cueStart(), f.cueEnd()),
          f.speakerStart() < 0 ? null
              : new Quote.Speaker(cp(doc, f.speakerStart()), cp(doc, f.speakerEnd()), f.canonical()),
          span(doc, f.mediumStart(), f.mediumEnd())));
    }
    return doc.with(Layers.QUOTES, new QuoteLayer(quotes));
  }

  /** Which of the {@code kept} tokens (after soft-hyphen joins, {@code index}) the tagger calls verbs. */
  private static boolean[] verbs(TagLayer tags, int[] index, int n, int kept) {
    boolean[] verbs = new boolean[kept];
    for (int i = 0; i < n && i < tags.size(); i++) {
      String upos = tags.upos(i);
      if (index[i] < kept) { // a lone soft hyphen dropped at the end of the text stands for no kept token
        verbs[index[i]] |= upos.equals("VERB") || upos.equals("AUX");
      }
    }
    return verbs;
  }

  /** Which of the {@code kept} tokens the tagger calls common nouns in the nominative ("NN|UTR|SIN|IND|NOM"). */
  private static boolean[] nominativeNouns(TagLayer tags, int[] index, int n, int kept) {
    boolean[] nominative = new boolean[kept];
    for (int i = 0; i < n && i < tags.size(); i++) {
      String xpos = tags.xpos(i);
      if (index[i] < kept && xpos != null && xpos.startsWith("NN") && xpos.endsWith("NOM")) {
        nominative[index[i]] = true;
      }
    }
    return nominative;
  }

  private static boolean softHyphens(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) != '\u00AD') {
        return false;
      }
    }
    return end > start;
  }

  private static QuoteFinder.Names names(Document doc, EntityLayer layer) {
    List<Entity> ents = layer.entities();
    int[] s = new int[ents.size()];
    int[] e = new int[ents.size()];
    String[] type = new String[ents.size()];
    String[] canonical = new String[ents.size()];
    for (int i = 0; i < s.length; i++) {
      Entity ent = ents.get(i);
      s[i] = doc.charIndex(ent.start());
      e[i] = doc.charIndex(ent.end());
      type[i] = ent.type();
      canonical[i] = ent.canonical() != null ? ent.canonical() : doc.text(ent.start(), ent.end());
    }
    return new QuoteFinder.Names(s, e, type, canonical);
  }

  private static int cp(Document doc, int charIndex) {
    return doc.charsAreCodePoints() ? charIndex : doc.codePointIndex(charIndex);
  }

  private static Span span(Document doc, int start, int end) {
    return start < 0 ? null : new Span(cp(doc, start), cp(doc, end));
  }
}
