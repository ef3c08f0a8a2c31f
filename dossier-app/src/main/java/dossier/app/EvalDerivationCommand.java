package dossier.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.app.eval.SoftmaxRegression;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier eval derivation}: graded derivation on the Clough-Stevenson corpus. Each answer is
 * compared with its task's source by the reuse stage; its label (cut, light, heavy, non) is read
 * two ways: straight from the stage's relation with fixed rules (no fitting), and by a multinomial
 * logistic regression ({@link SoftmaxRegression}, penalty weight 1, scikit-learn's default) over
 * the stage's measures (word n-gram containment, aligned coverage, relation, longest common
 * subsequence), scored by cross-validation so that no answer is labelled by a model that saw it:
 * leave-one-out, leave-one-task-out (the model never saw the source text) and
 * leave-one-participant-out (it never saw the writer).
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

  /** One answer with its gold label, task, writer and measures. */
  record Answer(
      String file, String gold, String task, String writer, double[] features, String ruleLabel) {}

  /** The penalty weight of the regression: scikit-learn's default, not tuned here. */
  static final double PENALTY_WEIGHT = 1;

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
      answers.add(measure(detector, file, f[2].trim(), f[1].trim(), source, answer));
    }
    List<String> loo = crossValidated(answers, a -> a.file());
    List<String> byTask = crossValidated(answers, Answer::task);
    List<String> byWriter = crossValidated(answers, Answer::writer);
    List<String> rules = answers.stream().map(Answer::ruleLabel).toList();
    System.out.printf(
        Locale.ROOT,
        "derivation %s: %d answers%n"
            + "  relation rules (no fitting)                        4-class %.3f  2-class %.3f%n"
            + "  logistic regression, leave-one-out                 4-class %.3f  2-class %.3f%n"
            + "  logistic regression, leave-one-task-out            4-class %.3f  2-class %.3f%n"
            + "  logistic regression, leave-one-participant-out     4-class %.3f  2-class %.3f%n",
        data.getFileName(),
        answers.size(),
        accuracy(answers, rules, false),
        accuracy(answers, rules, true),
        accuracy(answers, loo, false),
        accuracy(answers, loo, true),
        accuracy(answers, byTask, false),
        accuracy(answers, byTask, true),
        accuracy(answers, byWriter, false),
        accuracy(answers, byWriter, true));
    if (predictions != null) {
      try (BufferedWriter w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
        for (int k = 0; k < answers.size(); k++) {
          ObjectNode o = ReuseCommand.LINES.createObjectNode();
          o.put("file", answers.get(k).file());
          o.put("label", loo.get(k));
          o.put("rule_label", answers.get(k).ruleLabel());
          w.write(ReuseCommand.LINES.writeValueAsString(o));
          w.newLine();
        }
      }
    }
    return Main.OK;
  }

  /** Share of answers labelled right, in four classes or in two (derived or not). */
  static double accuracy(List<Answer> answers, List<String> labels, boolean twoClass) {
    int right = 0;
    for (int k = 0; k < answers.size(); k++) {
      String gold = answers.get(k).gold();
      right +=
          twoClass
              ? (derived(gold) == derived(labels.get(k)) ? 1 : 0)
              : (gold.equals(labels.get(k)) ? 1 : 0);
    }
    return right / (double) answers.size();
  }

  /**
   * Each answer's label from a regression fitted on the answers of every other group ({@code group}
   * names an answer's group: its file for leave-one-out, its task, its writer).
   */
  static List<String> crossValidated(List<Answer> answers, Function<Answer, String> group) {
    List<String> out = new ArrayList<>();
    Map<String, SoftmaxRegression> models = new HashMap<>();
    for (Answer held : answers) {
      SoftmaxRegression model =
          models.computeIfAbsent(
              group.apply(held),
              g -> {
                List<Answer> train =
                    answers.stream().filter(a -> !group.apply(a).equals(g)).toList();
                double[][] x = train.stream().map(Answer::features).toArray(double[][]::new);
                int[] y = train.stream().mapToInt(a -> LABELS.indexOf(a.gold())).toArray();
                return SoftmaxRegression.fit(x, y, LABELS.size(), PENALTY_WEIGHT);
              });
      out.add(LABELS.get(model.predict(held.features())));
    }
    return out;
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
      ReuseDetector detector, String file, String gold, String task, String source, String answer) {
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
    String writer = file.contains("_") ? file.substring(0, file.indexOf('_')) : file;
    return new Answer(file, gold, task, writer, features, rule);
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
}
