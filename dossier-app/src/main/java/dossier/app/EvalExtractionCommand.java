package dossier.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.app.eval.ExtractionBenchmark;
import dossier.app.eval.MetadataScore;
import dossier.ingest.HtmlExtractor;
import dossier.ingest.HtmlPage;
import dossier.ingest.LanguageGuesser;
import dossier.io.TextDecoder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier eval extraction}: scores HTML main-content extraction on the Article Extraction
 * Benchmark and on trafilatura's evaluation set, optionally against Readability4J in the same run.
 */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description =
        "Score HTML main-content extraction on extraction/aeb (shingle F1) and"
            + " extraction/trafilatura-eval (segment F1), with pages per second.")
public final class EvalExtractionCommand implements Callable<Integer> {

  @Option(
      names = "--data",
      required = true,
      description =
          "The evaluation data folder (holding extraction/aeb, extraction/trafilatura-eval).")
  Path data;

  @Option(
      names = "--predictions",
      description = "Write per-page output as {\"<page id>\": {\"articleBody\": \"<text>\"}}.")
  Path predictions;

  @Option(names = "--peer", description = "Also score a peer extractor: readability4j.")
  String peer;

  @Option(
      names = "--set",
      split = ",",
      description = "Sets to score (default: aeb,trafilatura-eval).")
  List<String> sets = List.of("aeb", "trafilatura-eval");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (peer != null && !peer.equalsIgnoreCase("readability4j")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "unknown peer: " + peer);
    }
    // Readability4J logs a stack trace for every page whose relative links it cannot resolve.
    System.setProperty("org.slf4j.simpleLogger.log.net.dankito.readability4j", "off");
    Path root = Files.isDirectory(data.resolve("extraction")) ? data.resolve("extraction") : data;
    HtmlExtractor extractor = new HtmlExtractor(HtmlExtractor.Config.defaults());
    ObjectNode written = new ObjectMapper().createObjectNode();
    List<ExtractionBenchmark.Result> results = new ArrayList<>();
    for (String set : sets) {
      ExtractionBenchmark benchmark =
          switch (set) {
            case "aeb" -> ExtractionBenchmark.aeb(root.resolve("aeb"));
            case "trafilatura-eval" ->
                ExtractionBenchmark.trafilaturaEval(root.resolve("trafilatura-eval"));
            default ->
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown set: " + set);
          };
      List<String> decoded = benchmark.decode(EvalExtractionCommand::decode);
      ExtractionBenchmark.Extractor ours = (html, url) -> extractor.extract(html, url).text();
      ExtractionBenchmark.Extractor theirs =
          (html, url) -> new Readability4J(url, html).parse().getTextContent();
      warmUp(benchmark, decoded, ours);
      if (peer != null) {
        warmUp(benchmark, decoded, theirs);
      }
      Map<String, ExtractionBenchmark.Extractor> extractors = new LinkedHashMap<>();
      extractors.put("dossier", ours);
      if (peer != null) {
        extractors.put("readability4j", theirs);
      }
      List<ExtractionBenchmark.Result> scored = benchmark.run(decoded, extractors);
      scored
          .get(0)
          .predictions()
          .forEach((id, text) -> written.putObject(id).put("articleBody", text));
      results.addAll(scored);
      if (set.equals("trafilatura-eval")) {
        metadata(benchmark, decoded, extractor, peer != null, out);
        language(benchmark, decoded, extractor, out);
      }
    }
    out.println(
        "set               extractor      pages  precision  recall  f1     accuracy  pages/s");
    for (ExtractionBenchmark.Result r : results) {
      out.println(
          String.format(
              Locale.ROOT,
              "%-17s %-14s %5d  %.4f     %.4f  %.4f  %.4f    %.1f",
              r.set(),
              r.extractor(),
              r.pages(),
              r.precision(),
              r.recall(),
              r.f1(),
              r.accuracy(),
              r.pagesPerSecond()));
    }
    out.flush();
    if (predictions != null) {
      new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(predictions.toFile(), written);
    }
    return Main.OK;
  }

  /** Scores title, author and date against the set's labels, for dossier and the peer. */
  private static void metadata(
      ExtractionBenchmark benchmark,
      List<String> decoded,
      HtmlExtractor extractor,
      boolean peer,
      PrintWriter out) {
    MetadataScore ours = new MetadataScore();
    MetadataScore theirs = new MetadataScore();
    for (int i = 0; i < decoded.size(); i++) {
      ExtractionBenchmark.Page page = benchmark.pages().get(i);
      if (decoded.get(i) == null || page.metadata().isEmpty()) {
        continue;
      }
      HtmlPage html = extractor.extract(decoded.get(i), page.url());
      Map<String, String> found = new HashMap<>();
      found.put("title", html.title());
      found.put("author", html.author());
      found.put("date", html.published());
      ours.add(page.metadata(), found);
      if (peer) {
        Map<String, String> peerFound = new HashMap<>();
        try {
          Article article = new Readability4J(page.url(), decoded.get(i)).parse();
          peerFound.put("title", article.getTitle());
          peerFound.put("author", article.getByline());
        } catch (RuntimeException | StackOverflowError e) {
          // counted as not found
        }
        theirs.add(page.metadata(), peerFound);
      }
    }
    out.println("metadata on trafilatura-eval (share of labelled pages right):");
    for (String field : List.of("title", "author", "date")) {
      out.println(
          String.format(
              Locale.ROOT,
              "  %-6s labelled %4d  dossier %.3f%s",
              field,
              ours.labelled(field),
              ours.accuracy(field),
              peer && !field.equals("date")
                  ? String.format(Locale.ROOT, "  readability4j %.3f", theirs.accuracy(field))
                  : ""));
    }
  }

  /** Characters of the body the language guess is scored at, the one ingest reads among them. */
  private static final int[] LANGUAGE_SAMPLES = {250, 500, 1000, 2000};

  /**
   * Scores the language guess on each page's extracted body, read to several lengths, against the
   * language the page declares ({@code <html lang>}, Content-Language or og:locale).
   */
  private static void language(
      ExtractionBenchmark benchmark,
      List<String> decoded,
      HtmlExtractor extractor,
      PrintWriter out) {
    List<HtmlPage> pages = new ArrayList<>();
    Map<String, Integer> declared = new java.util.TreeMap<>();
    for (int i = 0; i < decoded.size(); i++) {
      if (decoded.get(i) == null) {
        continue;
      }
      HtmlPage html = extractor.extract(decoded.get(i), benchmark.pages().get(i).url());
      if (html.language() != null && !html.text().isBlank()) {
        pages.add(html);
        declared.merge(html.language(), 1, Integer::sum);
      }
    }
    int labelled = pages.size();
    // The model loads on the first guess; every length is then timed with a warm JIT.
    for (HtmlPage html : pages.subList(0, Math.min(40, labelled))) {
      for (int characters : LANGUAGE_SAMPLES) {
        LanguageGuesser.guess(html.text(), characters);
      }
    }
    int[] right = new int[LANGUAGE_SAMPLES.length];
    int[] none = new int[LANGUAGE_SAMPLES.length];
    long[] nanos = new long[LANGUAGE_SAMPLES.length];
    for (int k = 0; k < LANGUAGE_SAMPLES.length; k++) {
      for (HtmlPage html : pages) {
        long t0 = System.nanoTime();
        String guess = LanguageGuesser.guess(html.text(), LANGUAGE_SAMPLES[k]);
        nanos[k] += System.nanoTime() - t0;
        if (guess == null) {
          none[k]++;
        } else if (guess.equals(html.language())) {
          right[k]++;
        }
      }
    }
    out.println(
        "language guess on trafilatura-eval against the declared language ("
            + labelled
            + " pages: "
            + declared
            + "):");
    for (int k = 0; k < LANGUAGE_SAMPLES.length; k++) {
      out.println(
          String.format(
              Locale.ROOT,
              "  first %4d characters%s  right %.3f  no guess %.3f  %.2f ms per page",
              LANGUAGE_SAMPLES[k],
              LANGUAGE_SAMPLES[k] == LanguageGuesser.SAMPLE ? " (ingest)" : "         ",
              labelled == 0 ? 0 : right[k] / (double) labelled,
              labelled == 0 ? 0 : none[k] / (double) labelled,
              labelled == 0 ? 0 : nanos[k] / 1e6 / labelled));
    }
  }

  /** Runs an extractor once over the first pages so both are timed with a warm JIT. */
  private static void warmUp(
      ExtractionBenchmark benchmark, List<String> decoded, ExtractionBenchmark.Extractor e) {
    int n = Math.min(40, decoded.size());
    for (int i = 0; i < n; i++) {
      if (decoded.get(i) == null) {
        continue;
      }
      try {
        e.extract(decoded.get(i), benchmark.pages().get(i).url());
      } catch (RuntimeException | StackOverflowError ignored) {
        // scored in the timed run
      }
    }
  }

  /** The page's text as the ingest reader decodes it; null when the bytes are not text. */
  private static String decode(byte[] bytes) {
    try {
      return TextDecoder.decode(bytes, true).text();
    } catch (TextDecoder.UndecodableException e) {
      return null;
    }
  }
}
