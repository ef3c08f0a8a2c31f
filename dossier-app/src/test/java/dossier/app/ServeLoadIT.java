package dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.ingest.RawReport;
import dossier.store.DossierStore;
import dossier.web.ReportIntake;
import dossier.web.ServerProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load test on loopback: a {@code dossier serve} in its own JVM, and here 50 concurrent
 * readers requesting event pages, report pages, the event list, search and (as the peer that shows
 * the server's own floor) a static file, while a writer adds reports through the API. Prints
 * requests per second and p50/p99 latency per kind and writes them to {@code
 * target/load-report.txt}; fails on any error or an inconsistent store afterwards.
 */
class ServeLoadIT {

  static final int CLIENTS = 50;
  static final Duration WARMUP = Duration.ofSeconds(3);
  static final Duration RUN = Duration.ofSeconds(15);

  @TempDir Path dir;

  @Test
  void servesFiftyConcurrentReadersWhileReportsAreAddedWithoutErrors() throws Exception {
    Path db = dir.resolve("load.db");
    String eventId;
    String reportId;
    try (DossierStore store = DossierStore.open(db)) {
      // The seed event, made by the pipeline; the server then adds the writer's reports without
      // analysis (the writer measures reading, cleaning, storing and indexing).
      List<RawReport> seeds = new ArrayList<>();
      try (Stream<Path> files = Files.list(Path.of("../examples/tinzaouaten"))) {
        for (Path p : files.sorted().toList()) {
          seeds.add(
              RawReport.of(p.getFileName().toString(), RawReport.Format.TEXT, Files.readString(p)));
        }
      }
      new ReportIntake(store, new PipelineAnalysis())
          .take(seeds, List.of(), ReportIntake.Progress.none());
      eventId = store.eventIds().iterator().next();
      reportId = store.reports(10, 0).get(0).id();
    }
    // The server in its own JVM, so that the readers here do not share its heap and collector.
    try (ServerProcess server = ServerProcess.start(db, "--analysis", "none")) {
      run(server.port, eventId, reportId);
    }
    try (DossierStore store = DossierStore.open(db)) {
      assertThat(store.check()).isEmpty();
    }
  }

  private void run(int port, String eventId, String reportId) throws Exception {
    String base = "http://127.0.0.1:" + port;
    Map<String, String> kinds = new TreeMap<>();
    kinds.put("event page", "/events/" + eventId);
    kinds.put("report page", "/reports/" + reportId);
    kinds.put("event list", "/");
    kinds.put("search api", "/api/search?q=wagner+fighters");
    kinds.put("static file (peer)", "/static/app.css");
    List<String> order =
        List.of(
            "event page",
            "event page",
            "event page",
            "report page",
            "event list",
            "search api",
            "static file (peer)");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    kinds.keySet().forEach(k -> latencies.put(k, Collections.synchronizedList(new ArrayList<>())));
    AtomicInteger errors = new AtomicInteger();
    List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean measuring = new AtomicBoolean(false);
    AtomicBoolean stop = new AtomicBoolean(false);
    AtomicInteger added = new AtomicInteger();

    Thread writer =
        new Thread(
            () -> {
              int batch = 0;
              while (!stop.get()) {
                StringBuilder lines = new StringBuilder();
                for (int i = 0; i < 10; i++) {
                  int n = batch * 10 + i;
                  lines
                      .append(
                          String.format(
                              Locale.ROOT,
                              "{\"id\":\"load-%d\",\"title\":\"Load report %d\",\"text\":\"GAO - Armed men"
                                  + " attacked a convoy near checkpoint %d on Friday, a local official"
                                  + " said.\\n\\nThe army said it sent reinforcements to the area of"
                                  + " post %d.\"}",
                              n,
                              n,
                              n,
                              n))
                      .append('\n');
                }
                batch++;
                try {
                  HttpResponse<String> r =
                      http.send(
                          HttpRequest.newBuilder(URI.create(base + "/api/reports?wait=true"))
                              .header("Content-Type", "application/x-ndjson")
                              .POST(HttpRequest.BodyPublishers.ofString(lines.toString()))
                              .build(),
                          HttpResponse.BodyHandlers.ofString());
                  if (r.statusCode() != 200) {
                    errors.incrementAndGet();
                    errorSamples.add("write " + r.statusCode() + " " + r.body());
                  } else {
                    added.addAndGet(10);
                  }
                } catch (Exception e) {
                  errors.incrementAndGet();
                  errorSamples.add("write " + e);
                }
              }
            },
            "load-writer");

    List<Thread> readers = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int offset = c;
      Thread t =
          new Thread(
              () -> {
                int i = offset;
                while (!stop.get()) {
                  String kind = order.get(i++ % order.size());
                  long start = System.nanoTime();
                  try {
                    HttpResponse<byte[]> r =
                        http.send(
                            HttpRequest.newBuilder(URI.create(base + kinds.get(kind)))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    long took = System.nanoTime() - start;
                    if (r.statusCode() != 200 || r.body().length == 0) {
                      errors.incrementAndGet();
                      errorSamples.add(kind + " " + r.statusCode());
                    } else if (measuring.get()) {
                      latencies.get(kind).add(took);
                    }
                  } catch (Exception e) {
                    errors.incrementAndGet();
                    errorSamples.add(kind + " " + e);
                  }
                }
              },
              "load-reader-" + c);
      readers.add(t);
    }
    writer.start();
    readers.forEach(Thread::start);
    Thread.sleep(WARMUP.toMillis());
    int addedBefore = added.get();
    measuring.set(true);
    long began = System.nanoTime();
    Thread.sleep(RUN.toMillis());
    measuring.set(false);
    double seconds = (System.nanoTime() - began) / 1e9;
    int addedDuring = added.get() - addedBefore;
    stop.set(true);
    writer.join(60_000);
    for (Thread t : readers) {
      t.join(30_000);
    }

    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "%d concurrent readers for %.1f s on 127.0.0.1 while a writer added %d reports"
                + " (%.1f reports/s, batches of 10 via POST /api/reports); errors: %d%n",
            CLIENTS,
            seconds,
            addedDuring,
            addedDuring / seconds,
            errors.get()));
    report.append(
        String.format(
            Locale.ROOT,
            "%-20s %8s %9s %9s %9s%n",
            "kind",
            "requests",
            "req/s",
            "p50 ms",
            "p99 ms"));
    long total = 0;
    for (String kind : kinds.keySet()) {
      List<Long> l = new ArrayList<>(latencies.get(kind));
      Collections.sort(l);
      total += l.size();
      report.append(
          String.format(
              Locale.ROOT,
              "%-20s %8d %9.1f %9.1f %9.1f%n",
              kind,
              l.size(),
              l.size() / seconds,
              percentile(l, 0.50),
              percentile(l, 0.99)));
    }
    report.append(
        String.format(Locale.ROOT, "%-20s %8d %9.1f%n", "all reads", total, total / seconds));
    System.out.print(report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "load-report.txt"), report, StandardCharsets.UTF_8);

    assertThat(errorSamples).isEmpty();
    assertThat(errors.get()).isZero();
    assertThat(latencies.get("event page")).isNotEmpty();
    assertThat(addedDuring).isPositive();
  }

  private static double percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
  }
}
