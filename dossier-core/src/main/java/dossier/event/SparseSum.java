package dossier.event;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A SparseSum is a running sum of sparse unit vectors (an event's centroid direction) that keeps
 * its squared norm up to date, so a cosine against it costs one pass over the query. Its weights
 * live in a {@link PostingIndex}, one posting per key under the number of the event it belongs to,
 * so that the index reads them without looking a key up. Not thread-safe.
 */
final class SparseSum {

  /** Where one key's weight lives: a position in that key's postings. */
  private record Cell(PostingIndex.Postings postings, int position) {
    double get() {
      return postings.weights[position];
    }

    void set(double weight) {
      postings.weights[position] = weight;
    }
  }

  private final Map<String, Cell> weights = new HashMap<>();
  private final PostingIndex index;
  private final int event;
  private double norm2;

  /** A sum posting its keys in {@code index} under the number {@code event}. */
  SparseSum(PostingIndex index, int event) {
    this.index = index;
    this.event = event;
  }

  void add(Weights vector, double times) {
    vector.forEach(
        (k, w) -> {
          Cell cell = weights.computeIfAbsent(k, this::post);
          double old = cell.get();
          double now = old + w * times;
          cell.set(now);
          norm2 += now * now - old * old;
        });
  }

  private Cell post(String key) {
    PostingIndex.Postings postings = index.open(key);
    return new Cell(postings, postings.append(event));
  }

  /** The weight of {@code key}, 0 when absent. */
  double weight(String key) {
    Cell cell = weights.get(key);
    return cell == null ? 0 : cell.get();
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
      Cell cell = weights.get(e.getKey());
      if (cell != null) {
        dot += cell.get() * e.getValue();
      }
    }
    return dot;
  }

  /** The dot product of this sum with the weights of {@code keys}. */
  double dot(List<PostingIndex.Key> keys) {
    double dot = 0;
    for (PostingIndex.Key k : keys) {
      Cell cell = weights.get(k.name());
      if (cell != null) {
        dot += cell.get() * k.weight();
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
