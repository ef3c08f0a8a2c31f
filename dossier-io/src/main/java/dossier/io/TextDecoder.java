package dossier.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * A TextDecoder turns the bytes of a report into text without assuming UTF-8: a byte-order mark
 * wins, then (for HTML) a charset declared in a {@code <meta>} tag when the bytes agree with it,
 * then strict UTF-8, then statistical detection, then Windows-1252. Binary content (images,
 * archives, NUL bytes, control characters) is refused with a reason. Stateless and thread-safe.
 */
public final class TextDecoder {

  /** The decoded text, the charset used and how it was chosen ("bom", "meta", "utf-8", ...). */
  public record Decoded(String text, Charset charset, String how) {}

  /** Why bytes could not be read as text; the message names the reason, not the input. */
  public static final class UndecodableException extends Exception {
    private static final long serialVersionUID = 1L;

    public UndecodableException(String reason) {
      super(reason);
    }
  }

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile("<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)");

  private TextDecoder() {}

  /**
   * Decodes {@code bytes}; {@code html} enables the {@code <meta charset>} and XML declaration
   * look-up. The returned text has no byte-order mark.
   */
  public static Decoded decode(byte[] bytes, boolean html) throws UndecodableException {
    if (bytes.length == 0) {
      throw new UndecodableException("empty file");
    }
    String magic = binaryKind(bytes);
    if (magic != null) {
      throw new UndecodableException("binary file (" + magic + "), not text");
    }
    Decoded decoded = decodeText(bytes, html);
    checkNotBinary(decoded.text());
    return decoded;
  }

  /**
   * The length of the byte-order mark {@code bytes} start with: 3 for UTF-8, 2 for UTF-16 (either
   * order), 0 for none.
   */
  public static int byteOrderMarkLength(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return 3;
    }
    return startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF) ? 2 : 0;
  }

  private static Decoded decodeText(byte[] bytes, boolean html) throws UndecodableException {
    int bom = byteOrderMarkLength(bytes);
    if (bom > 0) {
      Charset charset =
          bom == 3
              ? StandardCharsets.UTF_8
              : (bytes[0] & 0xFF) == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
      return new Decoded(new String(bytes, bom, bytes.length - bom, charset), charset, "bom");
    }
    int nuls = nuls(bytes);
    if (nuls > 0) {
      // A few stray NUL bytes in a text page are damage, not a binary file: drop them.
      if (nuls * 1000L > bytes.length) {
        throw new UndecodableException("binary content (" + nuls + " NUL bytes), not text");
      }
      bytes = withoutNuls(bytes, nuls);
    }
    if (html) {
      Charset declared = declaredCharset(bytes);
      if (declared != null) {
        String strict = strictDecode(bytes, declared);
        if (strict != null) {
          return new Decoded(strict, declared, "meta");
        }
        // A page that declares UTF-8 and is UTF-8 but for a few damaged bytes keeps its UTF-8
        // text; reading it all as a legacy charset would garble every non-ASCII letter.
        if (declared.equals(StandardCharsets.UTF_8)) {
          String lenient = new String(bytes, StandardCharsets.UTF_8);
          long damaged = lenient.chars().filter(c -> c == '\uFFFD').count();
          if (damaged * 1000 <= lenient.length()) {
            return new Decoded(lenient, StandardCharsets.UTF_8, "meta, damaged bytes replaced");
          }
        }
      }
    }
    String utf8 = strictDecode(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8, "utf-8");
    }
    Charset detected = detect(bytes);
    if (detected != null) {
      String strict = strictDecode(bytes, detected);
      if (strict != null) {
        return new Decoded(strict, detected, "detected");
      }
    }
    Charset cp1252 = Charset.forName("windows-1252");
    return new Decoded(new String(bytes, cp1252), cp1252, "fallback");
  }

  private static String binaryKind(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "PNG image";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "JPEG image";
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return "GIF image";
    }
    if (startsWith(b, 'R', 'I', 'F', 'F')) {
      return "RIFF media";
    }
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return "PDF document";
    }
    if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) {
      return "zip archive";
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return "gzip data";
    }
    if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
      return "executable";
    }
    if (startsWith(b, 0xCA, 0xFE, 0xBA, 0xBE)) {
      return "Java class file";
    }
    return null;
  }

  private static void checkNotBinary(String text) throws UndecodableException {
    int control = 0;
    int limit = Math.min(text.length(), 65_536);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    if (limit > 0 && control > Math.max(2, limit / 100)) {
      throw new UndecodableException(
          "binary content (" + control + " control characters in the first " + limit + ")");
    }
  }

  private static int nuls(byte[] bytes) {
    int n = 0;
    for (byte b : bytes) {
      if (b == 0) {
        n++;
      }
    }
    return n;
  }

  private static byte[] withoutNuls(byte[] bytes, int nuls) {
    byte[] out = new byte[bytes.length - nuls];
    int j = 0;
    for (byte b : bytes) {
      if (b != 0) {
        out[j++] = b;
      }
    }
    return out;
  }

  private static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
    Matcher m = XML_ENCODING.matcher(head);
    String name = m.find() ? m.group(1) : null;
    Matcher meta = META_CHARSET.matcher(head);
    if (meta.find()) {
      name = meta.group(1);
    }
    if (name == null) {
      return null;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    // WHATWG encoding rules: these labels mean windows-1252 in browsers.
    if (lower.equals("iso-8859-1") || lower.equals("latin1") || lower.equals("us-ascii")) {
      lower = "windows-1252";
    }
    try {
      return Charset.forName(lower);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static Charset detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name == null) {
      return null;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String strictDecode(byte[] bytes, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer out = decoder.decode(ByteBuffer.wrap(bytes));
      return out.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != (prefix[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }
}
