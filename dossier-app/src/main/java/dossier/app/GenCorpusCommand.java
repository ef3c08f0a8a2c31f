package dossier.app;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.corpus.CorpusGenerator;
import dossier.io.DossierJson;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier gen-corpus}: a deterministic corpus with planted wire families, built from real
 * article bodies, as JSONL in the ingest line shape, with the planted copies as ground truth.
 */
@Command(
    name = "gen-corpus",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a corpus of N reports from real article bodies, with planted copies (verbatim,"
          + " trimmed, reordered, edited, paraphrased) of a share of the stories by other outlets, as JSONL"
          + " (id, outlet, published, title, text); the planted copies go to the truth file.",
      "Exit status: 0 written, 2 usage, 1 failure."
    })
public final class GenCorpusCommand implements Callable<Integer> {

  @Option(
      names = "--texts",
      paramLabel = "FILE",
      required = true,
      description =
          "Article bodies: a JSON object or array of records with articleBody or text (e.g."
              + " ../shared/data/extraction/aeb/ground-truth.json), or JSONL with text.")
  Path texts;

  @Option(names = "--articles", paramLabel = "N", required = true, description = "Reports.")
  int articles;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed.")
  long seed;

  @Option(
      names = "--copied",
      paramLabel = "SHARE",
      description = "Share of stories with copies (default ${DEFAULT-VALUE}).",
      defaultValue = "0.25")
  double copied;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      required = true,
      description = "JSONL file to write.")
  Path output;

  @Option(
      names = "--truth",
      paramLabel = "FILE",
      description = "Planted copies as JSONL (default: OUTPUT with .truth.jsonl).")
  Path truth;

  @Override
  public Integer call() throws IOException {
    List<String> bodies = bodies(texts);
    CorpusGenerator.Config config = CorpusGenerator.Config.defaults().withCopied(copied);
    ObjectMapper json = DossierJson.mapper();
    List<CorpusGenerator.Planted> planted = writeInOrder(config, bodies, json);
    Path truthFile = truth != null ? truth : truthPath(output);
    write(truthFile, planted, json);
    System.out.printf(
        "%d report(s) from %d bodies, %d planted cop%s, %d copy pair(s); wrote %s and %s%n",
        articles,
        bodies.size(),
        planted.size(),
        planted.size() == 1 ? "y" : "ies",
        new CorpusGenerator.Corpus(List.of(), planted).copyPairs().size(),
        output,
        truthFile);
    return Main.OK;
  }

  /** Where one report's line lies in the file of reports in order of making. */
  private record Line(String published, String id, long offset, int length) {}

  /**
   * Writes the reports in corpus order without holding their texts: each goes to a scratch file as
   * it is made, and the lines are then copied out in order.
   */
  private List<CorpusGenerator.Planted> writeInOrder(
      CorpusGenerator.Config config, List<String> bodies, ObjectMapper json) throws IOException {
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path scratch = Files.createTempFile(parent, ".gen-corpus-", ".jsonl");
    try {
      List<Line> lines = new ArrayList<>(Math.max(0, articles));
      List<CorpusGenerator.Planted> planted;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(scratch), 1 << 16)) {
        long[] at = {0};
        planted =
            new CorpusGenerator(config)
                .generate(
                    bodies,
                    articles,
                    seed,
                    r -> {
                      try {
                        byte[] line = (json.writeValueAsString(r) + "\n").getBytes(UTF_8);
                        out.write(line);
                        lines.add(new Line(r.published(), r.id(), at[0], line.length));
                        at[0] += line.length;
                      } catch (IOException e) {
                        throw new UncheckedIOException(e);
                      }
                    });
      }
      lines.sort(CorpusGenerator.Report.order(Line::published, Line::id));
      try (FileChannel in = FileChannel.open(scratch, StandardOpenOption.READ);
          OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        for (Line l : lines) {
          if (buffer.capacity() < l.length()) {
            buffer = ByteBuffer.allocate(l.length());
          }
          buffer.clear().limit(l.length());
          while (buffer.hasRemaining()) {
            if (in.read(buffer, l.offset() + buffer.position()) < 0) {
              throw new IOException("scratch file " + scratch + " ended early");
            }
          }
          out.write(buffer.array(), 0, l.length());
        }
      }
      return planted;
    } finally {
      Files.deleteIfExists(scratch);
    }
  }

  static Path truthPath(Path output) {
    String name = output.getFileName().toString().replaceFirst("\\.jsonl$", "");
    return output.resolveSibling(name + ".truth.jsonl");
  }

  private static void write(Path file, List<?> values, ObjectMapper json) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      BufferedWriter w = new BufferedWriter(out, 1 << 16);
      for (Object v : values) {
        w.write(json.writeValueAsString(v));
        w.write('\n');
      }
      w.flush();
    }
  }

  /** Article bodies from a JSON object or array of records, or from JSONL. */
  static List<String> bodies(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    String content = Files.readString(file, StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    String head = content.stripLeading();
    if (head.startsWith("[") || (head.startsWith("{") && !looksLikeLines(head))) {
      JsonNode root = json.readTree(content);
      if (root.isObject()) {
        for (Map.Entry<String, JsonNode> e : root.properties()) {
          add(e.getValue(), out);
        }
      } else {
        root.forEach(n -> add(n, out));
      }
    } else {
      for (String line : content.split("\n")) {
        if (!line.isBlank()) {
          add(json.readTree(line), out);
        }
      }
    }
    if (out.isEmpty()) {
      throw new IOException("no article bodies (articleBody or text) in " + file);
    }
    return out;
  }

  private static boolean looksLikeLines(String head) {
    int newline = head.indexOf('\n');
    return newline > 0 && head.substring(0, newline).strip().endsWith("}");
  }

  private static void add(JsonNode record, List<String> out) {
    for (String field : List.of("articleBody", "text", "body")) {
      JsonNode v = record.get(field);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        out.add(v.asText());
        return;
      }
    }
  }
}
