package dossier.app;

import dossier.io.DossierJson;
import dossier.io.ReportHtml;
import dossier.model.Article;
import dossier.model.ClaimSet;
import dossier.model.Dossier;
import dossier.model.Event;
import dossier.model.EventRecord;
import dossier.model.ReuseGraph;
import dossier.model.ReuseLink;
import dossier.model.SourceFamily;
import dossier.pipeline.Pipeline;
import dossier.store.DossierStore;
import dossier.web.EventAnalysis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A PipelineAnalysis makes the store's events with the analysis {@link Pipeline} (reuse, claims,
 * events, reconcile). Each event is stored with its record in the shape of {@code dossier.json}
 * restricted to that event (its reports, pairs, families, claims, event and reconciled record) and
 * its page as {@link ReportHtml} renders {@code report.html} for that event alone. Thread-safe.
 */
final class PipelineAnalysis implements EventAnalysis {

  private final Pipeline pipeline = new Pipeline(Pipeline.Config.defaults());

  @Override
  public List<DossierStore.EventEntry> analyze(List<Article> reports) {
    if (reports.isEmpty()) {
      return List.of();
    }
    Dossier dossier = pipeline.run(reports);
    Map<String, Event> events = new HashMap<>();
    dossier.events().forEach(e -> events.put(e.id(), e));
    List<DossierStore.EventEntry> out = new ArrayList<>();
    for (EventRecord r : dossier.records()) {
      out.add(entry(dossier, r, events.get(r.id())));
    }
    return out;
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
