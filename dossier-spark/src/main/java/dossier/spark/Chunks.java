package dossier.spark;

import dossier.reuse.CandidateFinder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import scala.Tuple2;

/**
 * Chunks carries the numbers of candidate search through Spark's shuffles as primitive arrays, one
 * record per range of keys and partition, instead of one boxed record per value: document
 * frequencies by counter slot, postings by bucket key, agreements by pair.
 */
final class Chunks {

  private Chunks() {}

  /** The range among {@code ranges} of a value whose bits are well mixed. */
  static int rangeOf(long mixed, int ranges) {
    return (int) Long.remainderUnsigned(mixed, ranges);
  }

  /** The range among {@code ranges} of a packed pair of report indexes. */
  static int rangeOfPair(long pair, int ranges) {
    return rangeOf((pair * 0x9E3779B97F4A7C15L) >>> 1, ranges);
  }

  /** A growable array of ints. */
  static final class IntList {
    private int[] values = new int[16];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    /** The values in ascending order, in a new array. */
    int[] sorted() {
      int[] out = Arrays.copyOf(values, size);
      Arrays.sort(out);
      return out;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  /** A growable array of longs. */
  static final class LongList {
    private long[] values = new long[16];
    private int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }

    /** {@code n} empty lists. */
    static LongList[] array(int n) {
      LongList[] out = new LongList[n];
      for (int i = 0; i < n; i++) {
        out[i] = new LongList();
      }
      return out;
    }

    /** Each non-empty list as an array, keyed by its place among {@code lists}. */
    static List<Tuple2<Integer, long[]>> chunks(LongList[] lists) {
      List<Tuple2<Integer, long[]>> out = new ArrayList<>();
      for (int i = 0; i < lists.length; i++) {
        if (lists[i].size > 0) {
          out.add(new Tuple2<>(i, lists[i].toArray()));
        }
      }
      return out;
    }

    /** The arrays one after another. */
    static long[] concat(Iterable<long[]> parts) {
      int total = 0;
      for (long[] p : parts) {
        total += p.length;
      }
      long[] out = new long[total];
      int at = 0;
      for (long[] p : parts) {
        System.arraycopy(p, 0, out, at, p.length);
        at += p.length;
      }
      return out;
    }
  }

  /** Counts of document-frequency counter slots, slots ascending. */
  record SlotCounts(int[] slots, int[] counts) implements Serializable {

    /**
     * The counts of {@code sorted} (slots, ascending, repeated once per shingle), one record per
     * range of {@code 1 << shift} slots, keyed by the range.
     */
    static List<Tuple2<Integer, SlotCounts>> of(int[] sorted, int shift) {
      List<Tuple2<Integer, SlotCounts>> out = new ArrayList<>();
      IntList slots = new IntList();
      IntList counts = new IntList();
      int range = -1;
      int i = 0;
      while (i < sorted.length) {
        int slot = sorted[i];
        int j = i + 1;
        while (j < sorted.length && sorted[j] == slot) {
          j++;
        }
        if (slot >>> shift != range) {
          if (range >= 0) {
            out.add(new Tuple2<>(range, new SlotCounts(slots.toArray(), counts.toArray())));
          }
          range = slot >>> shift;
          slots = new IntList();
          counts = new IntList();
        }
        slots.add(slot);
        counts.add(j - i);
        i = j;
      }
      if (range >= 0) {
        out.add(new Tuple2<>(range, new SlotCounts(slots.toArray(), counts.toArray())));
      }
      return out;
    }

    /** The summed counts of one range of {@code 1 << shift} slots, indexed within the range. */
    static int[] dense(Iterable<SlotCounts> parts, int shift) {
      int[] out = new int[1 << shift];
      int mask = (1 << shift) - 1;
      for (SlotCounts p : parts) {
        for (int k = 0; k < p.slots.length; k++) {
          out[p.slots[k] & mask] += p.counts[k];
        }
      }
      return out;
    }
  }

  /** Agreement counts of packed pairs of report indexes. */
  record PairCounts(long[] pairs, int[] counts) implements Serializable {

    /** The pairs of {@code counter}, one record per range of pairs among {@code ranges}. */
    static List<Tuple2<Integer, PairCounts>> split(
        CandidateFinder.PairCounter counter, int ranges) {
      LongList[] pairs = LongList.array(ranges);
      IntList[] counts = new IntList[ranges];
      for (int r = 0; r < ranges; r++) {
        counts[r] = new IntList();
      }
      counter.forEach(
          (a, b, count) -> {
            long pair = ((long) a << 32) | b;
            int r = rangeOfPair(pair, ranges);
            pairs[r].add(pair);
            counts[r].add(count);
          });
      List<Tuple2<Integer, PairCounts>> out = new ArrayList<>();
      for (int r = 0; r < ranges; r++) {
        if (pairs[r].size > 0) {
          out.add(new Tuple2<>(r, new PairCounts(pairs[r].toArray(), counts[r].toArray())));
        }
      }
      return out;
    }

    /** The counts of {@code parts} summed per pair. */
    static CandidateFinder.PairCounter merge(Iterable<PairCounts> parts) {
      int size = 0;
      for (PairCounts p : parts) {
        size += p.pairs.length;
      }
      CandidateFinder.PairCounter out = new CandidateFinder.PairCounter(Math.max(1024, size));
      for (PairCounts p : parts) {
        for (int k = 0; k < p.pairs.length; k++) {
          out.add(p.pairs[k], p.counts[k]);
        }
      }
      return out;
    }
  }
}
