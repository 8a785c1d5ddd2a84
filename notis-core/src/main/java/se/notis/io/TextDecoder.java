package se.notis.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into a string: UTF-8 (with or without BOM, UTF-16 with BOM),
 * else Windows-1252, the usual encoding of older Swedish text (Latin-1 is its subset for letters).
 * Binary data is rejected rather than decoded into noise.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  public static String decode(byte[] bytes) throws BadInputException {
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    checkNotBinary(bytes, offset);
    try {
      return strictUtf8().decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
    }
  }

  /**
   * Decodes an HTML page: a BOM or valid UTF-8 wins; otherwise the charset the page declares
   * ({@code <meta charset>} or {@code http-equiv="Content-Type"}) in its first 4 KiB; otherwise
   * Windows-1252.
   */
  public static String decodeHtml(byte[] bytes) throws BadInputException {
    boolean bom = bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe || (bytes[0] & 0xff) == 0xff
        || (bytes[0] & 0xff) == 0xef);
    if (bom) {
      return decode(bytes);
    }
    checkNotBinary(bytes, 0);
    try {
      return strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      Charset declared = declaredCharset(bytes);
      return new String(bytes, declared != null ? declared : WINDOWS_1252);
    }
  }

  private static final java.util.regex.Pattern META_CHARSET = java.util.regex.Pattern.compile(
      "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.-]+)");

  /** The charset an HTML page declares in its first 4 KiB, or null when none or unknown. */
  static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    try {
      String name = m.group(1);
      // Browsers read a declared Latin-1 as Windows-1252 (the WHATWG encoding standard).
      if (name.equalsIgnoreCase("iso-8859-1") || name.equalsIgnoreCase("latin1") || name.equalsIgnoreCase("us-ascii")) {
        return WINDOWS_1252;
      }
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Decodes one line that must be UTF-8 (JSON Lines are UTF-8 by definition). */
  public static String decodeUtf8(byte[] bytes) throws BadInputException {
    try {
      return strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException("invalid UTF-8");
    }
  }

  private static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** NUL bytes or many control characters in the first 8 KiB mean binary data. */
  private static void checkNotBinary(byte[] bytes, int offset) throws BadInputException {
    int end = Math.min(bytes.length, offset + 8192);
    int control = 0;
    for (int i = offset; i < end; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        throw new BadInputException("binary data (NUL bytes), not text");
      }
      if (b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    if (control > 8 && control * 20 > end - offset) {
      throw new BadInputException("binary data (control characters), not text");
    }
  }
}
