package dossier.event;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A Bisector divides an event's entries into two groups and says how cleanly they part, so that an
 * event which a report bridged between two similar happenings can be split again.
 *
 * <p>Entries are compared with the clusterer's evidence mix (TF-IDF, entity and embedding cosines),
 * but weighed against the event itself: a term or name is weighed by how few of the entries hold it
 * ({@code ln(n / entries holding it)}, so what all of them share counts for nothing) and embeddings
 * are centred on the event's mean. What is left is what tells the entries apart: inside one
 * happening it is scattered, across two happenings it is shared within each (the other boxer, the
 * other year, the other street). The division is a two-way partition by mean similarity seeded with
 * the least similar pair; its quality is the mean silhouette, for each entry {@code (own - other) /
 * max(|own|, |other|)} over its mean similarity to its own side and to the other. Stateless.
 */
final class Bisector {

  /**
   * A two-way division: entry indices of each side (the first holds entry 0) and its silhouette.
   */
  record Division(int[] kept, int[] moved, double silhouette) {}

  private static final int ROUNDS = 8;

  private Bisector() {}

  /** Pairwise similarity of the entries, weighed against the event they make up. */
  static double[][] similarities(
      List<Cluster.Part> parts, double lexicalWeight, double semanticWeight, double entityWeight) {
    int n = parts.size();
    Map<String, Integer> termParts = new HashMap<>();
    Map<String, Integer> nameParts = new HashMap<>();
    float[] mean = new float[parts.get(0).evidence().embedding().length];
    for (Cluster.Part p : parts) {
      p.tfidf().forEach((t, w) -> termParts.merge(t, 1, Integer::sum));
      p.entityVector().forEach((t, w) -> nameParts.merge(t, 1, Integer::sum));
      Vectors.addTo(mean, p.evidence().embedding());
    }
    List<Map<String, Double>> terms =
        parts.stream().map(p -> local(p.tfidf(), termParts, n)).toList();
    List<Map<String, Double>> names =
        parts.stream().map(p -> local(p.entityVector(), nameParts, n)).toList();
    List<float[]> embeddings =
        parts.stream().map(p -> centred(p.evidence().embedding(), mean, n)).toList();
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double s =
            lexicalWeight * dot(terms.get(i), terms.get(j))
                + semanticWeight * Math.max(0, Vectors.dot(embeddings.get(i), embeddings.get(j)))
                + entityWeight * dot(names.get(i), names.get(j));
        sim[i][j] = s;
        sim[j][i] = s;
      }
    }
    return sim;
  }

  /** The two-way division of the entries whose pairwise similarities are {@code sim} (n >= 2). */
  static Division divide(double[][] sim) {
    int n = sim.length;
    if (n < 2) {
      throw new IllegalArgumentException("needs two entries to divide, got " + n);
    }
    int seedA = 0;
    int seedB = 1;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (sim[i][j] < sim[seedA][seedB]) {
          seedA = i;
          seedB = j;
        }
      }
    }
    boolean[] side = new boolean[n];
    side[seedB] = true;
    boolean[] placed = new boolean[n];
    placed[seedA] = true;
    placed[seedB] = true;
    for (int round = 0; round < ROUNDS; round++) {
      boolean[] next = new boolean[n];
      for (int k = 0; k < n; k++) {
        next[k] = mean(sim, k, side, placed, true) > mean(sim, k, side, placed, false);
      }
      if (round == 0) {
        next[seedA] = false;
        next[seedB] = true;
      }
      boolean settled = round > 0 && Arrays.equals(next, side);
      side = next;
      Arrays.fill(placed, true);
      if (settled) {
        break;
      }
    }
    boolean[] moved = side[0] ? invert(side) : side;
    return new Division(
        IntStream.range(0, n).filter(k -> !moved[k]).toArray(),
        IntStream.range(0, n).filter(k -> moved[k]).toArray(),
        silhouette(sim, moved));
  }

  private static boolean[] invert(boolean[] side) {
    boolean[] out = new boolean[side.length];
    for (int k = 0; k < side.length; k++) {
      out[k] = !side[k];
    }
    return out;
  }

  /** Mean similarity of entry {@code k} to the other placed entries on side {@code which}. */
  private static double mean(
      double[][] sim, int k, boolean[] side, boolean[] placed, boolean which) {
    double sum = 0;
    int count = 0;
    for (int j = 0; j < sim.length; j++) {
      if (j != k && placed[j] && side[j] == which) {
        sum += sim[k][j];
        count++;
      }
    }
    return count == 0 ? 0 : sum / count;
  }

  private static double silhouette(double[][] sim, boolean[] side) {
    int n = sim.length;
    boolean[] all = new boolean[n];
    Arrays.fill(all, true);
    double sum = 0;
    for (int k = 0; k < n; k++) {
      double own = mean(sim, k, side, all, side[k]);
      double other = mean(sim, k, side, all, !side[k]);
      double scale = Math.max(Math.abs(own), Math.abs(other));
      sum += scale == 0 ? 0 : (own - other) / scale;
    }
    return sum / n;
  }

  /** {@code vector} weighed by how few of the {@code n} entries hold each key, as a unit vector. */
  private static Map<String, Double> local(
      Weights vector, Map<String, Integer> entriesHolding, int n) {
    Map<String, Double> out = new HashMap<>();
    vector.forEach(
        (key, w) -> {
          double idf = Math.log((double) n / entriesHolding.get(key));
          if (idf > 0) {
            out.put(key, w * idf);
          }
        });
    return SparseSum.unit(out);
  }

  private static float[] centred(float[] v, float[] sum, int n) {
    float[] out = new float[v.length];
    for (int k = 0; k < v.length; k++) {
      out[k] = v[k] - sum[k] / n;
    }
    return Vectors.unit(out);
  }

  private static double dot(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double sum = 0;
    for (var e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        sum += w * e.getValue();
      }
    }
    return sum;
  }
}
