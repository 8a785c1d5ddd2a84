package se.notis.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How the trained models' files are found and opened: gzip, then a magic name and a version, so
 * that a missing, foreign or stale model fails at load with the command that rebuilds it.
 */
public final class ModelFiles {
  private ModelFiles() {}

  /** A model's own reader (its static {@code read}). */
  @FunctionalInterface
  public interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  /** Writes a model's body after its header. */
  @FunctionalInterface
  public interface Body {
    void write(DataOutputStream out) throws IOException;
  }

  /** Writes a model file: gzip, {@code magic}, {@code version}, then the body; leaves the stream open. */
  public static void write(OutputStream stream, String magic, int version, Body body) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(stream, 1 << 16);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip));
    out.writeUTF(magic);
    out.writeInt(version);
    body.write(out);
    out.flush();
    gzip.finish();
  }

  /** Reads the model shipped on the classpath as {@code resource} (relative to {@code owner}). */
  public static <T> T bundled(Class<?> owner, String resource, String trainCommand, Reader<T> reader) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("model " + resource + " is missing; build it with `" + trainCommand
            + "` (see README)");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + resource + "; rebuild it with `" + trainCommand + "`", e);
    }
  }

  /** Opens a model file after checking that it holds {@code magic} of {@code version}. */
  public static DataInputStream open(InputStream stream, String magic, int version, String trainCommand)
      throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(stream), 1 << 16));
    String foundMagic = in.readUTF();
    int foundVersion = in.readInt();
    if (!foundMagic.equals(magic) || foundVersion != version) {
      throw new IOException("not a " + magic + " model of version " + version + " but " + foundMagic + " "
          + foundVersion + "; retrain it with `" + trainCommand + "`");
    }
    return in;
  }
}
