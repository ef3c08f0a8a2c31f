package dossier.event;

import java.util.HashMap;
import java.util.Map;

/**
 * A SparseSum is a running sum of sparse unit vectors (an event's centroid direction) that keeps
 * its squared norm up to date, so a cosine against it costs one pass over the query. Not
 * thread-safe.
 */
final class SparseSum {

  final Map<String, Double> weights = new HashMap<>();
  private double norm2;

  void add(Map<String, Double> vector, double times) {
    vector.forEach(
        (k, w) -> {
          double old = weights.getOrDefault(k, 0.0);
          double now = old + w * times;
          weights.put(k, now);
          norm2 += now * now - old * old;
        });
  }

  /** The Euclidean norm of this sum. */
  double norm() {
    return norm2 > 0 ? Math.sqrt(norm2) : 0;
  }

  /** Cosine between this sum and a unit vector. */
  double cosine(Map<String, Double> unit) {
    if (norm2 <= 0) {
      return 0;
    }
    double dot = 0;
    for (var e : unit.entrySet()) {
      Double w = weights.get(e.getKey());
      if (w != null) {
        dot += w * e.getValue();
      }
    }
    return Math.max(0, dot / Math.sqrt(norm2));
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
