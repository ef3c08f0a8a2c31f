package dossier.app.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * ClusterScores compare a predicted clustering with a gold one over the same items: BCubed
 * precision, recall and F1 (Bagga and Baldwin 1998; per item, averaged over items) and pairwise
 * precision, recall and F1 over the pairs of items placed together.
 */
public record ClusterScores(
    int items,
    int goldClusters,
    int predictedClusters,
    double bcubedPrecision,
    double bcubedRecall,
    double pairPrecision,
    double pairRecall) {

  public double bcubedF1() {
    return f1(bcubedPrecision, bcubedRecall);
  }

  public double pairF1() {
    return f1(pairPrecision, pairRecall);
  }

  /**
   * Scores {@code predicted} (item to cluster label) against {@code gold}. Both must label exactly
   * the same items.
   */
  public static ClusterScores of(Map<String, String> gold, Map<String, String> predicted) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    if (!gold.keySet().equals(predicted.keySet())) {
      throw new IllegalArgumentException("gold and predicted label different items");
    }
    if (gold.isEmpty()) {
      throw new IllegalArgumentException("nothing to score");
    }
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> predictedSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (var e : gold.entrySet()) {
      String g = e.getValue();
      String p = predicted.get(e.getKey());
      goldSize.merge(g, 1, Integer::sum);
      predictedSize.merge(p, 1, Integer::sum);
      both.merge(g + "\u0000" + p, 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (var e : gold.entrySet()) {
      String g = e.getValue();
      String p = predicted.get(e.getKey());
      double overlap = both.get(g + "\u0000" + p);
      precision += overlap / predictedSize.get(p);
      recall += overlap / goldSize.get(g);
    }
    int n = gold.size();
    long truePairs = 0;
    for (int c : both.values()) {
      truePairs += pairs(c);
    }
    long predictedPairs = 0;
    for (int c : predictedSize.values()) {
      predictedPairs += pairs(c);
    }
    long goldPairs = 0;
    for (int c : goldSize.values()) {
      goldPairs += pairs(c);
    }
    return new ClusterScores(
        n,
        goldSize.size(),
        predictedSize.size(),
        precision / n,
        recall / n,
        predictedPairs == 0 ? 1 : (double) truePairs / predictedPairs,
        goldPairs == 0 ? 1 : (double) truePairs / goldPairs);
  }

  private static long pairs(long n) {
    return n * (n - 1) / 2;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
