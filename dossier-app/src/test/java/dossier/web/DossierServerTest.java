package dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.store.DossierStore;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierServerTest {

  static final String XSS_TITLE = "<script>window.pwned=1</script> & <b>bold</b>";
  static final String XSS_TEXT =
      """
      BAMAKO, July 28 (Wire) - <script>document.title='pwned'</script> Fighters attacked a \
      convoy near the border on Saturday, officials said.

      <img src=x onerror="window.pwned=2"> A <a href="javascript:window.pwned=3">link</a> and \
      entities &amp; &lt;b&gt; stay as typed, the army said in a statement on Sunday.
      """;

  @TempDir Path dir;
  DossierStore store;
  DossierServer server;
  Client client;

  void start(String token, DossierServer.Limits limits) throws Exception {
    store = DossierStore.open(dir.resolve("d.db"));
    server =
        new DossierServer(
            new DossierServer.Config("127.0.0.1", 0, token, limits),
            store,
            new ReportIntake(store, EventAnalysis.none()));
    client = new Client(server.start());
  }

  @BeforeEach
  void startDefault() throws Exception {
    start(null, DossierServer.Limits.defaults());
  }

  @AfterEach
  void stop() {
    server.close();
    store.close();
  }

  static String report(String id, String url, String text) {
    return Client.JSON
        .createObjectNode()
        .put("id", id)
        .put("url", url)
        .put("outlet", "Example News")
        .put("published", "2024-07-28")
        .put("title", "Title " + id)
        .put("text", text)
        .toString();
  }

  static final String BODY =
      "GAO, Mali - Armed men attacked a market in the town on Friday, killing at least four"
          + " people, a local official said.\n\nThe army said it had sent reinforcements.";

  @Test
  void addsAReportAndServesItAsJsonAndAsAPage() throws Exception {
    HttpResponse<String> r = client.postJson("/api/reports?wait=true", report("r1", null, BODY));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode job = Client.JSON.readTree(r.body());
    assertThat(job.path("state").asText()).isEqualTo("done");
    assertThat(job.path("added").asInt()).isEqualTo(1);

    JsonNode list = client.getJson("/api/reports");
    assertThat(list.path("total").asInt()).isEqualTo(1);
    JsonNode stored = client.getJson("/api/reports/r1");
    assertThat(stored.path("title").asText()).isEqualTo("Title r1");
    assertThat(stored.path("text").asText()).contains("Armed men attacked a market");
    assertThat(stored.path("revision").asInt()).isEqualTo(1);

    HttpResponse<String> page = client.get("/reports/r1");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Armed men attacked a market").contains("Example News");
  }

  @Test
  void reAddingAReportIsANoOpAndAChangedUrlVersionIsARevision() throws Exception {
    client.postJson("/api/reports?wait=true", report("a", "https://example.org/x", BODY));
    JsonNode again =
        Client.JSON.readTree(
            client
                .postJson("/api/reports?wait=true", report("a", "https://example.org/x", BODY))
                .body());
    assertThat(again.path("duplicates").asInt()).isEqualTo(1);
    assertThat(again.path("added").asInt()).isZero();
    JsonNode revised =
        Client.JSON.readTree(
            client
                .postJson(
                    "/api/reports?wait=true",
                    report("b", "https://example.org/x", BODY + "\n\nA later update added this."))
                .body());
    assertThat(revised.path("revised").asInt()).isEqualTo(1);
    JsonNode stored = client.getJson("/api/reports/a");
    assertThat(stored.path("revision").asInt()).isEqualTo(2);
    assertThat(stored.path("revisions")).hasSize(2);
    assertThat(client.getJson("/api/reports").path("total").asInt()).isEqualTo(1);
  }

  @Test
  void searchesAllReportsWithHighlightedSnippets() throws Exception {
    client.postJson("/api/reports?wait=true", "[" + report("r1", null, BODY) + "]");
    JsonNode hits = client.getJson("/api/search?q=reinforcements");
    assertThat(hits.path("hits")).hasSize(1);
    JsonNode hit = hits.path("hits").get(0);
    int start = hit.path("marks").get(0).path("start").asInt();
    int end = hit.path("marks").get(0).path("end").asInt();
    assertThat(hit.path("snippet").asText().substring(start, end)).isEqualTo("reinforcements");
    assertThat(client.get("/search?q=reinforcements").body())
        .contains("<mark>reinforcements</mark>");
    assertThat(client.getJson("/api/search?q=%22%29%28").path("hits")).isEmpty();
  }

  @Test
  void addsUploadedFilesAndZipArchives() throws Exception {
    Path seeds = Path.of("../examples/tinzaouaten");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      for (String name : List.of("000_6df6d80bf28ee6f3.txt", "001_53a04284558ba361.txt")) {
        out.putNextEntry(new ZipEntry("seeds/" + name));
        out.write(Files.readAllBytes(seeds.resolve(name)));
        out.closeEntry();
      }
      out.putNextEntry(new ZipEntry("seeds/broken.jsonl"));
      out.write("{not json\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    HttpResponse<String> r =
        client.postMultipart(
            "/api/reports?wait=true",
            List.of(
                new Client.Part("files", "seeds.zip", zip.toByteArray()),
                new Client.Part(
                    "files",
                    "004_16fe6b1d98ec828d.txt",
                    Files.readAllBytes(seeds.resolve("004_16fe6b1d98ec828d.txt")))),
            Map.of());
    JsonNode job = Client.JSON.readTree(r.body());
    assertThat(job.path("added").asInt()).isEqualTo(3);
    assertThat(job.path("rejections").get(0).path("source").asText())
        .isEqualTo("seeds.zip!/seeds/broken.jsonl:1");
    assertThat(job.path("rejections").get(0).path("reason").asText()).contains("malformed JSON");
  }

  @Test
  void addsPastedTextFromTheFormAndRedirectsToItsJob() throws Exception {
    HttpResponse<String> r =
        client.postMultipart(
            "/add",
            List.of(
                new Client.Part("title", null, "Pasted".getBytes(StandardCharsets.UTF_8)),
                new Client.Part("text", null, BODY.getBytes(StandardCharsets.UTF_8))),
            Map.of());
    assertThat(r.statusCode()).isEqualTo(303);
    String location = r.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("/jobs/");
    String id = location.substring("/jobs/".length());
    for (int i = 0;
        i < 100 && !client.getJson("/api/jobs/" + id).path("finished").asBoolean();
        i++) {
      Thread.sleep(50);
    }
    assertThat(client.getJson("/api/jobs/" + id).path("added").asInt()).isEqualTo(1);
    assertThat(client.get(location).body()).contains("1 added");
  }

  @Test
  void showsUntrustedTextAsTextOnEveryPage() throws Exception {
    String json =
        Client.JSON
            .createObjectNode()
            .put("id", "x<y>")
            .put("url", "javascript:alert(1)")
            .put("title", XSS_TITLE)
            .put("outlet", "<i>Outlet</i>")
            .put("text", XSS_TEXT)
            .toString();
    client.postJson("/api/reports?wait=true", json);
    for (String path : List.of("/reports/x%3Cy%3E", "/reports", "/search?q=convoy", "/jobs")) {
      String page = client.get(path).body();
      assertThat(page).doesNotContain("<script>window").doesNotContain("<script>document");
      assertThat(page).doesNotContain("<img src=x").doesNotContain("href=\"javascript:");
      assertThat(page).doesNotContain("<i>Outlet");
    }
    String page = client.get("/reports/x%3Cy%3E").body();
    assertThat(page).contains("&lt;script&gt;window.pwned=1&lt;/script&gt; &amp; &lt;b&gt;bold");
    assertThat(page).contains("&amp;amp; &amp;lt;b&amp;gt;");
  }

  @Test
  void setsSecurityHeadersOnPagesAndApi() throws Exception {
    for (String path : List.of("/", "/api/reports", "/static/app.js", "/nowhere")) {
      HttpResponse<String> r = client.get(path);
      assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(DossierServer.CSP);
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }
    assertThat(client.get("/nowhere").statusCode()).isEqualTo(404);
  }

  @Test
  void refusesJsonNestedTooDeepWithAClearError() throws Exception {
    String deep = "[".repeat(40) + "]".repeat(40);
    HttpResponse<String> r = client.postJson("/api/reports", deep);
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode error = Client.JSON.readTree(r.body());
    assertThat(error.path("limit").asText()).isEqualTo("max-json-depth");
    assertThat(error.path("error").asText()).contains("JSON too deep");
  }

  @Test
  void refusesTooManyFilesALongLineAndALargeUploadWithClearErrors() throws Exception {
    server.close();
    store.close();
    start(null, new DossierServer.Limits(4096, 2, 300, 8, 4096, 1 << 20));
    String three =
        "["
            + String.join(
                ",",
                List.of(report("1", null, "a"), report("2", null, "b"), report("3", null, "c")))
            + "]";
    HttpResponse<String> many = client.postJson("/api/reports", three);
    assertThat(many.statusCode()).isEqualTo(413);
    assertThat(Client.JSON.readTree(many.body()).path("limit").asText()).isEqualTo("max-files");

    String line = report("1", null, "x".repeat(400));
    HttpResponse<String> longLine =
        client.post(
            "/api/reports",
            "application/x-ndjson",
            line.getBytes(StandardCharsets.UTF_8),
            Map.of());
    assertThat(longLine.statusCode()).isEqualTo(413);
    assertThat(Client.JSON.readTree(longLine.body()).path("error").asText())
        .contains("line 1 too long");

    HttpResponse<String> big = client.post("/api/reports", "text/plain", new byte[5000], Map.of());
    assertThat(big.statusCode()).isEqualTo(413);
    assertThat(Client.JSON.readTree(big.body()).path("limit").asText())
        .isEqualTo("max-upload-bytes");
    assertThat(store.counts().reports()).isZero();
  }

  @Test
  void asksForTheTokenOnWritesOnly() throws Exception {
    server.close();
    store.close();
    start("s3cret", DossierServer.Limits.defaults());
    HttpResponse<String> none = client.postJson("/api/reports", report("r1", null, BODY));
    assertThat(none.statusCode()).isEqualTo(401);
    HttpResponse<String> wrong =
        client.post(
            "/api/reports?wait=true",
            "application/json",
            report("r1", null, BODY).getBytes(StandardCharsets.UTF_8),
            Map.of("Authorization", "Bearer nope"));
    assertThat(wrong.statusCode()).isEqualTo(401);
    HttpResponse<String> right =
        client.post(
            "/api/reports?wait=true",
            "application/json",
            report("r1", null, BODY).getBytes(StandardCharsets.UTF_8),
            Map.of("Authorization", "Bearer s3cret"));
    assertThat(right.statusCode()).isEqualTo(200);
    assertThat(client.get("/api/reports/r1").statusCode()).isEqualTo(200);
  }

  @Test
  void refusesCrossOriginWrites() throws Exception {
    HttpResponse<String> r =
        client.post(
            "/api/reports",
            "application/json",
            report("r1", null, BODY).getBytes(StandardCharsets.UTF_8),
            Map.of("Origin", "http://evil.example"));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(store.counts().reports()).isZero();
  }

  @Test
  void refusesWritesFromAnOpaqueOrigin() throws Exception {
    HttpResponse<String> r =
        client.post(
            "/api/reports",
            "application/json",
            report("r1", null, BODY).getBytes(StandardCharsets.UTF_8),
            Map.of("Origin", "null"));
    assertThat(r.statusCode()).isEqualTo(403);
  }

  @Test
  void answersOnlyToLoopbackHostNames() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket
          .getOutputStream()
          .write(
              "GET /api/reports HTTP/1.1\r\nHost: rebound.example:80\r\nConnection: close\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 421").contains("answers only to 127.0.0.1");
    }
    assertThat(DossierServer.loopbackHost("localhost:8080")).isTrue();
    assertThat(DossierServer.loopbackHost("[::1]:8080")).isTrue();
    assertThat(DossierServer.loopbackHost("127.0.0.1")).isTrue();
    assertThat(DossierServer.loopbackHost("127.0.0.1.evil.example")).isFalse();
    assertThat(DossierServer.loopbackHost(null)).isFalse();
  }

  @Test
  void listsAndFiltersEventsThroughTheStore() throws Exception {
    client.postJson("/api/reports?wait=true", report("r1", null, BODY));
    store.putEvents(
        List.of(
            new DossierStore.EventEntry(
                "e1",
                "Market attack in Gao",
                "Gao",
                List.of("army"),
                "2024-07-26",
                "2024-07-28",
                List.of("r1"),
                1,
                "{\"id\":\"e1\",\"claims\":[{\"kind\":\"killed\",\"report\":\"r1\",\"start\":55,\"end\":77}]}",
                null)));
    JsonNode events = client.getJson("/api/events?place=gao");
    assertThat(events.path("events")).hasSize(1);
    assertThat(client.getJson("/api/events?place=kidal").path("events")).isEmpty();
    assertThat(client.getJson("/api/events/e1").path("claims")).hasSize(1);
    assertThat(client.get("/").body()).contains("Market attack in Gao");
    assertThat(client.get("/events/e1").body()).contains("Claims");
    assertThat(client.get("/reports/r1").body()).contains("<mark class=\"claim\"");
  }

  @Test
  void servesAnEventPageAgainUnchangedAndRendersItAnewWhenTheEventChanges() throws Exception {
    client.postJson("/api/reports?wait=true", report("r1", "https://example.org/r1", BODY));
    store.putEvents(List.of(pageEvent("<p>first version</p>")));
    String first = client.get("/events/e1").body();
    assertThat(first).contains("first version").contains("Title r1");
    assertThat(client.get("/events/e1").body()).isEqualTo(first);

    store.putEvents(List.of(pageEvent("<p>second version</p>")));
    assertThat(client.get("/events/e1").body())
        .contains("second version")
        .doesNotContain("first version");

    // A new revision of one of its reports changes the titles the page lists.
    client.postJson(
        "/api/reports?wait=true",
        report("r1-again", "https://example.org/r1", BODY + " Updated.")
            .replace("Title r1-again", "Retitled report"));
    assertThat(client.get("/events/e1").body()).contains("Retitled report");

    store.putEvents(List.of());
    assertThat(client.get("/events/e1").statusCode()).isEqualTo(404);
  }

  private static DossierStore.EventEntry pageEvent(String body) {
    return new DossierStore.EventEntry(
        "e1",
        "Market attack in Gao",
        "Gao",
        List.of(),
        "2024-07-26",
        "2024-07-28",
        List.of("r1"),
        1,
        "{\"id\":\"e1\"}",
        "<!DOCTYPE html><html><head><style>p{}</style></head><body>" + body + "</body></html>");
  }

  @Test
  void sendsTheEventPageGzippedOnlyToClientsThatAcceptIt() throws Exception {
    client.postJson("/api/reports?wait=true", report("r1", "https://example.org/r1", BODY));
    store.putEvents(List.of(pageEvent("<p>compressed once</p>")));
    HttpResponse<byte[]> zipped =
        client.getBytes("/events/e1", Map.of("Accept-Encoding", "gzip, deflate"));
    assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    String unzipped =
        new String(
            new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))
                .readAllBytes(),
            StandardCharsets.UTF_8);
    assertThat(unzipped).isEqualTo(client.get("/events/e1").body()).contains("compressed once");
    assertThat(client.get("/events/e1").headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(DossierServer.acceptsGzip("br;q=1.0, gzip;q=0.8")).isTrue();
    assertThat(DossierServer.acceptsGzip("gzip;q=0, identity")).isFalse();
    assertThat(DossierServer.acceptsGzip("identity")).isFalse();
    assertThat(DossierServer.acceptsGzip(null)).isFalse();
  }

  @Test
  void rendersAReportPageAnewWhenTheReportOrItsEventsChange() throws Exception {
    client.postJson("/api/reports?wait=true", report("r1", "https://example.org/r1", BODY));
    String plain = client.get("/reports/r1").body();
    assertThat(plain).contains("Title r1").doesNotContain("<mark class=\"claim\"");
    assertThat(client.get("/reports/r1").body()).isEqualTo(plain);

    store.putEvents(
        List.of(
            new DossierStore.EventEntry(
                "e1",
                "Market attack in Gao",
                "Gao",
                List.of(),
                null,
                null,
                List.of("r1"),
                1,
                "{\"id\":\"e1\",\"claims\":[{\"kind\":\"killed\",\"report\":\"r1\",\"start\":55,\"end\":77}]}",
                null)));
    assertThat(client.get("/reports/r1").body())
        .contains("<mark class=\"claim\"")
        .contains("/events/e1");

    client.postJson(
        "/api/reports?wait=true",
        report("r1-again", "https://example.org/r1", BODY + " Markets reopened on Monday."));
    assertThat(client.get("/reports/r1").body()).contains("Markets reopened on Monday.");
  }
}
