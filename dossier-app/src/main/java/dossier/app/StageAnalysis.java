package dossier.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.claim.ClaimExtractor;
import dossier.event.EventClusterer;
import dossier.model.ActorMention;
import dossier.model.AlignedSentence;
import dossier.model.Article;
import dossier.model.CasualtyClaim;
import dossier.model.ClaimSet;
import dossier.model.Claimant;
import dossier.model.Drift;
import dossier.model.Event;
import dossier.model.EventMembership;
import dossier.model.PlaceMention;
import dossier.model.Quote;
import dossier.model.ReuseGraph;
import dossier.model.ReuseLink;
import dossier.model.SourceFamily;
import dossier.model.Span;
import dossier.reuse.ReuseDetector;
import dossier.store.DossierStore;
import dossier.web.EventAnalysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A StageAnalysis makes the store's events from the stages on their own: reuse detection (pairs,
 * families, drift), event clustering fed with the families, and claim extraction, with one record
 * per event holding its reports, families, pairs with aligned sentences and drift, and claims with
 * their evidence spans. Claims are extracted once per report text and cached; reuse and events are
 * recomputed over all reports, and the store rewrites only the events whose record changed.
 * Thread-safe.
 */
final class StageAnalysis implements EventAnalysis {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ReuseDetector reuse = new ReuseDetector(ReuseDetector.Config.defaults());
  private final EventClusterer events = new EventClusterer(EventClusterer.Config.defaults());
  private final ClaimExtractor claims = new ClaimExtractor(ClaimExtractor.Config.defaults());
  private final Map<String, ClaimSet> claimCache = new ConcurrentHashMap<>();

  @Override
  public List<DossierStore.EventEntry> analyze(List<Article> reports) {
    if (reports.isEmpty()) {
      return List.of();
    }
    ReuseGraph graph = reuse.detect(reports);
    Map<String, String> familyOf = new HashMap<>();
    for (SourceFamily f : graph.families()) {
      for (String id : f.articles()) {
        familyOf.put(id, f.id());
      }
    }
    List<Event> found = events.cluster(reports, familyOf);
    Map<String, Article> byId = new LinkedHashMap<>();
    reports.forEach(a -> byId.put(a.id(), a));
    List<DossierStore.EventEntry> out = new ArrayList<>();
    for (Event e : found) {
      out.add(entry(e, byId, graph, familyOf));
    }
    return out;
  }

  private ClaimSet claimsOf(Article a) {
    String key = a.id() + "\u0000" + a.text().hashCode() + "\u0000" + a.text().length();
    return claimCache.computeIfAbsent(key, k -> claims.extract(a));
  }

  private DossierStore.EventEntry entry(
      Event e, Map<String, Article> byId, ReuseGraph graph, Map<String, String> familyOf) {
    List<String> ids = e.articleIds();
    Set<String> members = new LinkedHashSet<>(ids);
    ObjectNode record = JSON.createObjectNode();
    record.put("id", e.id());
    Article first = byId.get(ids.get(0));
    String title = first.title();
    record.put("title", title);
    record.put(
        "first_published", e.firstPublished() == null ? null : e.firstPublished().toString());
    record.put("last_published", e.lastPublished() == null ? null : e.lastPublished().toString());
    ArrayNode entities = record.putArray("entities");
    e.entities().forEach(entities::add);

    Map<String, Integer> placeVotes = new LinkedHashMap<>();
    Map<String, Integer> actorVotes = new LinkedHashMap<>();
    ArrayNode claimsNode = record.putArray("claims");
    ArrayNode quotesNode = record.putArray("quotes");
    for (String id : ids) {
      Article a = byId.get(id);
      ClaimSet set = claimsOf(a);
      for (CasualtyClaim c : set.casualties()) {
        ObjectNode o = claimsNode.addObject();
        o.put("report", id);
        o.put("family", familyOf.getOrDefault(id, id));
        o.put("kind", c.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        o.put("figure", c.figure().text());
        o.put("low", c.figure().low());
        if (c.figure().high() != null) {
          o.put("high", c.figure().high());
        }
        o.put("victims", c.victims());
        claimant(o, c.claimant());
        o.put("admission", c.admission());
        evidence(o, c.span(), a);
      }
      for (Quote q : set.quotes()) {
        ObjectNode o = quotesNode.addObject();
        o.put("report", id);
        o.put("kind", "quote");
        o.put("speaker", q.speaker() == null ? null : q.speaker().name());
        evidence(o, q.span(), a);
      }
      for (PlaceMention p : set.places()) {
        if (!p.dateline()) {
          placeVotes.merge(p.name(), 1, Integer::sum);
        }
      }
      for (ActorMention m : set.actors()) {
        actorVotes.merge(m.actor(), 1, Integer::sum);
      }
    }
    String place = top(placeVotes, 1).stream().findFirst().orElse(null);
    List<String> actors = top(actorVotes, 4);
    record.put("place", place);
    ArrayNode actorsNode = record.putArray("actors");
    actors.forEach(actorsNode::add);

    ArrayNode reportsNode = record.putArray("reports");
    for (EventMembership m : e.members()) {
      Article a = byId.get(m.articleId());
      ObjectNode o = reportsNode.addObject();
      o.put("id", a.id());
      o.put("title", a.title());
      o.put("outlet", a.outlet());
      o.put("published", a.published() == null ? null : a.published().value());
      o.put("family", familyOf.getOrDefault(a.id(), a.id()));
      o.put("basis", m.basis().name().toLowerCase(Locale.ROOT));
      o.put("score", round(m.score()));
      ArrayNode shared = o.putArray("shared_entities");
      m.sharedEntities().forEach(shared::add);
    }

    Set<String> sources = new LinkedHashSet<>();
    ArrayNode familiesNode = record.putArray("families");
    for (String id : ids) {
      sources.add(familyOf.getOrDefault(id, id));
    }
    for (SourceFamily f : graph.families()) {
      if (!members.contains(f.origin())) {
        continue;
      }
      ObjectNode o = familiesNode.addObject();
      o.put("id", f.id());
      o.put("origin", f.origin());
      ArrayNode ms = o.putArray("members");
      ms.addObject().put("article", f.origin()).put("relation", "origin");
      for (SourceFamily.Member m : f.members()) {
        ms.addObject().put("article", m.article()).put("relation", m.relation().label());
      }
    }
    record.put("independent_sources", sources.size());

    ArrayNode pairs = record.putArray("pairs");
    for (ReuseLink l : graph.links()) {
      if (!members.contains(l.a()) || !members.contains(l.b()) || !l.relation().isCopy()) {
        continue;
      }
      Article a = byId.get(l.a());
      Article b = byId.get(l.b());
      ObjectNode o = pairs.addObject();
      o.put("a", l.a());
      o.put("b", l.b());
      o.put("relation", l.relation().label());
      o.put("score", round(l.score()));
      ArrayNode aligned = o.putArray("aligned");
      for (AlignedSentence s : l.aligned()) {
        ObjectNode x = aligned.addObject();
        x.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
        x.set("a", span(s.a(), a));
        x.set("b", span(s.b(), b));
      }
      ArrayNode drift = o.putArray("drift");
      for (Drift d : l.drift()) {
        ObjectNode x = drift.addObject();
        x.put("kind", d.kind().label());
        x.put("changes_meaning", d.changesMeaning());
        x.put("text_a", d.textA());
        x.put("text_b", d.textB());
        x.set("span_a", span(d.spanA(), a));
        x.set("span_b", span(d.spanB(), b));
      }
    }
    return new DossierStore.EventEntry(
        e.id(),
        title,
        place,
        actors,
        e.firstPublished() == null ? null : e.firstPublished().toString(),
        e.lastPublished() == null ? null : e.lastPublished().toString(),
        ids,
        sources.size(),
        record.toString());
  }

  private static void claimant(ObjectNode o, Claimant c) {
    if (c == null) {
      o.putNull("claimant");
      return;
    }
    o.put("claimant", c.name());
    o.put("claimant_affiliation", c.affiliation());
    o.put("claimant_standing", c.standing().name().toLowerCase(Locale.ROOT));
  }

  private static void evidence(ObjectNode o, Span span, Article a) {
    o.put("start", span.start());
    o.put("end", span.end());
    o.put("text", span.end() <= a.text().length() ? span.of(a.text()) : "");
  }

  private static ObjectNode span(Span s, Article a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("start", s.start());
    o.put("end", s.end());
    o.put("text", s.end() <= a.text().length() ? s.of(a.text()) : "");
    return o;
  }

  private static List<String> top(Map<String, Integer> votes, int n) {
    return votes.entrySet().stream()
        .sorted((x, y) -> y.getValue() - x.getValue())
        .limit(n)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
