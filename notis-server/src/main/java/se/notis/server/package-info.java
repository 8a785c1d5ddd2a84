/**
 * The HTTP API and web page over an {@link se.notis.search.ArchiveIndex}: {@code NotisServer}
 * wires Javalin routes (analyse, search, documents, entities, quotes, ingest) to the archive and
 * the default pipeline, and serves the static page from {@code se/notis/server/web/}.
 */
package se.notis.server;
