package se.notis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ModelFilesTest {
  private static byte[] model(String magic, int version, int payload) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
      out.writeUTF(magic);
      out.writeInt(version);
      out.writeInt(payload);
    }
    return bytes.toByteArray();
  }

  @Test
  void opensAModelOfTheRightKindAndVersion() throws IOException {
    assertEquals(42, ModelFiles.open(new ByteArrayInputStream(model("notis-x", 3, 42)), "notis-x", 3, "notis train x")
        .readInt());
  }

  @Test
  void aStaleOrForeignModelFailsWithTheRebuildCommand() {
    for (byte[] bytes : new byte[][] {uncheckedModel("notis-x", 2), uncheckedModel("notis-y", 3)}) {
      IOException e = assertThrows(IOException.class,
          () -> ModelFiles.open(new ByteArrayInputStream(bytes), "notis-x", 3, "notis train x"));
      assertTrue(e.getMessage().contains("notis train x"), e.getMessage());
    }
    assertThrows(IOException.class,
        () -> ModelFiles.open(new ByteArrayInputStream("not gzip".getBytes()), "notis-x", 3, "notis train x"));
  }

  @Test
  void aMissingBundledModelNamesTheRebuildCommand() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ModelFiles.bundled(ModelFilesTest.class, "/no/such/model.bin.gz", "notis train x", in -> in));
    assertTrue(e.getMessage().contains("notis train x"), e.getMessage());
  }

  private static byte[] uncheckedModel(String magic, int version) {
    try {
      return model(magic, version, 0);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
