package dossier.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * An ExtractionBenchmark is one labelled set of HTML pages for main-content extraction, the Article
 * Extraction Benchmark or trafilatura's evaluation set, read from its folder, with the set's own
 * metric.
 */
public final class ExtractionBenchmark {

  /** One page: its id in the set's prediction format, its URL, its raw (gzip-inflated) bytes. */
  public record Page(
      String id,
      String url,
      byte[] bytes,
      String truth,
      List<String> with,
      List<String> without,
      Map<String, String> metadata) {
    public Page {
      with = List.copyOf(with);
      without = List.copyOf(without);
      metadata = Map.copyOf(metadata);
    }
  }

  /** The score of one extractor on this set, with its per-page output and extraction time. */
  public record Result(
      String set,
      String extractor,
      int pages,
      double precision,
      double recall,
      double f1,
      double accuracy,
      long nanos,
      Map<String, String> predictions) {
    public Result {
      predictions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(predictions));
    }

    public double pagesPerSecond() {
      return nanos == 0 ? 0 : pages * 1e9 / nanos;
    }
  }

  private final String name;
  private final List<Page> pages;
  private final boolean shingles;

  private ExtractionBenchmark(String name, List<Page> pages, boolean shingles) {
    this.name = name;
    this.pages = List.copyOf(pages);
    this.shingles = shingles;
  }

  public String name() {
    return name;
  }

  public List<Page> pages() {
    return pages;
  }

  /**
   * Reads the Article Extraction Benchmark: {@code ground-truth.json} and {@code html/*.html.gz}.
   */
  public static ExtractionBenchmark aeb(Path dir) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    List<Page> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String id = e.getKey();
      byte[] bytes = gunzip(dir.resolve("html").resolve(id + ".html.gz"));
      pages.add(
          new Page(
              id,
              e.getValue().path("url").asText(""),
              bytes,
              e.getValue().path("articleBody").asText(""),
              List.of(),
              List.of(),
              Map.of()));
    }
    return new ExtractionBenchmark("aeb", pages, true);
  }

  /** Reads trafilatura's evaluation set: {@code evaldata.json} and {@code html/<file>.gz}. */
  public static ExtractionBenchmark trafilaturaEval(Path dir) throws IOException {
    JsonNode data = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
    List<Page> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode entry = e.getValue();
      String file = entry.path("file").asText();
      byte[] bytes = gunzip(dir.resolve("html").resolve(file + ".gz"));
      pages.add(
          new Page(
              file,
              e.getKey(),
              bytes,
              null,
              strings(entry.path("with")),
              strings(entry.path("without")),
              metadata(entry)));
    }
    return new ExtractionBenchmark("trafilatura-eval", pages, false);
  }

  /**
   * Runs each extractor on every page and scores it; {@code decoded} holds each page's text in page
   * order (null: not text). The extractors take turns page by page, so that both are timed under
   * the same machine load. A page whose extraction throws counts as a null output.
   */
  public List<Result> run(List<String> decoded, Map<String, Extractor> extractors) {
    List<String> names = new ArrayList<>(extractors.keySet());
    int n = names.size();
    ShingleScore[] shingleScores = new ShingleScore[n];
    SegmentScore[] segmentScores = new SegmentScore[n];
    List<Map<String, String>> predictions = new ArrayList<>();
    long[] nanos = new long[n];
    for (int k = 0; k < n; k++) {
      shingleScores[k] = new ShingleScore();
      segmentScores[k] = new SegmentScore();
      predictions.add(new LinkedHashMap<>());
    }
    for (int i = 0; i < pages.size(); i++) {
      Page page = pages.get(i);
      for (int k = 0; k < n; k++) {
        Extractor extractor = extractors.get(names.get(k));
        String output;
        long start = System.nanoTime();
        try {
          output = decoded.get(i) == null ? null : extractor.extract(decoded.get(i), page.url());
        } catch (RuntimeException | StackOverflowError e) {
          output = null;
        }
        nanos[k] += System.nanoTime() - start;
        predictions.get(k).put(page.id(), output == null ? "" : output);
        if (shingles) {
          shingleScores[k].add(page.truth(), output);
        } else {
          segmentScores[k].add(page.with(), page.without(), output);
        }
      }
    }
    List<Result> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      ShingleScore a = shingleScores[k];
      SegmentScore b = segmentScores[k];
      out.add(
          new Result(
              name,
              names.get(k),
              pages.size(),
              shingles ? a.precision() : b.precision(),
              shingles ? a.recall() : b.recall(),
              shingles ? a.f1() : b.f1(),
              shingles ? a.accuracy() : b.accuracy(),
              nanos[k],
              predictions.get(k)));
    }
    return out;
  }

  /** Decodes every page's bytes with {@code decoder} (null: not text), in page order. */
  public List<String> decode(Function<byte[], String> decoder) {
    List<String> out = new ArrayList<>(pages.size());
    for (Page page : pages) {
      out.add(decoder.apply(page.bytes()));
    }
    return out;
  }

  /** An extractor under evaluation: HTML and its URL to body text (null when it finds none). */
  @FunctionalInterface
  public interface Extractor {
    String extract(String html, String url);
  }

  /** The labelled title, author and date of an evaldata entry, where given. */
  private static Map<String, String> metadata(JsonNode entry) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String field : List.of("title", "author", "date")) {
      String value = entry.path(field).asText("");
      if (!value.isBlank()) {
        out.put(field, value);
      }
    }
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
