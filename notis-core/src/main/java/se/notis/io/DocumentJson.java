package se.notis.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import se.notis.doc.BlockLayer;
import se.notis.doc.DependencyLayer;
import se.notis.doc.Document;
import se.notis.doc.Entity;
import se.notis.doc.EntityLayer;
import se.notis.doc.EntityReference;
import se.notis.doc.LemmaLayer;
import se.notis.doc.Layers;
import se.notis.doc.Metadata;
import se.notis.doc.Place;
import se.notis.doc.Quantity;
import se.notis.doc.Quote;
import se.notis.doc.SentenceLayer;
import se.notis.doc.Span;
import se.notis.doc.SpanLayer;
import se.notis.doc.TagLayer;
import se.notis.doc.TimeExpression;

/**
 * Writes a document and its layers as the notis analysis JSON: {@code id, language, title, date,
 * source, url, text} and one array per layer present ({@code blocks, sentences, tokens, entities,
 * references, quotes, timex, quantities}). Offsets are code points into {@code text}.
 */
public final class DocumentJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private DocumentJson() {}

  /** The analysis as one line of JSON. */
  public static String toJson(Document doc) {
    StringWriter out = new StringWriter(doc.text().length() * 4 + 256);
    write(doc, out, false);
    return out.toString();
  }

  public static void write(Document doc, Writer out, boolean pretty) {
    try (JsonGenerator gen = FACTORY.createGenerator(out)) {
      gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        gen.setPrettyPrinter(new DefaultPrettyPrinter());
      }
      write(doc, gen);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void write(Document doc, JsonGenerator gen) throws IOException {
    Metadata meta = doc.meta();
    gen.writeStartObject();
    gen.writeStringField("id", meta.id());
    gen.writeStringField("language", meta.language());
    gen.writeStringField("title", meta.title());
    gen.writeStringField("date", meta.date());
    if (meta.source() != null) {
      gen.writeStringField("source", meta.source());
    }
    if (meta.url() != null) {
      gen.writeStringField("url", meta.url());
    }
    gen.writeStringField("text", doc.text());
    if (doc.has(Layers.BLOCKS)) {
      writeBlocks(doc, gen);
    }
    if (doc.has(Layers.SENTENCES)) {
      writeSentences(doc, gen);
    }
    if (doc.has(Layers.TOKENS)) {
      writeTokens(doc, gen);
    }
    if (doc.has(Layers.ENTITIES)) {
      writeEntities(doc, gen);
    }
    if (doc.has(Layers.QUOTES)) {
      writeQuotes(doc, gen);
    }
    if (doc.has(Layers.TIMEX)) {
      writeTimex(doc, gen);
    }
    if (doc.has(Layers.QUANTITIES)) {
      writeQuantities(doc, gen);
    }
    gen.writeEndObject();
  }

  private static void writeBlocks(Document doc, JsonGenerator gen) throws IOException {
    BlockLayer blocks = doc.get(Layers.BLOCKS);
    gen.writeArrayFieldStart("blocks");
    for (int i = 0; i < blocks.size(); i++) {
      gen.writeStartObject();
      writeSpan(gen, blocks.start(i), blocks.end(i));
      gen.writeStringField("type", blocks.type(i).label());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  private static void writeSentences(Document doc, JsonGenerator gen) throws IOException {
    SentenceLayer sents = doc.get(Layers.SENTENCES);
    gen.writeArrayFieldStart("sentences");
    for (int i = 0; i < sents.size(); i++) {
      gen.writeStartObject();
      writeSpan(gen, sents.start(i), sents.end(i));
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  private static void writeTokens(Document doc, JsonGenerator gen) throws IOException {
    SpanLayer tokens = doc.get(Layers.TOKENS);
    TagLayer tags = doc.find(Layers.TAGS).orElse(null);
    LemmaLayer lemmas = doc.find(Layers.LEMMAS).orElse(null);
    DependencyLayer deps = doc.find(Layers.DEPENDENCIES).orElse(null);
    gen.writeArrayFieldStart("tokens");
    for (int i = 0; i < tokens.size(); i++) {
      gen.writeStartObject();
      writeSpan(gen, tokens.start(i), tokens.end(i));
      gen.writeStringField("text", doc.text(tokens.start(i), tokens.end(i)));
      if (lemmas != null) {
        gen.writeStringField("lemma", lemmas.lemma(i));
      }
      if (tags != null) {
        gen.writeStringField("upos", tags.upos(i));
        gen.writeStringField("xpos", tags.xpos(i));
        gen.writeStringField("feats", tags.feats(i));
      }
      if (deps != null) {
        gen.writeNumberField("head", deps.head(i));
        gen.writeStringField("deprel", deps.relation(i));
      }
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  private static void writeEntities(Document doc, JsonGenerator gen) throws IOException {
    EntityLayer layer = doc.get(Layers.ENTITIES);
    gen.writeArrayFieldStart("entities");
    for (Entity ent : layer.entities()) {
      gen.writeStartObject();
      writeSpan(gen, ent.start(), ent.end());
      gen.writeStringField("text", doc.text(ent.start(), ent.end()));
      gen.writeStringField("type", ent.type());
      gen.writeStringField("canonical", ent.canonical());
      if (ent.place() != null) {
        writePlace(gen, ent.place());
      }
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("references");
    for (EntityReference ref : layer.references()) {
      gen.writeStartObject();
      writeSpan(gen, ref.start(), ref.end());
      gen.writeStringField("text", doc.text(ref.start(), ref.end()));
      gen.writeStringField("kind", ref.kind());
      gen.writeStringField("canonical", ref.canonical());
      gen.writeStringField("type", ref.type());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  private static void writePlace(JsonGenerator gen, Place place) throws IOException {
    gen.writeObjectFieldStart("place");
    gen.writeStringField("kind", place.kind());
    gen.writeStringField("id", place.id());
    gen.writeStringField("name", place.name());
    gen.writeStringField("country", place.countryCode());
    if (place.latitude() != null && place.longitude() != null) {
      gen.writeNumberField("lat", place.latitude());
      gen.writeNumberField("lon", place.longitude());
    }
    gen.writeEndObject();
  }

  private static void writeQuotes(Document doc, JsonGenerator gen) throws IOException {
    gen.writeArrayFieldStart("quotes");
    for (Quote quote : doc.quotes()) {
      gen.writeStartObject();
      writeSpan(gen, quote.start(), quote.end());
      gen.writeStringField("text", doc.text(quote.start(), quote.end()));
      gen.writeStringField("kind", quote.kind().label());
      writeOptionalSpan(doc, gen, "cue", quote.cue());
      if (quote.speaker() == null) {
        gen.writeNullField("speaker");
      } else {
        Quote.Speaker speaker = quote.speaker();
        gen.writeObjectFieldStart("speaker");
        writeSpan(gen, speaker.start(), speaker.end());
        gen.writeStringField("text", doc.text(speaker.start(), speaker.end()));
        gen.writeStringField("canonical", speaker.canonical());
        gen.writeEndObject();
      }
      if (quote.medium() != null) {
        writeOptionalSpan(doc, gen, "medium", quote.medium());
      }
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  private static void writeTimex(Document doc, JsonGenerator gen) throws IOException {
    gen.writeArrayFieldStart("timex");
    for (TimeExpression timex : doc.timexes()) {
      gen.writeStartObject();
      writeSpan(gen, timex.start(), timex.end());
      gen.writeStringField("text", doc.text(timex.start(), timex.end()));
      gen.writeStringField("type", timex.type());
      gen.writeStringField("value", timex.value());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  private static void writeQuantities(Document doc, JsonGenerator gen) throws IOException {
    gen.writeArrayFieldStart("quantities");
    for (Quantity quantity : doc.quantities()) {
      gen.writeStartObject();
      writeSpan(gen, quantity.start(), quantity.end());
      gen.writeStringField("text", doc.text(quantity.start(), quantity.end()));
      writeNumber(gen, "value", quantity.value());
      if (quantity.lower() != null) {
        writeNumber(gen, "lower", quantity.lower());
      }
      if (quantity.upper() != null) {
        writeNumber(gen, "upper", quantity.upper());
      }
      gen.writeStringField("unit", quantity.unit());
      gen.writeStringField("kind", quantity.kind());
      if (quantity.approximate()) {
        gen.writeBooleanField("approximate", true);
      }
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  private static void writeNumber(JsonGenerator gen, String field, Double value) throws IOException {
    if (value == null) {
      gen.writeNullField(field);
    } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      gen.writeNumberField(field, value.longValue());
    } else {
      gen.writeNumberField(field, value);
    }
  }

  private static void writeOptionalSpan(Document doc, JsonGenerator gen, String field, Span span)
      throws IOException {
    if (span == null) {
      gen.writeNullField(field);
      return;
    }
    gen.writeObjectFieldStart(field);
    writeSpan(gen, span.start(), span.end());
    gen.writeStringField("text", doc.text(span.start(), span.end()));
    gen.writeEndObject();
  }

  private static void writeSpan(JsonGenerator gen, int start, int end) throws IOException {
    gen.writeNumberField("start", start);
    gen.writeNumberField("end", end);
  }
}
