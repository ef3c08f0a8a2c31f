package dossier.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentScoreTest {

  @Test
  void findsSegmentsAfterCollapsingWhitespace() {
    SegmentScore score = new SegmentScore();
    score.add(
        List.of("the  quick\nfox", "Missing"),
        List.of("Impressum", "menu"),
        "The the quick   fox jumps. Impressum");

    // TP 1, FN 1, FP 1, TN 1 (case-sensitive: "menu" absent)
    assertThat(score.precision()).isEqualTo(0.5);
    assertThat(score.recall()).isEqualTo(0.5);
    assertThat(score.f1()).isEqualTo(0.5);
    assertThat(score.accuracy()).isEqualTo(0.5);
  }

  @Test
  void countsANullOutputAsAllMissedAndAllAbsent() {
    SegmentScore score = new SegmentScore();
    score.add(List.of("a", "b"), List.of("c"), null);
    score.add(List.of("x"), List.of(), "x");

    assertThat(score.recall()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(score.precision()).isEqualTo(1.0);
  }
}
