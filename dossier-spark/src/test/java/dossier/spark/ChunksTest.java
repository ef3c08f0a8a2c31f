package dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.reuse.CandidateFinder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class ChunksTest {

  @Test
  void slotCountsSplitIntoRangesAndSummedGiveEachSlotsCount() {
    Random random = new Random(11);
    for (int trial = 0; trial < 200; trial++) {
      int bits = 4 + random.nextInt(8);
      int shift = random.nextInt(bits + 1);
      int[] expected = new int[1 << bits];
      // several partitions, each counting its own slots
      Map<Integer, List<Chunks.SlotCounts>> byRange = new HashMap<>();
      for (int partition = 0; partition < 1 + random.nextInt(4); partition++) {
        Chunks.IntList slots = new Chunks.IntList();
        for (int i = random.nextInt(300); i > 0; i--) {
          int slot = random.nextInt(1 << bits);
          slots.add(slot);
          expected[slot]++;
        }
        for (Tuple2<Integer, Chunks.SlotCounts> t : Chunks.SlotCounts.of(slots.sorted(), shift)) {
          assertThat(t._1()).isBetween(0, (1 << (bits - shift)) - 1);
          byRange.computeIfAbsent(t._1(), k -> new ArrayList<>()).add(t._2());
        }
      }
      int[] counted = new int[1 << bits];
      byRange.forEach(
          (range, parts) -> {
            int[] dense = Chunks.SlotCounts.dense(parts, shift);
            System.arraycopy(dense, 0, counted, range << shift, dense.length);
          });
      assertThat(counted).as("bits %d, shift %d", bits, shift).isEqualTo(expected);
    }
  }

  @Test
  void pairCountsSplitApartAndMergedAgainAddUpPerPair() {
    Random random = new Random(5);
    for (int trial = 0; trial < 100; trial++) {
      int ranges = 1 + random.nextInt(7);
      Map<Long, Integer> expected = new HashMap<>();
      Map<Integer, List<Chunks.PairCounts>> byRange = new HashMap<>();
      for (int counter = 0; counter < 1 + random.nextInt(4); counter++) {
        CandidateFinder.PairCounter c = new CandidateFinder.PairCounter(4);
        for (int i = random.nextInt(200); i > 0; i--) {
          int x = random.nextInt(30);
          int y = random.nextInt(30);
          c.add(x, y);
          if (x != y) {
            expected.merge(((long) Math.min(x, y) << 32) | Math.max(x, y), 1, Integer::sum);
          }
        }
        for (Tuple2<Integer, Chunks.PairCounts> t : Chunks.PairCounts.split(c, ranges)) {
          byRange.computeIfAbsent(t._1(), k -> new ArrayList<>()).add(t._2());
        }
      }
      Map<Long, Integer> merged = new HashMap<>();
      byRange.forEach(
          (range, parts) ->
              Chunks.PairCounts.merge(parts)
                  .forEach(
                      (a, b, count) -> {
                        long pair = ((long) a << 32) | b;
                        assertThat(Chunks.rangeOfPair(pair, ranges)).isEqualTo(range);
                        assertThat(merged.put(pair, count)).as("pair in one range only").isNull();
                      }));
      assertThat(merged).isEqualTo(expected);
    }
  }
}
