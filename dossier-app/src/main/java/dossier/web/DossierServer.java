package dossier.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.io.ArticleJson;
import dossier.model.Rejection;
import dossier.store.DossierStore;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A DossierServer is the web app over a {@link DossierStore}: pages for events, reports, search and
 * adding reports, and a JSON API with the same content. Uploads run as background jobs. It binds
 * 127.0.0.1 unless told otherwise, asks every write request for the token when one is set, limits
 * what a request may carry, and sends a Content-Security-Policy that allows no inline script.
 */
public final class DossierServer implements AutoCloseable {

  /**
   * What one request may carry. {@code maxUploadBytes} bounds the request body; {@code maxFiles}
   * the files (or reports of a JSON array or JSON lines) per request; {@code maxLineChars} one line
   * of JSON lines; {@code maxJsonDepth} JSON nesting; {@code maxReportBytes} one report; {@code
   * maxUnzippedBytes} what a zip archive may unpack to.
   */
  public record Limits(
      long maxUploadBytes,
      int maxFiles,
      int maxLineChars,
      int maxJsonDepth,
      long maxReportBytes,
      long maxUnzippedBytes) {
    public Limits {
      if (maxUploadBytes <= 0
          || maxFiles <= 0
          || maxLineChars <= 0
          || maxJsonDepth <= 0
          || maxReportBytes <= 0
          || maxUnzippedBytes <= 0) {
        throw new IllegalArgumentException("limits must be positive");
      }
    }

    public static Limits defaults() {
      return new Limits(64L << 20, 5000, 4 << 20, 32, 10L << 20, 256L << 20);
    }
  }

  /**
   * Server settings: the address to bind ({@code port} 0 picks a free one), the token write
   * requests must carry ({@code null} for none) and the limits.
   */
  public record Config(String host, int port, String token, Limits limits) {
    public Config {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(limits, "limits");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("bad port " + port);
      }
      if (token != null && token.isBlank()) {
        token = null;
      }
    }

    public static Config defaults() {
      return new Config("127.0.0.1", 8080, null, Limits.defaults());
    }
  }

  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private static final Logger LOG = LoggerFactory.getLogger(DossierServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Config config;
  private final DossierStore store;
  private final JobRunner jobs;
  private final Uploads uploads;
  private final Pages pages;
  private final PageCache renderings = new PageCache(512, 64L << 20);
  private final boolean loopback;
  private final Javalin app;

  public DossierServer(Config config, DossierStore store, ReportIntake intake) {
    this.config = config;
    this.store = store;
    this.jobs = new JobRunner(store, intake);
    this.uploads = new Uploads(config.limits());
    this.pages = new Pages(config.token() != null);
    this.loopback =
        config.host().equals("127.0.0.1")
            || config.host().equals("localhost")
            || config.host().equals("::1");
    this.app = create();
  }

  /** Starts serving; returns the port bound. */
  public int start() {
    app.start(config.host(), config.port());
    return app.port();
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
    jobs.close();
  }

  private Javalin create() {
    Limits limits = config.limits();
    Javalin javalin =
        Javalin.create(
            c -> {
              c.showJavalinBanner = false;
              c.http.maxRequestSize = limits.maxUploadBytes();
              c.http.defaultContentType = "text/plain; charset=utf-8";
              c.jetty.multipartConfig.maxFileSize(limits.maxUploadBytes(), SizeUnit.BYTES);
              c.jetty.multipartConfig.maxTotalRequestSize(limits.maxUploadBytes(), SizeUnit.BYTES);
              c.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
              c.staticFiles.add(
                  s -> {
                    s.hostedPath = "/static";
                    s.directory = "/dossier/web/static";
                    s.location = Location.CLASSPATH;
                    s.precompress = false;
                  });
            });
    javalin.before(this::guard);
    javalin.get("/", this::eventsPage);
    javalin.get("/events/{id}", this::eventPage);
    javalin.get("/reports", this::reportsPage);
    javalin.get("/reports/{id}", this::reportPage);
    javalin.get("/search", this::searchPage);
    javalin.get("/add", ctx -> html(ctx, pages.add(limits)));
    javalin.post("/add", this::addForm);
    javalin.get("/jobs", ctx -> html(ctx, pages.jobs(store.jobs(50))));
    javalin.get("/jobs/{id}", this::jobPage);
    javalin.get("/api/health", ctx -> json(ctx, health()));
    javalin.get("/api/reports", this::apiReports);
    javalin.post("/api/reports", this::apiAddReports);
    javalin.get("/api/reports/{id}", this::apiReport);
    javalin.get("/api/events", this::apiEvents);
    javalin.get("/api/events/{id}", this::apiEvent);
    javalin.get("/api/search", this::apiSearch);
    javalin.get("/api/jobs/{id}", this::apiJob);
    javalin.exception(
        Uploads.LimitExceeded.class,
        (e, ctx) -> error(ctx, e.status, e.getMessage(), e.limit, e.max));
    javalin.exception(
        Exception.class,
        (e, ctx) -> {
          if (tooLarge(e)) {
            error(
                ctx,
                413,
                "upload too large (limit " + limits.maxUploadBytes() + " bytes)",
                "max-upload-bytes",
                limits.maxUploadBytes());
            return;
          }
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          error(ctx, 500, "internal error: " + e.getClass().getSimpleName(), null, 0);
        });
    javalin.error(
        404,
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().equals("Not Found")) {
            error(ctx, 404, "not found: " + ctx.path(), null, 0);
          }
        });
    javalin.error(405, ctx -> error(ctx, 405, "method not allowed", null, 0));
    return javalin;
  }

  private static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("exceeds max") || m.contains("too large") || m.contains("max file size")) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------------------- safety

  private void guard(Context ctx) throws Uploads.LimitExceeded {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    // same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on its own
    // form posts, which could then not be told from an opaque cross-site origin.
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header(
        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    if (!ctx.path().startsWith("/static/")) {
      ctx.header("Cache-Control", "no-store");
    }
    String host = ctx.header("Host");
    if (loopback && !loopbackHost(host)) {
      // A name that resolves to 127.0.0.1 (DNS rebinding) must not reach a loopback server.
      throw new Uploads.LimitExceeded(
          421, "host", 0, "this server answers only to 127.0.0.1, localhost or [::1]");
    }
    HandlerType method = ctx.method();
    if (method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS) {
      return;
    }
    String origin = ctx.header("Origin");
    if ("null".equals(origin)) {
      throw new Uploads.LimitExceeded(403, "origin", 0, "write from an opaque origin refused");
    }
    if (origin != null
        && host != null
        && !origin.equalsIgnoreCase("http://" + host)
        && !origin.equalsIgnoreCase("https://" + host)) {
      throw new Uploads.LimitExceeded(403, "origin", 0, "cross-origin write refused: " + origin);
    }
    if ("cross-site".equals(ctx.header("Sec-Fetch-Site"))) {
      throw new Uploads.LimitExceeded(403, "origin", 0, "cross-site write refused");
    }
    long length = ctx.req().getContentLengthLong();
    if (length > config.limits().maxUploadBytes()) {
      throw new Uploads.LimitExceeded(
          413,
          "max-upload-bytes",
          config.limits().maxUploadBytes(),
          "upload too large ("
              + length
              + " bytes > "
              + config.limits().maxUploadBytes()
              + " bytes limit)");
    }
    if (config.token() != null && !tokenMatches(ctx)) {
      throw new Uploads.LimitExceeded(
          401,
          "token",
          0,
          "this server needs a token for writes: send it as 'Authorization: Bearer TOKEN'"
              + " or the X-Dossier-Token header, or fill in the token field");
    }
  }

  /** Whether a Host header names the loopback interface (any port). */
  static boolean loopbackHost(String host) {
    if (host == null) {
      return false;
    }
    String name = host.strip().toLowerCase(Locale.ROOT);
    if (name.startsWith("[")) {
      int close = name.indexOf(']');
      return close > 0 && name.substring(1, close).equals("::1");
    }
    int colon = name.lastIndexOf(':');
    if (colon >= 0) {
      name = name.substring(0, colon);
    }
    return name.equals("127.0.0.1") || name.equals("localhost");
  }

  private boolean tokenMatches(Context ctx) {
    List<String> offered = new ArrayList<>();
    String auth = ctx.header("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      offered.add(auth.substring(7).strip());
    }
    offered.add(ctx.header("X-Dossier-Token"));
    String type = ctx.contentType();
    if (type != null && (type.startsWith("multipart/") || type.startsWith("application/x-www"))) {
      offered.add(ctx.formParam("token"));
    }
    byte[] want = config.token().getBytes(StandardCharsets.UTF_8);
    boolean ok = false;
    for (String o : offered) {
      if (o != null) {
        ok |= MessageDigest.isEqual(want, o.getBytes(StandardCharsets.UTF_8));
      }
    }
    return ok;
  }

  // -------------------------------------------------------------------------------- pages

  private void eventsPage(Context ctx) throws IOException {
    DossierStore.EventQuery q = eventQuery(ctx);
    html(ctx, pages.events(store.events(q), q, store.reportCount()));
  }

  private void eventPage(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    OptionalLong revision = store.eventRevision(id);
    PageCache.Page page = revision.isEmpty() ? null : renderings.page(id, revision.getAsLong());
    if (page == null) {
      Optional<DossierStore.EventPage> stored = store.eventPage(id);
      if (stored.isEmpty()) {
        error(ctx, 404, "no event " + id, null, 0);
        return;
      }
      page = render(stored.get());
      if (page == null) {
        error(ctx, 404, "no event " + id, null, 0);
        return;
      }
      renderings.putPage(id, stored.get().revision(), page);
    }
    send(ctx, page);
  }

  /** Sends a held page, gzip-compressed when the client accepts it. */
  private static void send(Context ctx, PageCache.Page page) {
    ctx.header("Content-Security-Policy", page.csp());
    ctx.header("Vary", "Accept-Encoding");
    ctx.contentType("text/html; charset=utf-8");
    if (acceptsGzip(ctx.header("Accept-Encoding"))) {
      // Set here, Javalin leaves the body as it is instead of compressing it again.
      ctx.header("Content-Encoding", "gzip").result(page.gzip());
    } else {
      ctx.result(page.html());
    }
  }

  /** Whether an Accept-Encoding header admits gzip (not refused with q=0). */
  static boolean acceptsGzip(String header) {
    if (header == null) {
      return false;
    }
    for (String part : header.split(",")) {
      String[] bits = part.strip().toLowerCase(Locale.ROOT).split(";");
      if (bits[0].strip().equals("gzip") || bits[0].strip().equals("*")) {
        for (int i = 1; i < bits.length; i++) {
          String q = bits[i].strip();
          if (q.startsWith("q=") && q.substring(2).strip().matches("0(\\.0*)?")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** The event's page: the pipeline's own when stored, else one made from its record. */
  private PageCache.Page render(DossierStore.EventPage stored) throws IOException {
    if (stored.page() != null) {
      Pages.Rendered rendered =
          Pages.pipelinePage(stored.id(), stored.page(), stored.reportTitles());
      return PageCache.Page.of(rendered.html(), rendered.csp());
    }
    Optional<DossierStore.EventEntry> event = store.event(stored.id());
    if (event.isEmpty()) {
      return null;
    }
    String html = pages.event(event.get(), parse(event.get().record()), stored.reportTitles());
    return PageCache.Page.of(html, CSP);
  }

  /** The evidence spans the event's record cites, by report, as of the event's revision. */
  private Map<String, List<Html.Mark>> evidence(String eventId) throws IOException {
    OptionalLong revision = store.eventRevision(eventId);
    if (revision.isEmpty()) {
      return Map.of();
    }
    Map<String, List<Html.Mark>> held = renderings.evidence(eventId, revision.getAsLong());
    if (held != null) {
      return held;
    }
    Optional<DossierStore.EventEntry> event = store.event(eventId);
    if (event.isEmpty()) {
      return Map.of();
    }
    JsonNode record = parse(event.get().record());
    Map<String, List<Html.Mark>> byReport = new HashMap<>();
    for (String report : event.get().reportIds()) {
      byReport.put(report, EventView.evidence(record, report));
    }
    // Keyed by the revision read before the record: if the event changed in between, the next
    // request sees a newer revision and finds the spans again.
    renderings.putEvidence(eventId, revision.getAsLong(), byReport);
    return byReport;
  }

  private void reportsPage(Context ctx) throws IOException {
    int limit = 100;
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    html(ctx, pages.reports(store.reports(limit, offset), store.reportCount(), offset, limit));
  }

  private void reportPage(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    OptionalLong revision = store.reportRevision(id);
    if (revision.isEmpty()) {
      error(ctx, 404, "no report " + id, null, 0);
      return;
    }
    // What the page is made from: the report's revision and its events with theirs, all read
    // before the content, so that a page is never held under a stamp newer than what it shows.
    List<String> events = store.eventsOf(id);
    List<Object> stamp = new ArrayList<>();
    stamp.add(revision.getAsLong());
    for (String e : events) {
      stamp.add(e);
      stamp.add(store.eventRevision(e).orElse(-1));
    }
    PageCache.Page page = renderings.reportPage(id, stamp);
    if (page == null) {
      Optional<DossierStore.StoredReport> report = store.report(id);
      if (report.isEmpty()) {
        error(ctx, 404, "no report " + id, null, 0);
        return;
      }
      List<Html.Mark> claims = new ArrayList<>();
      for (String e : events) {
        claims.addAll(evidence(e).getOrDefault(id, List.of()));
      }
      page =
          PageCache.Page.of(pages.report(report.get(), store.revisions(id), events, claims), CSP);
      renderings.putReportPage(id, List.copyOf(stamp), page);
    }
    send(ctx, page);
  }

  private void searchPage(Context ctx) throws IOException {
    String q = ctx.queryParam("q");
    html(ctx, pages.search(q, q == null ? List.of() : store.search(q, 50)));
  }

  private void jobPage(Context ctx) throws IOException {
    Optional<DossierStore.Job> job = store.job(ctx.pathParam("id"));
    if (job.isEmpty()) {
      error(ctx, 404, "no job " + ctx.pathParam("id"), null, 0);
      return;
    }
    html(ctx, pages.job(job.get()));
  }

  private void addForm(Context ctx) throws Exception {
    Uploads.Batch batch = batchOf(ctx);
    DossierStore.Job job = jobs.submit(batch);
    ctx.redirect("/jobs/" + Html.url(job.id()), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  // ---------------------------------------------------------------------------------- API

  private ObjectNode health() throws IOException {
    DossierStore.Counts c = store.counts();
    ObjectNode o = JSON.createObjectNode();
    o.put("status", "ok");
    o.put("reports", c.reports());
    o.put("revisions", c.revisions());
    o.put("events", c.events());
    return o;
  }

  private void apiReports(Context ctx) throws IOException {
    int limit = intParam(ctx, "limit", 100, 1, 1000);
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    ObjectNode o = JSON.createObjectNode();
    o.put("total", store.reportCount());
    o.put("limit", limit);
    o.put("offset", offset);
    ArrayNode list = o.putArray("reports");
    for (DossierStore.ReportSummary r : store.reports(limit, offset)) {
      list.addObject()
          .put("id", r.id())
          .put("title", r.title())
          .put("outlet", r.outlet())
          .put("url", r.url())
          .put("published", r.published())
          .put("revision", r.revision())
          .put("added_at", r.addedAt())
          .put("chars", r.chars());
    }
    json(ctx, o);
  }

  private void apiReport(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Optional<DossierStore.StoredReport> report = store.report(id);
    if (report.isEmpty()) {
      error(ctx, 404, "no report " + id, null, 0);
      return;
    }
    ObjectNode o = ArticleJson.toJson(report.get().article());
    o.put("revision", report.get().revision());
    o.put("added_at", report.get().addedAt());
    o.put("updated_at", report.get().updatedAt());
    ArrayNode events = o.putArray("events");
    store.eventsOf(id).forEach(events::add);
    ArrayNode revisions = o.putArray("revisions");
    for (DossierStore.Revision r : store.revisions(id)) {
      revisions
          .addObject()
          .put("number", r.number())
          .put("added_at", r.addedAt())
          .put("content_hash", r.contentHash())
          .put("chars", r.article().text().length());
    }
    json(ctx, o);
  }

  private void apiAddReports(Context ctx) throws Exception {
    Uploads.Batch batch = batchOf(ctx);
    DossierStore.Job job = jobs.submit(batch);
    boolean wait = "true".equals(ctx.queryParam("wait"));
    if (wait) {
      jobs.await(job.id(), 120_000);
      job = store.job(job.id()).orElse(job);
    }
    ctx.status(job.finished() ? 200 : 202);
    ctx.header("Location", "/api/jobs/" + job.id());
    json(ctx, jobJson(job));
  }

  private Uploads.Batch batchOf(Context ctx) throws Exception {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (type.startsWith("multipart/form-data")) {
      List<UploadedFile> files = ctx.uploadedFiles("files");
      List<Uploads.Upload> list = new ArrayList<>();
      for (UploadedFile f : files) {
        if (f.filename() != null && !f.filename().isBlank()) {
          list.add(new Uploads.Upload(f.filename(), f.content()));
        }
      }
      if (list.size() > config.limits().maxFiles()) {
        throw new Uploads.LimitExceeded(
            413,
            "max-files",
            config.limits().maxFiles(),
            "too many files in one upload ("
                + list.size()
                + " > "
                + config.limits().maxFiles()
                + ")");
      }
      if (!list.isEmpty()) {
        return uploads.fromFiles(list);
      }
      return uploads.fromText(
          ctx.formParam("text"),
          ctx.formParam("title"),
          ctx.formParam("url"),
          ctx.formParam("outlet"),
          ctx.formParam("published"));
    }
    byte[] body = ctx.bodyAsBytes();
    if (type.startsWith("application/x-ndjson")
        || type.startsWith("application/jsonl")
        || type.startsWith("application/x-jsonlines")) {
      return uploads.fromJsonLines(body);
    }
    if (type.startsWith("application/json")) {
      return uploads.fromJson(body);
    }
    if (type.startsWith("text/plain")) {
      return uploads.fromText(
          new String(body, StandardCharsets.UTF_8),
          ctx.queryParam("title"),
          ctx.queryParam("url"),
          ctx.queryParam("outlet"),
          ctx.queryParam("published"));
    }
    throw new Uploads.LimitExceeded(
        415,
        "content-type",
        0,
        "send application/json (one report or an array), application/x-ndjson (JSON lines),"
            + " text/plain or multipart/form-data files");
  }

  private void apiEvents(Context ctx) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    ArrayNode list = o.putArray("events");
    for (DossierStore.EventSummary e : store.events(eventQuery(ctx))) {
      ObjectNode item = list.addObject();
      item.put("id", e.id());
      item.put("title", e.title());
      item.put("place", e.place());
      ArrayNode actors = item.putArray("actors");
      e.actors().forEach(actors::add);
      item.put("first_date", e.firstDate());
      item.put("last_date", e.lastDate());
      item.put("reports", e.reportCount());
      item.put("independent_sources", e.sourceCount());
      item.put("updated_at", e.updatedAt());
    }
    json(ctx, o);
  }

  private void apiEvent(Context ctx) throws IOException {
    Optional<DossierStore.EventEntry> event = store.event(ctx.pathParam("id"));
    if (event.isEmpty()) {
      error(ctx, 404, "no event " + ctx.pathParam("id"), null, 0);
      return;
    }
    ctx.contentType("application/json; charset=utf-8").result(event.get().record());
  }

  private void apiSearch(Context ctx) throws IOException {
    String q = ctx.queryParam("q");
    int limit = intParam(ctx, "limit", 20, 1, 200);
    ObjectNode o = JSON.createObjectNode();
    o.put("query", q);
    ArrayNode hits = o.putArray("hits");
    for (DossierStore.SearchHit h :
        q == null ? List.<DossierStore.SearchHit>of() : store.search(q, limit)) {
      ObjectNode item = hits.addObject();
      item.put("id", h.id());
      item.put("title", h.title());
      item.put("outlet", h.outlet());
      item.put("published", h.published());
      item.put("snippet", h.snippet());
      ArrayNode marks = item.putArray("marks");
      for (int[] m : h.marks()) {
        marks.addObject().put("start", m[0]).put("end", m[1]);
      }
      item.put("rank", h.rank());
    }
    json(ctx, o);
  }

  private void apiJob(Context ctx) throws IOException {
    Optional<DossierStore.Job> job = store.job(ctx.pathParam("id"));
    if (job.isEmpty()) {
      error(ctx, 404, "no job " + ctx.pathParam("id"), null, 0);
      return;
    }
    json(ctx, jobJson(job.get()));
  }

  static ObjectNode jobJson(DossierStore.Job j) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", j.id());
    o.put("label", j.label());
    o.put("state", j.state());
    o.put("phase", j.phase());
    o.put("finished", j.finished());
    o.put("total", j.total());
    o.put("done", j.done());
    o.put("added", j.added());
    o.put("revised", j.revised());
    o.put("duplicates", j.duplicates());
    o.put("rejected", j.rejected());
    o.put("message", j.message());
    o.put("status", Pages.status(j));
    ArrayNode rej = o.putArray("rejections");
    for (Rejection r : j.rejections()) {
      rej.addObject().put("source", r.source()).put("reason", r.reason());
    }
    o.put("created_at", j.createdAt());
    o.put("updated_at", j.updatedAt());
    return o;
  }

  // ------------------------------------------------------------------------------ plumbing

  private static DossierStore.EventQuery eventQuery(Context ctx) {
    return new DossierStore.EventQuery(
        ctx.queryParam("q"),
        ctx.queryParam("place"),
        ctx.queryParam("actor"),
        isoDay(ctx.queryParam("from")),
        isoDay(ctx.queryParam("to")),
        intParam(ctx, "limit", 200, 1, 1000),
        intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE));
  }

  private static String isoDay(String s) {
    return s != null && s.matches("\\d{4}-\\d{2}-\\d{2}") ? s : null;
  }

  private static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return fallback;
    }
    try {
      return Math.max(min, Math.min(max, Integer.parseInt(v.strip())));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return JSON.createObjectNode();
    }
  }

  private static void html(Context ctx, String page) {
    ctx.contentType("text/html; charset=utf-8").result(page);
  }

  private static void json(Context ctx, JsonNode node) {
    ctx.contentType("application/json; charset=utf-8").result(node.toString());
  }

  private void error(Context ctx, int status, String message, String limit, long max) {
    ctx.status(status);
    boolean api =
        ctx.path().startsWith("/api/")
            || String.valueOf(ctx.header("Accept")).contains("application/json");
    if (api) {
      ObjectNode o = JSON.createObjectNode();
      o.put("error", message);
      o.put("status", status);
      if (limit != null) {
        o.put("limit", limit);
        if (max > 0) {
          o.put("max", max);
        }
      }
      json(ctx, o);
    } else {
      html(ctx, pages.error(status, message));
    }
  }
}
