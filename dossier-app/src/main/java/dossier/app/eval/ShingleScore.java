package dossier.app.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ShingleScore accumulates the Article Extraction Benchmark's metric: {@code \w+} tokens with
 * case kept, 4-token shingles as a multiset, per-page TP/FP/FN normalised to sum 1, corpus
 * precision and recall as means over pages, and F1 from those two means.
 *
 * <p>Tokens are runs of letters, digits and underscores, as Python's Unicode {@code \w}.
 *
 * <p>Not thread-safe: one instance accumulates one run.
 */
public final class ShingleScore {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final int SHINGLE = 4;

  private final List<double[]> pages = new ArrayList<>();
  private int exact;

  /** Scores one page: {@code predicted} against {@code expected} (null counts as empty). */
  public void add(String expected, String predicted) {
    List<String> trueTokens = tokens(expected == null ? "" : expected);
    List<String> predTokens = tokens(predicted == null ? "" : predicted);
    if (trueTokens.equals(predTokens)) {
      exact++;
    }
    Map<List<String>, Integer> truth = shingles(trueTokens);
    Map<List<String>, Integer> pred = shingles(predTokens);
    Set<List<String>> union = new HashSet<>(truth.keySet());
    union.addAll(pred.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> shingle : union) {
      int t = truth.getOrDefault(shingle, 0);
      int p = pred.getOrDefault(shingle, 0);
      tp += Math.min(t, p);
      fp += Math.max(0, p - t);
      fn += Math.max(0, t - p);
    }
    double sum = tp + fp + fn;
    if (sum > 0) {
      tp /= sum;
      fp /= sum;
      fn /= sum;
    }
    pages.add(new double[] {tp, fp, fn});
  }

  /** Mean per-page precision over pages that predicted something. */
  public double precision() {
    return meanOver(1);
  }

  /** Mean per-page recall over pages whose truth has something. */
  public double recall() {
    return meanOver(2);
  }

  /**
   * The mean over pages of TP / (TP + column), counting only pages where TP + column > 0 and
   * scoring a page without errors as 1 (column 1 is FP, for precision; 2 is FN, for recall).
   */
  private double meanOver(int column) {
    double total = 0;
    int n = 0;
    for (double[] page : pages) {
      double tp = page[0];
      double miss = page[column];
      if (tp + miss > 0) {
        total += (page[1] == 0 && page[2] == 0) ? 1.0 : tp / (tp + miss);
        n++;
      }
    }
    return n == 0 ? 0 : total / n;
  }

  /** F1 of the corpus precision and recall (not a mean of per-page F1). */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Share of pages whose token list equals the truth's exactly. */
  public double accuracy() {
    return pages.isEmpty() ? 0 : (double) exact / pages.size();
  }

  public int pages() {
    return pages.size();
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static Map<List<String>, Integer> shingles(List<String> tokens) {
    Map<List<String>, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < SHINGLE) {
      out.put(List.copyOf(tokens), 1);
      return out;
    }
    for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
    }
    return out;
  }
}
