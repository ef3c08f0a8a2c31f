package dossier.app;

import dossier.io.DossierJson;
import dossier.io.EventsCsv;
import dossier.io.EventsGeoJson;
import dossier.io.ReportHtml;
import dossier.model.Dossier;
import dossier.model.EventRecord;
import dossier.pipeline.Pipeline;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier analyze}: the main job, from reports to a published evidence dossier. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Read reports, find copies and wire families, group reports into events, extract claims,"
          + " reconcile them, and write dossier.json, events.csv, events.geojson and report.html"
          + " to DIR.",
      "Exit status: 0 all read, 3 some inputs rejected (each named on stderr), 2 usage, 1 failure."
    })
public final class AnalyzeCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or - (stdin).")
  List<String> paths;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      required = true,
      description = "Folder to write the dossier to (created if missing).")
  Path output;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description = "Title of the HTML dossier (default: the folder name).")
  String title;

  @Option(
      names = "--lexical",
      description =
          "Without sentence embeddings: reuse aligns on words alone and events group on words and"
              + " names (faster; see docs/benchmarks.md for what it costs in quality).")
  boolean lexical;

  @Override
  public Integer call() throws IOException {
    PrintStream err = System.err;
    long start = System.nanoTime();
    Pipeline pipeline =
        new Pipeline(lexical ? Pipeline.Config.lexical() : Pipeline.Config.defaults());
    err.println("dossier: reading " + String.join(" ", paths));
    Inputs.Result input =
        Inputs.read(
            paths,
            System.in == null ? new ByteArrayInputStream(new byte[0]) : System.in,
            a -> {},
            Inputs.Holding.PLAIN);
    err.printf(
        Locale.ROOT,
        "dossier: read %d report(s) in %.1f s%n",
        input.articles().size(),
        (System.nanoTime() - start) / 1e9);
    if (input.articles().isEmpty()) {
      IngestCommand.reportRejections(input.rejections(), err);
      err.println("dossier: no report could be read; nothing to analyze");
      return Main.FAILURE;
    }
    Dossier dossier;
    try (StageProgress progress = new StageProgress(err, input.articles().size() >= 50)) {
      dossier = pipeline.run(input.articles(), progress);
    }
    Files.createDirectories(output);
    String name =
        title != null ? title : "Dossier: " + output.toAbsolutePath().normalize().getFileName();
    DossierJson.write(
        dossier,
        input.rejections(),
        new BufferedOutputStream(Files.newOutputStream(output.resolve("dossier.json"))));
    try (Writer out = writer(output.resolve("events.csv"))) {
      out.write(EventsCsv.write(dossier));
    }
    try (Writer out = writer(output.resolve("events.geojson"))) {
      out.write(EventsGeoJson.write(dossier));
    }
    try (Writer page = writer(output.resolve("report.html"))) {
      ReportHtml.write(dossier, name, page);
    }
    summary(System.out, dossier, output, (System.nanoTime() - start) / 1e9);
    return IngestCommand.reportRejections(input.rejections(), err);
  }

  /**
   * A UTF-8 writer to {@code file}. A report text may hold a lone surrogate (a copy cut inside a
   * pair); it is written as a replacement character instead of failing the whole output.
   */
  private static Writer writer(Path file) throws IOException {
    return new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
  }

  static void summary(PrintStream out, Dossier d, Path dir, double seconds) {
    int facts = d.records().stream().mapToInt(r -> r.facts().size()).sum();
    int contradictions = d.records().stream().mapToInt(r -> r.contradictions().size()).sum();
    out.printf(
        Locale.ROOT,
        "%d report(s), %d wire famil%s, %d event(s), %d casualty claim(s), %d contradiction(s)"
            + " in %.1f s%n",
        d.articles().size(),
        d.reuse().families().size(),
        d.reuse().families().size() == 1 ? "y" : "ies",
        d.records().size(),
        facts,
        contradictions,
        seconds);
    for (EventRecord r : d.records()) {
      String place = r.places().isEmpty() ? "?" : r.places().get(0).name();
      out.printf(
          Locale.ROOT,
          "  %s  %s  %s..%s  %d report(s), %d independent source(s), deaths low/best/high %s/%s/%s%n",
          r.id(),
          place,
          r.dateStart(),
          r.dateEnd(),
          r.reports().size(),
          r.sources().size(),
          r.total().low(),
          r.total().best(),
          r.total().high());
    }
    out.println(
        "wrote " + dir.resolve("report.html") + " (and dossier.json, events.csv, events.geojson)");
  }
}
