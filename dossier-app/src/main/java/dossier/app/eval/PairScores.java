package dossier.app.eval;

/**
 * PairScores holds the measures the reuse evaluations report: Pearson correlation, accuracy and F1
 * of binary labels, and the threshold on a score that maximises F1 on labelled data.
 */
public final class PairScores {

  private PairScores() {}

  /** Pearson's r between two equally long series. */
  public static double pearson(double[] x, double[] y) {
    if (x.length != y.length || x.length < 2) {
      throw new IllegalArgumentException("need two series of equal length >= 2");
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < x.length; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= x.length;
    my /= y.length;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  }

  /** Accuracy, precision, recall and F1 of predicted against gold binary labels. */
  public record Binary(double accuracy, double precision, double recall, double f1) {}

  public static Binary binary(boolean[] gold, boolean[] predicted) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int correct = 0;
    for (int i = 0; i < gold.length; i++) {
      if (gold[i] == predicted[i]) {
        correct++;
      }
      if (predicted[i] && gold[i]) {
        tp++;
      } else if (predicted[i]) {
        fp++;
      } else if (gold[i]) {
        fn++;
      }
    }
    double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Binary(gold.length == 0 ? 0 : correct / (double) gold.length, p, r, f1);
  }

  /** The threshold t (label = score >= t) among the scores that gives the best F1 on gold. */
  public static double bestF1Threshold(double[] scores, boolean[] gold) {
    double best = Double.NaN;
    double bestF1 = -1;
    double[] sorted = scores.clone();
    java.util.Arrays.sort(sorted);
    for (int k = 0; k < sorted.length; k += Math.max(1, sorted.length / 500)) {
      double t = sorted[k];
      boolean[] predicted = new boolean[scores.length];
      for (int i = 0; i < scores.length; i++) {
        predicted[i] = scores[i] >= t;
      }
      double f1 = binary(gold, predicted).f1();
      if (f1 > bestF1) {
        bestF1 = f1;
        best = t;
      }
    }
    return best;
  }
}
