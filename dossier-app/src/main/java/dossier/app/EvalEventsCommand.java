package dossier.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.app.eval.ClusterScores;
import dossier.app.eval.TfidfCentroidBaseline;
import dossier.event.EventClusterer;
import dossier.model.Article;
import dossier.model.Event;
import dossier.model.EventMembership;
import dossier.model.Published;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier eval events}: groups the documents of a labelled JSONL file into events and scores
 * the grouping against the gold {@code event_cluster} labels with BCubed and pairwise F1.
 */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Score event grouping on JSONL with doc_id, text, optional title and published, and the gold"
          + " label event_cluster. Documents are fed online, in publication order when dated,"
          + " otherwise in a fixed shuffled order."
    })
public final class EvalEventsCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "labelled JSONL")
  Path data;

  @Option(
      names = "--predictions",
      paramLabel = "FILE",
      description = "write one {\"doc_id\", \"cluster\"} line per document")
  Path predictions;

  @Option(
      names = "--topics",
      paramLabel = "LIST",
      description = "only documents whose topic is listed, e.g. 1-25 or 26-35 or 3,5,7-9")
  String topics;

  @Option(
      names = "--seed",
      defaultValue = "13",
      description =
          "seed of the feeding order when documents are undated (default ${DEFAULT-VALUE})")
  long seed;

  @Option(
      names = "--peer",
      description = "also run the plain TF-IDF centroid peer and time both (articles per second)")
  boolean peer;

  @Option(
      names = "--peer-threshold",
      defaultValue = "0.20",
      description = "joining threshold of the TF-IDF peer (default ${DEFAULT-VALUE})")
  double peerThreshold;

  @Option(
      names = "--threshold",
      description = "override the clusterer's joining threshold (default: tuned value)")
  Double threshold;

  @Option(
      names = "--lexical",
      description =
          "score the settings without sentence embeddings (EventClusterer.Config.lexical)")
  boolean lexical;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** One labelled document. */
  record Labelled(Article article, String gold, Integer topic) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Labelled> docs = read(data);
    if (topics != null) {
      Set<Integer> wanted = parseTopics(topics);
      docs = new ArrayList<>(docs.stream().filter(d -> wanted.contains(d.topic())).toList());
    }
    if (docs.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no documents to score");
    }
    Collections.shuffle(docs, new Random(seed));
    List<Article> articles = docs.stream().map(Labelled::article).toList();
    Map<String, String> gold = new LinkedHashMap<>();
    for (Labelled d : docs) {
      gold.put(d.article().id(), d.gold());
    }
    EventClusterer.Config config =
        lexical ? EventClusterer.Config.lexical() : EventClusterer.Config.defaults();
    if (threshold != null) {
      config = config.withThreshold(threshold);
    }
    EventClusterer clusterer = new EventClusterer(config);
    String scope = topics == null ? "all topics" : "topics " + topics;
    out.printf(Locale.ROOT, "%s: %d documents, %d gold events%n", scope, docs.size(), count(gold));
    if (peer) {
      long start = System.nanoTime();
      Map<String, String> predicted = new TfidfCentroidBaseline(peerThreshold).cluster(articles);
      double seconds = (System.nanoTime() - start) / 1e9;
      print(out, "tfidf-centroid peer", ClusterScores.of(gold, predicted), docs.size(), seconds);
      // Load the embedding model before timing, so the figure is per-article work.
      EventClusterer warm = new EventClusterer(config);
      warm.cluster(List.of(Article.of("warm-up", "The model loads before the clock starts.")));
    }
    long start = System.nanoTime();
    List<Event> events = clusterer.cluster(articles);
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, String> predicted = new LinkedHashMap<>();
    for (Event e : events) {
      for (EventMembership m : e.members()) {
        predicted.put(m.articleId(), e.id());
      }
    }
    print(out, "dossier", ClusterScores.of(gold, predicted), docs.size(), peer ? seconds : -1);
    if (predictions != null) {
      writePredictions(docs, predicted);
    }
    out.flush();
    return Main.OK;
  }

  private static long count(Map<String, String> labels) {
    return labels.values().stream().distinct().count();
  }

  private static void print(
      PrintWriter out, String name, ClusterScores s, int documents, double seconds) {
    out.printf(
        Locale.ROOT,
        "%-20s events %3d  BCubed P %.3f R %.3f F1 %.3f  pairwise P %.3f R %.3f F1 %.3f%s%n",
        name,
        s.predictedClusters(),
        s.bcubedPrecision(),
        s.bcubedRecall(),
        s.bcubedF1(),
        s.pairPrecision(),
        s.pairRecall(),
        s.pairF1(),
        seconds < 0
            ? ""
            : String.format(
                Locale.ROOT, "  %.2f s, %.1f articles/s", seconds, documents / seconds));
  }

  private void writePredictions(List<Labelled> docs, Map<String, String> predicted)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
      for (Labelled d : docs) {
        ObjectNode line = json.createObjectNode();
        line.put("doc_id", d.article().id());
        line.put("cluster", predicted.get(d.article().id()));
        w.write(json.writeValueAsString(line));
        w.newLine();
      }
    }
  }

  /** The labelled documents of a JSONL file, in file order. */
  static List<Labelled> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Labelled> out = new ArrayList<>();
    int lineNumber = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = json.readTree(line);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IOException(file + ":" + lineNumber + ": not JSON: " + e.getOriginalMessage(), e);
      }
      String id = text(node, "doc_id");
      String body = text(node, "text");
      String label = text(node, "event_cluster");
      if (id == null || body == null || label == null) {
        throw new IOException(
            file + ":" + lineNumber + ": needs doc_id, text and event_cluster as strings");
      }
      String title = text(node, "title");
      String published = text(node, "published");
      Article article =
          new Article(
              id,
              file + ":" + lineNumber,
              null,
              null,
              published == null ? null : new Published(published, "field"),
              null,
              null,
              List.of(),
              title,
              body,
              List.of(),
              List.of(),
              null);
      JsonNode topic = node.get("topic");
      out.add(
          new Labelled(
              article, label, topic != null && topic.canConvertToInt() ? topic.asInt() : null));
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** Topic numbers from a list such as {@code 1-25} or {@code 3,5,7-9}. */
  static Set<Integer> parseTopics(String list) {
    Set<Integer> out = new TreeSet<>();
    for (String part : list.split(",")) {
      String p = part.strip();
      int dash = p.indexOf('-', 1);
      try {
        if (dash > 0) {
          int from = Integer.parseInt(p.substring(0, dash).strip());
          int to = Integer.parseInt(p.substring(dash + 1).strip());
          if (to < from) {
            throw new IllegalArgumentException("empty topic range " + p);
          }
          for (int t = from; t <= to; t++) {
            out.add(t);
          }
        } else {
          out.add(Integer.parseInt(p));
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a topic list: " + list, e);
      }
    }
    return out;
  }
}
