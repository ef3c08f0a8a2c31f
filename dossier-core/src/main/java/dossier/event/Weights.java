package dossier.event;

import java.util.Map;

/**
 * Weights is a fixed sparse vector held in two arrays, in the iteration order of the map it was
 * made from, so that a sum over it runs in that order. An event keeps one per entry (its unit
 * TF-IDF and entity vectors as weighed on arrival) and reads it only in order, to add it to the
 * event's sums or to compare entries when checking for a split; arrays hold a third of what a hash
 * map of boxed weights does. Immutable.
 */
final class Weights {

  /** Receives one key and its weight. */
  @FunctionalInterface
  interface Visitor {
    void accept(String key, double weight);
  }

  private final String[] keys;
  private final double[] values;

  private Weights(String[] keys, double[] values) {
    this.keys = keys;
    this.values = values;
  }

  /** The weights of {@code map}, in its iteration order. */
  static Weights of(Map<String, Double> map) {
    String[] keys = new String[map.size()];
    double[] values = new double[map.size()];
    int[] at = {0};
    map.forEach(
        (k, w) -> {
          keys[at[0]] = k;
          values[at[0]++] = w;
        });
    return new Weights(keys, values);
  }

  /** Visits every key with its weight, in order. */
  void forEach(Visitor visitor) {
    for (int i = 0; i < keys.length; i++) {
      visitor.accept(keys[i], values[i]);
    }
  }
}
