package dossier.app.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * MaverickReference computes the reference event-level figures of the MAVERICK event-report data as
 * the {@code eventreport} R package's three aggregations do, straight over the raw rows and in R's
 * own arithmetic: a missing figure is {@code NaN} (R's {@code NA}), the smallest of no figures is
 * {@code +Infinity} and the largest {@code -Infinity} (R's {@code min}/{@code max} with {@code
 * na.rm = TRUE} on an empty vector), the mode of no figures is {@code NA}.
 *
 * <p>It is kept deliberately plain and apart from {@code FigureAggregator}, so that each checks the
 * other. Written from the package's documented behaviour: {@code aggregate_maverick_con} takes
 * {@code min(x, na.rm = TRUE)} of each deaths field, {@code aggregate_maverick_inf} takes {@code
 * max(x, na.rm = TRUE)}, {@code aggregate_maverick_rep} takes {@code calc_mode_numeric} (drop NAs,
 * NA when none is left, otherwise the smallest of the most frequent values); the tie-break columns
 * ({@code source_classification}, then {@code certain}) enter only the categorical and precision
 * rules, never the deaths fields. {@code number_of_sources} is {@code n()}, the number of rows of
 * the event; the event's {@code source} is the package's {@code aggregate_strings}: the unique
 * source strings joined with "; ", split again on ";" and following spaces, de-duplicated, blanks
 * and "Unknown" dropped.
 */
public final class MaverickReference {

  private static final Pattern SEMICOLON = Pattern.compile(";\\s*");

  private MaverickReference() {}

  /** One row of the data: one source's report of one event. {@code NaN} is a missing number. */
  public record Row(
      String eventId,
      String source,
      double deathsBest,
      double deathsLow,
      double deathsHigh,
      double sourceClassification,
      double certain) {}

  /** Deaths best, low and high of one event under one rule, as R computes them. */
  public record Deaths(double best, double low, double high) {}

  /** The reference figures of one event under the three rules, and its source fields. */
  public record Event(
      String eventId,
      Deaths conservative,
      Deaths informative,
      Deaths representative,
      int numberOfSources,
      String source) {}

  /** The reference of every event, in the order of {@code group_by(event_id)} (sorted ids). */
  public static List<Event> aggregate(List<Row> rows) {
    Map<String, List<Row>> groups = new TreeMap<>();
    for (Row row : rows) {
      groups.computeIfAbsent(row.eventId(), k -> new ArrayList<>()).add(row);
    }
    List<Event> out = new ArrayList<>();
    for (Map.Entry<String, List<Row>> g : groups.entrySet()) {
      List<Row> event = g.getValue();
      double[] best = new double[event.size()];
      double[] low = new double[event.size()];
      double[] high = new double[event.size()];
      List<String> sources = new ArrayList<>();
      for (int i = 0; i < event.size(); i++) {
        best[i] = event.get(i).deathsBest();
        low[i] = event.get(i).deathsLow();
        high[i] = event.get(i).deathsHigh();
        sources.add(event.get(i).source());
      }
      out.add(
          new Event(
              g.getKey(),
              new Deaths(minNaRm(best), minNaRm(low), minNaRm(high)),
              new Deaths(maxNaRm(best), maxNaRm(low), maxNaRm(high)),
              new Deaths(modeNumeric(best), modeNumeric(low), modeNumeric(high)),
              event.size(),
              aggregateStrings(sources)));
    }
    return out;
  }

  /** R's {@code min(x, na.rm = TRUE)}: {@code Inf} when every value is missing. */
  static double minNaRm(double[] x) {
    double min = Double.POSITIVE_INFINITY;
    for (double v : x) {
      if (!Double.isNaN(v) && v < min) {
        min = v;
      }
    }
    return min;
  }

  /** R's {@code max(x, na.rm = TRUE)}: {@code -Inf} when every value is missing. */
  static double maxNaRm(double[] x) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      if (!Double.isNaN(v) && v > max) {
        max = v;
      }
    }
    return max;
  }

  /**
   * The package's {@code calc_mode_numeric}: the values' frequency table without NAs; NA when it is
   * empty; else the smallest of the values with the highest count.
   */
  static double modeNumeric(double[] x) {
    TreeMap<Double, Integer> table = new TreeMap<>();
    for (double v : x) {
      if (!Double.isNaN(v)) {
        table.merge(v, 1, Integer::sum);
      }
    }
    if (table.isEmpty()) {
      return Double.NaN;
    }
    int maxCount = 0;
    for (int c : table.values()) {
      maxCount = Math.max(maxCount, c);
    }
    double smallest = Double.POSITIVE_INFINITY;
    for (Map.Entry<Double, Integer> e : table.entrySet()) {
      if (e.getValue() == maxCount) {
        smallest = Math.min(smallest, e.getKey());
      }
    }
    return smallest;
  }

  /** The package's {@code aggregate_strings}: the event's sources as one "; "-joined string. */
  static String aggregateStrings(List<String> values) {
    String joined = String.join("; ", new LinkedHashSet<>(values));
    Set<String> parts = new LinkedHashSet<>();
    for (String part : SEMICOLON.split(joined)) {
      if (!part.isBlank() && !part.equals("Unknown")) {
        parts.add(part);
      }
    }
    return String.join("; ", parts);
  }

  /** The number of entries in a string made by {@link #aggregateStrings}. */
  public static int entries(String aggregated) {
    return aggregated.isEmpty() ? 0 : aggregated.split("; ", -1).length;
  }
}
