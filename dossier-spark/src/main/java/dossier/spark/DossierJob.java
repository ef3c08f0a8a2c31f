package dossier.spark;

import dossier.claim.ClaimExtractor;
import dossier.ingest.RecurringLineRemover;
import dossier.ingest.ReportCleaner;
import dossier.io.ReportReader;
import dossier.model.Article;
import dossier.model.ClaimSet;
import dossier.model.Dossier;
import dossier.model.Event;
import dossier.model.EventRecord;
import dossier.model.Published;
import dossier.model.Rejection;
import dossier.model.ReuseGraph;
import dossier.model.ReuseLink;
import dossier.model.ReuseRelation;
import dossier.model.SourceFamily;
import dossier.pipeline.Pipeline;
import dossier.reuse.CandidateFinder;
import dossier.reuse.FamilyGrouper;
import dossier.reuse.ReuseDetector;
import java.io.IOException;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * A DossierJob runs Dossier's pipeline on Apache Spark: the same core stages as {@link Pipeline},
 * with Spark doing the grouping. Reports are read (JSONL lines, or Parquet rows with the same
 * columns) and cleaned per partition; the reports each outlet repeats are found per outlet group;
 * candidate pairs come from the weighted MinHash posting keys of {@link CandidateFinder}, grouped
 * by a shuffle (every bucket whole, crowded ones linked through their first holders exactly as the
 * local search does), their agreements counted by another shuffle; each candidate pair is compared
 * with {@link ReuseDetector#compare} next to both articles; claims are extracted per partition.
 *
 * <p>First increment: wire families (connected components of copy links, with their origin), the
 * dates copies inherit, events and reconciliation run on the driver over collected articles, links
 * and claims, with the core {@link ReuseDetector#group}, {@link Pipeline#inheritFamilyDates} and
 * {@link Pipeline#finish}. The driver therefore holds the corpus once; the expensive per-article
 * and per-pair work is spread over the executors.
 *
 * <p>Thread-safe; a job keeps no state between runs.
 */
public final class DossierJob {

  /**
   * Settings of a run.
   *
   * @param cleaning report cleaning
   * @param recurring removal of what one outlet repeats across its reports
   * @param pipeline the settings of the stages after cleaning
   * @param partitions partitions of the cleaned articles (0: Spark's default parallelism)
   * @param through the last step to run
   * @param eventWindowDays 0: events and records over the whole corpus on the driver, as the local
   *     pipeline makes them; otherwise the length of the time windows events are grouped in on the
   *     executors, merged across window edges (see {@link EventWindows})
   */
  public record Config(
      ReportCleaner.Config cleaning,
      RecurringLineRemover.Config recurring,
      Pipeline.Config pipeline,
      int partitions,
      Through through,
      int eventWindowDays)
      implements java.io.Serializable {
    public Config {
      Objects.requireNonNull(cleaning, "cleaning");
      Objects.requireNonNull(recurring, "recurring");
      Objects.requireNonNull(pipeline, "pipeline");
      Objects.requireNonNull(through, "through");
      if (eventWindowDays < 0) {
        throw new IllegalArgumentException("negative eventWindowDays: " + eventWindowDays);
      }
      if (partitions < 0) {
        throw new IllegalArgumentException("negative partitions: " + partitions);
      }
    }

    /**
     * The local pipeline's settings, but for the language guess: the job writes no articles, and no
     * stage reads a report's language.
     */
    public static Config defaults() {
      return new Config(
          ReportCleaner.Config.defaults().withoutLanguageGuess(),
          RecurringLineRemover.Config.defaults(),
          Pipeline.Config.defaults(),
          0,
          Through.RECORDS,
          0);
    }

    public Config withPartitions(int value) {
      return new Config(cleaning, recurring, pipeline, value, through, eventWindowDays);
    }

    public Config withThrough(Through value) {
      return new Config(cleaning, recurring, pipeline, partitions, value, eventWindowDays);
    }

    public Config withEventWindowDays(int value) {
      return new Config(cleaning, recurring, pipeline, partitions, through, value);
    }

    public Config withPipeline(Pipeline.Config value) {
      return new Config(cleaning, recurring, value, partitions, through, eventWindowDays);
    }
  }

  /**
   * How far a run goes: through wire families (reuse pairs, families and inherited dates; no
   * claims, events or records); through events (dedup and grouping: families, then events grouped
   * on the names the clusterer spots itself, with no claims and no records); or through the event
   * records (claims extracted, their places and actors also counting as shared names).
   */
  public enum Through {
    FAMILIES,
    EVENTS,
    RECORDS
  }

  /**
   * What a run found, every input that did not become a report, and the wall-clock seconds of each
   * step in run order (read and clean, reuse pairs, families and dates, claims, events and
   * reconcile). The reuse links (with their aligned sentences) and the claims stay on the cluster
   * as RDDs in output order, cached for the session; the driver holds only the small values.
   *
   * @param reports the number of reports
   * @param links every reuse link, in the order of the local pipeline
   * @param families the wire families, in the order of the local pipeline
   * @param inherited the dates undated family members inherit, by report id
   * @param claims each report's claims in report order (empty unless through records)
   * @param events the events (empty through families)
   * @param records the event records (empty unless through records)
   */
  public record Result(
      long reports,
      JavaRDD<ReuseLink> links,
      List<SourceFamily> families,
      Map<String, Published> inherited,
      JavaRDD<ClaimSet> claims,
      List<Event> events,
      List<EventRecord> records,
      List<Rejection> rejections,
      Map<String, Double> seconds,
      Through through) {
    public Result {
      Objects.requireNonNull(links, "links");
      Objects.requireNonNull(claims, "claims");
      Objects.requireNonNull(through, "through");
      families = List.copyOf(families);
      inherited = Map.copyOf(inherited);
      events = List.copyOf(events);
      records = List.copyOf(records);
      rejections = List.copyOf(rejections);
      seconds = Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
    }
  }

  /** One input record: where it was read ({@code file:line} or {@code file[row]}) and its JSON. */
  record Line(String where, String json) implements Serializable {}

  /**
   * The outcome of reading and cleaning one record, with a key that sorts it in the input order
   * (the file's place among the inputs in the high bits, the record's in the file in the low).
   */
  record Cleaned(long order, Article article, Rejection rejection) implements Serializable {}

  /** What one partition of cleaned records holds: how many articles, and its rejections. */
  record Tally(int partition, int articles, List<Cleaned> rejections) implements Serializable {}

  /** What candidate search keeps of one article besides its signature. */
  record Sketch(int filled, int size, LocalDate date) implements Serializable {}

  /** A candidate pair, by article index ({@code a < b}). */
  record Candidate(int a, int b, double jaccard, double containmentA, double containmentB)
      implements Serializable {
    static Candidate of(CandidateFinder.Pair p) {
      return new Candidate(p.a(), p.b(), p.jaccard(), p.containmentA(), p.containmentB());
    }

    CandidateFinder.Pair pair() {
      return new CandidateFinder.Pair(a, b, jaccard, containmentA, containmentB);
    }
  }

  /** A found link with the indexes of its articles, for ordering. */
  record Found(int a, int b, ReuseLink link) implements Serializable {}

  /** A MinHash signature with the shingle count, compared by value. */
  record SignatureKey(long[] signature, int size) implements Serializable {
    @Override
    public boolean equals(Object o) {
      return o instanceof SignatureKey k && k.size == size && Arrays.equals(k.signature, signature);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(signature) * 31 + size;
    }
  }

  /**
   * How RDDs of whole reports, reuse links and claims are cached: serialized. Spark sizes a
   * deserialized block by walking every object in it, again at each of many samples as it grows
   * (and, with the JDK module openings Spark needs on Java 17, into the JDK's own collections too):
   * for records this heavy that cost more than serializing them once.
   */
  private static final StorageLevel SERIALIZED = StorageLevel.MEMORY_AND_DISK_SER();

  private static final Logger LOG = LoggerFactory.getLogger(DossierJob.class);

  /** Bits of an order key that number the records of one file (see {@link #read}). */
  private static final int FILE_SHIFT = 40;

  private final Config config;

  public DossierJob(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** Runs every stage over the reports of {@code inputs} (files or folders, any Hadoop path). */
  public Result run(SparkSession spark, List<String> inputs) throws IOException {
    long start = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // RDDs holding whole reports are cached serialized: compact, and sized exactly, so that a
    // corpus larger than the executors' memory spills to disk instead of running out of heap.
    JavaRDD<Cleaned> cleaned = clean(read(spark, jsc, inputs)).persist(SERIALIZED);
    // One pass gathers the rejections and counts each partition's articles.
    List<Tally> tallies =
        cleaned
            .mapPartitionsWithIndex(
                (partition, it) -> {
                  int count = 0;
                  List<Cleaned> rejected = new ArrayList<>();
                  while (it.hasNext()) {
                    Cleaned c = it.next();
                    if (c.article() != null) {
                      count++;
                    } else {
                      rejected.add(c);
                    }
                  }
                  return List.of(new Tally(partition, count, rejected)).iterator();
                },
                true)
            .collect();
    List<Rejection> rejections =
        tallies.stream()
            .flatMap(t -> t.rejections().stream())
            .sorted(Comparator.comparingLong(Cleaned::order))
            .map(Cleaned::rejection)
            .toList();
    // Reading, cleaning and stripping keep the input order (each maps partitions in place), so
    // the index of a report is its place in that order: the articles of the partitions before
    // its own, and its place in its own. Reports are then spread by index, so that joining them
    // with pairs of indexes moves only the pairs.
    int[] firstIndex = new int[tallies.size()];
    int counted = 0;
    for (Tally t : tallies) {
      firstIndex[t.partition()] = counted;
      counted += t.articles();
    }
    JavaPairRDD<Integer, Article> articles =
        JavaPairRDD.fromJavaRDD(
            withoutRecurringLines(cleaned)
                .mapPartitionsWithIndex(
                    (partition, it) -> {
                      List<Tuple2<Integer, Article>> out = new ArrayList<>();
                      int index = firstIndex[partition];
                      while (it.hasNext()) {
                        out.add(new Tuple2<>(index++, it.next()));
                      }
                      return out.iterator();
                    },
                    true));
    articles =
        articles
            .partitionBy(
                new HashPartitioner(
                    config.partitions() > 0 ? config.partitions() : articles.getNumPartitions()))
            .persist(SERIALIZED);
    int n = (int) articles.count();
    cleaned.unpersist(); // only now: the count above read it to place the reports
    Map<String, Double> seconds = new LinkedHashMap<>();
    long at = lap(seconds, "read and clean", start);

    JavaRDD<Found> found = links(jsc, articles, n);
    // Partitions of at most about 20,000 links, so that writing them one partition at a time
    // through the driver holds little.
    int linkPartitions =
        (int) Math.max(parallelism(jsc), Math.min(100_000, found.count() / 20_000 + 1));
    JavaRDD<ReuseLink> links =
        found
            .sortBy(f -> ((long) f.a() << 32) | f.b(), true, linkPartitions)
            .map(Found::link)
            .persist(SERIALIZED);
    links.count();
    at = lap(seconds, "reuse pairs", at);
    Families grouped = families(articles, found, parallelism(jsc));
    found.unpersist();
    List<SourceFamily> families = grouped.families();
    Map<String, Published> inherited = grouped.inherited();
    at = lap(seconds, "families and dates", at);
    JavaRDD<ClaimSet> noClaims = jsc.emptyRDD();
    if (config.through() == Through.FAMILIES) {
      articles.unpersist();
      return new Result(
          n,
          links,
          families,
          inherited,
          noClaims,
          List.of(),
          List.of(),
          rejections,
          seconds,
          Through.FAMILIES);
    }
    Broadcast<Map<String, Published>> inheritedB = jsc.broadcast(inherited);
    if (config.eventWindowDays() == 0) {
      // Events over the whole corpus at once, as the local pipeline groups them: on the driver.
      List<Article> dated =
          articles.sortByKey().values().map(a -> dated(a, inheritedB.value())).collect();
      ReuseGraph reuse = new ReuseGraph(links.collect(), families);
      if (config.through() == Through.EVENTS) {
        articles.unpersist();
        List<Event> events = Pipeline.events(config.pipeline().events(), dated, reuse, Map.of());
        lap(seconds, "events", at);
        return throughEvents(n, links, families, inherited, noClaims, events, rejections, seconds);
      }
      ClaimExtractor.Config claimConfig = config.pipeline().claims();
      Map<String, ClaimSet> claims =
          articles
              .values()
              .mapPartitionsToPair(
                  (Iterator<Article> it) -> {
                    ClaimExtractor extractor = new ClaimExtractor(claimConfig);
                    List<Tuple2<String, ClaimSet>> out = new ArrayList<>();
                    while (it.hasNext()) {
                      Article d = dated(it.next(), inheritedB.value());
                      out.add(new Tuple2<>(d.id(), extractor.extract(d)));
                    }
                    return out.iterator();
                  })
              .collectAsMap();
      articles.unpersist();
      at = lap(seconds, "claims", at);
      Dossier dossier =
          new Pipeline(config.pipeline())
              .finish(dated, reuse, new HashMap<>(claims), Pipeline.Listener.none());
      List<ClaimSet> ordered =
          dated.stream().map(a -> claims.getOrDefault(a.id(), ClaimSet.empty(a.id()))).toList();
      lap(seconds, "events and reconcile", at);
      return new Result(
          n,
          links,
          families,
          inherited,
          jsc.parallelize(ordered, 1),
          dossier.events(),
          dossier.records(),
          rejections,
          seconds,
          Through.RECORDS);
    }
    List<EventWindows.Dated> stubs =
        articles
            .values()
            .map(
                a -> {
                  Article d = dated(a, inheritedB.value());
                  return new EventWindows.Dated(
                      d.id(), d.published() == null ? null : d.published().date());
                })
            .collect();
    if (config.through() == Through.EVENTS) {
      JavaPairRDD<Integer, EventWindows.Placed> placed =
          articles.mapToPair(
              t ->
                  new Tuple2<>(
                      t._1(),
                      new EventWindows.Placed(t._1(), dated(t._2(), inheritedB.value()), null)));
      List<Event> events = windowedEvents(jsc, placed, stubs, families);
      articles.unpersist();
      lap(seconds, "events", at);
      return throughEvents(n, links, families, inherited, noClaims, events, rejections, seconds);
    }
    ClaimExtractor.Config claimConfig = config.pipeline().claims();
    JavaPairRDD<Integer, EventWindows.Placed> placed =
        articles
            .mapPartitionsToPair(
                (Iterator<Tuple2<Integer, Article>> it) -> {
                  ClaimExtractor extractor = new ClaimExtractor(claimConfig);
                  List<Tuple2<Integer, EventWindows.Placed>> out = new ArrayList<>();
                  while (it.hasNext()) {
                    Tuple2<Integer, Article> t = it.next();
                    Article d = dated(t._2(), inheritedB.value());
                    out.add(
                        new Tuple2<>(
                            t._1(), new EventWindows.Placed(t._1(), d, extractor.extract(d))));
                  }
                  return out.iterator();
                })
            .persist(SERIALIZED);
    JavaRDD<ClaimSet> claims =
        placed.sortByKey().values().map(EventWindows.Placed::claims).persist(SERIALIZED);
    claims.count();
    articles.unpersist();
    at = lap(seconds, "claims", at);
    List<Event> events = windowedEvents(jsc, placed, stubs, families);
    // The reconciler reads the links between reports; they are gathered for this step only.
    List<EventRecord> records =
        EventWindows.records(
            jsc,
            placed,
            events,
            new ReuseGraph(links.collect(), families),
            config.pipeline().reconcile(),
            parallelism(jsc));
    placed.unpersist();
    lap(seconds, "events and reconcile", at);
    return new Result(
        n,
        links,
        families,
        inherited,
        claims,
        events,
        records,
        rejections,
        seconds,
        Through.RECORDS);
  }

  private static Article dated(Article article, Map<String, Published> inherited) {
    Published p = article.published() == null ? inherited.get(article.id()) : null;
    return p == null ? article : article.withPublished(p);
  }

  /** The wire families in order, and the dates their undated members inherit. */
  record Families(List<SourceFamily> families, Map<String, Published> inherited) {}

  /** One family found on an executor, under its connected component (its first report index). */
  record Grouped(int component, SourceFamily family, Map<String, Published> inherited)
      implements Serializable {}

  /**
   * The wire families of the copy links among {@code found}: connected components (each labelled
   * with its lowest report index, see {@link #components}), each component's family and inherited
   * dates made by core on the executor holding its members and links, partial reusers joined on the
   * driver from the PARTIAL links' ends alone.
   */
  static Families families(
      JavaPairRDD<Integer, Article> articles, JavaRDD<Found> found, int partitions) {
    JavaRDD<Found> copies = found.filter(f -> f.link().relation().isCopy());
    JavaPairRDD<Integer, Integer> componentOf =
        components(copies.mapToPair(f -> new Tuple2<>(f.a(), f.b())), partitions)
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Integer, Tuple2<Integer, FamilyGrouper.Report>> members =
        articles
            .mapValues(FamilyGrouper::of)
            .join(componentOf, partitions)
            .mapToPair(t -> new Tuple2<>(t._2()._2(), new Tuple2<>(t._1(), t._2()._1())));
    JavaPairRDD<Integer, Found> memberLinks =
        copies
            .mapToPair(f -> new Tuple2<>(f.a(), f))
            .join(componentOf, partitions)
            .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()));
    List<Grouped> grouped =
        members
            .cogroup(memberLinks, partitions)
            .map(
                c -> {
                  List<Tuple2<Integer, FamilyGrouper.Report>> reports = new ArrayList<>();
                  c._2()._1().forEach(reports::add);
                  reports.sort(Comparator.comparingInt(Tuple2::_1));
                  List<Found> own = new ArrayList<>();
                  c._2()._2().forEach(own::add);
                  own.sort(Comparator.comparingInt(Found::a).thenComparingInt(Found::b));
                  SourceFamily family =
                      FamilyGrouper.family(
                          reports.stream().map(Tuple2::_2).toList(),
                          own.stream().map(Found::link).toList());
                  Map<String, Published> published = new HashMap<>();
                  reports.forEach(r -> published.put(r._2().id(), r._2().published()));
                  return new Grouped(c._1(), family, Pipeline.inheritedDates(family, published));
                })
            .collect();
    componentOf.unpersist();
    List<Grouped> ordered = new ArrayList<>(grouped);
    ordered.sort(Comparator.comparingInt(Grouped::component));
    Map<String, Published> inherited = new HashMap<>();
    ordered.forEach(g -> inherited.putAll(g.inherited()));
    // Only each PARTIAL link's ends and relation reach the driver, in link order.
    List<Found> partial =
        new ArrayList<>(
            found
                .filter(f -> f.link().relation() == ReuseRelation.PARTIAL)
                .map(f -> new Found(f.a(), f.b(), ends(f.link())))
                .collect());
    partial.sort(Comparator.comparingInt(Found::a).thenComparingInt(Found::b));
    List<SourceFamily> families =
        FamilyGrouper.withPartialReusers(
            ordered.stream().map(Grouped::family).toList(),
            partial.stream().map(Found::link).toList());
    return new Families(families, inherited);
  }

  /**
   * Each node of {@code edges} that is not the lowest of its connected component, with that lowest
   * node, and each lowest node with itself. Found by alternating large-star and small-star rounds
   * (Kiveris et al., "Connected Components in MapReduce and Beyond", 2014) until the edges stop
   * changing: then every component is a star around its lowest node. O(log n) rounds, each a few
   * shuffles of node pairs; nothing is gathered on the driver.
   */
  static JavaPairRDD<Integer, Integer> components(
      JavaPairRDD<Integer, Integer> edges, int partitions) {
    // Edges kept as (larger, smaller).
    JavaPairRDD<Integer, Integer> current =
        edges
            .filter(t -> !t._1().equals(t._2()))
            .mapToPair(t -> t._1() > t._2() ? t : t.swap())
            .distinct(partitions)
            .persist(StorageLevel.MEMORY_AND_DISK());
    while (true) {
      // Large star: each node's larger neighbours linked to its lowest neighbour (or itself).
      JavaPairRDD<Integer, Integer> large =
          current
              .flatMapToPair(t -> List.of(t, t.swap()).iterator())
              .groupByKey(partitions)
              .flatMapToPair(
                  g -> {
                    int u = g._1();
                    int low = u;
                    for (int v : g._2()) {
                      low = Math.min(low, v);
                    }
                    List<Tuple2<Integer, Integer>> out = new ArrayList<>();
                    for (int v : g._2()) {
                      if (v > u) {
                        out.add(new Tuple2<>(v, low));
                      }
                    }
                    return out.iterator();
                  });
      // Small star: each node's smaller neighbours and itself linked to its lowest neighbour.
      JavaPairRDD<Integer, Integer> small =
          large
              .groupByKey(partitions)
              .flatMapToPair(
                  g -> {
                    int u = g._1();
                    int low = u;
                    for (int v : g._2()) {
                      low = Math.min(low, v);
                    }
                    List<Tuple2<Integer, Integer>> out = new ArrayList<>();
                    if (u != low) {
                      out.add(new Tuple2<>(u, low));
                    }
                    for (int v : g._2()) {
                      if (v != low) {
                        out.add(new Tuple2<>(v, low));
                      }
                    }
                    return out.iterator();
                  })
              .distinct(partitions)
              .persist(StorageLevel.MEMORY_AND_DISK());
      boolean settled = small.subtract(current).isEmpty() && current.subtract(small).isEmpty();
      current.unpersist();
      current = small;
      if (settled) {
        break;
      }
    }
    JavaPairRDD<Integer, Integer> stars = current;
    return stars.union(stars.values().distinct(partitions).mapToPair(m -> new Tuple2<>(m, m)));
  }

  /** The link without its evidence texts. */
  private static ReuseLink ends(ReuseLink l) {
    return new ReuseLink(
        l.a(),
        l.b(),
        l.relation(),
        l.score(),
        l.containmentA(),
        l.containmentB(),
        l.coverageA(),
        l.coverageB(),
        List.of(),
        List.of());
  }

  /**
   * How many ranges to spread {@code values} numbers over: at least one per core, and about four
   * million values (32 MB of longs) each.
   */
  private int ranges(JavaSparkContext jsc, long values) {
    return (int) Math.max(parallelism(jsc), Math.min(1 << 16, values / 4_000_000 + 1));
  }

  private int parallelism(JavaSparkContext jsc) {
    return config.partitions() > 0 ? config.partitions() : jsc.defaultParallelism();
  }

  /** Events grouped per time window on the executors (see {@link EventWindows}). */
  private List<Event> windowedEvents(
      JavaSparkContext jsc,
      JavaPairRDD<Integer, EventWindows.Placed> placed,
      List<EventWindows.Dated> stubs,
      List<SourceFamily> families) {
    return EventWindows.events(
        jsc, placed, stubs, families, config.pipeline().events(), config.eventWindowDays());
  }

  /** The result of a run through events: no claims, no records. */
  private static Result throughEvents(
      int n,
      JavaRDD<ReuseLink> links,
      List<SourceFamily> families,
      Map<String, Published> inherited,
      JavaRDD<ClaimSet> noClaims,
      List<Event> events,
      List<Rejection> rejections,
      Map<String, Double> seconds) {
    return new Result(
        n,
        links,
        families,
        inherited,
        noClaims,
        events,
        List.of(),
        rejections,
        seconds,
        Through.EVENTS);
  }

  private static long lap(Map<String, Double> seconds, String step, long since) {
    long now = System.nanoTime();
    seconds.put(step, (now - since) / 1e9);
    // Logged as each step ends, so that a long run shows where it is (and what it measured so far).
    LOG.info(String.format(Locale.ROOT, "%s: %.1f s", step, (now - since) / 1e9));
    return now;
  }

  /**
   * Every input record with a key of its place in the input order: files in the order given,
   * folders in name order. The key is the file's place among the files in the high bits and the
   * record's line or row in the file in the low bits, so that no pass counts the records first.
   */
  private static JavaPairRDD<Line, Long> read(
      SparkSession spark, JavaSparkContext jsc, List<String> inputs) throws IOException {
    Configuration hadoop = jsc.hadoopConfiguration();
    List<JavaPairRDD<Line, Long>> parts = new ArrayList<>();
    for (String input : inputs) {
      for (String file : files(input, hadoop)) {
        long first = (long) parts.size() << FILE_SHIFT;
        if (file.toLowerCase(java.util.Locale.ROOT).endsWith(".parquet")) {
          parts.add(
              spark
                  .read()
                  .parquet(file)
                  .toJSON()
                  .javaRDD()
                  .zipWithIndex()
                  .mapToPair(
                      t ->
                          new Tuple2<>(
                              new Line(file + "[" + t._2() + "]", t._1()), first | t._2())));
        } else {
          parts.add(
              jsc.textFile(file)
                  .zipWithIndex()
                  .filter(t -> !t._1().isBlank())
                  .mapToPair(
                      t ->
                          new Tuple2<>(
                              new Line(file + ":" + (t._2() + 1), t._1()), first | t._2())));
        }
      }
    }
    if (parts.isEmpty()) {
      return jsc.<Line>emptyRDD().zipWithIndex();
    }
    @SuppressWarnings("unchecked")
    JavaPairRDD<Line, Long>[] all = parts.toArray(new JavaPairRDD[0]);
    return all.length == 1 ? all[0] : jsc.union(all);
  }

  /** The files of one input: itself, or a folder's files (recursively, in name order). */
  private static List<String> files(String input, Configuration hadoop) throws IOException {
    Path path = new Path(input);
    FileSystem fs = path.getFileSystem(hadoop);
    FileStatus status = fs.getFileStatus(path);
    List<String> out = new ArrayList<>();
    if (!status.isDirectory()) {
      out.add(input);
      return out;
    }
    FileStatus[] children = fs.listStatus(path);
    Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
    String prefix = input.endsWith("/") ? input : input + "/";
    for (FileStatus child : children) {
      String name = child.getPath().getName();
      if (!name.startsWith(".") && !name.startsWith("_")) {
        out.addAll(files(prefix + name, hadoop));
      }
    }
    return out;
  }

  private JavaRDD<Cleaned> clean(JavaPairRDD<Line, Long> lines) {
    ReportCleaner.Config cleaning = config.cleaning();
    return lines.mapPartitions(
        (Iterator<Tuple2<Line, Long>> it) -> {
          ReportReader reader = new ReportReader(ReportReader.Config.defaults());
          ReportCleaner cleaner = new ReportCleaner(cleaning);
          List<Cleaned> out = new ArrayList<>();
          while (it.hasNext()) {
            Tuple2<Line, Long> t = it.next();
            long order = t._2();
            reader.readLine(
                t._1().where(),
                t._1().json(),
                raw -> {
                  ReportCleaner.Outcome o = cleaner.clean(raw);
                  out.add(new Cleaned(order, o.article(), o.rejection()));
                },
                r -> out.add(new Cleaned(order, null, r)));
          }
          return out.iterator();
        });
  }

  /**
   * Articles in input order, without what their outlet repeats. The reports giving each short
   * paragraph are counted by key across the cluster; only the keys that recur reach the executors,
   * so no outlet's reports need to meet on one machine.
   */
  private JavaRDD<Article> withoutRecurringLines(JavaRDD<Cleaned> cleaned) {
    JavaRDD<Cleaned> articles = cleaned.filter(c -> c.article() != null);
    RecurringLineRemover remover = new RecurringLineRemover(config.recurring());
    List<String> keys =
        articles
            .flatMapToPair(
                c -> {
                  List<Tuple2<String, String>> out = new ArrayList<>();
                  for (String key : remover.candidates(c.article())) {
                    out.add(new Tuple2<>(key, c.article().id()));
                  }
                  return out.iterator();
                })
            .distinct()
            .mapToPair(t -> new Tuple2<>(t._1(), 1))
            .reduceByKey(Integer::sum)
            .filter(t -> remover.recurs(t._2()))
            .keys()
            .collect();
    Broadcast<Set<String>> recurs =
        JavaSparkContext.fromSparkContext(cleaned.context()).broadcast(new HashSet<>(keys));
    return articles.mapPartitions(
        (Iterator<Cleaned> it) -> {
          Set<String> found = recurs.value();
          List<Article> out = new ArrayList<>();
          while (it.hasNext()) {
            out.add(remover.strip(it.next().article(), found::contains));
          }
          return out.iterator();
        });
  }

  /** The reuse links among the articles, with the indexes of their reports. */
  private JavaRDD<Found> links(
      JavaSparkContext jsc, JavaPairRDD<Integer, Article> articles, int n) {
    ReuseDetector.Config reuse = config.pipeline().reuse();
    CandidateFinder.Config search = reuse.candidates();

    JavaPairRDD<Integer, long[]> shingles =
        articles
            .mapValues(a -> CandidateFinder.shingles(a.text()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long total = shingles.map(t -> (long) t._2().length).fold(0L, Long::sum);
    int bits = CandidateFinder.counterBits(total);
    // Slot ranges: a power of two, each of 1 << shift slots.
    int shift = bits - Math.min(bits, 31 - Integer.numberOfLeadingZeros(ranges(jsc, total)));
    int[] df = new int[1 << bits];
    // Each partition counts its slots (sorted, run-length coded); each range of slots is summed
    // on one executor: primitive arrays cross the shuffle, not one record per shingle.
    shingles
        .values()
        .mapPartitionsToPair(
            (Iterator<long[]> it) -> {
              Chunks.IntList slots = new Chunks.IntList();
              while (it.hasNext()) {
                for (long h : it.next()) {
                  slots.add(CandidateFinder.counterSlot(h, bits));
                }
              }
              return Chunks.SlotCounts.of(slots.sorted(), shift).iterator();
            })
        .groupByKey(new HashPartitioner(1 << (bits - shift)))
        .mapToPair(t -> new Tuple2<>(t._1(), Chunks.SlotCounts.dense(t._2(), shift)))
        .collect()
        .forEach(t -> System.arraycopy(t._2(), 0, df, t._1() << shift, t._2().length));
    Broadcast<int[]> dfB = jsc.broadcast(df);

    JavaPairRDD<Integer, long[]> signatures =
        shingles
            .mapPartitionsToPair(
                (Iterator<Tuple2<Integer, long[]>> it) -> {
                  CandidateFinder.Signer signer =
                      new CandidateFinder(search).signer(dfB.value(), n);
                  List<Tuple2<Integer, long[]>> out = new ArrayList<>();
                  while (it.hasNext()) {
                    Tuple2<Integer, long[]> t = it.next();
                    out.add(new Tuple2<>(t._1(), signer.sign(t._2())));
                  }
                  return out.iterator();
                })
            .persist(StorageLevel.MEMORY_AND_DISK());

    // Per-article numbers the pair estimates need, small enough to broadcast.
    int[] filled = new int[n];
    int[] sizes = new int[n];
    LocalDate[] dates = new LocalDate[n];
    signatures.mapValues(DossierJob::filled).collect().forEach(t -> filled[t._1()] = t._2());
    shingles.mapValues(s -> s.length).collect().forEach(t -> sizes[t._1()] = t._2());
    articles
        .mapValues(a -> a.published() == null ? null : a.published().date())
        .collect()
        .forEach(t -> dates[t._1()] = t._2());
    shingles.unpersist();

    // Identical fingerprints collapse to their first holder, as in the local search.
    List<Tuple2<Integer, Integer>> copies =
        signatures
            .filter(t -> filled(t._2()) > 0)
            .mapToPair(t -> new Tuple2<>(new SignatureKey(t._2(), sizes[t._1()]), t._1()))
            .groupByKey()
            .flatMap(
                g -> {
                  List<Integer> holders = new ArrayList<>();
                  g._2().forEach(holders::add);
                  holders.sort(null);
                  List<Tuple2<Integer, Integer>> out = new ArrayList<>();
                  for (int k = 1; k < holders.size(); k++) {
                    out.add(new Tuple2<>(holders.get(0), holders.get(k)));
                  }
                  return out.iterator();
                })
            .collect();
    CandidateFinder finder = new CandidateFinder(search);
    boolean[] represented = new boolean[n];
    List<Candidate> candidates = new ArrayList<>();
    for (Tuple2<Integer, Integer> c : copies) {
      represented[c._2()] = true;
      if (finder.withinWindow(dates[c._1()], dates[c._2()])) {
        candidates.add(new Candidate(c._1(), c._2(), 1, 1, 1));
      }
    }
    Broadcast<boolean[]> representedB = jsc.broadcast(represented);
    Broadcast<Sketch[]> sketchesB = jsc.broadcast(sketches(filled, sizes, dates));

    // Postings (bucket key and report index in one long) go to the executor of their key's range,
    // which sorts them and counts the bins each pair shares, as the local search does; the counts
    // then meet per pair on the executor of the pair's range.
    int postingRanges = ranges(jsc, (long) n * search.bins());
    JavaRDD<Candidate> found =
        signatures
            .filter(t -> !representedB.value()[t._1()])
            .mapPartitionsToPair(
                (Iterator<Tuple2<Integer, long[]>> it) -> {
                  Chunks.LongList[] out = Chunks.LongList.array(postingRanges);
                  while (it.hasNext()) {
                    Tuple2<Integer, long[]> t = it.next();
                    long[] sig = t._2();
                    for (int k = 0; k < sig.length; k++) {
                      if (sig[k] != 0) {
                        long posting = CandidateFinder.postingKey(sig[k], k, n) | t._1();
                        // the range from key bits only (report indexes take at most the low 31
                        // bits)
                        out[Chunks.rangeOf(posting >>> 32, postingRanges)].add(posting);
                      }
                    }
                  }
                  return Chunks.LongList.chunks(out).iterator();
                })
            .groupByKey(new HashPartitioner(postingRanges))
            .flatMapToPair(
                range -> {
                  long[] postings =
                      CandidateFinder.sortedByBucket(Chunks.LongList.concat(range._2()));
                  CandidateFinder.PairCounter counter =
                      new CandidateFinder.PairCounter(Math.max(1024, postings.length));
                  new CandidateFinder(search).countPairs(postings, n, counter);
                  return Chunks.PairCounts.split(counter, postingRanges).iterator();
                })
            .groupByKey(new HashPartitioner(postingRanges))
            .mapPartitions(
                (Iterator<Tuple2<Integer, Iterable<Chunks.PairCounts>>> it) -> {
                  CandidateFinder local = new CandidateFinder(search);
                  Sketch[] s = sketchesB.value();
                  List<Candidate> out = new ArrayList<>();
                  while (it.hasNext()) {
                    CandidateFinder.PairCounter counter = Chunks.PairCounts.merge(it.next()._2());
                    counter.forEach(
                        (a, b, agreements) -> {
                          CandidateFinder.Pair p =
                              local.pair(
                                  a,
                                  b,
                                  agreements,
                                  s[a].filled(),
                                  s[b].filled(),
                                  s[a].size(),
                                  s[b].size(),
                                  s[a].date(),
                                  s[b].date());
                          if (p != null) {
                            out.add(Candidate.of(p));
                          }
                        });
                  }
                  return out.iterator();
                })
            .persist(StorageLevel.MEMORY_AND_DISK());
    found.count(); // the signatures are read here, before they are let go
    signatures.unpersist();

    JavaRDD<Candidate> all = found.union(jsc.parallelize(candidates, 1));
    // Joined under the reports' own partitioner: the pairs move to the reports, not the reverse.
    Partitioner byReport = articles.partitioner().get();
    JavaRDD<Found> links =
        all.mapToPair(c -> new Tuple2<>(c.a(), c))
            .join(articles, byReport)
            .mapToPair(t -> new Tuple2<>(t._2()._1().b(), t._2()))
            .join(articles, byReport)
            .values()
            .mapPartitions(
                (Iterator<Tuple2<Tuple2<Candidate, Article>, Article>> it) -> {
                  ReuseDetector detector = new ReuseDetector(reuse);
                  List<Found> out = new ArrayList<>();
                  while (it.hasNext()) {
                    Tuple2<Tuple2<Candidate, Article>, Article> t = it.next();
                    Candidate c = t._1()._1();
                    ReuseLink link = detector.compare(t._1()._2(), t._2(), c.pair());
                    if (link != null) {
                      out.add(new Found(c.a(), c.b(), link));
                    }
                  }
                  return out.iterator();
                });
    // Cached and counted here, so that the candidates can be let go.
    links.persist(SERIALIZED).count();
    found.unpersist();
    return links;
  }

  private static Sketch[] sketches(int[] filled, int[] sizes, LocalDate[] dates) {
    Sketch[] out = new Sketch[filled.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = new Sketch(filled[i], sizes[i], dates[i]);
    }
    return out;
  }

  private static int filled(long[] signature) {
    int count = 0;
    for (long v : signature) {
      if (v != 0) {
        count++;
      }
    }
    return count;
  }
}
