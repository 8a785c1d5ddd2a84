package se.notis.cli;

import java.util.HashSet;
import java.util.Set;
import se.notis.doc.Document;
import se.notis.doc.Entity;
import se.notis.eval.GoldDocuments;

/** Human-readable differences between predicted and gold annotations, for error analysis. */
final class Differences {
  private Differences() {}

  static String entities(GoldDocuments.GoldDocument gold, Document predicted) {
    if (!predicted.has(se.notis.doc.Layers.ENTITIES)) {
      return "";
    }
    Set<String> goldKeys = new HashSet<>();
    for (GoldDocuments.GoldEntity ent : gold.entities()) {
      goldKeys.add(ent.start() + ":" + ent.end() + ":" + ent.type() + ":" + ent.canonical());
    }
    Set<String> predictedKeys = new HashSet<>();
    StringBuilder out = new StringBuilder();
    for (Entity ent : predicted.entities()) {
      String key = ent.start() + ":" + ent.end() + ":" + ent.type() + ":" + ent.canonical();
      predictedKeys.add(key);
      if (!goldKeys.contains(key)) {
        out.append(gold.id()).append("\t+ ").append(predicted.text(ent.start(), ent.end())).append('\t')
            .append(ent.type()).append('\t').append(ent.canonical()).append('\n');
      }
    }
    for (GoldDocuments.GoldEntity ent : gold.entities()) {
      String key = ent.start() + ":" + ent.end() + ":" + ent.type() + ":" + ent.canonical();
      if (!predictedKeys.contains(key)) {
        out.append(gold.id()).append("\t- ").append(ent.text()).append('\t').append(ent.type()).append('\t')
            .append(ent.canonical()).append('\n');
      }
    }
    return out.toString();
  }
}
