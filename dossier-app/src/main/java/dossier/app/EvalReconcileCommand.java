package dossier.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.app.eval.MaverickReference;
import dossier.app.eval.WireAgencies;
import dossier.reconcile.FigureAggregator;
import dossier.reconcile.FigureAggregator.EventFigures;
import dossier.reconcile.FigureAggregator.Figure;
import dossier.reconcile.FigureAggregator.ReportFigures;
import dossier.reconcile.FigureAggregator.Rule;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier eval reconcile}: aggregates the MAVERICK event-report data to events with {@link
 * FigureAggregator} under its three rules, checks every event's deaths figures against an
 * independent port of the data set's reference aggregations ({@link MaverickReference}), and
 * reports the events' source counts, as the reference counts them and with each wire agency's
 * reports counted once.
 */
@Command(
    name = "reconcile",
    mixinStandardHelpOptions = true,
    description = {
      "Aggregate MAVERICK event reports to events (min, max and mode of deaths), check every event"
          + " against the reference rules, and report source counts with wire copies counted once."
    })
public final class EvalReconcileCommand implements Callable<Integer> {

  /** The data file inside the folder given to {@code --data}. */
  static final String DATA_FILE = "maverick_event_report.csv";

  private static final int SHOWN_MISMATCHES = 10;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "DIR",
      description = "folder with " + DATA_FILE + " (or the CSV file itself)")
  Path data;

  @Option(
      names = "--predictions",
      paramLabel = "FILE",
      description = {
        "write one JSON object per event: event_id; reports, sources (distinct names),",
        "independent_sources (wire agencies once), reference_source_entries (entries of the",
        "reference's combined source string); most_conservative, most_informative and",
        "most_representative, each with deaths_best, deaths_low, deaths_high (null: no figure)"
      })
  Path predictions;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** One event's reports and its aggregation under each rule. */
  record Aggregated(
      String eventId,
      List<ReportFigures> reports,
      Map<Rule, EventFigures> figures,
      int referenceSourceEntries) {}

  /** Everything the command measures; {@link #call} prints it. */
  record Outcome(
      int reports,
      int events,
      int multiReportEvents,
      int maxReports,
      int conflictingBest,
      Map<Rule, Integer> matching,
      Map<Rule, List<String>> mismatches,
      int eventsWithoutFigure,
      int countMatches,
      int totalReports,
      int totalDistinct,
      int totalReferenceEntries,
      int entryMismatches,
      int totalIndependent,
      int droppedFromReports,
      int droppedFromDistinct,
      Map<Integer, int[]> distribution,
      Map<String, Integer> wireReports,
      int modeChangedBySources,
      List<String> modeChangedEvents,
      List<Aggregated> aggregated) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path file = Files.isDirectory(data) ? data.resolve(DATA_FILE) : data;
    List<MaverickReference.Row> rows = read(file);
    if (rows.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no rows in " + file);
    }
    Outcome o = evaluate(rows);
    print(out, o);
    if (predictions != null) {
      writePredictions(o.aggregated());
    }
    out.flush();
    return Main.OK;
  }

  /** Aggregates every event and compares it with the reference. */
  static Outcome evaluate(List<MaverickReference.Row> rows) {
    Map<String, List<ReportFigures>> byEvent = new TreeMap<>();
    for (MaverickReference.Row row : rows) {
      byEvent.computeIfAbsent(row.eventId(), k -> new ArrayList<>()).add(figures(row));
    }
    Map<String, MaverickReference.Event> reference = new LinkedHashMap<>();
    for (MaverickReference.Event e : MaverickReference.aggregate(rows)) {
      reference.put(e.eventId(), e);
    }
    Map<Rule, FigureAggregator> aggregators = new EnumMap<>(Rule.class);
    Map<Rule, Integer> matching = new EnumMap<>(Rule.class);
    Map<Rule, List<String>> mismatches = new EnumMap<>(Rule.class);
    for (Rule rule : Rule.values()) {
      aggregators.put(rule, FigureAggregator.of(rule));
      matching.put(rule, 0);
      mismatches.put(rule, new ArrayList<>());
    }
    FigureAggregator perSource =
        new FigureAggregator(
            new FigureAggregator.Config(
                Rule.MOST_REPRESENTATIVE, FigureAggregator.Votes.PER_INDEPENDENT_SOURCE));
    int modeChangedFields = 0;
    List<String> modeChangedEvents = new ArrayList<>();
    List<Aggregated> aggregated = new ArrayList<>();
    int multi = 0;
    int max = 0;
    int conflicting = 0;
    int withoutFigure = 0;
    int countMatches = 0;
    int totalReports = 0;
    int totalDistinct = 0;
    int totalEntries = 0;
    int entryMismatches = 0;
    int totalIndependent = 0;
    int droppedFromReports = 0;
    int droppedFromDistinct = 0;
    Map<Integer, int[]> distribution = new TreeMap<>();
    Map<String, Integer> wireReports = new TreeMap<>();
    for (Map.Entry<String, List<ReportFigures>> e : byEvent.entrySet()) {
      List<ReportFigures> reports = e.getValue();
      MaverickReference.Event ref = reference.get(e.getKey());
      Map<Rule, EventFigures> figures = new EnumMap<>(Rule.class);
      for (Rule rule : Rule.values()) {
        EventFigures f = aggregators.get(rule).aggregate(reports);
        figures.put(rule, f);
        String diff = difference(rule, f, ref);
        if (diff.isEmpty()) {
          matching.merge(rule, 1, Integer::sum);
        } else {
          mismatches.get(rule).add(e.getKey() + ": " + diff);
        }
      }
      int entries = MaverickReference.entries(ref.source());
      aggregated.add(new Aggregated(e.getKey(), reports, figures, entries));
      EventFigures perReport = figures.get(Rule.MOST_REPRESENTATIVE);
      EventFigures bySource = perSource.aggregate(reports);
      int changed =
          (bySource.deathsBest().value().equals(perReport.deathsBest().value()) ? 0 : 1)
              + (bySource.deathsLow().value().equals(perReport.deathsLow().value()) ? 0 : 1)
              + (bySource.deathsHigh().value().equals(perReport.deathsHigh().value()) ? 0 : 1);
      modeChangedFields += changed;
      if (changed > 0) {
        modeChangedEvents.add(
            String.format(
                Locale.ROOT,
                "%s (best %s -> %s)",
                e.getKey(),
                show(perReport.deathsBest()),
                show(bySource.deathsBest())));
      }
      multi += reports.size() >= 2 ? 1 : 0;
      max = Math.max(max, reports.size());
      conflicting +=
          reports.stream().map(ReportFigures::deathsBest).filter(v -> v != null).distinct().count()
                  > 1
              ? 1
              : 0;
      EventFigures any = figures.get(Rule.MOST_REPRESENTATIVE);
      withoutFigure += any.deathsBest().value().isEmpty() ? 1 : 0;
      countMatches += any.reports() == ref.numberOfSources() ? 1 : 0;
      entryMismatches += entries == any.sources() ? 0 : 1;
      totalReports += any.reports();
      totalDistinct += any.sources();
      totalEntries += entries;
      totalIndependent += any.independentSources();
      droppedFromReports += any.independentSources() < any.reports() ? 1 : 0;
      droppedFromDistinct += any.independentSources() < any.sources() ? 1 : 0;
      distribution.computeIfAbsent(any.reports(), k -> new int[3])[0]++;
      distribution.computeIfAbsent(any.sources(), k -> new int[3])[1]++;
      distribution.computeIfAbsent(any.independentSources(), k -> new int[3])[2]++;
      for (ReportFigures r : reports) {
        if (r.family() != null) {
          wireReports.merge(r.family(), 1, Integer::sum);
        }
      }
    }
    return new Outcome(
        rows.size(),
        byEvent.size(),
        multi,
        max,
        conflicting,
        matching,
        mismatches,
        withoutFigure,
        countMatches,
        totalReports,
        totalDistinct,
        totalEntries,
        entryMismatches,
        totalIndependent,
        droppedFromReports,
        droppedFromDistinct,
        distribution,
        wireReports,
        modeChangedFields,
        modeChangedEvents,
        aggregated);
  }

  /** A report's figures; its family is the wire agency its source carries, if any. */
  static ReportFigures figures(MaverickReference.Row row) {
    return new ReportFigures(
        row.source(),
        WireAgencies.of(row.source()).orElse(null),
        count(row.deathsBest(), row, "deaths_best"),
        count(row.deathsLow(), row, "deaths_low"),
        count(row.deathsHigh(), row, "deaths_high"),
        level(row.sourceClassification()),
        level(row.certain()));
  }

  private static Long count(double v, MaverickReference.Row row, String field) {
    if (Double.isNaN(v)) {
      return null;
    }
    if (v < 0 || v != Math.rint(v)) {
      throw new IllegalArgumentException(
          row.eventId() + ": " + field + " is not a count of people: " + v);
    }
    return (long) v;
  }

  private static Integer level(double v) {
    return Double.isNaN(v) ? null : (int) Math.round(v);
  }

  /**
   * Empty when the aggregator's figures equal the reference's exactly, where a figure the
   * aggregator leaves empty must be the reference's value for no figure under that rule (R gives
   * {@code Inf} for the minimum, {@code -Inf} for the maximum, {@code NA} for the mode).
   */
  static String difference(Rule rule, EventFigures f, MaverickReference.Event ref) {
    MaverickReference.Deaths d =
        switch (rule) {
          case MOST_CONSERVATIVE -> ref.conservative();
          case MOST_INFORMATIVE -> ref.informative();
          case MOST_REPRESENTATIVE -> ref.representative();
        };
    double none =
        switch (rule) {
          case MOST_CONSERVATIVE -> Double.POSITIVE_INFINITY;
          case MOST_INFORMATIVE -> Double.NEGATIVE_INFINITY;
          case MOST_REPRESENTATIVE -> Double.NaN;
        };
    StringBuilder diff = new StringBuilder();
    compare(diff, "deaths_best", f.deathsBest(), d.best(), none);
    compare(diff, "deaths_low", f.deathsLow(), d.low(), none);
    compare(diff, "deaths_high", f.deathsHigh(), d.high(), none);
    if (f.reports() != ref.numberOfSources()) {
      diff.append(" number_of_sources ")
          .append(f.reports())
          .append(" vs ")
          .append(ref.numberOfSources());
    }
    return diff.toString().strip();
  }

  private static void compare(
      StringBuilder diff, String field, Figure figure, double reference, double none) {
    double mine = figure.value().isPresent() ? figure.value().getAsLong() : none;
    boolean same = Double.isNaN(mine) ? Double.isNaN(reference) : mine == reference;
    if (!same) {
      diff.append(' ').append(field).append(' ').append(show(figure)).append(" vs ");
      diff.append(reference);
    }
  }

  private static String show(Figure f) {
    return f.value().isPresent() ? Long.toString(f.value().getAsLong()) : "none";
  }

  private static void print(PrintWriter out, Outcome o) {
    out.printf(
        Locale.ROOT,
        "MAVERICK: %d reports, %d events (%d with >= 2 reports, at most %d);"
            + " %d events with conflicting deaths_best%n",
        o.reports(),
        o.events(),
        o.multiReportEvents(),
        o.maxReports(),
        o.conflictingBest());
    out.printf(
        Locale.ROOT,
        "events where no report gives deaths_best: %d (reference there: Inf, -Inf, NA)%n",
        o.eventsWithoutFigure());
    out.printf(Locale.ROOT, "%-20s %s%n", "rule", "events matching the reference exactly");
    for (Rule rule : Rule.values()) {
      out.printf(
          Locale.ROOT,
          "%-20s %d/%d (deaths best, low, high and number_of_sources)%n",
          name(rule),
          o.matching().get(rule),
          o.events());
      List<String> m = o.mismatches().get(rule);
      for (String line : m.subList(0, Math.min(SHOWN_MISMATCHES, m.size()))) {
        out.println("  mismatch " + line);
      }
      if (m.size() > SHOWN_MISMATCHES) {
        out.printf(Locale.ROOT, "  ... %d more%n", m.size() - SHOWN_MISMATCHES);
      }
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "sources per event, as the reference counts them (number_of_sources = reports):"
            + " total %d, equal to the reference in %d/%d events%n",
        o.totalReports(),
        o.countMatches(),
        o.events());
    out.printf(
        Locale.ROOT,
        "distinct source names: total %d; entries of the reference's combined source string:"
            + " total %d (%d events differ: it splits a source at every ';')%n",
        o.totalDistinct(),
        o.totalReferenceEntries(),
        o.entryMismatches());
    out.printf(
        Locale.ROOT,
        "independent sources, each wire agency counted once: total %d;"
            + " events whose count drops: %d below reports, %d below distinct names%n",
        o.totalIndependent(),
        o.droppedFromReports(),
        o.droppedFromDistinct());
    out.println("wire agencies named (reports): " + o.wireReports());
    out.printf(
        Locale.ROOT,
        "most-representative with one vote per independent source instead of per report:"
            + " differs in %d events (%d of their deaths best/low/high figures): %s%n",
        o.modeChangedEvents().size(),
        o.modeChangedBySources(),
        o.modeChangedEvents().subList(0, Math.min(SHOWN_MISMATCHES, o.modeChangedEvents().size())));
    out.printf(
        Locale.ROOT,
        "%8s %10s %14s %12s%n",
        "sources",
        "by reports",
        "distinct names",
        "wire once");
    for (Map.Entry<Integer, int[]> d : o.distribution().entrySet()) {
      out.printf(
          Locale.ROOT,
          "%8d %10d %14d %12d%n",
          d.getKey(),
          d.getValue()[0],
          d.getValue()[1],
          d.getValue()[2]);
    }
  }

  private static String name(Rule rule) {
    return rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private void writePredictions(List<Aggregated> aggregated) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
      for (Aggregated a : aggregated) {
        ObjectNode line = json.createObjectNode();
        line.put("event_id", a.eventId());
        EventFigures any = a.figures().get(Rule.MOST_REPRESENTATIVE);
        line.put("reports", any.reports());
        line.put("sources", any.sources());
        line.put("independent_sources", any.independentSources());
        line.put("reference_source_entries", a.referenceSourceEntries());
        for (Rule rule : Rule.values()) {
          EventFigures f = a.figures().get(rule);
          ObjectNode node = line.putObject(name(rule).replace('-', '_'));
          put(node, "deaths_best", f.deathsBest());
          put(node, "deaths_low", f.deathsLow());
          put(node, "deaths_high", f.deathsHigh());
        }
        w.write(json.writeValueAsString(line));
        w.newLine();
      }
    }
  }

  private static void put(ObjectNode node, String field, Figure f) {
    if (f.value().isPresent()) {
      node.put(field, f.value().getAsLong());
    } else {
      node.putNull(field);
    }
  }

  /** The rows of a MAVERICK event-report CSV (one header row, R's NA as an empty cell or "NA"). */
  static List<MaverickReference.Row> read(Path file) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    List<MaverickReference.Row> rows = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      for (String column :
          List.of(
              "event_id",
              "source",
              "deaths_best",
              "deaths_low",
              "deaths_high",
              "source_classification",
              "certain")) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw new IOException(file + ": no column " + column);
        }
      }
      for (CSVRecord r : parser) {
        try {
          rows.add(
              new MaverickReference.Row(
                  r.get("event_id"),
                  r.get("source"),
                  number(r.get("deaths_best")),
                  number(r.get("deaths_low")),
                  number(r.get("deaths_high")),
                  number(r.get("source_classification")),
                  number(r.get("certain"))));
        } catch (NumberFormatException e) {
          throw new IOException(file + ": record " + r.getRecordNumber() + ": " + e.getMessage());
        }
      }
    }
    return rows;
  }

  private static double number(String cell) {
    String c = cell.strip();
    if (c.isEmpty() || c.equalsIgnoreCase("NA") || c.equalsIgnoreCase("nan")) {
      return Double.NaN;
    }
    return Double.parseDouble(c);
  }
}
