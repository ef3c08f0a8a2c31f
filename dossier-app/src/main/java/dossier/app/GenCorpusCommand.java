package dossier.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.corpus.CorpusGenerator;
import dossier.io.DossierJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    CorpusGenerator.Corpus corpus = new CorpusGenerator(config).generate(bodies, articles, seed);
    ObjectMapper json = DossierJson.mapper();
    write(output, corpus.reports(), json);
    Path truthFile = truth != null ? truth : truthPath(output);
    write(truthFile, corpus.planted(), json);
    System.out.printf(
        "%d report(s) from %d bodies, %d planted cop%s, %d copy pair(s); wrote %s and %s%n",
        corpus.reports().size(),
        bodies.size(),
        corpus.planted().size(),
        corpus.planted().size() == 1 ? "y" : "ies",
        corpus.copyPairs().size(),
        output,
        truthFile);
    return Main.OK;
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
