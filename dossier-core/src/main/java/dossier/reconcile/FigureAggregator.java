package dossier.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A FigureAggregator turns the death figures that several reports give for one event into one
 * event-level figure per field (best, low, high) by one of three rules: the most conservative
 * figure (the smallest any report gives), the most informative (the largest) or the most
 * representative (the figure most reports give, the smallest of several equally frequent ones).
 *
 * <p>These are the rules of the reference aggregations that ship with the MAVERICK event-report
 * data (van Baalen and Höglund): each field is aggregated on its own, so the event's low, best and
 * high may come from different reports; a report without a figure for a field is left out of that
 * field; an event where no report gives a figure has none. The reports' source classification and
 * certainty do not change a figure; they only order the reports that support it, the most reputable
 * first, then the most certain, as the reference rules break ties between reports.
 *
 * <p>Optionally ({@link Votes#PER_INDEPENDENT_SOURCE}) the most representative rule counts each
 * independent source once per figure instead of each report, so that a wire story and its copies do
 * not outvote other sources.
 *
 * <p>It also counts the event's reports (the reference's {@code number_of_sources}), its distinct
 * source names, and its independent sources, where reports of one family (e.g. copies of one wire
 * agency's story) count once. Stateless and thread-safe.
 */
public final class FigureAggregator {

  /** How the figures of several reports become one. */
  public enum Rule {
    /** The smallest figure any report gives. */
    MOST_CONSERVATIVE,
    /** The largest figure any report gives. */
    MOST_INFORMATIVE,
    /** The figure most reports give; of several equally frequent figures, the smallest. */
    MOST_REPRESENTATIVE
  }

  /** What a figure's frequency counts under the most representative rule. */
  public enum Votes {
    /** Every report counts, as in the reference rules: a wire story and its copies count apart. */
    PER_REPORT,
    /** Every independent source counts once for each figure it gives. */
    PER_INDEPENDENT_SOURCE
  }

  /** The aggregator's configuration: the rule it applies and, for the mode, what it counts. */
  public record Config(Rule rule, Votes votes) {
    public Config {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(votes, "votes");
    }

    /** The rule with a vote per report, as the reference rules count. */
    public Config(Rule rule) {
      this(rule, Votes.PER_REPORT);
    }

    /** The most representative rule, a vote per report. */
    public static Config defaults() {
      return new Config(Rule.MOST_REPRESENTATIVE);
    }
  }

  /**
   * One report's figures for an event. A {@code null} figure means the report gives none. {@code
   * family} names the independent source the report belongs to (e.g. the wire agency it copies);
   * {@code null} means the report's own source. {@code classification} (how reputable the source
   * is, higher is more) and {@code certainty} may be {@code null} when unknown.
   */
  public record ReportFigures(
      String source,
      String family,
      Long deathsBest,
      Long deathsLow,
      Long deathsHigh,
      Integer classification,
      Integer certainty) {
    public ReportFigures {
      Objects.requireNonNull(source, "source");
      requireCount(deathsBest, "deathsBest");
      requireCount(deathsLow, "deathsLow");
      requireCount(deathsHigh, "deathsHigh");
    }

    /** A report with figures only, of unknown classification and certainty. */
    public static ReportFigures of(String source, Long best, Long low, Long high) {
      return new ReportFigures(source, null, best, low, high, null, null);
    }

    /** The independent source of the report: its family, else its source. */
    public String independentSource() {
      return family == null ? source.strip() : family;
    }

    private static void requireCount(Long value, String name) {
      if (value != null && value < 0) {
        throw new IllegalArgumentException(name + " must not be negative: " + value);
      }
    }
  }

  /**
   * One aggregated figure: its value, empty when no report gives the field, and the positions (in
   * the input list) of the reports that give exactly that value, the most reputable first, then the
   * most certain, then in input order.
   */
  public record Figure(OptionalLong value, List<Integer> reports) {
    public Figure {
      Objects.requireNonNull(value, "value");
      reports = List.copyOf(reports);
      if (value.isEmpty() != reports.isEmpty()) {
        throw new IllegalArgumentException("a figure has a value exactly when reports support it");
      }
    }

    static Figure none() {
      return new Figure(OptionalLong.empty(), List.of());
    }
  }

  /**
   * The event's aggregated figures under {@code rule}, with its number of reports, of distinct
   * non-blank source names, and of independent sources.
   */
  public record EventFigures(
      Rule rule,
      Figure deathsBest,
      Figure deathsLow,
      Figure deathsHigh,
      int reports,
      int sources,
      int independentSources) {
    public EventFigures {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(deathsBest, "deathsBest");
      Objects.requireNonNull(deathsLow, "deathsLow");
      Objects.requireNonNull(deathsHigh, "deathsHigh");
      if (reports < 0 || sources < 0 || independentSources < 0) {
        throw new IllegalArgumentException("counts must not be negative");
      }
      if (sources > reports || independentSources > reports) {
        throw new IllegalArgumentException(
            "more sources than reports: " + sources + ", " + independentSources + " > " + reports);
      }
    }
  }

  private final Config config;

  public FigureAggregator(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** The aggregator for {@code rule}. */
  public static FigureAggregator of(Rule rule) {
    return new FigureAggregator(new Config(rule));
  }

  /** The figures of one event, from the figures its reports give. */
  public EventFigures aggregate(List<ReportFigures> reports) {
    List<ReportFigures> in = List.copyOf(reports);
    Set<String> sources = new HashSet<>();
    Set<String> families = new HashSet<>();
    for (ReportFigures r : in) {
      if (!r.source().isBlank()) {
        sources.add(r.source().strip());
        families.add(r.independentSource());
      }
    }
    return new EventFigures(
        config.rule(),
        figure(in, ReportFigures::deathsBest),
        figure(in, ReportFigures::deathsLow),
        figure(in, ReportFigures::deathsHigh),
        in.size(),
        sources.size(),
        families.size());
  }

  private Figure figure(List<ReportFigures> reports, Function<ReportFigures, Long> field) {
    // Value -> the reports (or independent sources) that give it, in ascending order of value.
    TreeMap<Long, Set<Object>> voters = new TreeMap<>();
    for (int i = 0; i < reports.size(); i++) {
      Long v = field.apply(reports.get(i));
      if (v != null) {
        Object voter = config.votes() == Votes.PER_REPORT ? i : reports.get(i).independentSource();
        voters.computeIfAbsent(v, k -> new HashSet<>()).add(voter);
      }
    }
    TreeMap<Long, Integer> counts = new TreeMap<>();
    voters.forEach((v, who) -> counts.put(v, who.size()));
    if (counts.isEmpty()) {
      return Figure.none();
    }
    long value =
        switch (config.rule()) {
          case MOST_CONSERVATIVE -> counts.firstKey();
          case MOST_INFORMATIVE -> counts.lastKey();
          case MOST_REPRESENTATIVE -> mode(counts);
        };
    List<Integer> support = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      Long v = field.apply(reports.get(i));
      if (v != null && v == value) {
        support.add(i);
      }
    }
    support.sort(
        Comparator.<Integer, Integer>comparing(
                i -> reports.get(i).classification(),
                Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(
                i -> reports.get(i).certainty(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Comparator.naturalOrder()));
    return new Figure(OptionalLong.of(value), support);
  }

  /** The most frequent value; the smallest of several equally frequent ones. */
  private static long mode(TreeMap<Long, Integer> counts) {
    long best = counts.firstKey();
    int bestCount = 0;
    for (Map.Entry<Long, Integer> e : counts.entrySet()) {
      // Ascending keys and a strict comparison keep the smallest value among ties.
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }
}
