package se.notis.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String SWEDISH = "Räksmörgås på Öland – ”ja” sa Åsa.";

  @Test
  void utf8WithAndWithoutBom() throws BadInputException {
    byte[] utf8 = SWEDISH.getBytes(StandardCharsets.UTF_8);
    assertEquals(SWEDISH, TextDecoder.decode(utf8));
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xef;
    bom[1] = (byte) 0xbb;
    bom[2] = (byte) 0xbf;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    assertEquals(SWEDISH, TextDecoder.decode(bom));
  }

  @Test
  void windows1252AndLatin1SwedishAreDecoded() throws BadInputException {
    assertEquals(SWEDISH, TextDecoder.decode(SWEDISH.getBytes(Charset.forName("windows-1252"))));
    String latin1 = "Räksmörgås på Öland, sa Åsa.";
    assertEquals(latin1, TextDecoder.decode(latin1.getBytes(StandardCharsets.ISO_8859_1)));
  }

  @Test
  void binaryDataIsRejected() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> TextDecoder.decode(new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2}));
    assertEquals("binary data (NUL bytes), not text", e.getMessage());
  }

  @Test
  void invalidUtf8LineIsRejected() {
    assertThrows(BadInputException.class, () -> TextDecoder.decodeUtf8(new byte[] {'{', (byte) 0xc3, '}'}));
  }
}
