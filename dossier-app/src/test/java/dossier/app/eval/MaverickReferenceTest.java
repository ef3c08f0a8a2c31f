package dossier.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.app.eval.MaverickReference.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaverickReferenceTest {

  private static final double NA = Double.NaN;

  private static Row row(String event, String source, double best, double low, double high) {
    return new Row(event, source, best, low, high, 2, 2);
  }

  @Test
  void minimumOfNoFiguresIsInfinityAsInR() {
    assertThat(MaverickReference.minNaRm(new double[] {NA, NA}))
        .isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(MaverickReference.minNaRm(new double[] {NA, 3, 1})).isEqualTo(1);
  }

  @Test
  void maximumOfNoFiguresIsMinusInfinityAsInR() {
    assertThat(MaverickReference.maxNaRm(new double[] {})).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(MaverickReference.maxNaRm(new double[] {NA, 3, 1})).isEqualTo(3);
  }

  @Test
  void modeIsTheSmallestOfTheMostFrequentValues() {
    assertThat(MaverickReference.modeNumeric(new double[] {1, 2, 2, 3, 4, 4})).isEqualTo(2);
    assertThat(MaverickReference.modeNumeric(new double[] {7, NA, NA, NA, 5})).isEqualTo(5);
  }

  @Test
  void modeOfNoFiguresIsMissing() {
    assertThat(MaverickReference.modeNumeric(new double[] {NA})).isNaN();
  }

  @Test
  void combinesSourcesOnceSplittingAtSemicolonsAndDroppingUnknownAndBlanks() {
    String combined =
        MaverickReference.aggregateStrings(
            List.of("apple", "banana", "apple", "Unknown", "orange", " ", "kiwi;  pear"));
    assertThat(combined).isEqualTo("apple; banana; orange; kiwi; pear");
    assertThat(MaverickReference.entries(combined)).isEqualTo(5);
    assertThat(MaverickReference.entries("")).isZero();
  }

  @Test
  void aggregatesEachEventInSortedOrderWithItsRowCount() {
    List<MaverickReference.Event> events =
        MaverickReference.aggregate(
            List.of(
                row("KEN-2", "AP (2008-01-01) a", 3, 3, 5),
                row("CIV-1", "AFP (2011-01-11) b", 2, 2, 4),
                row("CIV-1", "AFP (2011-01-11) c", 4, 4, 4),
                row("CIV-1", "LEJD (2011-01-11) d", NA, NA, 9)));
    assertThat(events)
        .extracting(MaverickReference.Event::eventId)
        .containsExactly("CIV-1", "KEN-2");
    MaverickReference.Event civ = events.get(0);
    assertThat(civ.numberOfSources()).isEqualTo(3);
    assertThat(civ.conservative()).isEqualTo(new MaverickReference.Deaths(2, 2, 4));
    assertThat(civ.informative()).isEqualTo(new MaverickReference.Deaths(4, 4, 9));
    assertThat(civ.representative()).isEqualTo(new MaverickReference.Deaths(2, 2, 4));
  }
}
