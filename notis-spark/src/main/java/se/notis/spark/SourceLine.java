package se.notis.spark;

import java.io.Serializable;

/**
 * One raw input record before it is read: the bytes of a JSON Lines line (or a Parquet row as
 * JSON), the base name of its file and its 1-based line number there.
 */
record SourceLine(String name, long line, byte[] bytes) implements Serializable {}
