package dossier.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.reconcile.FigureAggregator.EventFigures;
import dossier.reconcile.FigureAggregator.Figure;
import dossier.reconcile.FigureAggregator.ReportFigures;
import dossier.reconcile.FigureAggregator.Rule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FigureAggregatorPropertyTest {

  private static final List<Function<EventFigures, Figure>> FIELDS =
      List.of(EventFigures::deathsBest, EventFigures::deathsLow, EventFigures::deathsHigh);
  private static final List<Function<ReportFigures, Long>> REPORT_FIELDS =
      List.of(ReportFigures::deathsBest, ReportFigures::deathsLow, ReportFigures::deathsHigh);

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  /** Up to 17 reports with small, often repeated figures, some missing, low <= best <= high. */
  static List<ReportFigures> randomReports(Random random) {
    int n = random.nextInt(18);
    List<ReportFigures> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long best = random.nextInt(4) == 0 ? random.nextInt(200) : random.nextInt(6);
      long low = Math.max(0, best - random.nextInt(3));
      long high = best + random.nextInt(3);
      String source = "outlet" + random.nextInt(6);
      String family = random.nextBoolean() ? null : "wire" + random.nextInt(3);
      out.add(
          new ReportFigures(
              source,
              family,
              random.nextInt(5) == 0 ? null : best,
              random.nextInt(5) == 0 ? null : low,
              random.nextInt(5) == 0 ? null : high,
              random.nextInt(6) == 0 ? null : random.nextInt(5),
              random.nextInt(6) == 0 ? null : 1 + random.nextInt(6)));
    }
    return out;
  }

  private static Map<Rule, EventFigures> all(List<ReportFigures> reports) {
    Map<Rule, EventFigures> out = new HashMap<>();
    for (Rule rule : Rule.values()) {
      out.put(rule, FigureAggregator.of(rule).aggregate(reports));
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void modeLiesBetweenMinimumAndMaximum(long seed) {
    List<ReportFigures> reports = randomReports(new Random(seed));
    Map<Rule, EventFigures> e = all(reports);
    for (Function<EventFigures, Figure> field : FIELDS) {
      Figure min = field.apply(e.get(Rule.MOST_CONSERVATIVE));
      Figure mode = field.apply(e.get(Rule.MOST_REPRESENTATIVE));
      Figure max = field.apply(e.get(Rule.MOST_INFORMATIVE));
      assertThat(mode.value().isPresent()).isEqualTo(min.value().isPresent());
      assertThat(max.value().isPresent()).isEqualTo(min.value().isPresent());
      if (min.value().isPresent()) {
        assertThat(min.value().getAsLong()).isLessThanOrEqualTo(mode.value().getAsLong());
        assertThat(mode.value().getAsLong()).isLessThanOrEqualTo(max.value().getAsLong());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void doesNotDependOnTheOrderOfReports(long seed) {
    Random random = new Random(seed);
    List<ReportFigures> reports = randomReports(random);
    List<ReportFigures> shuffled = new ArrayList<>(reports);
    Collections.shuffle(shuffled, random);
    Map<Rule, EventFigures> a = all(reports);
    Map<Rule, EventFigures> b = all(shuffled);
    for (Rule rule : Rule.values()) {
      assertThat(b.get(rule).reports()).isEqualTo(a.get(rule).reports());
      assertThat(b.get(rule).sources()).isEqualTo(a.get(rule).sources());
      assertThat(b.get(rule).independentSources()).isEqualTo(a.get(rule).independentSources());
      for (Function<EventFigures, Figure> field : FIELDS) {
        Figure fa = field.apply(a.get(rule));
        Figure fb = field.apply(b.get(rule));
        assertThat(fb.value()).isEqualTo(fa.value());
        assertThat(supporting(shuffled, fb)).isEqualTo(supporting(reports, fa));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void supportingReportsAreExactlyThoseGivingTheFigure(long seed) {
    List<ReportFigures> reports = randomReports(new Random(seed));
    for (Rule rule : Rule.values()) {
      EventFigures e = FigureAggregator.of(rule).aggregate(reports);
      for (int f = 0; f < FIELDS.size(); f++) {
        Figure figure = FIELDS.get(f).apply(e);
        Function<ReportFigures, Long> field = REPORT_FIELDS.get(f);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
          Long v = field.apply(reports.get(i));
          if (v != null && figure.value().isPresent() && v == figure.value().getAsLong()) {
            expected.add(i);
          }
        }
        assertThat(figure.reports()).containsExactlyInAnyOrderElementsOf(expected);
        if (figure.value().isPresent()) {
          assertThat(figure.reports()).isNotEmpty();
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void noFigureIsGivenMoreOftenThanTheMode(long seed) {
    List<ReportFigures> reports = randomReports(new Random(seed));
    EventFigures e = FigureAggregator.of(Rule.MOST_REPRESENTATIVE).aggregate(reports);
    for (int f = 0; f < FIELDS.size(); f++) {
      Figure mode = FIELDS.get(f).apply(e);
      Map<Long, Long> counts =
          reports.stream()
              .map(REPORT_FIELDS.get(f))
              .filter(v -> v != null)
              .collect(Collectors.groupingBy(v -> v, Collectors.counting()));
      if (mode.value().isEmpty()) {
        assertThat(counts).isEmpty();
        continue;
      }
      long m = mode.value().getAsLong();
      for (Map.Entry<Long, Long> c : counts.entrySet()) {
        assertThat(c.getValue()).isLessThanOrEqualTo(counts.get(m));
        if (c.getValue().equals(counts.get(m))) {
          assertThat(c.getKey()).isGreaterThanOrEqualTo(m);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void votesPerSourceEqualVotesPerReportWhenEveryReportIsItsOwnSource(long seed) {
    List<ReportFigures> reports = new ArrayList<>();
    int i = 0;
    for (ReportFigures r : randomReports(new Random(seed))) {
      reports.add(
          new ReportFigures(
              "report" + i++,
              null,
              r.deathsBest(),
              r.deathsLow(),
              r.deathsHigh(),
              r.classification(),
              r.certainty()));
    }
    FigureAggregator perSource =
        new FigureAggregator(
            new FigureAggregator.Config(
                Rule.MOST_REPRESENTATIVE, FigureAggregator.Votes.PER_INDEPENDENT_SOURCE));
    assertThat(perSource.aggregate(reports))
        .isEqualTo(FigureAggregator.of(Rule.MOST_REPRESENTATIVE).aggregate(reports));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void modePerSourceAlsoLiesBetweenMinimumAndMaximum(long seed) {
    List<ReportFigures> reports = randomReports(new Random(seed));
    Map<Rule, EventFigures> e = all(reports);
    EventFigures perSource =
        new FigureAggregator(
                new FigureAggregator.Config(
                    Rule.MOST_REPRESENTATIVE, FigureAggregator.Votes.PER_INDEPENDENT_SOURCE))
            .aggregate(reports);
    for (Function<EventFigures, Figure> field : FIELDS) {
      Figure mode = field.apply(perSource);
      Figure min = field.apply(e.get(Rule.MOST_CONSERVATIVE));
      Figure max = field.apply(e.get(Rule.MOST_INFORMATIVE));
      assertThat(mode.value().isPresent()).isEqualTo(min.value().isPresent());
      if (mode.value().isPresent()) {
        assertThat(mode.value().getAsLong())
            .isBetween(min.value().getAsLong(), max.value().getAsLong());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void countsNeverExceedReports(long seed) {
    List<ReportFigures> reports = randomReports(new Random(seed));
    EventFigures e = FigureAggregator.of(Rule.MOST_CONSERVATIVE).aggregate(reports);
    assertThat(e.reports()).isEqualTo(reports.size());
    assertThat(e.sources()).isLessThanOrEqualTo(e.reports());
    assertThat(e.independentSources()).isLessThanOrEqualTo(e.reports());
    assertThat(e.independentSources())
        .isEqualTo((int) reports.stream().map(ReportFigures::independentSource).distinct().count());
  }

  private static Set<ReportFigures> supporting(List<ReportFigures> reports, Figure figure) {
    return figure.reports().stream().map(reports::get).collect(Collectors.toSet());
  }
}
