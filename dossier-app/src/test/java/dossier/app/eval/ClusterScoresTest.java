package dossier.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClusterScoresTest {

  /** Random gold labels over 1-40 items in 1-8 clusters. */
  private static Map<String, String> randomLabels(Random random, int items, int clusters) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < items; i++) {
      out.put("d" + i, "g" + random.nextInt(clusters));
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 13, 99, 2024})
  void scoresAPerfectClusteringOneWhateverItsLabels(long seed) {
    Random random = new Random(seed);
    Map<String, String> gold = randomLabels(random, 1 + random.nextInt(40), 1 + random.nextInt(8));
    Map<String, String> renamed = new LinkedHashMap<>();
    gold.forEach((k, v) -> renamed.put(k, "p-" + v.hashCode()));

    ClusterScores s = ClusterScores.of(gold, renamed);

    assertThat(s.bcubedF1()).isCloseTo(1, within(1e-12));
    assertThat(s.pairF1()).isCloseTo(1, within(1e-12));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 13, 99, 2024})
  void givesSingletonsFullPrecisionAndOneClusterFullRecall(long seed) {
    Random random = new Random(seed);
    Map<String, String> gold = randomLabels(random, 2 + random.nextInt(40), 1 + random.nextInt(8));
    Map<String, String> singletons = new LinkedHashMap<>();
    Map<String, String> oneCluster = new LinkedHashMap<>();
    gold.keySet().forEach(k -> singletons.put(k, "s-" + k));
    gold.keySet().forEach(k -> oneCluster.put(k, "all"));

    ClusterScores split = ClusterScores.of(gold, singletons);
    ClusterScores lumped = ClusterScores.of(gold, oneCluster);

    assertThat(split.bcubedPrecision()).isCloseTo(1, within(1e-12));
    assertThat(split.pairPrecision()).isCloseTo(1, within(1e-12));
    assertThat(lumped.bcubedRecall()).isCloseTo(1, within(1e-12));
    assertThat(lumped.pairRecall()).isCloseTo(1, within(1e-12));
  }

  @ParameterizedTest
  @ValueSource(longs = {5, 6, 7, 8, 9, 10, 11, 12})
  void swapsPrecisionAndRecallWhenGoldAndPredictionSwapAndStaysInRange(long seed) {
    Random random = new Random(seed);
    int items = 1 + random.nextInt(40);
    Map<String, String> gold = randomLabels(random, items, 1 + random.nextInt(8));
    Map<String, String> predicted = randomLabels(random, items, 1 + random.nextInt(8));

    ClusterScores forward = ClusterScores.of(gold, predicted);
    ClusterScores backward = ClusterScores.of(predicted, gold);

    assertThat(backward.bcubedPrecision()).isCloseTo(forward.bcubedRecall(), within(1e-12));
    assertThat(backward.pairPrecision()).isCloseTo(forward.pairRecall(), within(1e-12));
    assertThat(forward.bcubedF1()).isBetween(0.0, 1.0);
    assertThat(forward.pairF1()).isBetween(0.0, 1.0);
  }

  @Test
  void matchesAHandWorkedExample() {
    // Gold {a,b,c} {d}; predicted {a,b} {c,d}.
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "x", "d", "y");
    Map<String, String> predicted = Map.of("a", "1", "b", "1", "c", "2", "d", "2");

    ClusterScores s = ClusterScores.of(gold, predicted);

    // Precision per item: a 1, b 1, c 1/2, d 1/2; recall: a 2/3, b 2/3, c 1/3, d 1.
    assertThat(s.bcubedPrecision()).isCloseTo(0.75, within(1e-12));
    assertThat(s.bcubedRecall()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1) / 4, within(1e-12));
    // Pairs: predicted {ab, cd}, gold {ab, ac, bc}; one shared.
    assertThat(s.pairPrecision()).isCloseTo(0.5, within(1e-12));
    assertThat(s.pairRecall()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(s.goldClusters()).isEqualTo(2);
    assertThat(s.predictedClusters()).isEqualTo(2);
  }

  @Test
  void refusesLabelsOfDifferentItems() {
    assertThatThrownBy(() -> ClusterScores.of(Map.of("a", "x"), Map.of("b", "x")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
