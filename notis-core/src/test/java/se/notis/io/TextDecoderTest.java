package se.notis.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String SWEDISH =
      "Migranterna nådde gränsen på fredagen. – Vi är rädda, säger en kvinna från Honduras. Priset: 4 000 kr (€380).";
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @Test
  void utf8() throws BadInputException {
    assertEquals(SWEDISH, TextDecoder.decode(SWEDISH.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void utf8WithBom() throws BadInputException {
    byte[] text = SWEDISH.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xef;
    bytes[1] = (byte) 0xbb;
    bytes[2] = (byte) 0xbf;
    System.arraycopy(text, 0, bytes, 3, text.length);
    assertEquals(SWEDISH, TextDecoder.decode(bytes));
    assertEquals(SWEDISH, TextDecoder.decodeHtml(bytes));
  }

  @Test
  void windows1252() throws BadInputException {
    assertEquals(SWEDISH, TextDecoder.decode(SWEDISH.getBytes(WINDOWS_1252)));
  }

  @Test
  void latin1() throws BadInputException {
    String latin = "Åsa och Örjan åkte till Västerås i förrgår.";
    assertEquals(latin, TextDecoder.decode(latin.getBytes(StandardCharsets.ISO_8859_1)));
  }

  @Test
  void htmlHonoursDeclaredCharset() throws BadInputException {
    String page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>" + SWEDISH + "</p></body></html>";
    assertEquals(page, TextDecoder.decodeHtml(page.getBytes(WINDOWS_1252)));
    String koi8 = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head>"
        + "<body><p>Привет, мир</p></body></html>";
    assertEquals(koi8, TextDecoder.decodeHtml(koi8.getBytes(Charset.forName("KOI8-R"))));
    // Valid UTF-8 wins over a wrong declaration.
    String lying = "<html><head><meta charset=\"windows-1252\"></head><body><p>" + SWEDISH + "</p></body></html>";
    assertEquals(lying, TextDecoder.decodeHtml(lying.getBytes(StandardCharsets.UTF_8)));
    // No declaration: Windows-1252.
    String bare = "<html><body><p>" + SWEDISH + "</p></body></html>";
    assertEquals(bare, TextDecoder.decodeHtml(bare.getBytes(WINDOWS_1252)));
  }

  @Test
  void mixedSwedishQuotesAndLetters() throws BadInputException {
    String text = "Räksmörgås på Öland – ”ja” sa Åsa.";
    assertEquals(text, TextDecoder.decode(text.getBytes(WINDOWS_1252)));
    assertEquals(text, TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void invalidUtf8LineIsRejected() {
    assertThrows(BadInputException.class, () -> TextDecoder.decodeUtf8(new byte[] {'{', (byte) 0xc3, '}'}));
  }

  @Test
  void binaryIsRejected() {
    byte[] binary = {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x12, 0x7f};
    BadInputException e = assertThrows(BadInputException.class, () -> TextDecoder.decode(binary));
    assertEquals("binary data (NUL bytes), not text", e.getMessage());
    assertThrows(BadInputException.class, () -> TextDecoder.decodeHtml(binary));
  }
}
