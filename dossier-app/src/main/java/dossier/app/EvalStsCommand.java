package dossier.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.app.eval.PairScores;
import dossier.reuse.ReuseDetector;
import dossier.text.MiniLmEmbedder;
import dossier.text.SentenceEmbedder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier eval sts}: Pearson correlation between the reuse stage's sentence similarity and
 * the gold 0-5 scores of the STS Benchmark, with the plain MiniLM cosine as a baseline in the same
 * run.
 */
@Command(
    name = "sts",
    mixinStandardHelpOptions = true,
    description =
        "Score sentence similarity on an STS Benchmark file (tab-separated: genre, file, year, id,"
            + " score, sentence 1, sentence 2): Pearson r against the gold scores.")
public final class EvalStsCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "sts-*.csv")
  Path data;

  @Option(
      names = "--predictions",
      paramLabel = "FILE",
      description = "write one {\"index\", \"score\"} line per pair, in file order")
  Path predictions;

  @Option(
      names = "--genre",
      paramLabel = "GENRE",
      description = "only pairs of this genre, e.g. main-news")
  String genre;

  /** One scored pair of an STS file. */
  record Pair(int index, String genre, double gold, String first, String second) {}

  static List<Pair> read(Path file) throws IOException {
    List<Pair> out = new ArrayList<>();
    int index = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (f.length >= 7) {
        out.add(new Pair(index, f[0], Double.parseDouble(f[4]), f[5], f[6]));
      }
      index++;
    }
    return out;
  }

  @Override
  public Integer call() throws IOException {
    List<Pair> pairs = new ArrayList<>();
    for (Pair p : read(data)) {
      if (genre == null || genre.equals(p.genre())) {
        pairs.add(p);
      }
    }
    List<String> first = pairs.stream().map(Pair::first).toList();
    List<String> second = pairs.stream().map(Pair::second).toList();
    long start = System.nanoTime();
    double[] scores =
        new ReuseDetector(ReuseDetector.Config.defaults()).similarities(first, second);
    double seconds = (System.nanoTime() - start) / 1e9;
    double[] gold = pairs.stream().mapToDouble(Pair::gold).toArray();
    List<float[]> a = MiniLmEmbedder.INSTANCE.embed(first);
    List<float[]> b = MiniLmEmbedder.INSTANCE.embed(second);
    double[] cosine = new double[pairs.size()];
    for (int k = 0; k < cosine.length; k++) {
      cosine[k] = SentenceEmbedder.cosine(a.get(k), b.get(k));
    }
    System.out.printf(
        Locale.ROOT,
        "sts %s%s: %d pairs%n  dossier reuse similarity  Pearson r %.4f (%.1f s)%n"
            + "  MiniLM cosine alone       Pearson r %.4f%n",
        data.getFileName(),
        genre == null ? "" : " genre " + genre,
        pairs.size(),
        PairScores.pearson(scores, gold),
        seconds,
        PairScores.pearson(cosine, gold));
    if (predictions != null) {
      try (BufferedWriter w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
        for (int k = 0; k < pairs.size(); k++) {
          ObjectNode o = ReuseCommand.LINES.createObjectNode();
          o.put("index", pairs.get(k).index());
          o.put("score", scores[k]);
          w.write(ReuseCommand.LINES.writeValueAsString(o));
          w.newLine();
        }
      }
    }
    return Main.OK;
  }
}
