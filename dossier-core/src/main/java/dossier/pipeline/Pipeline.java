package dossier.pipeline;

import dossier.claim.ClaimExtractor;
import dossier.event.EventClusterer;
import dossier.model.Article;
import dossier.model.ClaimSet;
import dossier.model.Dossier;
import dossier.model.Event;
import dossier.model.EventRecord;
import dossier.model.Published;
import dossier.model.ReuseGraph;
import dossier.model.SourceFamily;
import dossier.reconcile.ClaimReconciler;
import dossier.reuse.ReuseDetector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A Pipeline runs Dossier's stages over clean articles, in this order: reuse (copies and wire
 * families), dates (a copy without a date takes its family's), claims, events (with the places and
 * actors the claims name as shared entities, and each wire family entering together), reconcile.
 * Thread-safe; stages are built once per pipeline.
 */
public final class Pipeline {

  /** The settings of every stage. */
  public record Config(
      ReuseDetector.Config reuse,
      ClaimExtractor.Config claims,
      EventClusterer.Config events,
      ClaimReconciler.Config reconcile) {
    public static Config defaults() {
      return new Config(
          ReuseDetector.Config.defaults(),
          ClaimExtractor.Config.defaults(),
          EventClusterer.Config.defaults(),
          ClaimReconciler.Config.defaults());
    }
  }

  private final Config config;
  private final ReuseDetector reuseDetector;
  private final ClaimExtractor claimExtractor;
  private final ClaimReconciler reconciler;

  public Pipeline(Config config) {
    this.config = config;
    this.reuseDetector = new ReuseDetector(config.reuse());
    this.claimExtractor = new ClaimExtractor(config.claims());
    this.reconciler = new ClaimReconciler(config.reconcile());
  }

  /** Runs every stage; {@code stage} hears the name of each stage as it starts. */
  public Dossier run(List<Article> input, Consumer<String> stage) {
    stage.accept("reuse");
    ReuseGraph reuse = reuseDetector.detect(input);
    List<Article> articles = inheritFamilyDates(input, reuse);
    stage.accept("claims");
    Map<String, ClaimSet> claims = claimExtractor.extractAll(articles);
    stage.accept("events");
    EventClusterer clusterer =
        new EventClusterer(config.events().withEntities(a -> entities(claims.get(a.id()))));
    List<Event> events = clusterer.cluster(articles, families(reuse));
    stage.accept("reconcile");
    Map<String, Article> byId = new LinkedHashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    List<EventRecord> records = reconciler.reconcile(events, byId, claims, reuse);
    return new Dossier(articles, reuse, claims, events, records);
  }

  /** Runs every stage. */
  public Dossier run(List<Article> input) {
    return run(input, s -> {});
  }

  private static Set<String> entities(ClaimSet claims) {
    Set<String> out = new TreeSet<>();
    if (claims != null) {
      claims.places().stream().filter(p -> !p.dateline()).forEach(p -> out.add("place:" + p.key()));
      claims.actors().forEach(a -> out.add("actor:" + a.actor()));
    }
    return out;
  }

  private static Map<String, String> families(ReuseGraph reuse) {
    Map<String, String> out = new HashMap<>();
    for (SourceFamily f : reuse.families()) {
      for (String id : f.articles()) {
        out.put(id, f.id());
      }
    }
    return out;
  }

  /** A copy without a date is dated by its family: the origin's date, else a dated member's. */
  static List<Article> inheritFamilyDates(List<Article> articles, ReuseGraph reuse) {
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    List<Article> out = new ArrayList<>(articles.size());
    for (Article a : articles) {
      if (a.published() != null) {
        out.add(a);
        continue;
      }
      Published inherited =
          reuse
              .familyOf(a.id())
              .flatMap(
                  f ->
                      f.articles().stream()
                          .map(byId::get)
                          .filter(m -> m != null && m.published() != null)
                          .findFirst())
              .map(m -> new Published(m.published().value(), "family:" + m.id()))
              .orElse(null);
      out.add(inherited == null ? a : a.withPublished(inherited));
    }
    return out;
  }
}
