package dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.app.eval.MaverickReference;
import dossier.reconcile.FigureAggregator;
import dossier.reconcile.FigureAggregator.Rule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalReconcileCommandTest {

  /** The shared data, seen from the module folder where Maven runs the tests. */
  private static final Path MAVERICK = Path.of("../../shared/data/reconcile/maverick");

  /**
   * Two events in the data's layout (columns cut down, extra ones ignored): a headline with a
   * quoted comma and a semicolon, a wire copy carried by another outlet, a report with no figure.
   */
  private static final String CSV =
      """
      id,event_id,deaths_best,deaths_low,deaths_high,source,source_classification,certain,sampling
      r1,CIV-0003,2,2,4,"AFP (2011-01-11) Abidjan: at least two civilians killed, police say",2.0,2.0,0.0
      r2,CIV-0003,4,4,4,AFP (2011-01-11) Four dead in violence,2.0,3.0,0.0
      r3,CIV-0003,5,5,5,LEJD (2011-01-11) At least five dead,2.0,2.0,0.0
      r4,CIV-0003,2,2,2,AP (2011-01-11) Clashes in Abobo; police deployed,2.0,2.0,0.0
      r5,CIV-0003,4,3,4,Dow Jones International News (2011-01-11) Four killed - AFP,1.0,2.0,0.0
      r6,KEN-0001,,,,KNCHR (2008-08-15) On the brink of the precipice,4.0,,0.0
      """;

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private PrintStream savedOut;

  @BeforeEach
  void capture() {
    savedOut = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(savedOut);
  }

  @Test
  void reproducesTheReferenceAndWritesOnePredictionPerEvent() throws IOException {
    Files.writeString(dir.resolve(EvalReconcileCommand.DATA_FILE), CSV);
    Path predictions = dir.resolve("predictions.jsonl");
    int status =
        Main.run(
            "eval", "reconcile", "--data", dir.toString(), "--predictions", predictions.toString());
    assertThat(status).isEqualTo(Main.OK);
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains("MAVERICK: 6 reports, 2 events (1 with >= 2 reports, at most 5)")
        .contains("most-conservative    2/2")
        .contains("most-informative     2/2")
        .contains("most-representative  2/2")
        .doesNotContain("mismatch");
    List<String> lines = Files.readAllLines(predictions);
    assertThat(lines).hasSize(2);
    JsonNode civ = new ObjectMapper().readTree(lines.get(0));
    assertThat(civ.get("event_id").asText()).isEqualTo("CIV-0003");
    assertThat(civ.get("reports").asInt()).isEqualTo(5);
    assertThat(civ.get("sources").asInt()).isEqualTo(5);
    // Three AFP stories (one carried by Dow Jones) count once: AFP, LEJD, AP.
    assertThat(civ.get("independent_sources").asInt()).isEqualTo(3);
    // The reference's combined source string splits the AP headline at its ';'.
    assertThat(civ.get("reference_source_entries").asInt()).isEqualTo(6);
    assertThat(civ.at("/most_conservative/deaths_best").asLong()).isEqualTo(2);
    assertThat(civ.at("/most_informative/deaths_high").asLong()).isEqualTo(5);
    assertThat(civ.at("/most_representative/deaths_best").asLong()).isEqualTo(2);
    assertThat(civ.at("/most_representative/deaths_low").asLong()).isEqualTo(2);
    assertThat(civ.at("/most_representative/deaths_high").asLong()).isEqualTo(4);
    JsonNode ken = new ObjectMapper().readTree(lines.get(1));
    assertThat(ken.at("/most_conservative/deaths_best").isNull()).isTrue();
    assertThat(ken.at("/most_representative/deaths_high").isNull()).isTrue();
  }

  @Test
  void exitsOneWhenTheFolderHoldsNoData() {
    assertThat(Main.run("eval", "reconcile", "--data", dir.toString())).isEqualTo(Main.FAILURE);
  }

  @Test
  void exitsOneNamingTheMissingColumn() throws IOException {
    Path file = Files.writeString(dir.resolve("other.csv"), "event_id,source\nA,B\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream savedErr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertThat(Main.run("eval", "reconcile", "--data", file.toString())).isEqualTo(Main.FAILURE);
    } finally {
      System.setErr(savedErr);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no column deaths_best");
  }

  @Test
  void reportsAFigureThatDiffersFromTheReference() {
    FigureAggregator.EventFigures figures =
        FigureAggregator.of(Rule.MOST_REPRESENTATIVE)
            .aggregate(List.of(FigureAggregator.ReportFigures.of("AP (2011-01-11) a", 3L, 3L, 3L)));
    MaverickReference.Event reference =
        new MaverickReference.Event(
            "CIV-0001",
            new MaverickReference.Deaths(3, 3, 3),
            new MaverickReference.Deaths(3, 3, 3),
            new MaverickReference.Deaths(3, 2, Double.NaN),
            2,
            "AP (2011-01-11) a");
    assertThat(EvalReconcileCommand.difference(Rule.MOST_REPRESENTATIVE, figures, reference))
        .contains("deaths_low 3 vs 2.0")
        .contains("deaths_high 3 vs NaN")
        .contains("number_of_sources 1 vs 2")
        .doesNotContain("deaths_best");
    assertThat(EvalReconcileCommand.difference(Rule.MOST_CONSERVATIVE, figures, reference))
        .isEqualTo("number_of_sources 1 vs 2");
  }

  @Test
  void matchesEveryMaverickEventUnderAllThreeRules() throws IOException {
    Path file = MAVERICK.resolve(EvalReconcileCommand.DATA_FILE);
    Assumptions.assumeTrue(Files.isRegularFile(file), "no shared MAVERICK data beside the repo");
    EvalReconcileCommand.Outcome o = EvalReconcileCommand.evaluate(EvalReconcileCommand.read(file));
    // The data's README: 3,287 reports, 2,200 events, 407 with >= 2 reports, at most 17,
    // 185 with conflicting deaths_best.
    assertThat(o.reports()).isEqualTo(3287);
    assertThat(o.events()).isEqualTo(2200);
    assertThat(o.multiReportEvents()).isEqualTo(407);
    assertThat(o.maxReports()).isEqualTo(17);
    assertThat(o.conflictingBest()).isEqualTo(185);
    for (Rule rule : Rule.values()) {
      assertThat(o.mismatches().get(rule)).as(rule.name()).isEmpty();
      assertThat(o.matching().get(rule)).as(rule.name()).isEqualTo(2200);
    }
    assertThat(o.countMatches()).isEqualTo(2200);
    assertThat(o.totalIndependent()).isLessThan(o.totalDistinct());
  }
}
