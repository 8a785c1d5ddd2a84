package se.notis.lemma;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.notis.internal.Hashing;

/**
 * The Swedish morphological dictionary of LanguageTool ({@code org.languagetool:language-sv}, LGPL;
 * about 295,000 forms with lemma and a DSSO tag such as {@code NN:BF:SIN:NOM:UTR}), read once into
 * memory and shared. Lookups are by lower-cased form and return packed (lemma, tag) entries.
 *
 * <p>The forms sit in an open-addressing table of 64-bit form hashes beside one flat array of
 * entries, not in a map of strings: the tagger and the lemmatiser look up every token, and a
 * lookup here touches two cache lines where a {@code HashMap} touched five (and held 30 MB more).
 */
public final class SwedishDictionary {
  private static final Logger LOG = LoggerFactory.getLogger(SwedishDictionary.class);
  private static final String RESOURCE = "/org/languagetool/resource/sv/swedish.dict";
  private static final long[] NONE = new long[0];

  /** Two longs per slot: the form's hash (0 when empty) and the offset of its entries. */
  private final long[] table;
  private final int mask;
  /** At each offset: the entry count, then the entries (lemma id << 16 | tag id). */
  private final long[] packed;
  /** The forms in table order, for {@link #forEach}. */
  private final String[] forms;
  private final List<String> lemmas;
  /** The lemmas in lower case, made once rather than per token. */
  private final String[] lowerLemmas;
  private final List<String> tags;
  /** Lemma of a verb → its participle in the common-gender singular ("utmärka" → "utmärkt"). */
  private final Map<String, String> participles;
  /** Per tag id: the hash of its main part ("NN" of "NN:BF:SIN:NOM:UTR"), for tagger features. */
  private final long[] mainTagHashes;

  private SwedishDictionary(Map<String, List<Long>> entries, List<String> lemmas, List<String> tags,
      Map<String, String> participles) {
    int capacity = Integer.highestOneBit(Math.max(16, entries.size() * 2 - 1)) << 1;
    table = new long[2 * capacity];
    mask = capacity - 1;
    String[] formsInOrder = new String[entries.size()];
    packed = new long[entries.size() + entries.values().stream().mapToInt(List::size).sum()];
    int offset = 0;
    int f = 0;
    for (Map.Entry<String, List<Long>> e : entries.entrySet()) {
      int slot = slot(key(e.getKey()));
      if (table[2 * slot] != 0) {
        LOG.warn("dictionary forms share a 64-bit hash; keeping the first: {}", e.getKey());
        continue;
      }
      table[2 * slot] = key(e.getKey());
      table[2 * slot + 1] = offset;
      formsInOrder[f++] = e.getKey();
      packed[offset++] = e.getValue().size();
      for (long entry : e.getValue()) {
        packed[offset++] = entry;
      }
    }
    forms = Arrays.copyOf(formsInOrder, f);
    this.lemmas = lemmas;
    lowerLemmas = lemmas.stream().map(l -> l.toLowerCase(Locale.ROOT)).toArray(String[]::new);
    this.tags = tags;
    this.participles = participles;
    mainTagHashes = new long[tags.size()];
    for (int i = 0; i < mainTagHashes.length; i++) {
      String tag = tags.get(i);
      int colon = tag.indexOf(':');
      mainTagHashes[i] = Hashing.hash(tag, 0, colon < 0 ? tag.length() : colon);
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
    SwedishDictionary dictionary = new SwedishDictionary(building, List.copyOf(lemmas), List.copyOf(tags), participles);
    LOG.debug("read Swedish dictionary: {} forms, {} lemmas, {} tags in {} ms", dictionary.size(), lemmas.size(),
        tags.size(), (System.nanoTime() - start) / 1_000_000);
    return dictionary;
  }

  private static long key(CharSequence lowerForm) {
    long h = Hashing.hash(lowerForm);
    return h == 0 ? 1 : h;
  }

  /** The slot of {@code key}, or the empty slot where it would go. */
  private int slot(long key) {
    int slot = (int) (key ^ (key >>> 32)) & mask;
    while (table[2 * slot] != 0 && table[2 * slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /**
   * Where the entries of a lower-cased form are, for {@link #count} and {@link #entry}, or -1 when
   * the dictionary does not have it. Allocates nothing.
   */
  public int find(CharSequence lowerForm) {
    return find(lowerForm, 0);
  }

  /** {@link #find(CharSequence)} for the part of {@code lowerForm} from {@code from} to its end. */
  public int find(CharSequence lowerForm, int from) {
    long h = Hashing.hash(lowerForm, from, lowerForm.length());
    int slot = slot(h == 0 ? 1 : h);
    return table[2 * slot] == 0 ? -1 : (int) table[2 * slot + 1];
  }

  /** How many entries the form {@link #find found} at {@code at} has. */
  public int count(int at) {
    return (int) packed[at];
  }

  /** The {@code k}th packed entry of the form found at {@code at}. */
  public long entry(int at, int k) {
    return packed[at + 1 + k];
  }

  /** Packed entries of a lower-cased form (empty when unknown); see {@link #lemma} and {@link #tag}. */
  public long[] lookup(String lowerForm) {
    int at = find(lowerForm);
    return at < 0 ? NONE : Arrays.copyOfRange(packed, at + 1, at + 1 + count(at));
  }

  public boolean contains(String lowerForm) {
    return find(lowerForm) >= 0;
  }

  /**
   * Whether the dictionary knows a lower-cased form as a common word: an entry that is not a proper
   * name ("per" as a preposition, not only "Per"), or a compound whose last part, of four letters or
   * more after a first part of three or more, is a noun ("energimyndigheten", "eu-kommissionen").
   */
  public boolean knowsAsCommonWord(String lowerForm) {
    if (hasEntry(find(lowerForm), false)) {
      return true;
    }
    for (int split = 3; split <= lowerForm.length() - 4; split++) {
      if (hasEntry(find(lowerForm, split), true)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the form found at {@code at} has a common-word entry, or a noun entry when {@code noun}. */
  private boolean hasEntry(int at, boolean noun) {
    for (int k = 0; at >= 0 && k < count(at); k++) {
      String tag = tag(entry(at, k));
      if (noun ? tag.startsWith("NN") : !tag.startsWith("PM")) {
        return true;
      }
    }
    return false;
  }

  public String lemma(long entry) {
    return lemmas.get((int) (entry >>> 16));
  }

  /** The entry's lemma in lower case. */
  public String lowerLemma(long entry) {
    return lowerLemmas[(int) (entry >>> 16)];
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
    return forms.length;
  }

  /** Visits every (form, lemma, tag) entry; for training the suffix rules. */
  public void forEach(EntryVisitor visitor) {
    for (String form : forms) {
      int at = find(form);
      for (int k = 0; k < count(at); k++) {
        visitor.visit(form, lemma(entry(at, k)), tag(entry(at, k)));
      }
    }
  }

  /** Receives dictionary entries. */
  @FunctionalInterface
  public interface EntryVisitor {
    void visit(String form, String lemma, String tag);
  }
}
