package dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.store.DossierStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the server with SIGKILL in the middle of a large ingest, starts it again, and checks that
 * every report is there exactly once or not at all, that the store is consistent, and that the
 * interrupted ingest can be repeated to completion.
 */
class CrashRecoveryIT {

  static final int REPORTS = 600;

  @TempDir Path dir;

  /** JSON lines of distinct synthetic reports (seeded), each a few paragraphs long. */
  static byte[] corpus(int n) {
    Random random = new Random(13);
    String[] places = {"Gao", "Kidal", "Menaka", "Timbuktu", "Mopti", "Segou", "Tessalit"};
    String[] actors = {"the army", "armed men", "a militia", "rebels", "local officials"};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String place = places[random.nextInt(places.length)];
      StringBuilder text = new StringBuilder();
      text.append(place.toUpperCase()).append(" - ");
      for (int p = 0; p < 4; p++) {
        text.append(actors[random.nextInt(actors.length)])
            .append(" reported ")
            .append(random.nextInt(90) + 2)
            .append(" people affected near ")
            .append(place)
            .append(" in incident number ")
            .append(i)
            .append(", according to a statement issued on day ")
            .append(random.nextInt(28) + 1)
            .append(". Witnesses described the scene at length to reporters.\n\n");
      }
      b.append(
              Client.JSON
                  .createObjectNode()
                  .put("id", String.format("r%05d", i))
                  .put("url", "https://news.example/" + i)
                  .put("outlet", "Example Wire")
                  .put("published", String.format("2024-07-%02d", random.nextInt(28) + 1))
                  .put("title", "Incident " + i + " near " + place)
                  .put("text", text.toString().strip())
                  .toString())
          .append('\n');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void keepsEveryReportOnceOrNotAtAllAfterSigkillAndFinishesWhenRepeated() throws Exception {
    Path db = dir.resolve("crash.db");
    byte[] jsonl = corpus(REPORTS);
    int storedAtKill;
    String jobId;
    try (ServerProcess server = ServerProcess.start(db, "--analysis", "none")) {
      Client client = new Client(server.port);
      JsonNode job =
          Client.JSON.readTree(
              client.post("/api/reports", "application/x-ndjson", jsonl, Map.of()).body());
      jobId = job.path("id").asText();
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (true) {
        JsonNode now = client.getJson("/api/jobs/" + jobId);
        if (now.path("phase").asText().equals("storing") && now.path("added").asInt() >= 50) {
          break;
        }
        assertThat(now.path("finished").asBoolean()).as("job finished before the kill").isFalse();
        assertThat(System.nanoTime()).isLessThan(deadline);
        Thread.sleep(20);
      }
      server.kill();
    }
    try (DossierStore store = DossierStore.open(db)) {
      assertThat(store.check()).isEmpty();
      DossierStore.Counts counts = store.counts();
      storedAtKill = counts.reports();
      assertThat(storedAtKill).isBetween(50, REPORTS - 1);
      assertThat(counts.revisions()).isEqualTo(storedAtKill);
      assertThat(counts.indexed()).isEqualTo(storedAtKill);
      assertThat(store.job(jobId).orElseThrow().state()).isEqualTo("interrupted");
      Set<String> ids = new HashSet<>();
      for (var r : store.reports(REPORTS, 0)) {
        assertThat(ids.add(r.id())).isTrue();
        assertThat(store.report(r.id()).orElseThrow().revision()).isEqualTo(1);
      }
    }
    try (ServerProcess server = ServerProcess.start(db, "--analysis", "none")) {
      Client client = new Client(server.port);
      JsonNode job =
          Client.JSON.readTree(
              client
                  .post("/api/reports?wait=true", "application/x-ndjson", jsonl, Map.of())
                  .body());
      assertThat(job.path("state").asText()).isEqualTo("done");
      assertThat(job.path("duplicates").asInt()).isEqualTo(storedAtKill);
      assertThat(job.path("added").asInt()).isEqualTo(REPORTS - storedAtKill);
      assertThat(client.getJson("/api/reports?limit=1").path("total").asInt()).isEqualTo(REPORTS);
    }
    try (DossierStore store = DossierStore.open(db)) {
      assertThat(store.check()).isEmpty();
      assertThat(store.counts()).isEqualTo(new DossierStore.Counts(REPORTS, REPORTS, 0, REPORTS));
      assertThat(store.search("incident 123", 5))
          .extracting(DossierStore.SearchHit::id)
          .contains("r00123");
      List<DossierStore.ReportSummary> all = store.reports(REPORTS + 10, 0);
      assertThat(all).hasSize(REPORTS);
    }
  }
}
