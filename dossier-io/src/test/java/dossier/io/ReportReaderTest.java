package dossier.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dossier.ingest.RawReport;
import dossier.model.Rejection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportReaderTest {

  private static final String STORY =
      "Floods swept through the river valley on Monday, destroying hundreds of homes.\n";

  @TempDir Path dir;

  private final List<RawReport> reports = new ArrayList<>();
  private final List<Rejection> rejections = new ArrayList<>();

  private void read(String... inputs) {
    read(new ByteArrayInputStream(new byte[0]), inputs);
  }

  private void read(InputStream stdin, String... inputs) {
    new ReportReader(ReportReader.Config.defaults())
        .read(Arrays.asList(inputs), stdin, reports::add, rejections::add);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTextFileAsOneReport() throws IOException {
    Path p = write("a.txt", STORY);
    read(p.toString());
    assertThat(reports)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.source()).isEqualTo(p.toString());
              assertThat(r.format()).isEqualTo(RawReport.Format.TEXT);
              assertThat(r.content()).isEqualTo(STORY);
            });
    assertThat(rejections).isEmpty();
  }

  @Test
  void readsFoldersRecursivelyInNameOrderSkippingHiddenFiles() throws IOException {
    write("b/2.txt", STORY);
    write("a/1.txt", STORY);
    write("a/.hidden", "x");
    read(dir.toString());
    assertThat(reports)
        .extracting(RawReport::source)
        .containsExactly(dir.resolve("a/1.txt").toString(), dir.resolve("b/2.txt").toString());
  }

  @Test
  void rejectsEmptyFileAndStillReadsTheOthers() throws IOException {
    Path empty = write("empty.txt", "");
    Path good = write("good.txt", STORY);
    read(empty.toString(), good.toString());
    assertThat(reports).hasSize(1);
    assertThat(rejections).containsExactly(new Rejection(empty.toString(), "empty file"));
  }

  @Test
  void rejectsWhitespaceOnlyFile() throws IOException {
    Path blank = write("blank.txt", "  \n\n\t \n");
    read(blank.toString());
    assertThat(rejections)
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("no text"));
  }

  @Test
  void rejectsImageAsBinary() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    Path p = write("photo.txt", png);
    read(p.toString());
    assertThat(reports).isEmpty();
    assertThat(rejections)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.source()).isEqualTo(p.toString());
              assertThat(r.reason()).contains("binary").contains("PNG");
            });
  }

  @Test
  void rejectsZipArchiveAsBinary() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("a.txt"));
      zip.write(STORY.getBytes(StandardCharsets.UTF_8));
    }
    Path p = write("reports.zip", bytes.toByteArray());
    read(p.toString());
    assertThat(rejections).singleElement().satisfies(r -> assertThat(r.reason()).contains("zip"));
  }

  @Test
  void rejectsBytesWithNulsAsBinary() throws IOException {
    byte[] junk = new byte[4096];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i * 31);
    }
    Path p = write("junk.bin", junk);
    read(p.toString());
    assertThat(rejections)
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("binary"));
  }

  @Test
  void dropsStrayNulBytesFromAnOtherwiseTextualPage() throws IOException {
    String page = "<html><body><p>" + STORY.repeat(20) + "</p></body></html>";
    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
    bytes[40] = 0;
    read(write("damaged.html", bytes).toString());
    assertThat(rejections).isEmpty();
    assertThat(reports)
        .singleElement()
        .satisfies(r -> assertThat(r.content()).doesNotContain("\0"));
  }

  @Test
  void keepsUtf8PageWithAFewDamagedBytesAsUtf8() throws IOException {
    String page =
        "<html><head><meta charset=\"utf-8\"></head><body><p>Les forces armées ont annoncé"
            + " jeudi la reprise de la ville. "
            + STORY.repeat(30)
            + "</p></body></html>";
    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 30] = (byte) 0xFF;
    read(write("damaged-utf8.html", bytes).toString());
    assertThat(reports)
        .singleElement()
        .satisfies(r -> assertThat(r.content()).contains("armées ont annoncé"));
  }

  @Test
  void decodesLatin1AndWindows1252Text() throws IOException {
    String french =
        "Les forces armées ont annoncé jeudi avoir repris la ville après des combats à Kidal.";
    String quoted = "He said \u201cthe army has withdrawn\u201d \u2013 a local official.";
    Path latin = write("latin1.txt", french.getBytes(StandardCharsets.ISO_8859_1));
    Path cp1252 = write("cp1252.txt", quoted.getBytes(Charset.forName("windows-1252")));
    read(latin.toString(), cp1252.toString());
    assertThat(rejections).isEmpty();
    assertThat(reports).extracting(RawReport::content).containsExactly(french, quoted);
  }

  @Test
  void stripsUtf8ByteOrderMark() throws IOException {
    byte[] body = STORY.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[body.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bom, 3, body.length);
    read(write("bom.txt", bom).toString());
    assertThat(reports).singleElement().satisfies(r -> assertThat(r.content()).isEqualTo(STORY));
  }

  @Test
  void rejectsFileLargerThanTheLimitWithoutReadingIt() throws IOException {
    Path big = dir.resolve("huge.txt");
    try (OutputStream out = Files.newOutputStream(big)) {
      byte[] line =
          "All work and no play makes a very long report indeed.\n"
              .getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50L << 20; written += line.length) {
        out.write(line);
      }
    }
    Path good = write("good.txt", STORY);
    read(big.toString(), good.toString());
    assertThat(reports).hasSize(1);
    assertThat(rejections)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.source()).isEqualTo(big.toString());
              assertThat(r.reason()).contains("too large");
            });
  }

  @Test
  void readsTruncatedAndMalformedHtml() throws IOException {
    Path truncated =
        write("cut.html", "<html><body><article><p>" + STORY + "</p><p>More of the st");
    Path malformed = write("bad.htm", "<div><p>" + STORY + "<b><i></div></b><p>Another line</i>");
    read(truncated.toString(), malformed.toString());
    assertThat(rejections).isEmpty();
    assertThat(reports).extracting(RawReport::format).containsOnly(RawReport.Format.HTML);
  }

  @Test
  void detectsHtmlCharsetFromMetaTag() throws IOException {
    String html =
        "<html><head><meta charset=\"windows-1251\"></head><body><p>Военные заявили о"
            + " потерях</p></body></html>";
    read(write("ru.html", html.getBytes(Charset.forName("windows-1251"))).toString());
    assertThat(reports).singleElement().satisfies(r -> assertThat(r.content()).contains("Военные"));
  }

  @Test
  void readsGzippedHtml() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(("<html><body><p>" + STORY + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
    }
    read(write("page.html.gz", bytes.toByteArray()).toString());
    assertThat(reports)
        .singleElement()
        .satisfies(r -> assertThat(r.format()).isEqualTo(RawReport.Format.HTML));
  }

  @Test
  void sniffsHtmlInFileWithoutExtension() throws IOException {
    read(write("page", "<!DOCTYPE html><html><body><p>" + STORY + "</p></body></html>").toString());
    assertThat(reports)
        .singleElement()
        .satisfies(r -> assertThat(r.format()).isEqualTo(RawReport.Format.HTML));
  }

  @Test
  void readsJsonLinesAndRejectsOnlyTheBrokenLine() throws IOException {
    Path p =
        write(
            "feed.jsonl",
            """
            {"id": "a1", "text": "First report text.", "url": "https://example.org/1", "published": "2024-07-28", "outlet": "Example", "title": "One"}
            {"id": "a2", "text": "Second report text."
            ["not", "an", "object"]

            {"id": "a4", "html": "<p>Fourth report</p>"}
            {"id": "a5", "text": "   "}
            """);
    read(p.toString());
    assertThat(reports).extracting(RawReport::id).containsExactly("a1", "a4");
    assertThat(reports.get(0).published()).isEqualTo("2024-07-28");
    assertThat(reports.get(1).format()).isEqualTo(RawReport.Format.HTML);
    assertThat(rejections)
        .extracting(Rejection::source)
        .containsExactly(p + ":2", p + ":3", p + ":6");
    assertThat(rejections.get(0).reason()).startsWith("malformed JSON");
    assertThat(rejections.get(1).reason()).isEqualTo("not a JSON object");
    assertThat(rejections.get(2).reason()).contains("no \"text\" or \"html\"");
  }

  /** JSONL lines of {@code text} with ids, enough of them to pass the head read for the charset. */
  private static List<String> jsonLines(String text, int count) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add("{\"id\": \"r" + i + "\", \"text\": \"" + text + " " + i + "\"}");
    }
    return lines;
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "UTF-8 BOM", "UTF-16LE BOM", "UTF-16BE BOM", "windows-1252"})
  void readsAJsonLinesFileLargerThanItsHeadInItsCharsetLineByLine(String encoding)
      throws IOException {
    String text =
        encoding.equals("windows-1252")
            ? "Les forces arm\u00e9es ont annonc\u00e9 jeudi \u201cla reprise\u201d de Kidal."
            : "\u041a\u0438\u0434\u0430\u043b\u044c: \u201carmed groups\u201d \ud55c\uad6d \ud83d\ude00";
    String body = String.join("\n", jsonLines(text, 3000)) + "\n";
    String charset = encoding.replace(" BOM", "");
    byte[] bytes = body.getBytes(Charset.forName(charset));
    if (encoding.endsWith("BOM")) {
      byte[] bom =
          switch (charset) {
            case "UTF-8" -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            case "UTF-16LE" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            default -> new byte[] {(byte) 0xFE, (byte) 0xFF};
          };
      byte[] both = Arrays.copyOf(bom, bom.length + bytes.length);
      System.arraycopy(bytes, 0, both, bom.length, bytes.length);
      bytes = both;
    }
    assertThat(bytes.length).isGreaterThan(3 * ReportReader.JSONL_HEAD_BYTES);

    read(write("corpus.jsonl", bytes).toString());

    assertThat(rejections).isEmpty();
    assertThat(reports).hasSize(3000);
    assertThat(reports.get(0).id()).isEqualTo("r0");
    assertThat(reports.get(2999).content()).isEqualTo(text + " 2999");
    assertThat(reports).allSatisfy(r -> assertThat(r.content()).startsWith(text));
  }

  @Test
  void cutsTheHeadOfAJsonLinesFileAtItsLastLineEndOrAWholeUtf8Sequence() {
    byte[] lines = "{\"a\": 1}\n{\"b\": \u00e9".getBytes(StandardCharsets.UTF_8);
    assertThat(new String(ReportReader.wholeLines(lines, true), StandardCharsets.UTF_8))
        .isEqualTo("{\"a\": 1}\n");
    assertThat(ReportReader.wholeLines(lines, false)).isEqualTo(lines);
    byte[] oneLine = "\"\u00e9\u00e9".getBytes(StandardCharsets.UTF_8);
    byte[] cutInside = Arrays.copyOf(oneLine, oneLine.length - 1);
    assertThat(new String(ReportReader.wholeLines(cutInside, true), StandardCharsets.UTF_8))
        .isEqualTo("\"\u00e9");
  }

  @Test
  void rejectsJsonNestedTooDeeply() throws IOException {
    String deep = "[".repeat(100) + "]".repeat(100);
    Path p = write("deep.jsonl", "{\"text\": \"x\", \"extra\": " + deep + "}\n");
    read(p.toString());
    assertThat(rejections)
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("malformed JSON"));
  }

  @Test
  void readsJsonArrayFile() throws IOException {
    read(write("batch.json", "[{\"text\": \"One.\"}, {\"text\": \"Two.\"}]").toString());
    assertThat(reports).extracting(RawReport::content).containsExactly("One.", "Two.");
  }

  @Test
  void readsStandardInputAsTextOrJsonLines() {
    read(new ByteArrayInputStream(STORY.getBytes(StandardCharsets.UTF_8)), "-");
    read(
        new ByteArrayInputStream("{\"text\": \"From a pipe.\"}\n".getBytes(StandardCharsets.UTF_8)),
        "-");
    assertThat(reports).extracting(RawReport::source).containsExactly("-", "-:1");
    assertThat(reports.get(1).content()).isEqualTo("From a pipe.");
  }

  @Test
  void readsJsonLinesFromStandardInputBeyondTheSizeLimitOfOneReport() {
    String body = String.join("\n", jsonLines("A report read from a pipe.", 2000)) + "\n";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ReportReader.Config small = new ReportReader.Config(4096, 20 << 20, 32);
    assertThat(bytes.length).isGreaterThan(10 * 4096);

    new ReportReader(small)
        .read(List.of("-"), new ByteArrayInputStream(bytes), reports::add, rejections::add);

    assertThat(rejections).isEmpty();
    assertThat(reports).hasSize(2000);
    assertThat(reports.get(1999).source()).isEqualTo("-:2000");
    assertThat(reports.get(1999).content()).isEqualTo("A report read from a pipe. 1999");
  }

  @Test
  void rejectsAStoryOnStandardInputLargerThanTheLimit() {
    byte[] story = STORY.repeat(100).getBytes(StandardCharsets.UTF_8);
    new ReportReader(new ReportReader.Config(1024, 20 << 20, 32))
        .read(List.of("-"), new ByteArrayInputStream(story), reports::add, rejections::add);

    assertThat(reports).isEmpty();
    assertThat(rejections)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.source()).isEqualTo("-");
              assertThat(r.reason()).contains("stopped reading");
            });
  }

  @Test
  void rejectsMissingPath() {
    read(dir.resolve("nope.txt").toString());
    assertThat(rejections)
        .containsExactly(
            new Rejection(dir.resolve("nope.txt").toString(), "no such file or directory"));
  }

  @Test
  void rejectsDirectoryWithoutPermission() throws IOException {
    assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads every directory");
    Path locked = Files.createDirectory(dir.resolve("locked"));
    write("locked/a.txt", STORY);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      read(locked.toString());
      assertThat(rejections)
          .singleElement()
          .satisfies(r -> assertThat(r.reason()).contains("permission denied"));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }
}
