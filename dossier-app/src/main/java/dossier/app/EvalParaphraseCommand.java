package dossier.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.app.eval.PairScores;
import dossier.reuse.ReuseDetector;
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
 * {@code dossier eval paraphrase}: accuracy and F1 of the reuse stage's sentence-pair paraphrase
 * decision on a file in the Microsoft Research Paraphrase Corpus format. The threshold on the
 * similarity score is a fixed default, chosen on STS Benchmark train (never on a test split); pass
 * {@code --tune-on} to choose it again from an STS file.
 */
@Command(
    name = "paraphrase",
    mixinStandardHelpOptions = true,
    description =
        "Score paraphrase decisions on MSRP-format TSV (header: Quality, #1 ID, #2 ID, #1 String,"
            + " #2 String): accuracy and F1.")
public final class EvalParaphraseCommand implements Callable<Integer> {

  /**
   * Score threshold for a paraphrase: the best-F1 threshold on STS Benchmark train with gold >= 3
   * as positive ({@code dossier eval paraphrase --tune-on sts-train.csv}), see docs/benchmarks.md.
   */
  static final double DEFAULT_THRESHOLD = 0.676;

  /** STS gold score from which a pair counts as a paraphrase when tuning. */
  static final double STS_PARAPHRASE = 3.0;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "MSRP-format TSV")
  Path data;

  @Option(
      names = "--predictions",
      paramLabel = "FILE",
      description = "write one {\"id1\", \"id2\", \"label\", \"score\"} line per pair")
  Path predictions;

  @Option(
      names = "--threshold",
      paramLabel = "T",
      description = "paraphrase when the score is at least T (default ${DEFAULT-VALUE})")
  double threshold = DEFAULT_THRESHOLD;

  @Option(
      names = "--tune-on",
      paramLabel = "STS_FILE",
      description = "choose the threshold for best F1 on this STS file (gold >= 3 is a paraphrase)")
  Path tuneOn;

  /** One labelled pair of an MSRP file. */
  record Pair(boolean gold, String id1, String id2, String first, String second) {}

  static List<Pair> read(Path file) throws IOException {
    List<Pair> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t", -1);
      if (f.length >= 5) {
        out.add(new Pair(f[0].trim().equals("1"), f[1].trim(), f[2].trim(), f[3], f[4]));
      }
    }
    return out;
  }

  @Override
  public Integer call() throws IOException {
    ReuseDetector detector = new ReuseDetector(ReuseDetector.Config.defaults());
    if (tuneOn != null) {
      List<EvalStsCommand.Pair> sts = EvalStsCommand.read(tuneOn);
      double[] scores =
          detector.similarities(
              sts.stream().map(EvalStsCommand.Pair::first).toList(),
              sts.stream().map(EvalStsCommand.Pair::second).toList());
      boolean[] gold = new boolean[sts.size()];
      for (int k = 0; k < gold.length; k++) {
        gold[k] = sts.get(k).gold() >= STS_PARAPHRASE;
      }
      threshold = PairScores.bestF1Threshold(scores, gold);
      System.out.printf(
          Locale.ROOT,
          "tuned on %s (%d pairs, gold >= %.1f is a paraphrase): threshold %.4f%n",
          tuneOn.getFileName(),
          sts.size(),
          STS_PARAPHRASE,
          threshold);
    }
    List<Pair> pairs = read(data);
    double[] scores =
        detector.similarities(
            pairs.stream().map(Pair::first).toList(), pairs.stream().map(Pair::second).toList());
    boolean[] gold = new boolean[pairs.size()];
    boolean[] predicted = new boolean[pairs.size()];
    for (int k = 0; k < gold.length; k++) {
      gold[k] = pairs.get(k).gold();
      predicted[k] = scores[k] >= threshold;
    }
    PairScores.Binary result = PairScores.binary(gold, predicted);
    System.out.printf(
        Locale.ROOT,
        "paraphrase %s: %d pairs, threshold %.4f%n  accuracy %.4f  F1 %.4f  (precision %.4f,"
            + " recall %.4f)%n",
        data.getFileName(),
        pairs.size(),
        threshold,
        result.accuracy(),
        result.f1(),
        result.precision(),
        result.recall());
    if (predictions != null) {
      try (BufferedWriter w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
        for (int k = 0; k < pairs.size(); k++) {
          ObjectNode o = ReuseCommand.LINES.createObjectNode();
          o.put("id1", pairs.get(k).id1());
          o.put("id2", pairs.get(k).id2());
          o.put("label", predicted[k] ? 1 : 0);
          o.put("score", scores[k]);
          w.write(ReuseCommand.LINES.writeValueAsString(o));
          w.newLine();
        }
      }
    }
    return Main.OK;
  }
}
