/**
 * Readers and writers: text decoding ({@link se.notis.io.TextDecoder}), input files and formats
 * ({@link se.notis.io.InputFiles}), JSON Lines ({@link se.notis.io.JsonlReader}), HTML
 * ({@link se.notis.io.HtmlReader}, on top of the article extraction in {@code se.notis.html}), CoNLL-U
 * ({@link se.notis.io.ConlluReader}, {@link se.notis.io.ConlluWriter},
 * {@link se.notis.io.ConlluDocuments}), the analysis JSON ({@link se.notis.io.DocumentJson}) and a
 * terminal view ({@link se.notis.io.TextView}). Unreadable input becomes an
 * {@link se.notis.io.InputRecord} with a reason, never a lost line.
 */
package se.notis.io;
