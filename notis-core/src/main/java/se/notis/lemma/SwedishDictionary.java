package se.notis.lemma;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Swedish morphological dictionary of LanguageTool ({@code org.languagetool:language-sv}, LGPL;
 * about 295,000 forms with lemma and a DSSO tag such as {@code NN:BF:SIN:NOM:UTR}), read once into
 * memory and shared. Lookups are by lower-cased form and return packed (lemma, tag) entries.
 */
public final class SwedishDictionary {
  private static final Logger LOG = LoggerFactory.getLogger(SwedishDictionary.class);
  private static final String RESOURCE = "/org/languagetool/resource/sv/swedish.dict";
  private static final long[] NONE = new long[0];

  private final Map<String, long[]> entries;
  private final List<String> lemmas;
  private final List<String> tags;
  /** Lemma of a verb → its participle in the common-gender singular ("utmärka" → "utmärkt"). */
  private final Map<String, String> participles;
  /** Per tag id: the hash of its main part ("NN" of "NN:BF:SIN:NOM:UTR"), for tagger features. */
  private final long[] mainTagHashes;

  private SwedishDictionary(Map<String, long[]> entries, List<String> lemmas, List<String> tags,
      Map<String, String> participles) {
    this.entries = entries;
    this.lemmas = lemmas;
    this.tags = tags;
    this.participles = participles;
    mainTagHashes = new long[tags.size()];
    for (int i = 0; i < mainTagHashes.length; i++) {
      String tag = tags.get(i);
      int colon = tag.indexOf(':');
      mainTagHashes[i] = se.notis.internal.Hashing.hash(tag, 0, colon < 0 ? tag.length() : colon);
    }
  }

  /** Hash of the main part of an entry's tag. */
  public long mainTagHash(long entry) {
    return mainTagHashes[(int) (entry & 0xFFFF)];
  }

  private static final class Holder {
    static final SwedishDictionary INSTANCE = load();
  }

  /** The shared dictionary, read from the classpath on first use. */
  public static SwedishDictionary get() {
    return Holder.INSTANCE;
  }

  static SwedishDictionary load() {
    long start = System.nanoTime();
    URL url = SwedishDictionary.class.getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException("Swedish dictionary " + RESOURCE + " not on the classpath"
          + " (dependency org.languagetool:language-sv)");
    }
    Map<String, Integer> lemmaIds = new HashMap<>();
    Map<String, Integer> tagIds = new HashMap<>();
    List<String> lemmas = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    Map<String, List<Long>> building = new HashMap<>(400_000);
    Map<String, String> participles = new HashMap<>();
    try {
      Dictionary dict = Dictionary.read(url);
      for (WordData wd : new DictionaryLookup(dict)) {
        if (wd.getStem() == null || wd.getTag() == null) {
          continue;
        }
        String form = wd.getWord().toString();
        String lemma = wd.getStem().toString();
        String tag = wd.getTag().toString();
        int lemmaId = lemmaIds.computeIfAbsent(lemma, l -> {
          lemmas.add(l);
          return lemmas.size() - 1;
        });
        int tagId = tagIds.computeIfAbsent(tag, t -> {
          tags.add(t);
          return tags.size() - 1;
        });
        building.computeIfAbsent(form.toLowerCase(Locale.ROOT), f -> new ArrayList<>(2))
            .add(((long) lemmaId << 16) | tagId);
        if (tag.equals("VB:PPC:UTR")) {
          participles.putIfAbsent(lemma, form);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    Map<String, long[]> entries = new HashMap<>(building.size() * 4 / 3 + 1);
    building.forEach((form, list) -> {
      long[] packed = new long[list.size()];
      for (int i = 0; i < packed.length; i++) {
        packed[i] = list.get(i);
      }
      entries.put(form, packed);
    });
    LOG.debug("read Swedish dictionary: {} forms, {} lemmas, {} tags in {} ms", entries.size(), lemmas.size(),
        tags.size(), (System.nanoTime() - start) / 1_000_000);
    return new SwedishDictionary(entries, List.copyOf(lemmas), List.copyOf(tags), participles);
  }

  /** Packed entries of a lower-cased form (empty when unknown); see {@link #lemma} and {@link #tag}. */
  public long[] lookup(String lowerForm) {
    return entries.getOrDefault(lowerForm, NONE);
  }

  public boolean contains(String lowerForm) {
    return entries.containsKey(lowerForm);
  }

  public String lemma(long entry) {
    return lemmas.get((int) (entry >>> 16));
  }

  public String tag(long entry) {
    return tags.get((int) (entry & 0xFFFF));
  }

  public int tagId(long entry) {
    return (int) (entry & 0xFFFF);
  }

  public List<String> tags() {
    return tags;
  }

  /** The common-gender singular participle of a verb lemma, if the dictionary has one. */
  public String participle(String verbLemma) {
    return participles.get(verbLemma);
  }

  public int size() {
    return entries.size();
  }

  /** Visits every (form, lemma, tag) entry; for training the suffix rules. */
  public void forEach(EntryVisitor visitor) {
    entries.forEach((form, packed) -> {
      for (long e : packed) {
        visitor.visit(form, lemma(e), tag(e));
      }
    });
  }

  /** Receives dictionary entries. */
  @FunctionalInterface
  public interface EntryVisitor {
    void visit(String form, String lemma, String tag);
  }
}
