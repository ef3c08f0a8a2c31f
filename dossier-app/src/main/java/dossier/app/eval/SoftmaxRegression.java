package dossier.app.eval;

import java.util.Arrays;

/**
 * A multinomial logistic regression (softmax) over standardised features with an L2 penalty on the
 * weights (not the intercepts): it minimises {@code ||W||^2 / 2 + c * sum of cross-entropy}, the
 * objective of scikit-learn's {@code LogisticRegression(C=c)}, by gradient descent with a
 * backtracking line search. The problem is convex, so the fit does not depend on the start or the
 * order of the data. Features are standardised with the training rows' mean and population standard
 * deviation. Immutable once fitted.
 */
public final class SoftmaxRegression {

  private final double[] mean;
  private final double[] scale;
  private final double[][] weights; // [class][feature], the last column the intercept

  private SoftmaxRegression(double[] mean, double[] scale, double[][] weights) {
    this.mean = mean;
    this.scale = scale;
    this.weights = weights;
  }

  /**
   * Fits rows {@code x} with labels {@code y} in {@code [0, classes)}, penalty weight {@code c}
   * (larger: weaker penalty).
   */
  public static SoftmaxRegression fit(double[][] x, int[] y, int classes, double c) {
    if (x.length == 0 || x.length != y.length) {
      throw new IllegalArgumentException("need as many labels as rows, at least one");
    }
    if (c <= 0) {
      throw new IllegalArgumentException("c must be positive: " + c);
    }
    int d = x[0].length;
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        mean[j] += row[j] / x.length;
      }
    }
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / x.length;
      }
    }
    for (int j = 0; j < d; j++) {
      scale[j] = scale[j] > 0 ? Math.sqrt(scale[j]) : 1;
    }
    double[][] z = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      z[i] = standardise(x[i], mean, scale);
    }
    double[][] w = new double[classes][d + 1];
    double[][] gradient = new double[classes][d + 1];
    double loss = objective(z, y, w, c, gradient);
    double step = 1;
    for (int iteration = 0; iteration < 10_000; iteration++) {
      double norm = 0;
      for (double[] g : gradient) {
        for (double v : g) {
          norm += v * v;
        }
      }
      if (norm < 1e-16) {
        break;
      }
      // Backtracking (Armijo) along the negative gradient; the step grows again after a success.
      double[][] next = new double[classes][d + 1];
      double[][] nextGradient = new double[classes][d + 1];
      double nextLoss;
      while (true) {
        for (int k = 0; k < classes; k++) {
          for (int j = 0; j <= d; j++) {
            next[k][j] = w[k][j] - step * gradient[k][j];
          }
        }
        nextLoss = objective(z, y, next, c, nextGradient);
        if (nextLoss <= loss - 0.5 * step * norm || step < 1e-12) {
          break;
        }
        step /= 2;
      }
      boolean converged = loss - nextLoss < 1e-12 * Math.max(1, Math.abs(loss));
      w = next;
      gradient = nextGradient;
      loss = nextLoss;
      step *= 2;
      if (converged) {
        break;
      }
    }
    return new SoftmaxRegression(mean, scale, w);
  }

  /** The class of highest probability for {@code row}. */
  public int predict(double[] row) {
    double[] p = probabilities(row);
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    return best;
  }

  /** Class probabilities for {@code row}. */
  public double[] probabilities(double[] row) {
    return softmax(standardise(row, mean, scale), weights);
  }

  private static double[] standardise(double[] row, double[] mean, double[] scale) {
    double[] out = new double[row.length];
    for (int j = 0; j < row.length; j++) {
      out[j] = (row[j] - mean[j]) / scale[j];
    }
    return out;
  }

  private static double[] softmax(double[] z, double[][] w) {
    double[] score = new double[w.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < w.length; k++) {
      double s = w[k][z.length];
      for (int j = 0; j < z.length; j++) {
        s += w[k][j] * z[j];
      }
      score[k] = s;
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int k = 0; k < score.length; k++) {
      score[k] = Math.exp(score[k] - max);
      sum += score[k];
    }
    for (int k = 0; k < score.length; k++) {
      score[k] /= sum;
    }
    return score;
  }

  /** The objective at {@code w}, with its gradient written into {@code gradient}. */
  private static double objective(
      double[][] z, int[] y, double[][] w, double c, double[][] gradient) {
    int d = z[0].length;
    double loss = 0;
    for (int k = 0; k < w.length; k++) {
      Arrays.fill(gradient[k], 0);
      for (int j = 0; j < d; j++) {
        loss += 0.5 * w[k][j] * w[k][j];
        gradient[k][j] = w[k][j];
      }
    }
    for (int i = 0; i < z.length; i++) {
      double[] p = softmax(z[i], w);
      loss -= c * Math.log(Math.max(p[y[i]], 1e-300));
      for (int k = 0; k < w.length; k++) {
        double r = c * (p[k] - (k == y[i] ? 1 : 0));
        for (int j = 0; j < d; j++) {
          gradient[k][j] += r * z[i][j];
        }
        gradient[k][d] += r;
      }
    }
    return loss;
  }
}
