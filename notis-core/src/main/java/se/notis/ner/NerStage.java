package se.notis.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;
import se.notis.doc.Document;
import se.notis.doc.Entity;
import se.notis.doc.EntityLayer;
import se.notis.doc.EntityReference;
import se.notis.doc.Layers;
import se.notis.doc.Place;
import se.notis.doc.SentenceLayer;
import se.notis.doc.SpanLayer;
import se.notis.doc.TagLayer;
import se.notis.link.PlaceLinker;
import se.notis.pipeline.AbstractStage;
import se.notis.sentence.Dateline;

/**
 * Adds the entity layer: names found per sentence by the perceptron tagger, corrected by the
 * annotation rules ({@link EntityRules}), quoted and linked titles of works made whole ({@link QuotedTitles},
 * {@link LinkTitles}),
 * given their canonical form within the document
 * ({@link EntityMerger}), places linked ({@link PlaceLinker}), and demonym adjectives recorded
 * as references to their country.
 */
public final class NerStage extends AbstractStage {
  public static final String NAME = "ner";

  private final PerceptronTagger tagger;
  private final Demonyms demonyms;
  private final PlaceLinker linker;

  public NerStage() {
    this(NerModel.standard());
  }

  public NerStage(NerModel model) {
    super(NAME, Set.of(Layers.TOKENS, Layers.SENTENCES), Set.of(Layers.ENTITIES));
    this.tagger = new PerceptronTagger(model, Gazetteer.standard(), CasedWordClusters.standard());
    this.demonyms = Demonyms.standard();
    this.linker = PlaceLinker.standard();
  }

  /** A sentence tagger over {@code model} and the committed name lists, without the rules. */
  public static EntityTagger tagger(NerModel model) {
    return new PerceptronTagger(model, Gazetteer.standard(), CasedWordClusters.standard());
  }

  /** The committed model's sentence tagger followed by the annotation rules. */
  public static EntityTagger ruledTagger(NerModel model) {
    return ruledTagger(model, UnaryOperator.identity());
  }

  /**
   * A sentence tagger that runs this whole stage, as {@code analyze} runs it, on each sentence as a
   * document of its own: the sentence rules, then the document's (titles, lists, acronyms, merging,
   * retyping). {@code before} adds what the stage may read, such as the tags.
   */
  public static EntityTagger ruledTagger(NerModel model, UnaryOperator<Document> before) {
    NerStage stage = new NerStage(model);
    return tokens -> {
      StringBuilder text = new StringBuilder();
      int[] starts = new int[tokens.length];
      int[] ends = new int[tokens.length];
      int codePoints = 0;
      for (int i = 0; i < tokens.length; i++) {
        if (i > 0) {
          text.append(' ');
          codePoints++;
        }
        starts[i] = codePoints;
        text.append(tokens[i]);
        codePoints += tokens[i].codePointCount(0, tokens[i].length());
        ends[i] = codePoints;
      }
      SpanLayer tokenLayer = new SpanLayer(starts, ends);
      Document doc = Document.of(text.toString()).with(Layers.TOKENS, tokenLayer)
          .with(Layers.SENTENCES, new SentenceLayer(new int[] {0}, new int[] {tokens.length}, tokenLayer));
      String[] out = new String[tokens.length];
      java.util.Arrays.fill(out, "O");
      for (Entity entity : stage.process(before.apply(doc)).entities()) {
        int first = java.util.Arrays.binarySearch(starts, entity.start());
        for (int i = first; i >= 0 && i < tokens.length && ends[i] <= entity.end(); i++) {
          out[i] = (i == first ? "B-" : "I-") + entity.type();
        }
      }
      return out;
    };
  }

  /**
   * "SOLVALLA. Det blev en svensk seger …" and later "på Solvalla": a name in capitals that the
   * document also writes title-cased is that name, with its type.
   */
  private static void sameNameInCapitals(String[] surfaces, String[] canonical, String[] types) {
    java.util.Map<String, Integer> named = new java.util.HashMap<>();
    for (int e = 0; e < canonical.length; e++) {
      named.putIfAbsent(canonical[e], e);
    }
    for (int e = 0; e < canonical.length; e++) {
      String title = Dateline.titleCase(canonical[e]);
      // not letters ("NATO", "LV 246"), which the document may also write either way
      boolean word = surfaces[e].length() > 5 && surfaces[e].chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-');
      Integer same = word && !title.equals(canonical[e]) ? named.get(title) : null;
      if (same != null) {
        canonical[e] = title;
        types[e] = types[same];
      }
    }
  }

  /**
   * A genitive governs a noun phrase ("Mexikos president", "Sveriges alla kommuner"); a verb in the
   * present tense, a preposition or a subordinating conjunction after a name ending in s says the s
   * is the name's own ("Volvo Cars varslar", "Formas i Stockholm"). Past tenses are left out: they
   * are written as the participles that stand after a genitive ("Natos samlade förmåga").
   */
  private static boolean canFollowGenitive(TagLayer tags, int token) {
    return switch (tags.upos(token)) {
      case "AUX", "ADP", "SCONJ", "CCONJ" -> false;
      // A supine or a finite verb follows a name ending in s ("som Novus gjort", "Novus visar", "Kaja
      // Kallas sade"); a participle may be what the genitive governs ("Natos allierade").
      case "VERB" -> !tags.feats(token).contains("Tense=Pres") && !tags.feats(token).contains("VerbForm=Sup")
          && !tags.feats(token).contains("VerbForm=Fin");
      default -> true;
    };
  }

  /** Words a title written without quote marks does not run over: verbs, conjunctions, numbers, marks. */
  private static boolean endsTitle(TagLayer tags, int token) {
    return switch (tags.upos(token)) {
      case "VERB", "AUX", "CCONJ", "SCONJ", "NUM", "PUNCT" -> true;
      default -> false;
    };
  }

  /** "10 mil", "215 röster", "3 nya": a word a number before it counts or describes. */
  /**
   * The spans less any that lies inside another: a surname the document's person spreads to may
   * stand inside a place named after the same word ("Linnea Vall", "Lindesbergs Vall").
   */
  private static List<NerLabels.TokenSpan> withoutNested(List<NerLabels.TokenSpan> spans) {
    // one sweep by start (the longer first at a shared start): a span ending within the furthest-reaching
    // span before it, and shorter than that one, lies inside it
    List<NerLabels.TokenSpan> byStart = new ArrayList<>(spans);
    byStart.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    java.util.Set<NerLabels.TokenSpan> nested = new java.util.HashSet<>();
    NerLabels.TokenSpan reach = null;
    for (NerLabels.TokenSpan span : byStart) {
      if (reach != null && span.end() <= reach.end() && reach.end() - reach.start() > span.end() - span.start()) {
        nested.add(span);
      } else if (reach == null || span.end() > reach.end()) {
        reach = span;
      }
    }
    if (nested.isEmpty()) {
      return spans;
    }
    List<NerLabels.TokenSpan> kept = new ArrayList<>(spans.size());
    for (NerLabels.TokenSpan span : spans) {
      if (!nested.contains(span)) {
        kept.add(span);
      }
    }
    return kept;
  }

  private static boolean isCountedWord(TagLayer tags, int token) {
    return switch (tags.upos(token)) {
      case "NOUN", "ADJ", "NUM" -> true;
      default -> false;
    };
  }

  /** "Fadime Sahindals minne", "Enrico Lettas ekonomiska rapport": what a genitive governs. */
  private static boolean isNounOrAdjective(TagLayer tags, int token) {
    String upos = tags.upos(token);
    return "NOUN".equals(upos) || "ADJ".equals(upos);
  }

  /**
   * A verb other than a participle, an auxiliary, an adverb, a pronoun or a subordinating
   * conjunction ends the noun phrase of a name such as "lagen om elcertifikat" ("… anpassas").
   */
  private static boolean endsNounPhrase(TagLayer tags, int token) {
    return switch (tags.upos(token)) {
      case "AUX", "ADV", "PRON", "SCONJ" -> true;
      case "VERB" -> !tags.feats(token).contains("VerbForm=Part");
      default -> false;
    };
  }

  /**
   * "Sveriges och Finlands medlemskap", "Europaparlamentets och rådets direktiv", "Sveriges, Finlands
   * och EU:s konkurrenskraft": after "och", "eller" or a comma stands another genitive, a listed
   * name ("Sotenäs", whose s is its own) or a common noun with an s ("Fox News" is neither) before a lower-case word, which
   * governs the noun after both.
   */
  private static boolean isCoordinatedGenitive(String text, int[] starts, int[] ends, int joint, Gazetteer gazetteer) {
    int length = ends[joint] - starts[joint];
    boolean joins = length == 3 && text.startsWith("och", starts[joint]) || length == 5
        && text.startsWith("eller", starts[joint]) || length == 1 && text.charAt(starts[joint]) == ',';
    int start = starts[joint + 1];
    int end = ends[joint + 1];
    // The governed noun (or the next link of the chain) follows in lower case: not "och Sveriges Radio".
    // After a comma the chain must go on: "ArkDes, Sveriges nationella centrum" is an apposition.
    boolean governs = joint + 2 < starts.length && (length == 1 ? isChainLink(text, starts, ends, joint + 2)
        : Character.isLowerCase(text.charAt(starts[joint + 2])) || text.charAt(starts[joint + 2]) == ','
            || governsThroughName(text, starts, ends, joint + 2));
    if (!joins || !governs || text.charAt(end - 1) != 's' || end - start < 3) {
      return false;
    }
    int base = Gazetteer.stripGenitive(text, start, end);
    if (text.charAt(end - 2) == ':') {
      return true;
    }
    return Character.isUpperCase(text.charAt(start))
        ? ((gazetteer.single(text, start, base) | gazetteer.single(text, start, end)) & ~Gazetteer.COMMON) != 0
        : gazetteer.isCommon(text, start, base);
  }

  private static boolean isChainLink(String text, int[] starts, int[] ends, int t) {
    String w = RuleTokens.word(text, starts, ends, t);
    return w.equals("och") || w.equals("eller") || w.equals(",");
  }

  /**
   * "Lärarstiftelsens och Sveriges Lärares expertråd": the second genitive is a name of two words,
   * its capitalised last word in the genitive before the lower-case noun both govern.
   */
  private static boolean governsThroughName(String text, int[] starts, int[] ends, int t) {
    return t + 1 < starts.length && Character.isUpperCase(text.charAt(starts[t])) && ends[t] - starts[t] > 3
        && text.charAt(ends[t] - 1) == 's' && Character.isLowerCase(text.charAt(starts[t + 1]));
  }

  /** Function words that never open the noun phrase a genitive governs ("New York Times och …"). */
  private static final Set<String> NOT_AFTER_GENITIVE = Set.of("och", "eller", "men", "samt", "som", "att", "i", "på",
      "med", "för", "till", "från", "av", "om", "vid", "mot", "efter", "under", "enligt", "när", "då", "inte", "har",
      "är", "var", "ska", "kan", "vill", "skulle", "kommer", "blir", "hade");

  /**
   * Without tags: a function word, or a word the dictionary knows only as a verb or an adverb
   * ("Volvo Cars varslar"), says the s before it is the name's own.
   */
  private static boolean canFollowGenitive(String text, int start, int end) {
    return !NOT_AFTER_GENITIVE.contains(text.substring(start, end)) && !PhraseWords.endsPhrase(text, start, end);
  }

  /**
   * "Puccinis ”Tosca”", "Wagners ”Valkyrian”": one word in the genitive before a quoted title is its
   * maker, a person, unless it is an organisation ("SVT:s ”Istiden”").
   */
  private static NerLabels.TokenSpan makerOfWork(String text, int[] starts, int[] ends, NerLabels.TokenSpan span,
      Gazetteer gazetteer) {
    int s = span.start();
    boolean maker = span.end() - s == 1 && !"ORG".equals(span.type()) && !"PER".equals(span.type())
        && opensQuotedTitle(text, starts, ends, span.end()) && text.charAt(ends[s] - 1) == 's'
        && text.charAt(ends[s] - 2) != ':' && !gazetteer.isListedBody(text, starts[s], ends[s]);
    return maker ? new NerLabels.TokenSpan(s, span.end(), "PER") : span;
  }

  /** Whether token {@code t} is an opening quote mark before a capitalised word: a title a genitive may govern. */
  private static boolean opensQuotedTitle(String text, int[] starts, int[] ends, int t) {
    return t + 1 < starts.length && ends[t] - starts[t] == 1 && "”“«\"".indexOf(text.charAt(starts[t])) >= 0
        && ends[t] == starts[t + 1] && Character.isUpperCase(text.charAt(starts[t + 1]));
  }

  /**
   * The token at {@code t}, or the one after a short bracket that opens there: "Internationella
   * atomenergiorganets (IAEA) generalkonferens" is a genitive whatever the bracket holds.
   */
  private static int afterBrackets(String text, int[] starts, int t, int n) {
    if (t >= n || text.charAt(starts[t]) != '(') {
      return t;
    }
    for (int k = t + 1; k < n && k <= t + 6; k++) {
      if (text.charAt(starts[k]) == ')') {
        return k + 1;
      }
    }
    return t;
  }

  @Override
  public Document process(Document doc) {
    SpanLayer tokens = doc.get(Layers.TOKENS);
    SentenceLayer sentences = doc.get(Layers.SENTENCES);
    SpanLayer chars = doc.charSpans(tokens);
    SoftHyphenView view = SoftHyphenView.of(doc.text(), chars.starts(), chars.ends());
    String text = view.text;
    int n = view.size();
    int[] starts = view.starts;
    int[] ends = view.ends;
    List<NerLabels.TokenSpan> found = new ArrayList<>();
    TagLayer tags = doc.find(Layers.TAGS).orElse(null);
    boolean sport = EntityRules.isAboutSport(text, starts, ends);
    int[] labels = new int[64];
    for (int s = 0; s < sentences.size(); s++) {
      int first = view.viewToken(sentences.firstToken(s));
      int count = view.viewToken(Math.min(sentences.endToken(s), tokens.size())) - first;
      if (count <= 0) {
        continue;
      }
      if (labels.length < count) {
        labels = new int[count * 2];
      }
      int[] sentStarts = java.util.Arrays.copyOfRange(starts, first, first + count);
      int[] sentEnds = java.util.Arrays.copyOfRange(ends, first, first + count);
      tagger.tag(text, sentStarts, sentEnds, count, labels);
      int sentFirst = first;
      IntPredicate notPhrase = tags != null ? i -> endsNounPhrase(tags, view.last[sentFirst + i])
          : i -> PhraseWords.endsPhrase(text, sentStarts[i], sentEnds[i]);
      for (NerLabels.TokenSpan span : EntityRules.apply(text, sentStarts, sentEnds, NerLabels.spans(labels, count),
          tagger.gazetteer(), notPhrase, sport)) {
        found.add(new NerLabels.TokenSpan(span.start() + first, span.end() + first, span.type()));
      }
    }
    found = SpanJoiner.eventsWithSponsors(text, starts, ends, found);
    List<NerLabels.TokenSpan> titles = new ArrayList<>(QuotedTitles.find(text, starts, ends));
    titles.addAll(LinkTitles.find(text, starts, ends));
    if (tags != null) {
      for (NerLabels.TokenSpan title : UnquotedTitles.find(text, starts, ends, t -> endsTitle(tags, view.first[t]))) {
        if (!found.contains(new NerLabels.TokenSpan(title.start(), title.end(), "PER"))) {
          titles.add(title); // "boken Astrid Lindgren skrev": the tagger's person is the author
        }
      }
    }
    titles.sort((a, b) -> Integer.compare(a.start(), b.start()));
    found = QuotedTitles.apply(text, starts, ends, found, titles);
    found = SpanJoiner.bodiesNamedAfterPersons(text, starts, ends, found);
    found = SpanTyper.productsOfOrganisations(text, starts, ends, found, tagger.gazetteer());
    found = EntityRules.propagate(text, starts, ends, found, tagger.gazetteer());
    found = SpanTyper.objectsEverywhere(text, starts, ends, found);
    found = SpanTyper.organisationsNamedByHead(text, starts, ends, found);
    found = SpanTyper.placesNotWorks(text, starts, ends, found, tagger.gazetteer()); // after the document's own types
    found = CompanyNames.retype(text, starts, ends, found);
    found = ClubNames.retype(text, starts, ends, found, tagger.gazetteer(), sport);
    found = SpanTyper.hometownsOfPersons(text, starts, ends, found, tagger.gazetteer());
    found = AnimalAndShipNames.retype(text, starts, ends, found, tagger.gazetteer());
    found = CommonNounAcronyms.drop(text, starts, ends, found);
    found = AcronymExpansions.joinAcrossConjunction(text, starts, ends, found);
    found = AcronymExpansions.completeCutNames(text, starts, ends, found);
    found = AcronymExpansions.add(text, starts, ends, found);
    found = AcronymExpansions.bodiesBeforeTheirAcronyms(text, starts, ends, found);
    found = NumberedNames.extend(text, starts, ends, found, tagger.gazetteer(),
        tags == null ? null : t -> isCountedWord(tags, view.first[t]));
    found = PlaceHeadings.add(text, starts, ends, n, found, tagger.gazetteer());
    found = UnitDesignations.add(text, starts, ends, found);
    found.replaceAll(span -> makerOfWork(text, starts, ends, span, tagger.gazetteer())); // "Puccinis ”Tosca”"
    found.replaceAll(span -> SpanTyper.makersModel(text, starts, ends, span, tagger.gazetteer())); // "Polestar 3"
    found = withoutNested(found);
    String[] surfaces = new String[found.size()];
    String[] types = new String[found.size()];
    boolean[] beforeWord = new boolean[found.size()];
    boolean[] bracketed = new boolean[found.size()];
    boolean[] title = new boolean[found.size()];
    boolean[] beforeNoun = new boolean[found.size()];
    boolean[] opensSpan = new boolean[n + 1];
    for (NerLabels.TokenSpan span : found) {
      opensSpan[span.start()] = true;
    }
    for (int e = 0; e < found.size(); e++) {
      NerLabels.TokenSpan span = found.get(e);
      surfaces[e] = text.substring(starts[span.start()], ends[span.end() - 1]);
      types[e] = span.type();
      int next = afterBrackets(text, starts, span.end(), n);
      boolean coordinated = next + 1 < n && isCoordinatedGenitive(text, starts, ends, next, tagger.gazetteer());
      // A coordinated genitive may stand before a comma: "Strömstads, Tanums och Sotenäs kommuner".
      beforeWord[e] = coordinated || next < n && Character.isLetterOrDigit(text.charAt(starts[next]))
          && (tags != null ? canFollowGenitive(tags, view.first[next]) : canFollowGenitive(text, starts[next], ends[next]))
          || opensQuotedTitle(text, starts, ends, next); // "August Strindbergs ”Fröken Julie”"
      title[e] = titles.contains(span);
      beforeNoun[e] = tags != null && next < n && Character.isLowerCase(text.charAt(starts[next]))
          && isNounOrAdjective(tags, view.first[next]) || opensQuotedTitle(text, starts, ends, next)
          || span.end() == next && next < n && opensSpan[next]; // "Erna Solbergs Høyre"
      boolean acronymAfter = e > 0 && found.get(e - 1).end() == span.start() && span.end() - span.start() == 1
          && "ORG".equals(found.get(e - 1).type()) && EntityWords.isAllCaps(surfaces[e]) // "Världshälsoorganisationen WHO",
          && text.lastIndexOf('\n', starts[span.start()]) < ends[found.get(e - 1).end() - 1]; // not a heading's last word
      boolean shortFormAfter = e > 0 && found.get(e - 1).end() + 1 == span.start() && text.charAt(starts[span.start() - 1]) == ','
          && !listedApart(text, starts, ends, found.get(e - 1), span, tagger.gazetteer()) // "SEB, Swedbank och Nordea"
          && (span.end() - span.start() == 1 && EntityMerger.isShortForm(surfaces[e], surfaces[e - 1])
              || EntityMerger.isAcronym(surfaces[e - 1]) && surfaces[e].length() > surfaces[e - 1].length() + 3
                  && Character.toUpperCase(surfaces[e].charAt(0)) == surfaces[e - 1].charAt(0)
                  && EntityMerger.lettersInOrder(surfaces[e - 1], surfaces[e])); // "SBB, Samhällsbyggnadsbolaget i Norden,"
      bracketed[e] = acronymAfter || shortFormAfter || e > 0 && found.get(e - 1).end() + 1 == span.start() && (span.end() < n
          && text.charAt(starts[span.start() - 1]) == '(' && text.charAt(starts[span.end()]) == ')'
          || span.end() - span.start() == 1
              && AcronymExpansions.renamesNameBeforeComma(text, starts, ends, span.start(), surfaces[e - 1]));
    }
    String[] canonical = EntityMerger.canonicalise(surfaces, types, beforeWord, bracketed, title, tagger.gazetteer());
    canonical = PersonGenitives.strip(surfaces, types, canonical, beforeNoun, tagger.gazetteer());
    canonical = Relatives.surnamesToFirstPerson(text, starts, ends, found, types, canonical);
    canonical = UnitDesignations.canonicalise(text, starts, ends, found, canonical);
    types = NamelessPersons.retype(text, starts, ends, found, types, canonical, tagger.gazetteer());
    types = NamelessPersons.retypeStandingPersons(text, starts, ends, found, types, canonical, tagger.gazetteer());
    for (int e = 0; e < found.size(); e++) {
      NerLabels.TokenSpan span = found.get(e);
      // A place written in capitals, as datelines and headings write it, is named as in running text:
      // "STOCKHOLM (TT)", "UMEÅ" heading a police round-up ("USA", listed in capitals, stays).
      boolean dateline = Dateline.length(text, starts, ends, span.start(), n) > 0
          && Dateline.placeWords(text, starts, ends, span.start(), n) == span.end() - span.start();
      if ("LOC".equals(types[e]) && (dateline || PlaceHeadings.isPlace(canonical[e], tagger.gazetteer()))
          || "PER".equals(types[e]) && canonical[e].indexOf(' ') > 0) {
        canonical[e] = Dateline.titleCase(canonical[e]); // "OLOF PERSSON" signing an obituary
      }
      if ("LOC".equals(types[e]) && isRoadOpeningSentence(canonical[e])) {
        canonical[e] = Character.toLowerCase(canonical[e].charAt(0)) + canonical[e].substring(1); // "Riksväg 68 stängd"
      }
    }
    sameNameInCapitals(surfaces, canonical, types);
    List<Entity> entities = new ArrayList<>(found.size());
    boolean[] inEntity = new boolean[n];
    for (int e = 0; e < found.size(); e++) {
      NerLabels.TokenSpan span = found.get(e);
      Place place = "LOC".equals(types[e]) ? linker.find(canonical[e]).orElse(null) : null;
      entities.add(new Entity(tokens.start(view.first[span.start()]), tokens.end(view.last[span.end() - 1]), types[e],
          canonical[e], place));
      for (int t = span.start(); t < span.end(); t++) {
        inEntity[t] = true;
      }
    }
    List<EntityReference> references = new ArrayList<>();
    Gazetteer gazetteer = tagger.gazetteer();
    for (int t = 0; t < n; t++) {
      // Only words the name lists mark as demonyms cost a lookup by string.
      if (inEntity[t] || (gazetteer.single(text, starts[t], ends[t]) & Gazetteer.DEMONYM) == 0) {
        continue;
      }
      String country = demonyms.country(text.substring(starts[t], ends[t])).orElse(null);
      if (country != null) {
        references.add(new EntityReference(tokens.start(view.first[t]), tokens.end(view.last[t]), "demonym", country, "LOC"));
      }
    }
    return doc.with(Layers.ENTITIES, new EntityLayer(entities, references));
  }

  /** "Riksväg 68", "Länsväg 363": a numbered road whose word opens a sentence or heading, named as in running text. */
  private static boolean isRoadOpeningSentence(String name) {
    int space = name.indexOf(' ');
    return space > 0 && space + 1 < name.length() && Character.isUpperCase(name.charAt(0))
        && Character.isDigit(name.charAt(space + 1))
        && EntityWords.ROAD_WORDS.contains(name.substring(0, space).toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether both names are listed bodies of their own, as two banks in a list are ("SEB, Swedbank"). */
  private static boolean listedApart(String text, int[] starts, int[] ends, NerLabels.TokenSpan first,
      NerLabels.TokenSpan second, Gazetteer gazetteer) {
    return first.end() - first.start() == 1 && second.end() - second.start() == 1
        && gazetteer.isListedBody(text, starts[first.start()], ends[first.start()])
        && gazetteer.isListedBody(text, starts[second.start()], ends[second.start()]);
  }

}
