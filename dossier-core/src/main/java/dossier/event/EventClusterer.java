package dossier.event;

import dossier.model.Article;
import dossier.model.Event;
import dossier.model.EventMembership;
import dossier.model.EventMembership.Basis;
import dossier.model.Span;
import dossier.text.MiniLmEmbedder;
import dossier.text.SentenceEmbedder;
import dossier.text.SentenceSplitter;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

/**
 * An EventClusterer groups news reports into events incrementally: fed in publication order, each
 * report joins the active event it matches best, or starts a new one when no event scores above the
 * threshold. The score mixes the TF-IDF cosine of title and body, the sentence-embedding cosine of
 * the lead, and the cosine of shared named entities, each against the event's centroid, damped by
 * the time gap to the event. Copies in one reuse family always share an event. Every membership
 * carries its explanation.
 *
 * <p>A report of a second, similar happening (the same boxer's next title defence, the same rule
 * reversed a year later) can score above the threshold and join the first happening's event; the
 * reports that follow it then join too. So each join is followed by a bounded check of the joined
 * event: when its entries fall into two groups that part cleanly ({@link Bisector}), the group
 * without the founding report is split off as a new event, its reports marked {@link Basis#SPLIT}.
 *
 * <p>Thread-safe: the clusterer holds only its configuration; each {@link #open()} gives a new
 * {@link Session}, which is single-threaded.
 */
public final class EventClusterer {

  /**
   * How events are formed.
   *
   * @param threshold least combined score for a report to join an existing event
   * @param lexicalWeight weight of the TF-IDF cosine of title and body
   * @param semanticWeight weight of the sentence-embedding cosine of the lead
   * @param entityWeight weight of the cosine of IDF-weighted entity keys
   * @param timeWeight share of the score that decays with the time gap (0 ignores dates)
   * @param halfLifeDays gap in days at which the decaying share is halved
   * @param maxGapDays an event more than this many days from a report is closed to it
   * @param leadSentences how many opening sentences (after the title) are embedded
   * @param splitSilhouette an event that a join leaves in two groups whose mean silhouette (see
   *     {@link Bisector}) exceeds this is split in two; 1 never splits
   * @param splitLeast least number of entries (reports, or reuse families entered at once) on each
   *     side of a split
   * @param splitMost events with more entries than this are no longer checked for a split, which
   *     bounds the work per report (the check is quadratic in the entries)
   * @param entities entity keys of a report (places, actors); the default spots capitalised names
   *     (the settings serialize, for Spark executors, when this function does: the default does)
   */
  public record Config(
      double threshold,
      double lexicalWeight,
      double semanticWeight,
      double entityWeight,
      double timeWeight,
      double halfLifeDays,
      int maxGapDays,
      int leadSentences,
      double splitSilhouette,
      int splitLeast,
      int splitMost,
      Function<Article, Set<String>> entities)
      implements Serializable {

    public Config {
      Objects.requireNonNull(entities, "entities");
      if (!(threshold > 0 && threshold < 1)) {
        throw new IllegalArgumentException("threshold must lie in (0, 1): " + threshold);
      }
      if (lexicalWeight < 0 || semanticWeight < 0 || entityWeight < 0) {
        throw new IllegalArgumentException("negative evidence weight");
      }
      if (!(Math.abs(lexicalWeight + semanticWeight + entityWeight - 1) < 1e-6)) {
        throw new IllegalArgumentException("evidence weights must sum to 1");
      }
      if (!(timeWeight >= 0 && timeWeight <= 1)) {
        throw new IllegalArgumentException("timeWeight must lie in [0, 1]: " + timeWeight);
      }
      if (!(halfLifeDays > 0) || maxGapDays < 0 || leadSentences < 1) {
        throw new IllegalArgumentException("halfLifeDays, maxGapDays, leadSentences out of range");
      }
      if (!(splitSilhouette >= 0 && splitSilhouette <= 1) || splitLeast < 1 || splitMost < 0) {
        throw new IllegalArgumentException("splitSilhouette, splitLeast, splitMost out of range");
      }
    }

    /** Settings tuned on ECB+ topics 1-25 (see docs/benchmarks.md). */
    public static Config defaults() {
      return new Config(
          0.30,
          0.5,
          0.2,
          0.3,
          0.5,
          3.0,
          14,
          3,
          0.75,
          5,
          60,
          (Function<Article, Set<String>> & Serializable) NameSpotter::keys);
    }

    /**
     * Settings without the sentence-embedding evidence, for corpora where embedding each report's
     * lead costs too much: the lead is not embedded, the TF-IDF and entity cosines keep the default
     * settings' proportion, and the threshold is tuned on ECB+ topics 1-25 alone (see
     * docs/benchmarks.md).
     */
    public static Config lexical() {
      Config d = defaults();
      double kept = d.lexicalWeight() + d.entityWeight();
      return new Config(
          LEXICAL_THRESHOLD,
          d.lexicalWeight() / kept,
          0,
          d.entityWeight() / kept,
          d.timeWeight(),
          d.halfLifeDays(),
          d.maxGapDays(),
          d.leadSentences(),
          d.splitSilhouette(),
          d.splitLeast(),
          d.splitMost(),
          d.entities());
    }

    /** These settings with another entity source, e.g. the places and actors of claims. */
    public Config withEntities(Function<Article, Set<String>> source) {
      return new Config(
          threshold,
          lexicalWeight,
          semanticWeight,
          entityWeight,
          timeWeight,
          halfLifeDays,
          maxGapDays,
          leadSentences,
          splitSilhouette,
          splitLeast,
          splitMost,
          source);
    }

    /** These settings with another joining threshold. */
    public Config withThreshold(double value) {
      return new Config(
          value,
          lexicalWeight,
          semanticWeight,
          entityWeight,
          timeWeight,
          halfLifeDays,
          maxGapDays,
          leadSentences,
          splitSilhouette,
          splitLeast,
          splitMost,
          entities);
    }

    /** These settings with another split rule; a silhouette of 1 never splits. */
    public Config withSplitting(double silhouette, int least) {
      return new Config(
          threshold,
          lexicalWeight,
          semanticWeight,
          entityWeight,
          timeWeight,
          halfLifeDays,
          maxGapDays,
          leadSentences,
          silhouette,
          least,
          splitMost,
          entities);
    }
  }

  private static final int SHARED_SHOWN = 8;

  /**
   * The share of {@code threshold - semanticWeight} that a report's lightest terms (and, apart, its
   * lightest names) may add to a score when they are left out of the search for events. A small
   * share keeps the bound on each event found tight, so that few need exact scores: on the
   * generated corpora at 10^5 density, 1/32 made grouping 2.3 times faster than 1/2, and leaving
   * out nothing was no faster (docs/benchmarks.md).
   */
  private static final double LIGHT_SHARE = 1.0 / 32;

  /** The joining threshold of {@link Config#lexical()}. */
  private static final double LEXICAL_THRESHOLD = 0.26;

  /** Highest bound first, ties to the earlier event. */
  private static final Comparator<Cluster> BY_BOUND =
      (x, y) ->
          x.bound != y.bound ? Double.compare(y.bound, x.bound) : Integer.compare(x.rank, y.rank);

  private final Config config;
  private final SentenceEmbedder embedder;

  /** A clusterer embedding with the in-process MiniLM model. */
  public EventClusterer(Config config) {
    this(config, MiniLmEmbedder.INSTANCE);
  }

  public EventClusterer(Config config, SentenceEmbedder embedder) {
    this.config = Objects.requireNonNull(config, "config");
    this.embedder = Objects.requireNonNull(embedder, "embedder");
  }

  public Config config() {
    return config;
  }

  /** A new, empty incremental session. */
  public Session open() {
    return new Session(false);
  }

  /**
   * A session that scores each report against every event, not only the events that share weighted
   * evidence with it: the same placements, for checking the candidate search.
   */
  Session openExhaustive() {
    return new Session(true);
  }

  /** Groups {@code articles}, none of them known as copies, into events. */
  public List<Event> cluster(List<Article> articles) {
    return cluster(articles, Map.of());
  }

  /**
   * Groups {@code articles} into events, feeding them in publication order (undated ones after the
   * dated, each group in the given order). {@code families} maps an article id to its reuse family
   * id; the copies of one family enter together, at the place of the first of them.
   */
  public List<Event> cluster(List<Article> articles, Map<String, String> families) {
    return cluster(articles, families, open());
  }

  /** {@link #cluster(List, Map)} scoring every report against every event. */
  List<Event> clusterExhaustively(List<Article> articles, Map<String, String> families) {
    return cluster(articles, families, openExhaustive());
  }

  private List<Event> cluster(
      List<Article> articles, Map<String, String> families, Session session) {
    // Grouping orders the evidence by date; each report's evidence does not depend on the others.
    return group(evidence(articles), families, session);
  }

  /**
   * A report to group by its {@link #evidence}: its id and date, which order and group it, and its
   * evidence, read only when the report enters an event. A large window can so hold each report's
   * evidence in a compact form (e.g. serialized) until its turn, instead of every report's term
   * counts at once. A {@link ReportEvidence} of one report is its own entry.
   */
  public interface Entry {

    /** The report's id. */
    String id();

    /** The report's date, {@code null} when unknown. */
    LocalDate date();

    /** The report's evidence; called once, when the report enters. */
    ReportEvidence evidence();
  }

  /**
   * Groups reports into events from their {@link #evidence}, as {@link #cluster(List, Map)} groups
   * the reports themselves: in order of date (undated ones after the dated, each group in the given
   * order), the copies of one family together. Empties {@code entries} (which must be mutable) as
   * it goes and reads each entry's evidence only when the report enters, so that a large window
   * holds a report's term counts only while it enters an event.
   */
  public List<Event> clusterEvidence(List<? extends Entry> entries, Map<String, String> families) {
    return group(entries, families, open());
  }

  private List<Event> group(
      List<? extends Entry> entries, Map<String, String> families, Session session) {
    Map<String, List<Entry>> byFamily = byFamily(entries, families);
    entries.clear();
    for (Iterator<List<Entry>> it = byFamily.values().iterator(); it.hasNext(); ) {
      List<Entry> group = it.next();
      it.remove();
      List<ReportEvidence> evidence = new ArrayList<>(group.size());
      for (Entry e : group) {
        evidence.add(e.evidence());
      }
      session.enter(evidence, families.get(group.get(0).id()));
    }
    return session.events();
  }

  /** {@code entries} in order of date, undated last, each wire family together at its first. */
  private static Map<String, List<Entry>> byFamily(
      List<? extends Entry> entries, Map<String, String> families) {
    List<Entry> ordered = new ArrayList<>(entries);
    ordered.sort(
        Comparator.comparing(Entry::date, Comparator.nullsLast(Comparator.naturalOrder())));
    Map<String, List<Entry>> byFamily = new LinkedHashMap<>();
    for (Entry e : ordered) {
      String id = e.id();
      String family = families.get(id);
      String key = family == null ? "\u0000" + id : family;
      byFamily.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    }
    return byFamily;
  }

  /**
   * The evidence of each of {@code articles}, in their order: what {@link #clusterEvidence} groups.
   * It depends on each report alone (and on these settings' entity source).
   */
  public List<ReportEvidence> evidence(List<Article> articles) {
    // Without weight on the lead's meaning, no lead is embedded: every embedding is empty.
    boolean embedded = config.semanticWeight() > 0;
    List<List<String>> leads = new ArrayList<>(articles.size());
    List<String> sentences = new ArrayList<>();
    for (Article a : articles) {
      List<String> lead = embedded ? lead(a) : List.of();
      leads.add(lead);
      sentences.addAll(lead);
    }
    List<float[]> vectors = embedded ? embedder.embed(sentences) : List.of();
    List<ReportEvidence> out = new ArrayList<>(articles.size());
    int next = 0;
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      int n = leads.get(i).size();
      float[] sum = embedded ? null : new float[0];
      for (int j = 0; j < n; j++) {
        float[] v = vectors.get(next + j);
        if (sum == null) {
          sum = new float[v.length];
        }
        Vectors.addTo(sum, v);
      }
      next += n;
      Map<String, Double> terms = Terms.count(a.title() == null ? "" : a.title());
      terms.replaceAll((t, w) -> 2 * w);
      Terms.count(a.text()).forEach((t, w) -> terms.merge(t, w, Double::sum));
      Map<String, Double> entities = salience(a, config.entities().apply(a));
      LocalDate date = dateOf(a);
      out.add(new ReportEvidence(List.of(a.id()), terms, entities, Vectors.unit(sum), date));
    }
    return out;
  }

  /**
   * Salience of each entity key in {@code a}: {@code 1 + ln(occurrences)}, so the report's
   * protagonists outweigh names mentioned in passing.
   */
  private static Map<String, Double> salience(Article a, Set<String> keys) {
    String text = NameSpotter.key((a.title() == null ? "" : a.title() + "\n") + a.text());
    Map<String, Double> out = new LinkedHashMap<>();
    for (String key : keys) {
      String k = NameSpotter.key(key);
      int count = k.isEmpty() ? 0 : occurrences(text, k);
      out.put(key, 1 + Math.log(Math.max(1, count)));
    }
    return out;
  }

  private static int occurrences(String text, String word) {
    int count = 0;
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
      boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      int end = at + word.length();
      boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startsWord && endsWord) {
        count++;
      }
    }
    return count;
  }

  private static LocalDate dateOf(Article a) {
    return a.published() == null ? null : a.published().date();
  }

  private List<String> lead(Article a) {
    List<String> lead = new ArrayList<>();
    boolean titled = a.title() != null && !a.title().isBlank();
    if (titled) {
      lead.add(a.title().strip());
    }
    for (Span s : SentenceSplitter.INSTANCE.split(a.text())) {
      if (lead.size() >= config.leadSentences() + (titled ? 1 : 0)) {
        break;
      }
      lead.add(s.of(a.text()));
    }
    if (lead.isEmpty()) {
      lead.add(a.text().isBlank() ? a.id() : a.text().strip());
    }
    return lead;
  }

  /**
   * A Session is one incremental run of event grouping: reports added one by one (or a reuse family
   * at a time) in publication order, each placed at once; a later join can split an event, moving
   * some of its earlier reports to a new event, so {@link #events()} gives the current placement.
   * Term and entity document frequencies grow with the reports seen. Not thread-safe.
   */
  public final class Session {

    private final List<Cluster> clusters = new ArrayList<>();
    private final Map<String, Cluster> familyEvents = new HashMap<>();
    private final Set<String> seen = new LinkedHashSet<>();

    /**
     * Events by term and by entity key: which events could share evidence with a report, and how
     * many reports hold each key (its document frequency).
     */
    private final PostingIndex termPostings = new PostingIndex();

    private final PostingIndex entityPostings = new PostingIndex();

    /**
     * By cluster number: the cluster, whether a split replaced it, the last search that found it
     * and that search's dot products with the report's heavier terms and entity keys.
     */
    private Cluster[] numbered = new Cluster[64];

    private boolean[] retired = new boolean[64];
    private int[] seenBy = new int[64];
    private double[] sharedTerms = new double[64];
    private double[] sharedEntities = new double[64];

    /**
     * By cluster number, what a search bounds each event found with, copied from the cluster
     * whenever it takes in a part, so that bounding the many events found touches no cluster: the
     * norms of its sums, its rank, whether it has a date and its date range in epoch days; and the
     * last search's bound and lead cosine.
     */
    private double[] termNorms = new double[64];

    private double[] entityNorms = new double[64];
    private int[] ranks = new int[64];
    private boolean[] dated = new boolean[64];
    private long[] firstDays = new long[64];
    private long[] lastDays = new long[64];
    private double[] bounds = new double[64];
    private double[] semantics = new double[64];
    private int numbers;

    private final boolean exhaustive;

    /** {@link #decay} of the gaps an open event can have, worked out once. */
    private final double[] decays = new double[config.maxGapDays() + 1];

    /** The numbers of the events one search found, reused across searches. */
    private int[] found = new int[64];

    private int foundCount;

    private int documents;
    private int created;
    private int searches;

    private Session(boolean exhaustive) {
      this.exhaustive = exhaustive;
      for (int gap = 0; gap < decays.length; gap++) {
        decays[gap] = decayOf(gap);
      }
    }

    /**
     * Counts the reports of {@code parts} into the document frequencies of their keys, and gives
     * the postings of each term of {@code pooled}, in the order of its terms: weighing and the
     * search then read them without looking a term up again.
     */
    private PostingIndex.Postings[] count(List<ReportEvidence> parts, ReportEvidence pooled) {
      documents += parts.size();
      PostingIndex.Postings[] postings = null;
      for (ReportEvidence p : parts) {
        // One report alone is its own pooled evidence: its terms are resolved as they are counted.
        PostingIndex.Postings[] resolved =
            p == pooled ? new PostingIndex.Postings[p.terms().size()] : null;
        int i = 0;
        for (String t : p.terms().keySet()) {
          PostingIndex.Postings held = termPostings.open(t);
          held.documents++;
          if (resolved != null) {
            resolved[i++] = held;
          }
        }
        for (String e : p.entities().keySet()) {
          entityPostings.open(e).documents++;
        }
        if (resolved != null) {
          postings = resolved;
        }
      }
      if (postings == null) {
        postings = new PostingIndex.Postings[pooled.terms().size()];
        int i = 0;
        for (String t : pooled.terms().keySet()) {
          postings[i++] = termPostings.get(t);
        }
      }
      return postings;
    }

    /** Adds one report with no known copies. */
    public EventMembership add(Article article) {
      return add(article, null);
    }

    /**
     * Adds one report; {@code family} (nullable) is its reuse family id: when a copy of that family
     * is already placed, the report joins the same event.
     */
    public EventMembership add(Article article, String family) {
      return enter(evidence(List.of(article)), family).get(0);
    }

    /** Adds the copies of one reuse family together: they are placed as one and share an event. */
    public List<EventMembership> addFamily(List<Article> copies, String family) {
      Objects.requireNonNull(family, "family");
      return enter(evidence(copies), family);
    }

    /** The events so far, in order of creation. */
    public List<Event> events() {
      return clusters.stream().map(c -> c.toEvent(SHARED_SHOWN)).toList();
    }

    List<EventMembership> enter(List<ReportEvidence> parts, String family) {
      if (parts.isEmpty()) {
        return List.of();
      }
      for (ReportEvidence p : parts) {
        for (String id : p.ids()) {
          if (!seen.add(id)) {
            throw new IllegalArgumentException("article " + id + " was already added");
          }
        }
      }
      ReportEvidence pooled = ReportEvidence.pool(parts);
      PostingIndex.Postings[] postings = count(parts, pooled);
      Map<String, Double> tfidf = new HashMap<>(pooled.terms().size() * 2);
      List<PostingIndex.Key> termKeys = weigh(pooled.terms(), postings, tfidf);
      Map<String, Double> salient = new HashMap<>();
      pooled
          .entities()
          .forEach(
              (e, w) -> {
                PostingIndex.Postings held = entityPostings.get(e);
                salient.put(held.key, w * entityIdf(held));
              });
      Map<String, Double> entityWeights = SparseSum.unit(salient);
      List<PostingIndex.Key> entityKeys = new ArrayList<>(entityWeights.size());
      entityWeights.forEach(
          (e, w) -> entityKeys.add(new PostingIndex.Key(e, w, entityPostings.get(e))));
      Cluster target = family == null ? null : familyEvents.get(family);
      Basis basis = Basis.FAMILY;
      Score best = null;
      double nextBest = 0;
      List<Score> scores = scores(tfidf, entityWeights, termKeys, entityKeys, pooled, target);
      if (target != null) {
        for (Score s : scores) {
          if (s.cluster == target) {
            best = s;
          } else {
            nextBest = Math.max(nextBest, s.total);
          }
        }
        if (best == null) {
          best = score(target, tfidf, entityWeights, pooled, true);
        }
      } else {
        for (Score s : scores) {
          if (best == null || s.total > best.total) {
            best = s;
          }
        }
        for (Score s : scores) {
          if (s != best) {
            nextBest = Math.max(nextBest, s.total);
          }
        }
        if (best != null && best.total >= config.threshold()) {
          target = best.cluster;
          basis = Basis.JOINED;
        } else {
          nextBest = best == null ? 0 : best.total;
          best = null;
          target = newCluster(pooled.embedding().length);
          basis = Basis.FOUNDED;
        }
      }
      List<EventMembership> out = new ArrayList<>();
      for (ReportEvidence p : parts) {
        for (String id : p.ids()) {
          LocalDate date = p.date();
          Basis b = out.isEmpty() ? basis : Basis.FAMILY;
          EventMembership m =
              best == null
                  ? new EventMembership(
                      id, target.id, family, b, 0, 0, 0, 0, List.of(), null, nextBest)
                  : new EventMembership(
                      id,
                      target.id,
                      family,
                      b,
                      best.total,
                      best.lexical,
                      best.semantic,
                      best.entity,
                      best.shared,
                      best.cluster.gapDays(date),
                      nextBest);
          out.add(m);
        }
      }
      List<LocalDate> dates = new ArrayList<>();
      for (ReportEvidence p : parts) {
        if (p.date() != null) {
          dates.add(p.date());
        }
      }
      absorb(
          target,
          new Cluster.Part(
              out, Weights.of(tfidf), Weights.of(entityWeights), pooled.withoutTerms(), dates));
      if (family != null) {
        familyEvents.putIfAbsent(family, target);
      }
      if (basis == Basis.JOINED) {
        List<Cluster> halves = split(target);
        if (!halves.isEmpty()) {
          return membershipsOf(pooled, halves.get(0), halves.get(1));
        }
      }
      return out;
    }

    private List<EventMembership> membershipsOf(ReportEvidence pooled, Cluster a, Cluster b) {
      Set<String> ids = new HashSet<>();
      ids.addAll(pooled.ids());
      List<EventMembership> out = new ArrayList<>();
      for (Cluster c : List.of(a, b)) {
        for (EventMembership m : c.members()) {
          if (ids.contains(m.articleId())) {
            out.add(m);
          }
        }
      }
      return out;
    }

    /**
     * Splits {@code event} in two when its parts fall cleanly into two groups (see {@link
     * Bisector}); the group without the founding report becomes a new event. Returns the two
     * events, or nothing when the event stays whole.
     */
    private List<Cluster> split(Cluster event) {
      int n = event.parts.size();
      if (n < 2 * config.splitLeast() || n > config.splitMost()) {
        return List.of();
      }
      double[][] similarity =
          Bisector.similarities(
              event.parts, config.lexicalWeight(), config.semanticWeight(), config.entityWeight());
      Bisector.Division d = Bisector.divide(similarity);
      if (d.kept().length < config.splitLeast()
          || d.moved().length < config.splitLeast()
          || d.silhouette() <= config.splitSilhouette()) {
        return List.of();
      }
      Set<String> keptFamilies = familiesOf(event, d.kept());
      Set<String> movedFamilies = familiesOf(event, d.moved());
      if (!Collections.disjoint(keptFamilies, movedFamilies)) {
        return List.of(); // copies of one family always share an event
      }
      Cluster kept = cluster(event.id, event.rank, event.embedding.length);
      for (int i : d.kept()) {
        absorb(kept, event.parts.get(i));
      }
      retired[event.number] = true;
      clusters.set(event.rank, kept);
      Cluster moved = newCluster(event.embedding.length);
      for (int i : d.moved()) {
        Cluster.Part part = event.parts.get(i);
        List<EventMembership> members = new ArrayList<>();
        for (EventMembership m : part.members()) {
          members.add(m.movedTo(moved.id, m.basis() == Basis.FAMILY ? Basis.FAMILY : Basis.SPLIT));
        }
        absorb(moved, part.withMembers(members));
      }
      familyEvents.replaceAll(
          (family, c) -> c != event ? c : movedFamilies.contains(family) ? moved : kept);
      return List.of(kept, moved);
    }

    private static Set<String> familiesOf(Cluster event, int[] parts) {
      Set<String> out = new HashSet<>();
      for (int i : parts) {
        for (EventMembership m : event.parts.get(i).members()) {
          if (m.family() != null) {
            out.add(m.family());
          }
        }
      }
      return out;
    }

    private Cluster newCluster(int dimensions) {
      Cluster c = cluster("e" + (++created), clusters.size(), dimensions);
      clusters.add(c);
      return c;
    }

    /** A new cluster posting under the next number. */
    private Cluster cluster(String id, int rank, int dimensions) {
      if (numbers == numbered.length) {
        int grown = numbers * 2;
        numbered = Arrays.copyOf(numbered, grown);
        retired = Arrays.copyOf(retired, grown);
        seenBy = Arrays.copyOf(seenBy, grown);
        sharedTerms = Arrays.copyOf(sharedTerms, grown);
        sharedEntities = Arrays.copyOf(sharedEntities, grown);
        termNorms = Arrays.copyOf(termNorms, grown);
        entityNorms = Arrays.copyOf(entityNorms, grown);
        ranks = Arrays.copyOf(ranks, grown);
        dated = Arrays.copyOf(dated, grown);
        firstDays = Arrays.copyOf(firstDays, grown);
        lastDays = Arrays.copyOf(lastDays, grown);
        bounds = Arrays.copyOf(bounds, grown);
        semantics = Arrays.copyOf(semantics, grown);
        found = Arrays.copyOf(found, grown);
      }
      Cluster c = new Cluster(id, rank, numbers, dimensions, termPostings, entityPostings);
      numbered[numbers++] = c;
      ranks[c.number] = rank;
      return c;
    }

    /** Adds {@code part} to {@code event} and copies what a search bounds the event with. */
    private void absorb(Cluster event, Cluster.Part part) {
      event.absorb(part);
      int i = event.number;
      termNorms[i] = event.lexical.norm();
      entityNorms[i] = event.named.norm();
      dated[i] = event.first != null;
      firstDays[i] = event.firstDay;
      lastDays[i] = event.lastDay;
    }

    /**
     * The scores that decide a report's placement and explanation, in list order: every event that
     * could score highest, and (without a {@code target} family event) every event that could score
     * second highest. Events are found through the report's heavier terms and entity keys; an event
     * sharing none of them scores at most {@code lexicalWeight * |light terms| + semanticWeight +
     * entityWeight * |light entities|} (each cosine is bounded by the norm of the part of the
     * report it can meet, the lead cosine by 1), and the light parts are chosen so that this stays
     * below the threshold. The events found are bounded from the terms and keys they share (the
     * rest bounded as above) and scored exactly in order of their bound while the bound can still
     * beat the scores kept. So a report joins the event that scoring every event would give, with
     * the same scores; only the next-best score a membership reports is taken over the events
     * found. When the lead alone could reach the threshold, every event is scored.
     */
    private List<Score> scores(
        Map<String, Double> tfidf,
        Map<String, Double> entities,
        List<PostingIndex.Key> termKeys,
        List<PostingIndex.Key> entityKeys,
        ReportEvidence e,
        Cluster target) {
      double budget = config.threshold() - config.semanticWeight();
      if (exhaustive || !(budget > 0)) {
        List<Score> out = new ArrayList<>();
        for (Cluster c : clusters) {
          Score s = score(c, tfidf, entities, e);
          if (s != null) {
            out.add(s);
          }
        }
        return out;
      }
      double share = budget * (1 - 1e-9) * LIGHT_SHARE;
      searches++;
      foundCount = 0;
      List<PostingIndex.Key> lightTerms = new ArrayList<>();
      List<PostingIndex.Key> lightEntities = new ArrayList<>();
      double lightTermNorm =
          accumulate(termKeys, bound(share, config.lexicalWeight()), true, lightTerms);
      double lightEntityNorm =
          accumulate(entityKeys, bound(share, config.entityWeight()), false, lightEntities);
      int top = -1;
      int runnerUp = -1;
      int kept = 0;
      LocalDate date = e.date();
      long day = date == null ? 0 : date.toEpochDay();
      boolean embedded = e.embedding().length > 0;
      int skip = target == null ? -1 : target.number;
      for (int k = 0; k < foundCount; k++) {
        int i = found[k];
        int gap = -1; // unknown
        if (date != null && dated[i]) {
          gap = Cluster.gapDays(day, firstDays[i], lastDays[i]);
        }
        if (i == skip || gap > config.maxGapDays()) {
          continue;
        }
        double lexical = partial(sharedTerms[i], termNorms[i], lightTermNorm);
        double entity = partial(sharedEntities[i], entityNorms[i], lightEntityNorm);
        Cluster c = embedded ? numbered[i] : null;
        double semantic =
            embedded ? Math.max(0, Vectors.dot(e.embedding(), c.embedding) / norm(c.embedding)) : 0;
        double bound =
            (gap < 0 ? 1 : decays[gap])
                    * (config.lexicalWeight() * lexical
                        + config.semanticWeight() * semantic
                        + config.entityWeight() * entity)
                + 1e-9;
        semantics[i] = semantic;
        bounds[i] = bound;
        found[kept++] = i;
        if (top < 0 || higher(i, top)) {
          runnerUp = top;
          top = i;
        } else if (runnerUp < 0 || higher(i, runnerUp)) {
          runnerUp = i;
        }
      }
      // The events are scored in order of their bound until no bound can beat the scores kept.
      // The two highest bounds are scored first in any case, so their scores already rule out
      // every event bounded below them (the lower of the two, or the first alone for a target):
      // only the rest enter the heap.
      double floor = Double.NEGATIVE_INFINITY;
      if (top >= 0) {
        double s1 = exact(bounded(top), lightTerms, lightEntities, e, entities).total;
        if (target != null) {
          floor = s1;
        } else if (runnerUp >= 0) {
          floor =
              Math.min(s1, exact(bounded(runnerUp), lightTerms, lightEntities, e, entities).total);
        }
      }
      PriorityQueue<Cluster> byBound = new PriorityQueue<>(BY_BOUND);
      for (int k = 0; k < kept; k++) {
        if (bounds[found[k]] >= floor) {
          byBound.add(bounded(found[k]));
        }
      }
      List<Score> out = new ArrayList<>();
      double first = Double.NEGATIVE_INFINITY;
      double second = Double.NEGATIVE_INFINITY;
      while (!byBound.isEmpty()) {
        Cluster c = byBound.poll();
        if (c.bound < (target == null ? second : first)) {
          break;
        }
        Score s = exact(c, lightTerms, lightEntities, e, entities);
        out.add(s);
        if (s.total > first) {
          second = first;
          first = s.total;
        } else if (s.total > second) {
          second = s.total;
        }
      }
      out.sort(Comparator.comparingInt(s -> s.cluster.rank));
      return out;
    }

    /** Whether event {@code i} goes before event {@code j}: a higher bound, or the same earlier. */
    private boolean higher(int i, int j) {
      return bounds[i] > bounds[j] || bounds[i] == bounds[j] && ranks[i] < ranks[j];
    }

    /** Event {@code i} with the bound and lead cosine of the current search. */
    private Cluster bounded(int i) {
      Cluster c = numbered[i];
      c.bound = bounds[i];
      c.semantic = semantics[i];
      return c;
    }

    /**
     * The exact score of an event found by a search: the dot products with the report's heavier
     * keys are summed already; the light keys complete them.
     */
    private Score exact(
        Cluster c,
        List<PostingIndex.Key> lightTerms,
        List<PostingIndex.Key> lightEntities,
        ReportEvidence e,
        Map<String, Double> entities) {
      double lexical = c.lexical.cosine(sharedTerms[c.number] + c.lexical.dot(lightTerms));
      double entity = c.named.cosine(sharedEntities[c.number] + c.named.dot(lightEntities));
      return score(c, lexical, c.semantic, entity, c.gapDays(e.date()), entities);
    }

    private static double bound(double share, double weight) {
      return weight == 0 ? Double.POSITIVE_INFINITY : share / weight;
    }

    /**
     * A bound on the cosine of a sum of norm {@code norm} with a report it shares {@code dot} with.
     */
    private static double partial(double dot, double norm, double light) {
      return norm > 0 ? Math.min(1, Math.max(0, dot / norm + light)) : 0;
    }

    /**
     * Adds to {@code found} the live events posted under {@code keys}, summing each one's dot
     * product with those keys, but leaving out the lightest keys as long as their weights' norm
     * stays within {@code skippable}: those go to {@code light}, and their norm is returned.
     */
    private double accumulate(
        List<PostingIndex.Key> keys,
        double skippable,
        boolean terms,
        List<PostingIndex.Key> light) {
      List<PostingIndex.Key> ordered = new ArrayList<>(keys);
      ordered.sort(PostingIndex.Key.LIGHTEST_FIRST);
      double left =
          skippable == Double.POSITIVE_INFINITY ? Double.MAX_VALUE : skippable * skippable;
      boolean skipping = true;
      double[] shared = terms ? sharedTerms : sharedEntities;
      double[] other = terms ? sharedEntities : sharedTerms;
      double lightSquares = 0; // summed in the order of light, as a norm of light would be
      for (PostingIndex.Key k : ordered) {
        double q = k.weight();
        if (skipping && q * q <= left) {
          left -= q * q;
          lightSquares += q * q;
          light.add(k);
          continue;
        }
        skipping = false;
        PostingIndex.Postings events = k.postings();
        int[] numbers = events.events;
        double[] weights = events.weights;
        for (int i = 0, n = events.size; i < n; i++) {
          int c = numbers[i];
          if (retired[c]) {
            continue;
          }
          if (seenBy[c] != searches) {
            seenBy[c] = searches;
            shared[c] = 0;
            other[c] = 0;
            found[foundCount++] = c;
          }
          shared[c] += q * weights[i];
        }
      }
      return Math.sqrt(lightSquares);
    }

    /**
     * The unit TF-IDF vector of {@code terms}, put in {@code out}, and its keys with their postings
     * ({@code postings}, in the order of {@code terms}).
     */
    private List<PostingIndex.Key> weigh(
        Map<String, Double> terms, PostingIndex.Postings[] postings, Map<String, Double> out) {
      double[] weights = new double[postings.length];
      double norm2 = 0;
      int i = 0;
      for (var e : terms.entrySet()) {
        int df = Math.max(1, postings[i].documents);
        double w = e.getValue() * (Math.log((documents + 1.0) / (df + 1.0)) + 1);
        out.put(postings[i].key, w); // the session's instance of the term
        weights[i++] = w;
        norm2 += w * w;
      }
      double norm = Math.sqrt(norm2);
      if (norm > 0) {
        out.replaceAll((t, w) -> w / norm);
      }
      List<PostingIndex.Key> keys = new ArrayList<>(postings.length);
      for (int k = 0; k < postings.length; k++) {
        double w = norm > 0 ? weights[k] / norm : weights[k];
        keys.add(new PostingIndex.Key(postings[k].key, w, postings[k]));
      }
      return keys;
    }

    private double entityIdf(PostingIndex.Postings key) {
      int df = Math.max(1, key.documents);
      return Math.log((documents + 1.0) / (df + 1.0)) + 1;
    }

    private Score score(
        Cluster c, Map<String, Double> tfidf, Map<String, Double> entityWeights, ReportEvidence e) {
      return score(c, tfidf, entityWeights, e, false);
    }

    private Score score(
        Cluster c,
        Map<String, Double> tfidf,
        Map<String, Double> entityWeights,
        ReportEvidence e,
        boolean always) {
      Integer gap = c.gapDays(e.date());
      if (!always && gap != null && gap > config.maxGapDays()) {
        return null;
      }
      double lexical = c.lexical.cosine(tfidf);
      double semantic = Math.max(0, Vectors.dot(e.embedding(), c.embedding) / norm(c.embedding));
      double entity = c.named.cosine(entityWeights);
      return score(c, lexical, semantic, entity, gap, entityWeights);
    }

    /** The score of an event from its three cosines with a report. */
    private Score score(
        Cluster c,
        double lexical,
        double semantic,
        double entity,
        Integer gap,
        Map<String, Double> entityWeights) {
      List<String> shared = List.of();
      if (entity > 0) {
        List<Map.Entry<String, Double>> overlap = new ArrayList<>();
        for (var w : entityWeights.entrySet()) {
          double cw = c.named.weight(w.getKey());
          if (cw > 0) {
            overlap.add(Map.entry(w.getKey(), cw * w.getValue()));
          }
        }
        overlap.sort(
            Map.Entry.<String, Double>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()));
        shared = overlap.stream().limit(SHARED_SHOWN).map(Map.Entry::getKey).toList();
      }
      double evidence =
          config.lexicalWeight() * lexical
              + config.semanticWeight() * semantic
              + config.entityWeight() * entity;
      return new Score(c, evidence * decay(gap), lexical, semantic, entity, shared);
    }

    /** The share of a score kept across a gap of {@code gap} days (unknown: all of it). */
    private double decay(Integer gap) {
      if (gap == null) {
        return 1;
      }
      return gap < decays.length ? decays[gap] : decayOf(gap);
    }

    private double decayOf(int gap) {
      return 1
          - config.timeWeight()
          + config.timeWeight() * Math.pow(0.5, gap / config.halfLifeDays());
    }

    private double norm(float[] v) {
      double n = Math.sqrt(Vectors.dot(v, v));
      return n == 0 ? 1 : n;
    }
  }

  private record Score(
      Cluster cluster,
      double total,
      double lexical,
      double semantic,
      double entity,
      List<String> shared) {}
}
