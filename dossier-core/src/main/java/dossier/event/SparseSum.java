package dossier.event;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A SparseSum is a running sum of sparse unit vectors (an event's centroid direction) that keeps
 * its squared norm up to date, so a cosine against it costs one pass over the query. Each key's
 * weight lives in a one-element array of its own, which an index can hold on to and read without
 * looking the key up. Not thread-safe.
 */
final class SparseSum {

  private final Map<String, double[]> weights = new HashMap<>();
  private double norm2;

  void add(Map<String, Double> vector, double times) {
    vector.forEach(
        (k, w) -> {
          double[] slot = slot(k);
          double old = slot[0];
          double now = old + w * times;
          slot[0] = now;
          norm2 += now * now - old * old;
        });
  }

  /** Whether {@code key} has a weight here (possibly zero). */
  boolean has(String key) {
    return weights.containsKey(key);
  }

  /** The weight of {@code key}, 0 when absent. */
  double weight(String key) {
    double[] slot = weights.get(key);
    return slot == null ? 0 : slot[0];
  }

  /** The live weight of {@code key} (created at 0 when absent): it follows every later add. */
  double[] slot(String key) {
    return weights.computeIfAbsent(key, k -> new double[1]);
  }

  /** The Euclidean norm of this sum. */
  double norm() {
    return norm2 > 0 ? Math.sqrt(norm2) : 0;
  }

  /** Cosine between this sum and a unit vector. */
  double cosine(Map<String, Double> unit) {
    return cosine(dot(unit.entrySet()));
  }

  /** The dot product of this sum with the given weights. */
  double dot(Collection<Map.Entry<String, Double>> entries) {
    double dot = 0;
    for (Map.Entry<String, Double> e : entries) {
      double[] w = weights.get(e.getKey());
      if (w != null) {
        dot += w[0] * e.getValue();
      }
    }
    return dot;
  }

  /** Cosine between this sum and a unit vector it has dot product {@code dot} with. */
  double cosine(double dot) {
    return norm2 > 0 ? Math.max(0, dot / Math.sqrt(norm2)) : 0;
  }

  /** The unit vector of {@code weights}, in a new map. */
  static Map<String, Double> unit(Map<String, Double> weights) {
    double norm2 = 0;
    for (double w : weights.values()) {
      norm2 += w * w;
    }
    double norm = Math.sqrt(norm2);
    Map<String, Double> out = new HashMap<>(weights.size() * 2);
    weights.forEach((k, w) -> out.put(k, norm == 0 ? 0 : w / norm));
    return out;
  }
}
