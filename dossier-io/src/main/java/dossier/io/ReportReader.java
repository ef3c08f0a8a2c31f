package dossier.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.ingest.RawReport;
import dossier.model.Rejection;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A ReportReader reads reports from files, folders (recursively, in name order) and standard input
 * ({@code -}): plain text, HTML (also gzipped) and JSONL (one report per line with {@code text} or
 * {@code html} and optional {@code id}, {@code url}, {@code outlet}, {@code published}, {@code
 * title}; a {@code .json} file may hold one such object or an array of them). Every input that
 * cannot be read becomes a {@link Rejection} naming it and the reason, and reading goes on.
 * Thread-safe.
 */
public final class ReportReader {

  /**
   * Reading limits.
   *
   * @param maxReportBytes the largest single text or HTML report, in bytes
   * @param maxLineChars the longest JSONL line, in characters
   * @param maxJsonDepth the deepest nesting a JSON record may have
   */
  public record Config(long maxReportBytes, int maxLineChars, int maxJsonDepth) {
    public Config {
      if (maxReportBytes <= 0 || maxLineChars <= 0 || maxJsonDepth <= 0) {
        throw new IllegalArgumentException("limits must be positive");
      }
    }

    public static Config defaults() {
      return new Config(10L << 20, 20 << 20, 32);
    }
  }

  private static final Pattern HTML_START =
      Pattern.compile(
          "^\\s*(<!--.*?-->\\s*)*(<!doctype html|<html|<head|<body|<meta|<article|<div|<p[ >])",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private final Config config;
  private final ObjectMapper json;

  public ReportReader(Config config) {
    this.config = config;
    this.json = new ObjectMapper();
    json.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(config.maxJsonDepth())
                .maxStringLength(config.maxLineChars())
                .build());
  }

  /**
   * Reads every input in order; {@code stdin} serves {@code -}. Reports go to {@code reports},
   * unreadable inputs to {@code rejections}.
   */
  public void read(
      List<String> inputs,
      InputStream stdin,
      Consumer<RawReport> reports,
      Consumer<Rejection> rejections) {
    for (String input : inputs) {
      if (input.equals("-")) {
        readStdin(stdin, reports, rejections);
      } else {
        readPath(Path.of(input), reports, rejections);
      }
    }
  }

  private void readStdin(InputStream stdin, Consumer<RawReport> reports, Consumer<Rejection> rej) {
    BufferedInputStream in = new BufferedInputStream(stdin, 1 << 16);
    byte[] bytes;
    try {
      in.mark(64);
      byte[] first = in.readNBytes(64);
      in.reset();
      if (new String(first, StandardCharsets.UTF_8).strip().startsWith("{")) {
        readJsonLines("-", in, reports, rej); // JSON lines: a corpus, read line by line
        return;
      }
      bytes = readLimited(in, "-");
    } catch (TooLarge e) {
      rej.accept(new Rejection("-", e.getMessage()));
      return;
    } catch (IOException e) {
      rej.accept(new Rejection("-", "cannot read standard input: " + e.getMessage()));
      return;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).strip();
    if (head.startsWith("[")) {
      readJson("-", bytes, true, reports, rej);
    } else {
      readDocument("-", bytes, null, reports, rej);
    }
  }

  private void readPath(Path path, Consumer<RawReport> reports, Consumer<Rejection> rej) {
    String source = path.toString();
    if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
      rej.accept(new Rejection(source, "no such file or directory"));
      return;
    }
    if (Files.isDirectory(path)) {
      readDirectory(path, reports, rej);
      return;
    }
    if (!Files.isReadable(path)) {
      rej.accept(new Rejection(source, "permission denied"));
      return;
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > config.maxReportBytes() && !isJsonLines(name)) {
        rej.accept(new Rejection(source, tooLarge(size)));
        return;
      }
      if (isJsonLines(name)) {
        readJsonLines(path, reports, rej);
        return;
      }
      try (InputStream in = Files.newInputStream(path)) {
        bytes = readLimited(in, source);
      }
      if (name.endsWith(".gz")) {
        bytes = gunzip(bytes, source);
        name = name.substring(0, name.length() - 3);
      }
    } catch (TooLarge e) {
      rej.accept(new Rejection(source, e.getMessage()));
      return;
    } catch (AccessDeniedException e) {
      rej.accept(new Rejection(source, "permission denied"));
      return;
    } catch (NoSuchFileException e) {
      rej.accept(new Rejection(source, "no such file or directory"));
      return;
    } catch (IOException e) {
      rej.accept(new Rejection(source, "cannot read: " + e.getMessage()));
      return;
    }
    if (name.endsWith(".json")) {
      String head =
          new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).strip();
      readJson(source, bytes, head.startsWith("["), reports, rej);
      return;
    }
    Boolean html =
        name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")
            ? Boolean.TRUE
            : null;
    readDocument(source, bytes, html, reports, rej);
  }

  private void readDirectory(Path dir, Consumer<RawReport> reports, Consumer<Rejection> rej) {
    if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
      rej.accept(new Rejection(dir.toString(), "permission denied (directory)"));
      return;
    }
    List<Path> children;
    try (Stream<Path> list = Files.list(dir)) {
      children = new ArrayList<>(list.sorted().toList());
    } catch (IOException e) {
      rej.accept(new Rejection(dir.toString(), "cannot list directory: " + e.getMessage()));
      return;
    }
    for (Path child : children) {
      String fileName = child.getFileName().toString();
      if (fileName.startsWith(".")) {
        continue; // hidden files are not reports (.DS_Store, .git)
      }
      readPath(child, reports, rej);
    }
  }

  private void readDocument(
      String source,
      byte[] bytes,
      Boolean html,
      Consumer<RawReport> reports,
      Consumer<Rejection> rej) {
    TextDecoder.Decoded decoded;
    try {
      decoded = TextDecoder.decode(bytes, html == null || html);
    } catch (TextDecoder.UndecodableException e) {
      rej.accept(new Rejection(source, e.getMessage()));
      return;
    }
    String text = decoded.text();
    if (text.isBlank()) {
      rej.accept(new Rejection(source, "no text (only white space)"));
      return;
    }
    boolean isHtml = html != null ? html : HTML_START.matcher(text).lookingAt();
    reports.accept(
        RawReport.of(source, isHtml ? RawReport.Format.HTML : RawReport.Format.TEXT, text));
  }

  private static boolean isJsonLines(String name) {
    return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonl.gz");
  }

  /** Bytes of a JSONL file read to decide its character set. */
  static final int JSONL_HEAD_BYTES = 1 << 16;

  /**
   * Reads a JSONL file line by line, never whole: a corpus file may be larger than a Java string
   * can be. Its character set is the one its first {@value #JSONL_HEAD_BYTES} bytes (up to their
   * last line end) decode as, as a whole file would (byte-order mark, strict UTF-8, detection);
   * bytes that charset cannot read further on become U+FFFD.
   */
  private void readJsonLines(Path path, Consumer<RawReport> reports, Consumer<Rejection> rej)
      throws IOException {
    try (InputStream raw = Files.newInputStream(path);
        InputStream unzipped =
            path.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      readJsonLines(path.toString(), unzipped, reports, rej);
    }
  }

  private void readJsonLines(
      String source, InputStream input, Consumer<RawReport> reports, Consumer<Rejection> rej)
      throws IOException {
    BufferedInputStream in = new BufferedInputStream(input, 1 << 16);
    in.mark(JSONL_HEAD_BYTES);
    byte[] head = in.readNBytes(JSONL_HEAD_BYTES);
    in.reset();
    TextDecoder.Decoded decoded;
    try {
      decoded = TextDecoder.decode(wholeLines(head, head.length == JSONL_HEAD_BYTES), false);
    } catch (TextDecoder.UndecodableException e) {
      rej.accept(new Rejection(source, e.getMessage()));
      return;
    }
    in.skipNBytes(TextDecoder.byteOrderMarkLength(head));
    readLines(
        source,
        new BufferedReader(new InputStreamReader(in, decoded.charset()), 1 << 16),
        reports,
        rej);
  }

  /**
   * The head of a file without its last, maybe cut, line when {@code cut}: up to its last line end,
   * or, with none, up to the start of its last UTF-8 sequence; an even count of bytes after a
   * UTF-16 byte-order mark.
   */
  static byte[] wholeLines(byte[] head, boolean cut) {
    if (!cut) {
      return head;
    }
    if (TextDecoder.byteOrderMarkLength(head) == 2) {
      return Arrays.copyOf(head, head.length & ~1); // UTF-16
    }
    int end = head.length;
    while (end > 0 && head[end - 1] != '\n') {
      end--;
    }
    if (end == 0) {
      end = head.length - 1;
      while (end > 0 && (head[end] & 0xC0) == 0x80) {
        end--;
      }
    }
    return Arrays.copyOf(head, Math.max(end, 1));
  }

  private void readLines(
      String source, String text, Consumer<RawReport> reports, Consumer<Rejection> rej)
      throws IOException {
    readLines(source, new BufferedReader(new StringReader(text)), reports, rej);
  }

  private void readLines(
      String source, BufferedReader lines, Consumer<RawReport> reports, Consumer<Rejection> rej)
      throws IOException {
    String line;
    int number = 0;
    int records = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      records++;
      readLine(source + ":" + number, line, reports, rej);
    }
    if (records == 0) {
      rej.accept(new Rejection(source, "empty file (no JSON lines)"));
    }
  }

  /**
   * Reads one non-blank JSONL line whose place is {@code where} ({@code file:line}): the report it
   * holds, or a rejection. For engines that split JSONL files by lines themselves (the Spark job).
   */
  public void readLine(
      String where, String line, Consumer<RawReport> reports, Consumer<Rejection> rej) {
    if (line.length() > config.maxLineChars()) {
      rej.accept(
          new Rejection(
              where, "line too long (" + line.length() + " > " + config.maxLineChars() + ")"));
      return;
    }
    try {
      record(where, json.readTree(line), reports, rej);
    } catch (JsonProcessingException e) {
      rej.accept(new Rejection(where, "malformed JSON: " + e.getOriginalMessage()));
    }
  }

  private void readJson(
      String source,
      byte[] bytes,
      boolean array,
      Consumer<RawReport> reports,
      Consumer<Rejection> rej) {
    String text;
    try {
      text = TextDecoder.decode(bytes, false).text();
    } catch (TextDecoder.UndecodableException e) {
      rej.accept(new Rejection(source, e.getMessage()));
      return;
    }
    if (!array) {
      try {
        JsonNode node = json.readTree(text);
        if (node != null && node.isObject() && !text.strip().contains("\n{")) {
          record(source, node, reports, rej);
          return;
        }
      } catch (JsonProcessingException e) {
        // Not one JSON document: read it as JSON lines below.
      }
      try {
        readLines(source, text, reports, rej);
      } catch (IOException e) {
        rej.accept(new Rejection(source, "cannot read: " + e.getMessage()));
      }
      return;
    }
    try {
      JsonNode node = json.readTree(text);
      int i = 0;
      for (JsonNode element : node) {
        record(source + "[" + i++ + "]", element, reports, rej);
      }
      if (i == 0) {
        rej.accept(new Rejection(source, "empty JSON array"));
      }
    } catch (JsonProcessingException e) {
      rej.accept(new Rejection(source, "malformed JSON: " + e.getOriginalMessage()));
    }
  }

  private static void record(
      String where, JsonNode node, Consumer<RawReport> reports, Consumer<Rejection> rej) {
    if (node == null || !node.isObject()) {
      rej.accept(new Rejection(where, "not a JSON object"));
      return;
    }
    String text = string(node, "text");
    String html = string(node, "html");
    if ((text == null || text.isBlank()) && (html == null || html.isBlank())) {
      rej.accept(new Rejection(where, "no \"text\" or \"html\" field with content"));
      return;
    }
    boolean isHtml = text == null || text.isBlank();
    reports.accept(
        new RawReport(
            where,
            isHtml ? RawReport.Format.HTML : RawReport.Format.TEXT,
            isHtml ? html : text,
            string(node, "id"),
            string(node, "url"),
            string(node, "outlet"),
            string(node, "published"),
            string(node, "title")));
  }

  private static String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    return value.asText();
  }

  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  private byte[] readLimited(InputStream in, String source) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    int n;
    long total = 0;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > config.maxReportBytes()) {
        throw new TooLarge(tooLarge(total) + " (stopped reading)");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private byte[] gunzip(byte[] bytes, String source) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return readLimited(in, source);
    } catch (java.util.zip.ZipException e) {
      throw new IOException("corrupt gzip data (" + e.getMessage() + ")", e);
    }
  }

  private String tooLarge(long size) {
    return String.format(
        Locale.ROOT,
        "too large for one report (%.1f MB > %.1f MB limit)",
        size / 1048576.0,
        config.maxReportBytes() / 1048576.0);
  }
}
