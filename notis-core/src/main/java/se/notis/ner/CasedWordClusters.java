package se.notis.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Word clusters learnt from unlabelled news text: words used in similar contexts share a
 * cluster id, so the tagger generalises from "Videgaray" to names it never saw labelled.
 * Lookup by the exact form, without allocation; 0 means no cluster. Unlike the lower-cased
 * hierarchical {@link se.notis.internal.WordClusters} of the syntax models, these keep case and
 * are learnt over the NER training tokens too: in cross-validation the name tagger scores 0.7 F1
 * lower with the hierarchical ones in their place and no higher with both.
 */
final class CasedWordClusters {
  static final String RESOURCE = "clusters.tsv.gz";

  private final LongBits table;

  private CasedWordClusters(LongBits table) {
    this.table = table;
  }

  static CasedWordClusters empty() {
    return new CasedWordClusters(new LongBits(16));
  }

  private static final class Holder {
    static final CasedWordClusters DEFAULT = loadResource();
  }

  static CasedWordClusters standard() {
    return Holder.DEFAULT;
  }

  /** Cluster id + 1 of the token, or 0 when it has none. */
  int cluster(CharSequence text, int start, int end) {
    return table.get(Hashing.exact(text, start, end));
  }

  /** Cluster id + 1 of the word whose {@link Hashing#exact} hash is {@code hash}, or 0. */
  int cluster(long hash) {
    return table.get(hash);
  }

  private static CasedWordClusters loadResource() {
    try (InputStream raw = CasedWordClusters.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource se/notis/ner/" + RESOURCE + ": rebuild it with `notis train gazetteer`");
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
      LongBits table = new LongBits(1 << 16);
      String line;
      while ((line = in.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          table.or(Hashing.exact(line.substring(0, tab)), Integer.parseInt(line.substring(tab + 1)) + 1);
        }
      }
      return new CasedWordClusters(table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
