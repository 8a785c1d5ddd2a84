/**
 * The text model: an immutable {@link se.notis.doc.Document} (text + {@link se.notis.doc.Metadata})
 * with standoff layers keyed by {@link se.notis.doc.Layers}.
 *
 * <p>Dense per-token layers ({@link se.notis.doc.SpanLayer}, {@link se.notis.doc.TagLayer}, …)
 * are parallel arrays; {@link se.notis.doc.Token}, {@link se.notis.doc.Sentence} and
 * {@link se.notis.doc.Block} are views made on access. Sparse layers (entities, quotes, time
 * expressions, quantities) are lists of small records. Every offset is a half-open Unicode
 * code-point offset into the text, checked when a layer is set.
 */
package se.notis.doc;
