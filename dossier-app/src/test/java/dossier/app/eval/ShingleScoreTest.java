package dossier.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleScoreTest {

  @Test
  void scoresAnExactCopyAsPerfect() {
    ShingleScore score = new ShingleScore();
    score.add("one two three four five", "one two three four five");

    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isEqualTo(1.0);
    assertThat(score.accuracy()).isEqualTo(1.0);
  }

  @Test
  void countsShinglesAsAMultisetWithCaseKept() {
    ShingleScore score = new ShingleScore();
    // truth: 2 shingles; the prediction repeats the first and adds others
    score.add("a b c d e", "a b c d a b c d x");

    // pred shingles: abcd, bcda, cdab, dabc, abcd, bcdx -> TP 1, FP 5, FN 1 (bcde)
    assertThat(score.precision()).isCloseTo(1.0 / 6, within(1e-9));
    assertThat(score.recall()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void treatsShortTextsAsOneShingleAndEmptyPredictionsAsMisses() {
    ShingleScore score = new ShingleScore();
    score.add("Hello world", "Hello, world!");
    score.add("Some text here now", "");

    // page 1 perfect; page 2 has no prediction: left out of precision, recall 0
    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isEqualTo(0.5);
    assertThat(score.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
  }

  @Test
  void tokenisesLettersAndDigitsOfAnyScript() {
    assertThat(ShingleScore.tokens("Ünïcode 42 文字, snake_case!"))
        .containsExactly("Ünïcode", "42", "文字", "snake_case");
  }
}
