package dossier.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.ingest.RawReport;
import dossier.io.ReportReader;
import dossier.model.Rejection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Uploads turns what a client sent (a JSON object or array in the ingest line shape, JSON lines,
 * uploaded files and zip archives, pasted text) into raw reports, enforcing the server's limits. A
 * request that breaks a limit is refused whole with a {@link LimitExceeded} naming the limit; an
 * unreadable file or line inside an accepted upload becomes a rejection, and the rest goes on.
 */
final class Uploads {

  /** Reports read from one request, and what could not be read. */
  record Batch(String label, List<RawReport> reports, List<Rejection> rejections) {
    Batch {
      reports = List.copyOf(reports);
      rejections = List.copyOf(rejections);
    }
  }

  /** A request that breaks a limit: HTTP status, the limit's name and its value. */
  static final class LimitExceeded extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;
    final String limit;
    final long max;

    LimitExceeded(int status, String limit, long max, String message) {
      super(message);
      this.status = status;
      this.limit = limit;
      this.max = max;
    }
  }

  /** A file as uploaded: its name and bytes. */
  record Upload(String name, InputStream content) {}

  private final DossierServer.Limits limits;
  private final ObjectMapper json;
  private final ReportReader reader;

  Uploads(DossierServer.Limits limits) {
    this.limits = limits;
    this.json = new ObjectMapper();
    json.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxJsonDepth())
                .maxStringLength(limits.maxLineChars())
                .build());
    this.reader =
        new ReportReader(
            new ReportReader.Config(
                limits.maxReportBytes(), limits.maxLineChars(), limits.maxJsonDepth()));
  }

  /** A JSON body: one report object or an array of them. */
  Batch fromJson(byte[] body) throws LimitExceeded {
    JsonNode node;
    try {
      node = json.readTree(body);
    } catch (StreamConstraintsException e) {
      throw new LimitExceeded(
          400,
          "max-json-depth",
          limits.maxJsonDepth(),
          "JSON too deep or a string too long: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new LimitExceeded(400, "json", 0, "malformed JSON: " + originalMessage(e));
    }
    if (node == null || (!node.isObject() && !node.isArray())) {
      throw new LimitExceeded(
          400,
          "json",
          0,
          "expected a JSON object or an array of objects with \"text\" or \"html\"");
    }
    List<RawReport> reports = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    if (node.isObject()) {
      record("request", node, reports, rejections);
    } else {
      if (node.size() > limits.maxFiles()) {
        throw new LimitExceeded(
            413,
            "max-files",
            limits.maxFiles(),
            "too many reports in one request (" + node.size() + " > " + limits.maxFiles() + ")");
      }
      int i = 0;
      for (JsonNode element : node) {
        record("request[" + i++ + "]", element, reports, rejections);
      }
    }
    return new Batch(label(reports.size(), "JSON"), reports, rejections);
  }

  /** A JSON-lines body: one report object per line. */
  Batch fromJsonLines(byte[] body) throws LimitExceeded {
    String text = new String(body, StandardCharsets.UTF_8);
    List<RawReport> reports = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    int number = 0;
    int records = 0;
    for (String line : text.split("\r?\n", -1)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      if (line.length() > limits.maxLineChars()) {
        throw new LimitExceeded(
            413,
            "max-line-chars",
            limits.maxLineChars(),
            "line "
                + number
                + " too long ("
                + line.length()
                + " > "
                + limits.maxLineChars()
                + " characters)");
      }
      if (++records > limits.maxFiles()) {
        throw new LimitExceeded(
            413,
            "max-files",
            limits.maxFiles(),
            "too many reports in one request (more than " + limits.maxFiles() + ")");
      }
      String where = "line " + number;
      try {
        record(where, json.readTree(line), reports, rejections);
      } catch (StreamConstraintsException e) {
        throw new LimitExceeded(
            400,
            "max-json-depth",
            limits.maxJsonDepth(),
            where + ": JSON too deep or a string too long: " + e.getOriginalMessage());
      } catch (JsonProcessingException e) {
        rejections.add(new Rejection(where, "malformed JSON: " + e.getOriginalMessage()));
      }
    }
    return new Batch(label(reports.size(), "JSON lines"), reports, rejections);
  }

  /** Pasted text with optional metadata. */
  Batch fromText(String text, String title, String url, String outlet, String published)
      throws LimitExceeded {
    if (text == null || text.isBlank()) {
      throw new LimitExceeded(400, "text", 0, "no text to add: paste a report or choose files");
    }
    if (text.getBytes(StandardCharsets.UTF_8).length > limits.maxReportBytes()) {
      throw new LimitExceeded(
          413,
          "max-report-bytes",
          limits.maxReportBytes(),
          "pasted report too large (limit " + limits.maxReportBytes() + " bytes)");
    }
    boolean html = text.stripLeading().startsWith("<") && text.contains("</");
    RawReport raw =
        new RawReport(
            "pasted text",
            html ? RawReport.Format.HTML : RawReport.Format.TEXT,
            text,
            null,
            blankToNull(url),
            blankToNull(outlet),
            blankToNull(published),
            blankToNull(title));
    return new Batch("pasted text", List.of(raw), List.of());
  }

  /**
   * Uploaded files: text, HTML, JSON, JSON lines (also gzipped) and zip archives of them (a folder
   * is uploaded as a zip). Files are read from a scratch folder that is removed afterwards.
   */
  Batch fromFiles(List<Upload> uploads) throws LimitExceeded, IOException {
    if (uploads.isEmpty()) {
      throw new LimitExceeded(400, "files", 0, "no files in the upload");
    }
    Path scratch = Files.createTempDirectory("dossier-upload");
    try {
      Map<String, String> names = new HashMap<>();
      List<String> paths = new ArrayList<>();
      List<Rejection> rejections = new ArrayList<>();
      int[] count = {0};
      long[] unzipped = {0};
      for (Upload upload : uploads) {
        String name = upload.name() == null || upload.name().isBlank() ? "upload" : upload.name();
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
          unzip(name, upload.content(), scratch, names, paths, rejections, count, unzipped);
        } else {
          countFile(count);
          Path file = scratch.resolve(String.format(Locale.ROOT, "%05d-%s", count[0], safe(name)));
          try (InputStream in = upload.content()) {
            Files.copy(in, file);
          }
          names.put(file.toString(), name);
          paths.add(file.toString());
        }
      }
      List<RawReport> reports = new ArrayList<>();
      reader.read(
          paths,
          InputStream.nullInputStream(),
          raw -> reports.add(renamed(raw, names)),
          r -> rejections.add(new Rejection(rename(r.source(), names), r.reason())));
      String label =
          uploads.size() == 1
              ? uploads.get(0).name() + " (" + reports.size() + " reports)"
              : uploads.size() + " files (" + reports.size() + " reports)";
      return new Batch(label, reports, rejections);
    } finally {
      deleteTree(scratch);
    }
  }

  private void unzip(
      String zipName,
      InputStream content,
      Path scratch,
      Map<String, String> names,
      List<String> paths,
      List<Rejection> rejections,
      int[] count,
      long[] unzipped)
      throws LimitExceeded, IOException {
    try (ZipInputStream zip = new ZipInputStream(content, StandardCharsets.UTF_8)) {
      ZipEntry entry;
      byte[] buffer = new byte[1 << 16];
      while ((entry = zip.getNextEntry()) != null) {
        String entryName = entry.getName();
        String base = entryName.substring(entryName.lastIndexOf('/') + 1);
        if (entry.isDirectory()
            || base.isEmpty()
            || base.startsWith(".")
            || entryName.startsWith("__MACOSX/")) {
          continue;
        }
        String source = zipName + "!/" + entryName;
        if (base.toLowerCase(Locale.ROOT).endsWith(".zip")) {
          rejections.add(new Rejection(source, "a zip inside a zip is not read; upload it alone"));
          continue;
        }
        countFile(count);
        Path file = scratch.resolve(String.format(Locale.ROOT, "%05d-%s", count[0], safe(base)));
        try (OutputStream out = Files.newOutputStream(file)) {
          int n;
          while ((n = zip.read(buffer)) > 0) {
            unzipped[0] += n;
            if (unzipped[0] > limits.maxUnzippedBytes()) {
              throw new LimitExceeded(
                  413,
                  "max-unzipped-bytes",
                  limits.maxUnzippedBytes(),
                  "zip archive "
                      + zipName
                      + " unpacks to more than "
                      + limits.maxUnzippedBytes()
                      + " bytes");
            }
            out.write(buffer, 0, n);
          }
        }
        names.put(file.toString(), source);
        paths.add(file.toString());
      }
    } catch (ZipException e) {
      rejections.add(new Rejection(zipName, "not a readable zip archive (" + e.getMessage() + ")"));
    }
  }

  private void countFile(int[] count) throws LimitExceeded {
    if (++count[0] > limits.maxFiles()) {
      throw new LimitExceeded(
          413,
          "max-files",
          limits.maxFiles(),
          "too many files in one upload (more than " + limits.maxFiles() + ")");
    }
  }

  private static void record(
      String where, JsonNode node, List<RawReport> reports, List<Rejection> rejections) {
    if (node == null || !node.isObject()) {
      rejections.add(new Rejection(where, "not a JSON object"));
      return;
    }
    String text = field(node, "text");
    String html = field(node, "html");
    if ((text == null || text.isBlank()) && (html == null || html.isBlank())) {
      rejections.add(new Rejection(where, "no \"text\" or \"html\" field with content"));
      return;
    }
    boolean isHtml = text == null || text.isBlank();
    String id = field(node, "id");
    reports.add(
        new RawReport(
            id == null ? where : id,
            isHtml ? RawReport.Format.HTML : RawReport.Format.TEXT,
            isHtml ? html : text,
            id,
            field(node, "url"),
            field(node, "outlet"),
            field(node, "published"),
            field(node, "title")));
  }

  private static String field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }

  private static RawReport renamed(RawReport raw, Map<String, String> names) {
    return new RawReport(
        rename(raw.source(), names),
        raw.format(),
        raw.content(),
        raw.id(),
        raw.url(),
        raw.outlet(),
        raw.published(),
        raw.title());
  }

  /** The uploaded name for a scratch path, keeping a line or element suffix. */
  private static String rename(String source, Map<String, String> names) {
    for (Map.Entry<String, String> e : names.entrySet()) {
      if (source.startsWith(e.getKey())) {
        return e.getValue() + source.substring(e.getKey().length());
      }
    }
    return source;
  }

  private static String safe(String name) {
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    String cleaned = base.replaceAll("[^A-Za-z0-9._-]", "_");
    if (cleaned.length() > 100) {
      cleaned = cleaned.substring(cleaned.length() - 100);
    }
    return cleaned.isEmpty() || cleaned.startsWith(".") ? "_" + cleaned : cleaned;
  }

  private static String label(int n, String kind) {
    return n + (n == 1 ? " report" : " reports") + " (" + kind + ")";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String originalMessage(IOException e) {
    return e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
  }

  static InputStream bytes(byte[] b) {
    return new ByteArrayInputStream(b);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  // a scratch file left behind in the temp folder harms nothing
                }
              });
    } catch (IOException e) {
      // as above
    }
  }
}
