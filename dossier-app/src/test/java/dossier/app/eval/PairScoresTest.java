package dossier.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairScoresTest {

  @Test
  void correlatesALinearSeriesPerfectly() {
    assertThat(PairScores.pearson(new double[] {1, 2, 3, 4}, new double[] {2, 4, 6, 8}))
        .isCloseTo(1.0, within(1e-12));
    assertThat(PairScores.pearson(new double[] {1, 2, 3, 4}, new double[] {8, 6, 4, 2}))
        .isCloseTo(-1.0, within(1e-12));
  }

  @Test
  void countsAccuracyAndF1() {
    PairScores.Binary b =
        PairScores.binary(
            new boolean[] {true, true, false, false}, new boolean[] {true, false, true, false});
    assertThat(b.accuracy()).isEqualTo(0.5);
    assertThat(b.precision()).isEqualTo(0.5);
    assertThat(b.recall()).isEqualTo(0.5);
    assertThat(b.f1()).isEqualTo(0.5);
  }

  @Test
  void picksTheThresholdThatSeparatesTheClasses() {
    double t =
        PairScores.bestF1Threshold(
            new double[] {0.1, 0.2, 0.7, 0.9}, new boolean[] {false, false, true, true});
    assertThat(t).isEqualTo(0.7);
  }
}
