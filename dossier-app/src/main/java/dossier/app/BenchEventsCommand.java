package dossier.app;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dossier.app.eval.ClusterScores;
import dossier.app.eval.TfidfCentroidBaseline;
import dossier.event.EventClusterer;
import dossier.model.Article;
import dossier.model.Event;
import dossier.model.EventMembership;
import dossier.text.SentenceEmbedder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier bench events}: times event grouping, embedding included, against the plain TF-IDF
 * centroid peer on the same documents in the same run, taking turns, and prints each one's BCubed
 * F1 beside its speed.
 */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description =
        "Articles per second of event grouping (MiniLM embedding included, no cache) against a"
            + " plain TF-IDF centroid peer, in turns, on labelled JSONL.")
public final class BenchEventsCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "labelled JSONL")
  Path data;

  @Option(names = "--topics", paramLabel = "LIST", description = "only these topics, e.g. 1-25")
  String topics;

  @Option(
      names = "--repeat",
      defaultValue = "3",
      description = "timed turns of each (default ${DEFAULT-VALUE}); the median is reported")
  int repeat;

  @Option(
      names = "--peer-threshold",
      defaultValue = "0.30",
      description = "joining threshold of the TF-IDF peer (default ${DEFAULT-VALUE})")
  double peerThreshold;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (repeat < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--repeat must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<EvalEventsCommand.Labelled> docs = new ArrayList<>(EvalEventsCommand.read(data));
    if (topics != null) {
      Set<Integer> wanted = EvalEventsCommand.parseTopics(topics);
      docs = new ArrayList<>(docs.stream().filter(d -> wanted.contains(d.topic())).toList());
    }
    Collections.shuffle(docs, new Random(13));
    List<Article> articles = docs.stream().map(EvalEventsCommand.Labelled::article).toList();
    Map<String, String> gold = new LinkedHashMap<>();
    docs.forEach(d -> gold.put(d.article().id(), d.gold()));

    EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    SentenceEmbedder uncached = sentences -> embed(model, sentences);
    uncached.embed(List.of("The model loads before the clock starts."));
    EventClusterer clusterer = new EventClusterer(EventClusterer.Config.defaults(), uncached);
    TfidfCentroidBaseline peer = new TfidfCentroidBaseline(peerThreshold);

    double[] ours = new double[repeat];
    double[] theirs = new double[repeat];
    Map<String, String> oursLabels = Map.of();
    Map<String, String> peerLabels = Map.of();
    for (int r = 0; r < repeat; r++) {
      long start = System.nanoTime();
      peerLabels = peer.cluster(articles);
      theirs[r] = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      List<Event> events = clusterer.cluster(articles);
      ours[r] = (System.nanoTime() - start) / 1e9;
      Map<String, String> labels = new LinkedHashMap<>();
      for (Event e : events) {
        for (EventMembership m : e.members()) {
          labels.put(m.articleId(), e.id());
        }
      }
      oursLabels = labels;
    }
    out.printf(
        Locale.ROOT,
        "%d documents, %d turns, %d processors; median seconds per pass%n",
        articles.size(),
        repeat,
        Runtime.getRuntime().availableProcessors());
    line(out, "tfidf-centroid peer", theirs, articles.size(), ClusterScores.of(gold, peerLabels));
    line(out, "dossier EventClusterer", ours, articles.size(), ClusterScores.of(gold, oursLabels));
    out.flush();
    return Main.OK;
  }

  private static void line(
      PrintWriter out, String name, double[] seconds, int documents, ClusterScores scores) {
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    double median = sorted[sorted.length / 2];
    out.printf(
        Locale.ROOT,
        "%-24s %8.2f s  %8.1f articles/s  BCubed F1 %.3f%n",
        name,
        median,
        documents / median,
        scores.bcubedF1());
  }

  private static List<float[]> embed(EmbeddingModel model, List<String> sentences) {
    List<TextSegment> segments = new ArrayList<>(sentences.size());
    for (String s : sentences) {
      segments.add(TextSegment.from(s.isBlank() ? "." : s));
    }
    List<float[]> out = new ArrayList<>(sentences.size());
    for (Embedding e : model.embedAll(segments).content()) {
      float[] v = e.vector();
      double norm = 0;
      for (float x : v) {
        norm += x * x;
      }
      norm = Math.sqrt(norm);
      for (int i = 0; i < v.length; i++) {
        v[i] = norm == 0 ? 0 : (float) (v[i] / norm);
      }
      out.add(v);
    }
    return out;
  }
}
