package dossier.app;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.model.AlignedSentence;
import dossier.model.Article;
import dossier.model.Drift;
import dossier.model.PackedArticles;
import dossier.model.Rejection;
import dossier.model.ReuseGraph;
import dossier.model.ReuseLink;
import dossier.model.SourceFamily;
import dossier.model.Span;
import dossier.reuse.ReuseDetector;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dossier reuse}: finds copies, trimmed copies, rewrites and partial reuse among reports,
 * groups copies into wire families, and lists what each copy changed.
 */
@Command(
    name = "reuse",
    mixinStandardHelpOptions = true,
    description = {
      "Find which reports copy one another (verbatim, trimmed, paraphrased, partial), group copies"
          + " into wire families with a likely origin, and list drift (altered quotes, numbers,"
          + " verbs, connectives, qualifiers) between copies. Writes one JSON object.",
      "Inputs too large to hold as text in a quarter of the heap (-Xmx) are held compressed in"
          + " memory: about a fifth slower, and 10^6 reports fit a 20 GB heap.",
      "Exit status: 0 all read, 3 some inputs rejected, 2 usage, 1 failure."
    })
public final class ReuseCommand implements Callable<Integer> {

  @Mixin ReportOptions options;

  @Option(
      names = "--window-days",
      paramLabel = "DAYS",
      description = "Only pair reports published at most DAYS apart (0: no window; default 0).")
  int windowDays;

  @Option(
      names = "--no-embeddings",
      description = "Align on words only (no sentence model): faster, misses paraphrases.")
  boolean noEmbeddings;

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** One JSON object per line, for prediction files. */
  static final ObjectMapper LINES = new ObjectMapper();

  @Override
  public Integer call() throws IOException {
    // Reuse reads each report a few times, one at a time: a corpus too large for the heap as
    // strings is held packed (at 10^6 reports a quarter of the strings' size).
    Inputs.Holding holding = Inputs.holdingFor(options.paths, Runtime.getRuntime().maxMemory());
    Inputs.Result input = Inputs.read(options.paths, System.in, a -> {}, holding);
    if (input.articles() instanceof PackedArticles packed) {
      System.err.printf(
          Locale.ROOT,
          "dossier: %d report(s) held packed in %.1f MB%n",
          packed.size(),
          packed.packedBytes() / 1e6);
    }
    ReuseDetector.Config config = ReuseDetector.Config.defaults().withWindowDays(windowDays);
    if (noEmbeddings) {
      config = config.withoutEmbeddings();
    }
    ReuseGraph graph = new ReuseDetector(config).detect(input.articles());
    try (OutputStream out = CommandOutput.open(options.output)) {
      write(input.articles(), graph, input.rejections(), out);
    }
    return IngestCommand.reportRejections(input.rejections(), System.err);
  }

  /**
   * Writes the JSON document of a reuse run to {@code out}, indented, followed by a line end. It is
   * written one article, pair and family at a time: at corpus scale the document is larger than a
   * Java array can hold, let alone a tree of it.
   */
  static void write(
      List<Article> articles, ReuseGraph graph, List<Rejection> rejections, OutputStream out)
      throws IOException {
    // Writing a tree flushes the generator; the buffer keeps that from being a write per node.
    BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
    try (JsonGenerator gen = JSON.writer().createGenerator(buffered)) {
      gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      gen.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
      gen.writeStartObject();
      gen.writeArrayFieldStart("articles");
      for (Article a : articles) {
        gen.writeTree(article(a));
      }
      gen.writeEndArray();
      gen.writeArrayFieldStart("pairs");
      for (ReuseLink l : graph.links()) {
        gen.writeTree(pair(l));
      }
      gen.writeEndArray();
      gen.writeArrayFieldStart("families");
      for (SourceFamily f : graph.families()) {
        gen.writeTree(family(f));
      }
      gen.writeEndArray();
      gen.writeArrayFieldStart("rejections");
      for (Rejection r : rejections) {
        ObjectNode x = JSON.createObjectNode();
        x.put("source", r.source());
        x.put("reason", r.reason());
        gen.writeTree(x);
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
    buffered.write('\n');
    buffered.flush();
  }

  private static ObjectNode article(Article a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", a.id());
    o.put("source", a.source());
    o.put("outlet", a.outlet());
    o.put("published", a.published() == null ? null : a.published().value());
    return o;
  }

  private static ObjectNode pair(ReuseLink l) {
    ObjectNode o = JSON.createObjectNode();
    o.put("a", l.a());
    o.put("b", l.b());
    o.put("relation", l.relation().label());
    ObjectNode scores = o.putObject("scores");
    scores.put("score", round(l.score()));
    scores.put("containment_a", round(l.containmentA()));
    scores.put("containment_b", round(l.containmentB()));
    scores.put("coverage_a", round(l.coverageA()));
    scores.put("coverage_b", round(l.coverageB()));
    ArrayNode aligned = o.putArray("aligned");
    for (AlignedSentence s : l.aligned()) {
      ObjectNode x = aligned.addObject();
      x.set("a", span(s.a()));
      x.set("b", span(s.b()));
      x.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
      x.put("lexical", round(s.lexical()));
      if (!Double.isNaN(s.semantic())) {
        x.put("semantic", round(s.semantic()));
      }
      if (!s.edits().isEmpty()) {
        ArrayNode edits = x.putArray("edits");
        for (AlignedSentence.Edit e : s.edits()) {
          ObjectNode ed = edits.addObject();
          ed.set("a", span(e.a()));
          ed.set("b", span(e.b()));
        }
      }
    }
    ArrayNode drift = o.putArray("drift");
    ArrayNode variants = o.putArray("variants");
    for (Drift d : l.drift()) {
      ObjectNode x = d.changesMeaning() ? drift.addObject() : variants.addObject();
      x.put("kind", d.kind().label());
      x.put("text_a", d.textA());
      x.put("text_b", d.textB());
      x.set("span_a", span(d.spanA()));
      x.set("span_b", span(d.spanB()));
    }
    return o;
  }

  private static ObjectNode family(SourceFamily f) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", f.id());
    o.put("origin", f.origin());
    ArrayNode members = o.putArray("members");
    ObjectNode origin = members.addObject();
    origin.put("article", f.origin());
    origin.put("relation", "origin");
    for (SourceFamily.Member m : f.members()) {
      ObjectNode x = members.addObject();
      x.put("article", m.article());
      x.put("relation", m.relation().label());
    }
    ArrayNode partial = o.putArray("partial");
    for (SourceFamily.Member m : f.partial()) {
      ObjectNode x = partial.addObject();
      x.put("article", m.article());
      x.put("relation", m.relation().label());
    }
    return o;
  }

  private static ArrayNode span(Span s) {
    return JSON.createArrayNode().add(s.start()).add(s.end());
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
