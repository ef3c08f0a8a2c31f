package dossier.event;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * A PostingIndex maps each key (a term, or an entity key) to the events that hold it, with the
 * weight each gives it, in two primitive arrays per key. The weights are the events' own: a {@link
 * SparseSum} keeps its weights here, so that summing a report's dot products with every event reads
 * the arrays in order instead of following a pointer per event. Positions are never reused; an
 * event that stops being one keeps its postings, and the reader skips it. Each key's postings also
 * count the reports that hold it (its document frequency), so that a report's key is looked up once
 * for counting, weighing and searching. Not thread-safe.
 */
final class PostingIndex {

  /** The events holding one key: their numbers and weights, in order of posting. */
  static final class Postings {
    /**
     * The key, one instance for the session: a report read from bytes brings its own copy of each
     * term, and what the session keeps (an event's vectors) refers to this one instead.
     */
    final String key;

    int[] events = new int[2];
    double[] weights = new double[2];
    int size;

    /** Reports counted as holding the key. */
    int documents;

    Postings(String key) {
      this.key = key;
    }

    /** Appends {@code event} with weight 0, returning its position. */
    int append(int event) {
      if (size == events.length) {
        int grown = size + (size >> 1) + 1;
        events = Arrays.copyOf(events, grown);
        weights = Arrays.copyOf(weights, grown);
      }
      events[size] = event;
      return size++;
    }
  }

  /** A key of the report being placed: its weight in the report's unit vector, and its postings. */
  record Key(String name, double weight, Postings postings) {

    /** Lightest first by absolute weight, ties by name. */
    static final Comparator<Key> LIGHTEST_FIRST =
        Comparator.comparingDouble((Key k) -> Math.abs(k.weight())).thenComparing(Key::name);
  }

  private final Map<String, Postings> byKey = new HashMap<>();

  /** The postings of {@code key}, or {@code null} when no event holds it. */
  Postings get(String key) {
    return byKey.get(key);
  }

  /** The postings of {@code key}, created empty when new. */
  Postings open(String key) {
    return byKey.computeIfAbsent(key, Postings::new);
  }
}
