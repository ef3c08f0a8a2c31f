package dossier.app.eval;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A SegmentScore accumulates trafilatura's evaluation metric: each "with" segment found in the
 * output (after collapsing whitespace, case-sensitive substring) is a true positive, each missing
 * one a false negative; each "without" segment found is a false positive, each absent one a true
 * negative; precision, recall and F1 are micro-averaged over the corpus.
 *
 * <p>Not thread-safe: one instance accumulates one run.
 */
public final class SegmentScore {
  private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private int truePositives;
  private int falseNegatives;
  private int falsePositives;
  private int trueNegatives;

  /** Scores one page; a null output counts every "with" as missed and every "without" as absent. */
  public void add(List<String> with, List<String> without, String output) {
    if (output == null) {
      falseNegatives += with.size();
      trueNegatives += without.size();
      return;
    }
    String text = normalise(output);
    for (String segment : with) {
      if (text.contains(normalise(segment))) {
        truePositives++;
      } else {
        falseNegatives++;
      }
    }
    for (String segment : without) {
      if (text.contains(normalise(segment))) {
        falsePositives++;
      } else {
        trueNegatives++;
      }
    }
  }

  public double precision() {
    int d = truePositives + falsePositives;
    return d == 0 ? 0 : (double) truePositives / d;
  }

  public double recall() {
    int d = truePositives + falseNegatives;
    return d == 0 ? 0 : (double) truePositives / d;
  }

  public double f1() {
    int d = 2 * truePositives + falsePositives + falseNegatives;
    return d == 0 ? 0 : 2.0 * truePositives / d;
  }

  public double accuracy() {
    int d = truePositives + trueNegatives + falsePositives + falseNegatives;
    return d == 0 ? 0 : (double) (truePositives + trueNegatives) / d;
  }

  static String normalise(String text) {
    return SPACE.matcher(text).replaceAll(" ").trim();
  }
}
