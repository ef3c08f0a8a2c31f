package dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dossier.ingest.RawReport;
import dossier.store.DossierStore;
import dossier.web.ReportIntake;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports added over time: each batch updates only the events it touches, an event keeps its id as
 * it grows, and an unrelated event is left as it was.
 */
class IncrementalEventsIT {

  static final String FLOODS =
      """
      SYLHET, Bangladesh - Monsoon floods swamped hundreds of villages in Sylhet and Sunamganj \
      districts on Tuesday, officials in Dhaka said, and relief workers struggled to reach \
      families cut off by the water.

      The Bangladesh Water Development Board said the Surma river was flowing above the danger \
      mark at several points.
      """;

  @TempDir Path dir;

  static List<RawReport> seeds(int from, int to) throws Exception {
    List<RawReport> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("../examples/tinzaouaten"))) {
      List<Path> sorted = files.sorted().toList();
      for (Path p : sorted.subList(from, to)) {
        out.add(
            RawReport.of(p.getFileName().toString(), RawReport.Format.TEXT, Files.readString(p)));
      }
    }
    return out;
  }

  @Test
  void updatesOnlyTheEventsANewReportTouches() throws Exception {
    try (DossierStore store = DossierStore.open(dir.resolve("inc.db"))) {
      ReportIntake intake = new ReportIntake(store, new PipelineAnalysis());
      ReportIntake.Tally first = intake.take(seeds(0, 3), List.of(), ReportIntake.Progress.none());
      assertThat(first.added()).isEqualTo(3);
      List<DossierStore.EventSummary> events = store.events(DossierStore.EventQuery.all());
      assertThat(events).hasSize(1);
      String mali = events.get(0).id();

      ReportIntake.Tally floods =
          intake.take(
              List.of(
                  new RawReport(
                      "floods",
                      RawReport.Format.TEXT,
                      FLOODS,
                      null,
                      null,
                      "Example Daily",
                      "2024-07-30",
                      "Monsoon floods swamp Sylhet villages")),
              List.of(),
              ReportIntake.Progress.none());
      assertThat(floods.eventsChanged()).hasSize(1).doesNotContain(mali);
      events = store.events(DossierStore.EventQuery.all());
      assertThat(events).hasSize(2);
      String floodsEvent = floods.eventsChanged().iterator().next();
      String floodsUpdated =
          store.events(DossierStore.EventQuery.all()).stream()
              .filter(e -> e.id().equals(floodsEvent))
              .findFirst()
              .orElseThrow()
              .updatedAt();

      ReportIntake.Tally rest = intake.take(seeds(3, 5), List.of(), ReportIntake.Progress.none());
      assertThat(rest.added()).isEqualTo(2);
      assertThat(rest.eventsChanged()).contains(mali).doesNotContain(floodsEvent);
      events = store.events(DossierStore.EventQuery.all());
      assertThat(events)
          .extracting(DossierStore.EventSummary::id)
          .containsExactlyInAnyOrder(mali, floodsEvent);
      DossierStore.EventSummary grown =
          events.stream().filter(e -> e.id().equals(mali)).findFirst().orElseThrow();
      assertThat(grown.reportCount()).isEqualTo(5);
      assertThat(grown.sourceCount()).isEqualTo(2);
      assertThat(
              events.stream()
                  .filter(e -> e.id().equals(floodsEvent))
                  .findFirst()
                  .orElseThrow()
                  .updatedAt())
          .isEqualTo(floodsUpdated);
      String record = store.event(mali).orElseThrow().record();
      assertThat(record).contains("\"id\":\"" + mali + "\"");
      JsonSchema schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
              .getSchema(Files.readString(Path.of("..", "docs", "dossier.schema.json")));
      Set<ValidationMessage> errors = schema.validate(new ObjectMapper().readTree(record));
      assertThat(errors).as("the event's record has the shape of dossier.json").isEmpty();
      assertThat(store.check()).isEmpty();
    }
  }
}
