package dossier.app;

import dossier.claim.ClaimExtractor;
import dossier.io.DossierJson;
import dossier.io.ReportHtml;
import dossier.model.Article;
import dossier.model.ClaimSet;
import dossier.model.Dossier;
import dossier.model.Event;
import dossier.model.EventMembership;
import dossier.model.EventRecord;
import dossier.model.ReuseGraph;
import dossier.model.ReuseLink;
import dossier.model.SourceFamily;
import dossier.pipeline.Pipeline;
import dossier.reuse.ReuseDetector;
import dossier.store.DossierStore;
import dossier.web.EventAnalysis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PipelineAnalysis updates the store's events with the analysis {@link Pipeline} (reuse, claims,
 * events, reconcile), incrementally: for the new and revised reports it finds the events they may
 * touch (the events they are in, and the events of the stored reports that share the most
 * distinctive words with them, by full-text search), runs the pipeline over those reports only, in
 * the store's order, and returns the events the changed reports are in or whose membership changed,
 * which keep the ids of the events they continue. An event that was only a candidate (same reports
 * before and after, none of them changed) keeps its stored row; events elsewhere are not looked at.
 * Each event is stored with its record in the shape of {@code dossier.json} restricted to that
 * event and its page as {@link ReportHtml} renders {@code report.html} for that event alone.
 * Thread-safe.
 */
final class PipelineAnalysis implements EventAnalysis {

  /**
   * @param similarReports how many of the best-matching stored reports are looked at per changed
   *     report
   * @param words how many distinctive words of a changed report the search uses
   */
  record Config(int similarReports, int words) {
    Config {
      if (similarReports < 0 || words < 1) {
        throw new IllegalArgumentException("similarReports must be >= 0 and words >= 1");
      }
    }

    static Config defaults() {
      return new Config(25, 30);
    }
  }

  private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]{3,}");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]{3,}");

  /** How many reports' claims are kept between batches. */
  private static final int KEPT_CLAIMS = 5000;

  private final Config config;
  private final Pipeline pipeline = new Pipeline(Pipeline.Config.defaults());
  private final ReuseDetector reuseDetector = new ReuseDetector(Pipeline.Config.defaults().reuse());
  private final ClaimExtractor claimExtractor =
      new ClaimExtractor(Pipeline.Config.defaults().claims());

  /**
   * The claims of reports analysed before, with the article they were extracted from: a report's
   * claims depend on that article alone, so a report that comes back unchanged (in the event a new
   * report joins) is not read again.
   */
  private final Map<String, Map.Entry<Article, ClaimSet>> claimsKept = new ConcurrentHashMap<>();

  PipelineAnalysis(Config config) {
    this.config = config;
  }

  PipelineAnalysis() {
    this(Config.defaults());
  }

  @Override
  public Update update(List<String> changedReports, DossierStore store) throws IOException {
    Set<String> changed = Set.copyOf(changedReports);
    Set<String> scope = new LinkedHashSet<>(changedReports);
    Set<String> touched = new LinkedHashSet<>();
    for (String id : changedReports) {
      touched.addAll(store.eventsOf(id));
      DossierStore.StoredReport report = store.report(id).orElse(null);
      if (report == null) {
        continue;
      }
      for (String similar : store.similar(words(report.article()), config.similarReports())) {
        scope.add(similar);
        touched.addAll(store.eventsOf(similar));
      }
    }
    Map<String, Set<String>> before = new LinkedHashMap<>();
    for (String event : touched) {
      Set<String> members = new LinkedHashSet<>(store.reportsOf(event));
      before.put(event, members);
      scope.addAll(members);
    }
    List<DossierStore.StoredReport> reports = new ArrayList<>();
    for (String id : scope) {
      store.report(id).ifPresent(reports::add);
    }
    // The order of the store (when added, then id), as a batch run over all stored reports sees
    // them: where the stages break ties by input order, an event comes out as it would there.
    reports.sort(
        Comparator.comparing(DossierStore.StoredReport::addedAt)
            .thenComparing(r -> r.article().id()));
    List<Article> articles = reports.stream().map(DossierStore.StoredReport::article).toList();
    if (articles.isEmpty()) {
      return Update.nothing();
    }
    Dossier dossier = analyse(articles);
    Set<String> taken = new LinkedHashSet<>(store.eventIds());
    taken.removeAll(before.keySet());
    Set<String> kept = new LinkedHashSet<>();
    Map<String, Event> events = new HashMap<>();
    dossier.events().forEach(e -> events.put(e.id(), e));
    List<DossierStore.EventEntry> put = new ArrayList<>();
    for (EventRecord r : dossier.records()) {
      String id = continued(r.reports(), before, kept);
      if (id == null) {
        id = freshId(r.reports().get(0), taken);
      }
      kept.add(id);
      taken.add(id);
      Set<String> members = new LinkedHashSet<>(r.reports());
      boolean reshaped =
          !members.equals(before.get(id)) || members.stream().anyMatch(changed::contains);
      if (!reshaped) {
        // An event the changed reports neither joined nor reshaped was looked at only as a
        // candidate: it keeps its stored record, and is not rewritten.
        continue;
      }
      Event event = events.get(r.id());
      put.add(entry(dossier, withId(r, id), event == null ? null : withId(event, id)));
    }
    Set<String> remove = new LinkedHashSet<>(before.keySet());
    remove.removeAll(kept);
    return new Update(put, remove);
  }

  /**
   * The pipeline's stages over {@code input}, as {@link Pipeline#run} runs them, with the claims of
   * reports seen unchanged before taken from {@link #claimsKept}.
   */
  private Dossier analyse(List<Article> input) {
    ReuseGraph reuse = reuseDetector.detect(input);
    List<Article> articles = Pipeline.inheritFamilyDates(input, reuse);
    Map<String, ClaimSet> claims = new ConcurrentHashMap<>();
    articles.parallelStream().forEach(a -> claims.put(a.id(), claimsOf(a)));
    return pipeline.finish(articles, reuse, claims, Pipeline.Listener.none());
  }

  private ClaimSet claimsOf(Article article) {
    Map.Entry<Article, ClaimSet> kept = claimsKept.get(article.id());
    if (kept != null && kept.getKey().equals(article)) {
      return kept.getValue();
    }
    ClaimSet claims = claimExtractor.extract(article);
    if (claimsKept.size() >= KEPT_CLAIMS) {
      claimsKept.clear();
    }
    claimsKept.put(article.id(), Map.entry(article, claims));
    return claims;
  }

  /** The id of the touched event that shares most reports with {@code reports}, unless taken. */
  private static String continued(
      List<String> reports, Map<String, Set<String>> before, Set<String> kept) {
    String best = null;
    int most = 0;
    for (Map.Entry<String, Set<String>> e : before.entrySet()) {
      if (kept.contains(e.getKey())) {
        continue;
      }
      int shared = 0;
      for (String r : reports) {
        if (e.getValue().contains(r)) {
          shared++;
        }
      }
      if (shared > most) {
        most = shared;
        best = e.getKey();
      }
    }
    return best;
  }

  /** A new event id, from the report that founded the event, unique in the store. */
  private static String freshId(String founder, Set<String> taken) {
    String base;
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(founder.getBytes(StandardCharsets.UTF_8));
      base = "ev-" + HexFormat.of().formatHex(digest, 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    String id = base;
    for (int n = 2; taken.contains(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /** The title's words and the names near the top: what a report about the same event repeats. */
  static List<String> words(Article a) {
    Set<String> out = new LinkedHashSet<>();
    if (a.title() != null) {
      Matcher m = WORD.matcher(a.title());
      while (m.find()) {
        out.add(m.group().toLowerCase(Locale.ROOT));
      }
    }
    String top = a.text().substring(0, Math.min(a.text().length(), 3000));
    Matcher m = NAME.matcher(top);
    while (m.find() && out.size() < 60) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out.stream().limit(30).toList();
  }

  private static Event withId(Event e, String id) {
    List<EventMembership> members = new ArrayList<>();
    for (EventMembership m : e.members()) {
      members.add(m.movedTo(id, m.basis()));
    }
    return new Event(id, members, e.firstPublished(), e.lastPublished(), e.entities());
  }

  private static EventRecord withId(EventRecord r, String id) {
    return new EventRecord(
        id,
        r.reports(),
        r.sources(),
        r.dateStart(),
        r.dateEnd(),
        r.datePrecision(),
        r.places(),
        r.sideA(),
        r.sideB(),
        r.facts(),
        r.quotes(),
        r.estimates(),
        r.total(),
        r.acledFatalities(),
        r.acledBasis(),
        r.contradictions());
  }

  /** The entry of one event: the dossier cut down to its reports, as JSON and as a page. */
  static DossierStore.EventEntry entry(Dossier dossier, EventRecord r, Event event) {
    Set<String> ids = new LinkedHashSet<>(r.reports());
    List<Article> articles = dossier.articles().stream().filter(a -> ids.contains(a.id())).toList();
    List<ReuseLink> links =
        dossier.reuse().links().stream()
            .filter(l -> ids.contains(l.a()) && ids.contains(l.b()))
            .toList();
    List<SourceFamily> families =
        dossier.reuse().families().stream().filter(f -> ids.contains(f.origin())).toList();
    Map<String, ClaimSet> claims = new LinkedHashMap<>();
    for (String id : ids) {
      ClaimSet set = dossier.claims().get(id);
      if (set != null) {
        claims.put(id, set);
      }
    }
    Dossier one =
        new Dossier(
            articles,
            new ReuseGraph(links, families),
            claims,
            event == null ? List.of() : List.of(event),
            List.of(r));
    String title =
        articles.stream()
            .filter(a -> a.title() != null)
            .min(
                Comparator.comparing(
                    (Article a) -> a.published() == null ? LocalDate.MAX : a.published().date()))
            .map(Article::title)
            .orElse("Event " + r.id());
    EventRecord.Location place = r.places().isEmpty() ? null : r.places().get(0);
    String placeName =
        place == null ? null : place.name() + (place.region() == null ? "" : ", " + place.region());
    List<String> actors = new ArrayList<>(r.sideA());
    actors.addAll(r.sideB());
    return new DossierStore.EventEntry(
        r.id(),
        title,
        placeName,
        actors,
        r.dateStart() == null ? null : r.dateStart().toString(),
        r.dateEnd() == null ? null : r.dateEnd().toString(),
        List.copyOf(ids),
        r.sources().size(),
        DossierJson.toJson(one, List.of()).toString(),
        ReportHtml.write(one, title));
  }
}
