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
import dossier.text.MiniLmEmbedder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A Pipeline runs Dossier's stages over clean articles, in this order: reuse (copies and wire
 * families), dates (a copy without a date takes its family's), claims, events (with the places and
 * actors the claims name as shared entities, and each wire family entering together), reconcile.
 * Thread-safe; stages are built once per pipeline, and building one starts loading the claim
 * stage's models and the sentence encoder in the background.
 */
public final class Pipeline {

  /** The settings of every stage. */
  public record Config(
      ReuseDetector.Config reuse,
      ClaimExtractor.Config claims,
      EventClusterer.Config events,
      ClaimReconciler.Config reconcile)
      implements Serializable {
    public static Config defaults() {
      return new Config(
          ReuseDetector.Config.defaults(),
          ClaimExtractor.Config.defaults(),
          EventClusterer.Config.defaults(),
          ClaimReconciler.Config.defaults());
    }

    /**
     * The default settings without sentence embeddings, for corpora where they cost too much: reuse
     * aligns on words alone, and events group on {@link EventClusterer.Config#lexical()}.
     */
    public static Config lexical() {
      Config d = defaults();
      return new Config(
          d.reuse().withoutEmbeddings(),
          d.claims(),
          EventClusterer.Config.lexical(),
          d.reconcile());
    }
  }

  private static final Article WARM_UP =
      Article.of(
          "warm-up", "The army said on Monday that at least two soldiers were killed in Kidal.");

  private final Config config;
  private final ReuseDetector reuseDetector;
  private final ClaimExtractor claimExtractor;
  private final ClaimReconciler reconciler;
  private final CompletableFuture<ClaimSet> warmUp;
  private final CompletableFuture<Void> encoderWarmUp;

  public Pipeline(Config config) {
    this.config = config;
    this.reuseDetector = new ReuseDetector(config.reuse());
    this.claimExtractor = new ClaimExtractor(config.claims());
    this.reconciler = new ClaimReconciler(config.reconcile());
    // The claim stage's models (OpenNLP, gazetteer) and the sentence encoder that reuse and events
    // share load on other threads while the caller reads its inputs.
    this.warmUp = CompletableFuture.supplyAsync(() -> claimExtractor.extract(WARM_UP));
    this.encoderWarmUp =
        config.reuse().useEmbeddings() || config.events().semanticWeight() > 0
            ? CompletableFuture.runAsync(
                () -> MiniLmEmbedder.INSTANCE.embed(List.of(WARM_UP.text())))
            : CompletableFuture.completedFuture(null);
  }

  /**
   * A Listener hears a pipeline's progress: each stage as it starts, with the number of items it
   * will work through, and each item done. Called from worker threads; implementations must be
   * thread-safe.
   */
  public interface Listener {
    void stage(String name, int items);

    void item();

    /** A listener that ignores everything. */
    static Listener none() {
      return new Listener() {
        @Override
        public void stage(String name, int items) {}

        @Override
        public void item() {}
      };
    }
  }

  /** Runs every stage, telling {@code listener} how far it got. */
  public Dossier run(List<Article> input, Listener listener) {
    listener.stage("reuse", 1);
    encoderWarmUp.join();
    ReuseGraph reuse = reuseDetector.detect(input);
    listener.item();
    List<Article> articles = inheritFamilyDates(input, reuse);
    listener.stage("claims", articles.size());
    warmUp.join();
    Map<String, ClaimSet> claims = new ConcurrentHashMap<>();
    articles.parallelStream()
        .forEach(
            a -> {
              claims.put(a.id(), claimExtractor.extract(a));
              listener.item();
            });
    return finish(articles, reuse, claims, listener);
  }

  /**
   * The stages after reuse and claims: events, then reconcile. For engines that find the reuse
   * graph and each article's claims elsewhere (the Spark job); {@code articles} are dated as by
   * {@link #inheritFamilyDates}.
   */
  public Dossier finish(
      List<Article> articles, ReuseGraph reuse, Map<String, ClaimSet> claims, Listener listener) {
    listener.stage("events", articles.size());
    List<Event> events = events(config.events(), articles, reuse, claims);
    listener.stage("reconcile", events.size());
    Map<String, Article> byId = new LinkedHashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    List<EventRecord> records = reconciler.reconcile(events, byId, claims, reuse);
    return new Dossier(articles, reuse, claims, events, records);
  }

  /**
   * The events stage alone: {@code articles} (dated as by {@link #inheritFamilyDates}) grouped into
   * events, the names the clusterer finds itself and the places and actors of {@code claims} both
   * counting as shared entities, each wire family of {@code reuse} entering together. For engines
   * that group a share of the reports at a time (the Spark job's time windows).
   */
  public static List<Event> events(
      EventClusterer.Config config,
      List<Article> articles,
      ReuseGraph reuse,
      Map<String, ClaimSet> claims) {
    return eventClusterer(config, claims).cluster(articles, families(reuse));
  }

  /**
   * The events of reports whose evidence {@link #eventClusterer} made (each report's once, however
   * many groupings it enters): the same events {@link #events(EventClusterer.Config, List,
   * ReuseGraph, Map)} gives for the reports themselves. Empties {@code evidence} as it goes,
   * reading each entry's evidence only when its report enters (see {@link
   * EventClusterer#clusterEvidence}).
   */
  public static List<Event> events(
      EventClusterer.Config config,
      List<? extends EventClusterer.Entry> evidence,
      ReuseGraph reuse) {
    return new EventClusterer(config).clusterEvidence(evidence, families(reuse));
  }

  /**
   * The clusterer of the events stage: names the clusterer finds itself, and the places and actors
   * the claims stage resolved for each report in {@code claims} (with spelling variants merged),
   * are both shared-entity evidence.
   */
  public static EventClusterer eventClusterer(
      EventClusterer.Config config, Map<String, ClaimSet> claims) {
    Function<Article, Set<String>> names = config.entities();
    return new EventClusterer(
        config.withEntities(
            a -> {
              Set<String> keys = new TreeSet<>(names.apply(a));
              keys.addAll(entities(claims.get(a.id())));
              return keys;
            }));
  }

  /** Runs every stage. */
  public Dossier run(List<Article> input) {
    return run(input, Listener.none());
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

  /**
   * Each report without a date takes the date of the earliest-dated member of its wire family (a
   * copy is published no earlier than its origin); {@code published_from} names that member.
   */
  public static List<Article> inheritFamilyDates(List<Article> articles, ReuseGraph reuse) {
    Map<String, Published> published = new HashMap<>();
    articles.forEach(a -> published.put(a.id(), a.published()));
    // A report takes its date from the first family holding it, as ReuseGraph.familyOf finds it.
    Map<String, Published> inherited = new HashMap<>();
    for (SourceFamily f : reuse.families()) {
      inheritedDates(f, published).forEach(inherited::putIfAbsent);
    }
    List<Article> out = new ArrayList<>(articles.size());
    for (Article a : articles) {
      Published p = a.published() == null ? inherited.get(a.id()) : null;
      out.add(p == null ? a : a.withPublished(p));
    }
    return out;
  }

  /**
   * The dates the undated reports of one wire family inherit, by report id, as {@link
   * #inheritFamilyDates} gives them; {@code published} holds each member's date (a missing or null
   * value: undated). For engines that date each family where its members are.
   */
  public static Map<String, Published> inheritedDates(
      SourceFamily family, Map<String, Published> published) {
    String source =
        family.articles().stream()
            .filter(id -> published.get(id) != null)
            .min(Comparator.comparing((String id) -> published.get(id).date()))
            .orElse(null);
    Map<String, Published> out = new LinkedHashMap<>();
    if (source == null) {
      return out;
    }
    Published from = new Published(published.get(source).value(), "family:" + source);
    for (String id : family.articles()) {
      if (published.get(id) == null) {
        out.put(id, from);
      }
    }
    return out;
  }
}
