package dossier.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SoftmaxRegressionTest {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 10);
  }

  /** Three Gaussian clouds in three dimensions around well-separated centres. */
  private static List<double[]> clouds(Random random, int perClass) {
    double[][] centres = {{0, 0, 0}, {6, 0, 1}, {0, 6, -1}};
    List<double[]> rows = new ArrayList<>();
    for (int k = 0; k < centres.length; k++) {
      for (int i = 0; i < perClass; i++) {
        double[] row = new double[4];
        for (int j = 0; j < 3; j++) {
          row[j] = centres[k][j] + random.nextGaussian();
        }
        row[3] = k;
        rows.add(row);
      }
    }
    return rows;
  }

  private static double[][] features(List<double[]> rows) {
    return rows.stream().map(r -> new double[] {r[0], r[1], r[2]}).toArray(double[][]::new);
  }

  private static int[] labels(List<double[]> rows) {
    return rows.stream().mapToInt(r -> (int) r[3]).toArray();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void separatesWellSeparatedClasses(long seed) {
    Random random = new Random(seed);
    List<double[]> train = clouds(random, 30);
    List<double[]> test = clouds(random, 30);
    SoftmaxRegression model = SoftmaxRegression.fit(features(train), labels(train), 3, 1);
    int right = 0;
    for (double[] row : test) {
      right += model.predict(new double[] {row[0], row[1], row[2]}) == (int) row[3] ? 1 : 0;
    }
    assertThat(right).isGreaterThanOrEqualTo(test.size() - 2);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void fitDoesNotDependOnTheOrderOfTheRows(long seed) {
    Random random = new Random(seed);
    List<double[]> rows = clouds(random, 10);
    SoftmaxRegression a = SoftmaxRegression.fit(features(rows), labels(rows), 3, 1);
    Collections.shuffle(rows, random);
    SoftmaxRegression b = SoftmaxRegression.fit(features(rows), labels(rows), 3, 1);
    double[] probe = {random.nextGaussian() * 3, random.nextGaussian() * 3, random.nextGaussian()};
    double[] pa = a.probabilities(probe);
    double[] pb = b.probabilities(probe);
    for (int k = 0; k < 3; k++) {
      assertThat(pa[k]).isCloseTo(pb[k], within(1e-4));
    }
    assertThat(pa[0] + pa[1] + pa[2]).isCloseTo(1, within(1e-9));
  }

  @Test
  void aStrongerPenaltyGivesLessConfidentProbabilities() {
    List<double[]> rows = clouds(new Random(3), 20);
    double[] probe = {6, 0, 1};
    double loose =
        SoftmaxRegression.fit(features(rows), labels(rows), 3, 10).probabilities(probe)[1];
    double tight =
        SoftmaxRegression.fit(features(rows), labels(rows), 3, 0.01).probabilities(probe)[1];
    assertThat(loose).isGreaterThan(tight).isGreaterThan(0.9);
  }

  @Test
  void refusesMismatchedLabelsAndANonPositivePenaltyWeight() {
    assertThatThrownBy(() -> SoftmaxRegression.fit(new double[][] {{1}}, new int[0], 2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("labels");
    assertThatThrownBy(() -> SoftmaxRegression.fit(new double[][] {{1}}, new int[] {0}, 2, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
  }
}
