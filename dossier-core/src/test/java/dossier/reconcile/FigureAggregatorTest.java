package dossier.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dossier.reconcile.FigureAggregator.EventFigures;
import dossier.reconcile.FigureAggregator.ReportFigures;
import dossier.reconcile.FigureAggregator.Rule;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class FigureAggregatorTest {

  private static final FigureAggregator CONSERVATIVE = FigureAggregator.of(Rule.MOST_CONSERVATIVE);
  private static final FigureAggregator INFORMATIVE = FigureAggregator.of(Rule.MOST_INFORMATIVE);
  private static final FigureAggregator REPRESENTATIVE =
      FigureAggregator.of(Rule.MOST_REPRESENTATIVE);

  /** Six reports of one night's clashes: two wire stories, their copies, two other outlets. */
  private static final List<ReportFigures> CLASHES =
      List.of(
          report("AFP (2011-01-11) at least two civilians killed", "AFP", 2, 2, 4),
          report("AFP (2011-01-11) four dead in violence", "AFP", 4, 4, 4),
          report("Le Journal (2011-01-11) at least five dead", null, 5, 5, 5),
          report("AP (2011-01-11) clashes in the district", "AP", 2, 2, 2),
          report("Le Magazine (2011-01-11) new clashes", null, 3, 2, 3),
          report("AFP (2011-01-11) four killed in clashes", "AFP", 4, 4, 4));

  private static ReportFigures report(
      String source, String family, long best, long low, long high) {
    return new ReportFigures(source, family, best, low, high, null, null);
  }

  private static OptionalLong value(long v) {
    return OptionalLong.of(v);
  }

  @Test
  void takesSmallestFigureUnderMostConservativeRule() {
    EventFigures e = CONSERVATIVE.aggregate(CLASHES);
    assertThat(e.deathsBest().value()).isEqualTo(value(2));
    assertThat(e.deathsLow().value()).isEqualTo(value(2));
    assertThat(e.deathsHigh().value()).isEqualTo(value(2));
  }

  @Test
  void takesLargestFigureUnderMostInformativeRule() {
    EventFigures e = INFORMATIVE.aggregate(CLASHES);
    assertThat(e.deathsBest().value()).isEqualTo(value(5));
    assertThat(e.deathsLow().value()).isEqualTo(value(5));
    assertThat(e.deathsHigh().value()).isEqualTo(value(5));
  }

  @Test
  void takesMostFrequentFigureUnderMostRepresentativeRule() {
    EventFigures e = REPRESENTATIVE.aggregate(CLASHES);
    // best: 2 twice, 4 twice -> the smaller; low: 2 three times; high: 4 three times.
    assertThat(e.deathsBest().value()).isEqualTo(value(2));
    assertThat(e.deathsLow().value()).isEqualTo(value(2));
    assertThat(e.deathsHigh().value()).isEqualTo(value(4));
  }

  @Test
  void breaksTiesBetweenEquallyFrequentFiguresTowardsTheSmallest() {
    List<ReportFigures> tied =
        List.of(
            ReportFigures.of("a", 9L, 9L, 9L),
            ReportFigures.of("b", 3L, 3L, 3L),
            ReportFigures.of("c", 9L, 9L, 9L),
            ReportFigures.of("d", 3L, 3L, 3L),
            ReportFigures.of("e", 1L, 1L, 1L));
    assertThat(REPRESENTATIVE.aggregate(tied).deathsBest().value()).isEqualTo(value(3));
  }

  @Test
  void aggregatesEachFieldOnItsOwn() {
    List<ReportFigures> reports =
        List.of(ReportFigures.of("a", 10L, 2L, 10L), ReportFigures.of("b", 5L, 5L, 30L));
    EventFigures e = CONSERVATIVE.aggregate(reports);
    assertThat(e.deathsBest().reports()).containsExactly(1);
    assertThat(e.deathsLow().reports()).containsExactly(0);
    assertThat(e.deathsHigh().reports()).containsExactly(0);
  }

  @Test
  void leavesOutReportsThatGiveNoFigure() {
    List<ReportFigures> reports =
        List.of(
            ReportFigures.of("a", null, null, null),
            ReportFigures.of("b", 7L, null, 7L),
            ReportFigures.of("c", null, 4L, null));
    EventFigures min = CONSERVATIVE.aggregate(reports);
    assertThat(min.deathsBest().value()).isEqualTo(value(7));
    assertThat(min.deathsLow().value()).isEqualTo(value(4));
    EventFigures mode = REPRESENTATIVE.aggregate(reports);
    assertThat(mode.deathsBest().value()).isEqualTo(value(7));
    assertThat(mode.reports()).isEqualTo(3);
  }

  @Test
  void givesNoFigureWhenNoReportGivesOne() {
    List<ReportFigures> reports =
        List.of(ReportFigures.of("a", null, null, null), ReportFigures.of("b", null, null, 3L));
    for (Rule rule : Rule.values()) {
      EventFigures e = FigureAggregator.of(rule).aggregate(reports);
      assertThat(e.deathsBest().value()).as(rule.name()).isEmpty();
      assertThat(e.deathsBest().reports()).as(rule.name()).isEmpty();
      assertThat(e.deathsHigh().value()).as(rule.name()).isEqualTo(value(3));
    }
  }

  @Test
  void givesNothingForAnEventWithoutReports() {
    EventFigures e = INFORMATIVE.aggregate(List.of());
    assertThat(e.deathsBest().value()).isEmpty();
    assertThat(e.reports()).isZero();
    assertThat(e.sources()).isZero();
    assertThat(e.independentSources()).isZero();
  }

  @Test
  void countsZeroDeathsAsAFigure() {
    List<ReportFigures> reports =
        List.of(ReportFigures.of("a", 0L, 0L, 0L), ReportFigures.of("b", 6L, 6L, 6L));
    assertThat(CONSERVATIVE.aggregate(reports).deathsBest().value()).isEqualTo(value(0));
  }

  @Test
  void classificationAndCertaintyDoNotChangeTheFigure() {
    List<ReportFigures> reports =
        List.of(
            new ReportFigures("weak", null, 8L, 8L, 8L, 0, 1),
            new ReportFigures("strong", null, 3L, 3L, 3L, 4, 6),
            new ReportFigures("weak too", null, 8L, 8L, 8L, 1, 1));
    assertThat(REPRESENTATIVE.aggregate(reports).deathsBest().value()).isEqualTo(value(8));
    assertThat(INFORMATIVE.aggregate(reports).deathsBest().value()).isEqualTo(value(8));
  }

  @Test
  void ordersSupportingReportsByClassificationThenCertaintyThenInputOrder() {
    List<ReportFigures> reports =
        List.of(
            new ReportFigures("a", null, 4L, 4L, 4L, 2, 2),
            new ReportFigures("b", null, 4L, 4L, 4L, null, 9),
            new ReportFigures("c", null, 4L, 4L, 4L, 3, 1),
            new ReportFigures("d", null, 9L, 9L, 9L, 4, 4),
            new ReportFigures("e", null, 4L, 4L, 4L, 2, 3),
            new ReportFigures("f", null, 4L, 4L, 4L, 2, 2));
    assertThat(CONSERVATIVE.aggregate(reports).deathsBest().reports())
        .containsExactly(2, 4, 0, 5, 1);
  }

  @Test
  void countsEveryReportDistinctSourceNamesAndWireCopiesOnce() {
    List<ReportFigures> reports =
        List.of(
            report("AFP (2011-01-11) four dead", "AFP", 4, 4, 4),
            report("AFP (2011-01-11) four dead", "AFP", 4, 4, 4),
            report("Le Point (2011-01-11) AFP story", "AFP", 4, 4, 4),
            report("Reuters (2011-01-12) more die", "Reuters", 5, 5, 5),
            report("Local Daily (2011-01-12) five dead", null, 5, 5, 5));
    EventFigures e = REPRESENTATIVE.aggregate(reports);
    assertThat(e.reports()).isEqualTo(5);
    assertThat(e.sources()).isEqualTo(4);
    assertThat(e.independentSources()).isEqualTo(3);
  }

  @Test
  void countsAReportWithoutFamilyAsItsOwnSource() {
    EventFigures e = REPRESENTATIVE.aggregate(CLASHES);
    assertThat(e.reports()).isEqualTo(6);
    assertThat(e.sources()).isEqualTo(6);
    // AFP, AP, and the two outlets that carry their own reporting.
    assertThat(e.independentSources()).isEqualTo(4);
  }

  @Test
  void countsAWireStoryAndItsCopiesAsOneVoteWhenAskedTo() {
    List<ReportFigures> reports =
        List.of(
            report("AFP (2011-01-11) four dead", "AFP", 4, 4, 4),
            report("Le Point (2011-01-11) four dead", "AFP", 4, 4, 4),
            report("Dow Jones (2011-01-11) four dead - AFP", "AFP", 4, 4, 4),
            report("Local Daily (2011-01-11) five dead", null, 5, 5, 5),
            report("AP (2011-01-11) five dead", "AP", 5, 5, 5));
    FigureAggregator perSource =
        new FigureAggregator(
            new FigureAggregator.Config(
                Rule.MOST_REPRESENTATIVE, FigureAggregator.Votes.PER_INDEPENDENT_SOURCE));
    assertThat(REPRESENTATIVE.aggregate(reports).deathsBest().value()).isEqualTo(value(4));
    assertThat(perSource.aggregate(reports).deathsBest().value()).isEqualTo(value(5));
    assertThat(perSource.aggregate(reports).deathsBest().reports()).containsExactly(3, 4);
  }

  @Test
  void rejectsNegativeFigures() {
    assertThatThrownBy(() -> ReportFigures.of("a", -1L, 0L, 0L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deathsBest");
  }

  @Test
  void rejectsMissingRule() {
    assertThatThrownBy(() -> new FigureAggregator.Config(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void defaultsToTheMostRepresentativeRule() {
    assertThat(FigureAggregator.Config.defaults().rule()).isEqualTo(Rule.MOST_REPRESENTATIVE);
  }
}
