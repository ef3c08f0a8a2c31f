package dossier.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BisectorTest {

  /** Similarities of two planted groups: alike within, hardly alike across, with noise. */
  private static double[][] planted(int first, int second, Random random) {
    int n = first + second;
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        boolean same = (i < first) == (j < first);
        double s = (same ? 0.4 : 0.03) + 0.05 * random.nextDouble();
        sim[i][j] = s;
        sim[j][i] = s;
      }
    }
    return sim;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 13, 42})
  void findsTwoPlantedGroupsAndCallsTheDivisionClean(long seed) {
    Random random = new Random(seed);
    int first = 3 + random.nextInt(6);
    int second = 3 + random.nextInt(6);
    double[][] sim = planted(first, second, random);

    Bisector.Division d = Bisector.divide(sim);

    assertThat(d.kept()).containsExactly(IntStream.range(0, first).toArray());
    assertThat(d.moved()).containsExactly(IntStream.range(first, first + second).toArray());
    assertThat(d.silhouette()).isGreaterThan(0.75);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 13, 42})
  void findsNoCleanDivisionInOneScatteredGroup(long seed) {
    Random random = new Random(seed);
    int n = 6 + random.nextInt(10);
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        sim[i][j] = 0.05 + 0.2 * random.nextDouble();
        sim[j][i] = sim[i][j];
      }
    }

    Bisector.Division d = Bisector.divide(sim);

    assertThat(d.kept()).contains(0);
    assertThat(d.kept().length + d.moved().length).isEqualTo(n);
    assertThat(d.silhouette()).isLessThan(0.75);
  }

  @Test
  void weighsNothingThatEveryEntryShares() {
    Cluster.Part a = part(Map.of("klitschko", 0.6, "rahman", 0.8));
    Cluster.Part b = part(Map.of("klitschko", 0.6, "rahman", 0.8));
    Cluster.Part c = part(Map.of("klitschko", 0.6, "thompson", 0.8));

    double[][] sim = Bisector.similarities(List.of(a, b, c), 1, 0, 0);

    assertThat(sim[0][1]).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(sim[0][2]).isZero();
  }

  private static Cluster.Part part(Map<String, Double> tfidf) {
    ReportEvidence evidence =
        new ReportEvidence(List.of("x"), tfidf, Map.of(), new float[] {1, 0}, null);
    return new Cluster.Part(
        List.of(), Weights.of(tfidf), Weights.of(Map.of()), evidence, List.of());
  }
}
