package dossier.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.model.AlignedSentence;
import dossier.model.Article;
import dossier.model.ReuseGraph;
import dossier.model.ReuseLink;
import dossier.model.ReuseRelation;
import dossier.reuse.ReuseDetector;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier eval derivation}: graded derivation on the Clough-Stevenson corpus. Each answer is
 * compared with its task's source by the reuse stage; its label (cut, light, heavy, non) is read
 * two ways: straight from the stage's relation with fixed rules (no fitting), and by a
 * nearest-centroid classifier over the stage's measures (word n-gram containment, aligned coverage)
 * scored by leave-one-out cross-validation, so no answer is labelled by a model that saw it.
 */
@Command(
    name = "derivation",
    mixinStandardHelpOptions = true,
    description =
        "Score graded derivation (cut / light / heavy / non) on the Clough-Stevenson folder:"
            + " 4-class and 2-class (derived vs non) accuracy.")
public final class EvalDerivationCommand implements Callable<Integer> {

  static final List<String> LABELS = List.of("cut", "light", "heavy", "non");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  @Option(
      names = "--data",
      required = true,
      paramLabel = "DIR",
      description = "folder with file_information.csv, orig_task*.txt and the answers")
  Path data;

  @Option(
      names = "--predictions",
      paramLabel = "FILE",
      description = "write one {\"file\", \"label\", \"rule_label\"} line per answer")
  Path predictions;

  @Option(names = "--no-embeddings", description = "align on words only (no sentence model)")
  boolean noEmbeddings;

  /** One answer with its gold label and measures. */
  record Answer(String file, String gold, double[] features, String ruleLabel) {}

  @Override
  public Integer call() throws IOException {
    ReuseDetector.Config config = ReuseDetector.Config.defaults();
    if (noEmbeddings) {
      config = config.withoutEmbeddings();
    }
    ReuseDetector detector = new ReuseDetector(config);
    List<Answer> answers = new ArrayList<>();
    List<String> rows = Files.readAllLines(data.resolve("file_information.csv"));
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",");
      if (f.length < 3 || f[2].trim().equals("orig")) {
        continue;
      }
      String file = f[0].trim();
      String source = read(data.resolve("orig_task" + f[1].trim() + ".txt"));
      String answer = read(data.resolve(file));
      answers.add(measure(detector, file, f[2].trim(), source, answer));
    }
    int ruleRight4 = 0;
    int ruleRight2 = 0;
    int looRight4 = 0;
    int looRight2 = 0;
    List<String> looLabels = new ArrayList<>();
    for (int k = 0; k < answers.size(); k++) {
      Answer a = answers.get(k);
      String loo = nearestCentroid(answers, k);
      looLabels.add(loo);
      ruleRight4 += a.ruleLabel().equals(a.gold()) ? 1 : 0;
      ruleRight2 += derived(a.ruleLabel()) == derived(a.gold()) ? 1 : 0;
      looRight4 += loo.equals(a.gold()) ? 1 : 0;
      looRight2 += derived(loo) == derived(a.gold()) ? 1 : 0;
    }
    double n = answers.size();
    System.out.printf(
        Locale.ROOT,
        "derivation %s: %d answers%n"
            + "  relation rules (no fitting)          4-class %.3f  2-class %.3f%n"
            + "  nearest centroid, leave-one-out      4-class %.3f  2-class %.3f%n",
        data.getFileName(),
        answers.size(),
        ruleRight4 / n,
        ruleRight2 / n,
        looRight4 / n,
        looRight2 / n);
    if (predictions != null) {
      try (BufferedWriter w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
        for (int k = 0; k < answers.size(); k++) {
          ObjectNode o = ReuseCommand.LINES.createObjectNode();
          o.put("file", answers.get(k).file());
          o.put("label", looLabels.get(k));
          o.put("rule_label", answers.get(k).ruleLabel());
          w.write(ReuseCommand.LINES.writeValueAsString(o));
          w.newLine();
        }
      }
    }
    return Main.OK;
  }

  private static boolean derived(String label) {
    return !label.equals("non");
  }

  /** The texts are hard-wrapped: a single line break is a space. */
  private static String read(Path p) throws IOException {
    String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    return text.replace("\r\n", "\n").replaceAll("(?<!\n)\n(?!\n)", " ").strip();
  }

  static Answer measure(
      ReuseDetector detector, String file, String gold, String source, String answer) {
    double[] features = new double[9];
    List<String> s = words(source);
    List<String> a = words(answer);
    for (int n = 1; n <= 5; n++) {
      features[n - 1] = containment(a, s, n);
    }
    ReuseGraph graph =
        detector.detect(List.of(Article.of("source", source), Article.of("answer", answer)));
    ReuseRelation relation = ReuseRelation.UNRELATED;
    double wordCoverage = 0;
    double coverage = 0;
    if (!graph.links().isEmpty()) {
      ReuseLink link = graph.links().get(0);
      relation = link.relation();
      coverage = link.coverageB();
      long words = 0;
      long all = 0;
      for (AlignedSentence x : link.aligned()) {
        all += x.b().length();
        if (x.kind() != AlignedSentence.Kind.PARAPHRASED) {
          words += x.b().length();
        }
      }
      wordCoverage = all == 0 ? 0 : coverage * words / (double) all;
    }
    features[5] = wordCoverage;
    features[6] = coverage;
    features[7] = relation.isCopy() ? 1 : relation == ReuseRelation.PARTIAL ? 0.5 : 0;
    features[8] = a.isEmpty() ? 0 : lcs(a, s) / (double) a.size();
    String rule;
    switch (relation) {
      case VERBATIM, TRIMMED -> rule = "cut";
      case PARAPHRASE -> rule = wordCoverage >= 0.5 ? "light" : "heavy";
      case PARTIAL -> rule = "heavy";
      default -> rule = "non";
    }
    if (System.getenv("DOSSIER_DEBUG") != null) {
      System.err.printf(
          "%s %s %s %s %s%n", file, gold, rule, relation, java.util.Arrays.toString(features));
    }
    return new Answer(file, gold, features, rule);
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Length of the longest common subsequence of two word lists. */
  private static int lcs(List<String> a, List<String> s) {
    int[] prev = new int[s.size() + 1];
    int[] cur = new int[s.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= s.size(); j++) {
        cur[j] =
            a.get(i - 1).equals(s.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[s.size()];
  }

  private static double containment(List<String> a, List<String> s, int n) {
    Set<List<String>> source = new HashSet<>();
    for (int i = 0; i + n <= s.size(); i++) {
      source.add(s.subList(i, i + n));
    }
    Set<List<String>> answer = new HashSet<>();
    for (int i = 0; i + n <= a.size(); i++) {
      answer.add(a.subList(i, i + n));
    }
    if (answer.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (List<String> g : answer) {
      if (source.contains(g)) {
        shared++;
      }
    }
    return shared / (double) answer.size();
  }

  /** The label of the nearest class centroid, fitted on every answer but {@code held}. */
  static String nearestCentroid(List<Answer> answers, int held) {
    int d = answers.get(0).features().length;
    double[] mean = new double[d];
    double[] sd = new double[d];
    int n = 0;
    for (int k = 0; k < answers.size(); k++) {
      if (k == held) {
        continue;
      }
      n++;
      for (int j = 0; j < d; j++) {
        mean[j] += answers.get(k).features()[j];
      }
    }
    for (int j = 0; j < d; j++) {
      mean[j] /= n;
    }
    for (int k = 0; k < answers.size(); k++) {
      if (k != held) {
        for (int j = 0; j < d; j++) {
          double x = answers.get(k).features()[j] - mean[j];
          sd[j] += x * x;
        }
      }
    }
    for (int j = 0; j < d; j++) {
      sd[j] = Math.sqrt(sd[j] / n) + 1e-9;
    }
    String best = "non";
    double bestDistance = Double.MAX_VALUE;
    for (String label : LABELS) {
      double[] centroid = new double[d];
      int count = 0;
      for (int k = 0; k < answers.size(); k++) {
        if (k != held && answers.get(k).gold().equals(label)) {
          count++;
          for (int j = 0; j < d; j++) {
            centroid[j] += (answers.get(k).features()[j] - mean[j]) / sd[j];
          }
        }
      }
      if (count == 0) {
        continue;
      }
      double distance = 0;
      for (int j = 0; j < d; j++) {
        double x = (answers.get(held).features()[j] - mean[j]) / sd[j] - centroid[j] / count;
        distance += x * x;
      }
      if (distance < bestDistance) {
        bestDistance = distance;
        best = label;
      }
    }
    return best;
  }
}
