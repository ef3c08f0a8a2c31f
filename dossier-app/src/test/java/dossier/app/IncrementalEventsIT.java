package dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dossier.ingest.RawReport;
import dossier.model.Article;
import dossier.model.Dossier;
import dossier.model.EventRecord;
import dossier.pipeline.Pipeline;
import dossier.store.DossierStore;
import dossier.web.ReportIntake;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports added over time: each batch updates only the events it touches, an event keeps its id as
 * it grows, an event a new report is only compared with is left as it was, and reports added one by
 * one end in the events (and reconciled records) a batch run over the same reports makes.
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

  static final String FLOODS_LATER =
      """
      DHAKA - Flood waters kept rising in Sunamganj and Sylhet on Wednesday, a day after monsoon \
      rains swamped hundreds of villages, and the Water Development Board warned that the Surma \
      river would stay above the danger mark.

      Relief officials in Dhaka said boats were taking food to families cut off in Sylhet.
      """;

  static final String FUEL =
      """
      BAMAKO, Mali - Mali's transitional government said on Monday it would lower the price of \
      petrol and diesel in Bamako and other cities from next month, after weeks of queues at \
      filling stations.

      The finance ministry said the state would pay importers to make up the difference.
      """;

  static final String FUEL_LATER =
      """
      BAMAKO - Drivers in Bamako welcomed the cut in petrol and diesel prices announced by the \
      transitional government, but importers said the finance ministry had yet to tell them how \
      the state would pay them.
      """;

  static final String NAIROBI =
      """
      NAIROBI, Kenya - Police fired tear gas at protesters marching on parliament in Nairobi on \
      Tuesday, the third week of demonstrations against tax rises, witnesses said.

      Kenya's interior ministry said 40 people were arrested.
      """;

  static RawReport report(String id, String text, String published, String title) {
    return new RawReport(
        id, RawReport.Format.TEXT, text, null, null, "Example " + id, published, title);
  }

  static RawReport report(String url, String id, String text, String published, String title) {
    return new RawReport(
        id, RawReport.Format.TEXT, text, null, url, "Example Wire", published, title);
  }

  /** An event as the store holds it: its reports, revision and when its row was last written. */
  record Stored(Set<String> reports, long revision, String updatedAt) {}

  static Map<String, Stored> stored(DossierStore store) throws Exception {
    Map<String, Stored> out = new TreeMap<>();
    for (DossierStore.EventSummary e : store.events(DossierStore.EventQuery.all())) {
      out.put(
          e.id(),
          new Stored(
              new TreeSet<>(store.reportsOf(e.id())),
              store.eventRevision(e.id()).orElseThrow(),
              e.updatedAt()));
    }
    return out;
  }

  @Test
  void groupsReportsAddedOneByOneAsABatchRunDoesAndRewritesOnlyTheEventsTheyJoin()
      throws Exception {
    List<RawReport> seeds = seeds(0, 5);
    List<RawReport> arrivals =
        List.of(
            seeds.get(0),
            report("floods", FLOODS, "2024-07-30", "Monsoon floods swamp Sylhet villages"),
            seeds.get(1),
            report("fuel", FUEL, "2024-07-29", "Mali to cut fuel prices"),
            seeds.get(2),
            report("nairobi", NAIROBI, "2024-07-30", "Police fire tear gas at Nairobi protest"),
            report(
                "https://example.org/floods-later",
                "floods-later",
                FLOODS_LATER,
                "2024-07-31",
                "Flood waters rise in Sunamganj"),
            seeds.get(3),
            report("fuel-later", FUEL_LATER, "2024-07-30", "Bamako drivers welcome fuel price cut"),
            seeds.get(4),
            // A changed version of a known URL: a revision, which updates its event alone.
            report(
                "https://example.org/floods-later",
                "floods-later-v2",
                FLOODS_LATER + "\nThe army sent boats to Sunamganj on Thursday, officials said.\n",
                "2024-07-31",
                "Flood waters rise in Sunamganj"));
    try (DossierStore store = DossierStore.open(dir.resolve("one-by-one.db"))) {
      ReportIntake intake = new ReportIntake(store, new PipelineAnalysis());
      for (RawReport arrival : arrivals) {
        Map<String, Stored> before = stored(store);
        ReportIntake.Tally tally =
            intake.take(List.of(arrival), List.of(), ReportIntake.Progress.none());
        String added = tally.outcomes().get(0).reportId();
        assertThat(tally.added() + tally.revised()).isEqualTo(1);
        Map<String, Stored> after = stored(store);
        for (Map.Entry<String, Stored> e : before.entrySet()) {
          Stored now = after.get(e.getKey());
          boolean untouched =
              now != null
                  && now.reports().equals(e.getValue().reports())
                  && !now.reports().contains(added);
          if (untouched) {
            assertThat(now)
                .as("event %s, which %s did not join, is not rewritten", e.getKey(), added)
                .isEqualTo(e.getValue());
            assertThat(tally.eventsChanged()).doesNotContain(e.getKey());
          }
        }
        List<String> home =
            after.entrySet().stream()
                .filter(e -> e.getValue().reports().contains(added))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(home).as("the events %s is in", added).hasSize(1);
        assertThat(tally.eventsChanged()).contains(home.get(0));
      }

      assertThat(store.counts().revisions()).isEqualTo(store.counts().reports() + 1);
      // The same reports in one batch run group the same way, with the same reconciled records.
      List<Article> articles = store.articles();
      Dossier batch = new Pipeline(Pipeline.Config.defaults()).run(articles);
      Map<Set<String>, EventRecord> batchEvents = new HashMap<>();
      for (EventRecord r : batch.records()) {
        batchEvents.put(new TreeSet<>(r.reports()), r);
      }
      Map<String, Stored> incremental = stored(store);
      assertThat(incremental.values().stream().map(Stored::reports).collect(Collectors.toSet()))
          .isEqualTo(batchEvents.keySet());
      ObjectMapper json = new ObjectMapper();
      for (Map.Entry<String, Stored> e : incremental.entrySet()) {
        EventRecord r = batchEvents.get(e.getValue().reports());
        JsonNode fromBatch =
            json.readTree(PipelineAnalysis.entry(batch, r, null).record()).path("records").get(0);
        JsonNode kept =
            json.readTree(store.event(e.getKey()).orElseThrow().record()).path("records").get(0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) fromBatch).put("id", e.getKey());
        Files.writeString(Path.of("/tmp/web2/kept-" + e.getKey() + ".json"), kept.toPrettyString());
        Files.writeString(
            Path.of("/tmp/web2/batch-" + e.getKey() + ".json"), fromBatch.toPrettyString());
        assertThat(kept).as("record of event %s", e.getKey()).isEqualTo(fromBatch);
      }
      assertThat(store.check()).isEmpty();
    }
  }
}
