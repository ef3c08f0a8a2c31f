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
import dossier.pipeline.Pipeline;
import dossier.reuse.CandidateFinder;
import dossier.reuse.ReuseDetector;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
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

    public static Config defaults() {
      return new Config(
          ReportCleaner.Config.defaults(),
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
   * step in run order (read and clean, reuse, families and dates, claims, events and reconcile).
   */
  public record Result(
      Dossier dossier, List<Rejection> rejections, Map<String, Double> seconds, Through through) {
    public Result {
      Objects.requireNonNull(dossier, "dossier");
      Objects.requireNonNull(through, "through");
      rejections = List.copyOf(rejections);
      seconds = Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
    }
  }

  /** One input record: where it was read ({@code file:line} or {@code file[row]}) and its JSON. */
  record Line(String where, String json) implements Serializable {}

  /** The outcome of reading and cleaning one record, with its place in the input order. */
  record Cleaned(long order, Article article, Rejection rejection) implements Serializable {}

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

  private final Config config;

  public DossierJob(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** Runs every stage over the reports of {@code inputs} (files or folders, any Hadoop path). */
  public Result run(SparkSession spark, List<String> inputs) throws IOException {
    long start = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Cleaned> cleaned =
        clean(read(spark, jsc, inputs)).persist(StorageLevel.MEMORY_AND_DISK());
    List<Rejection> rejections =
        cleaned
            .filter(c -> c.rejection() != null)
            .sortBy(Cleaned::order, true, 1)
            .map(Cleaned::rejection)
            .collect();
    JavaPairRDD<Integer, Article> articles =
        withoutRecurringLines(cleaned)
            .sortByKey()
            .values()
            .zipWithIndex()
            .mapToPair(t -> new Tuple2<>((int) (long) t._2(), t._1()));
    if (config.partitions() > 0) {
      articles = articles.repartition(config.partitions());
    }
    articles = articles.persist(StorageLevel.MEMORY_AND_DISK());
    cleaned.unpersist();
    int n = (int) articles.count();
    Map<String, Double> seconds = new LinkedHashMap<>();
    long at = System.nanoTime();
    seconds.put("read and clean", (at - start) / 1e9);

    List<ReuseLink> links = links(jsc, articles, n);
    at = lap(seconds, "reuse pairs", at);
    List<Article> all = articles.sortByKey().values().collect();
    ReuseGraph reuse = ReuseDetector.group(all, links);
    List<Article> dated = Pipeline.inheritFamilyDates(all, reuse);

    Map<String, Published> inherited = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      if (dated.get(i).published() != all.get(i).published()) {
        inherited.put(dated.get(i).id(), dated.get(i).published());
      }
    }
    at = lap(seconds, "families and dates", at);
    if (config.through() == Through.FAMILIES) {
      articles.unpersist();
      return new Result(
          new Dossier(dated, reuse, Map.of(), List.of(), List.of()),
          rejections,
          seconds,
          Through.FAMILIES);
    }
    Broadcast<Map<String, Published>> inheritedB = jsc.broadcast(inherited);
    if (config.through() == Through.EVENTS) {
      List<Event> events;
      if (config.eventWindowDays() > 0) {
        JavaPairRDD<Integer, EventWindows.Placed> placed =
            articles.mapToPair(
                t -> {
                  Published p = inheritedB.value().get(t._2().id());
                  Article d = p == null ? t._2() : t._2().withPublished(p);
                  return new Tuple2<>(t._1(), new EventWindows.Placed(t._1(), d, null));
                });
        events =
            EventWindows.events(
                jsc,
                placed,
                dated,
                reuse,
                config.pipeline().events(),
                config.eventWindowDays(),
                parallelism(jsc));
      } else {
        events = Pipeline.events(config.pipeline().events(), dated, reuse, Map.of());
      }
      articles.unpersist();
      lap(seconds, "events", at);
      return new Result(
          new Dossier(dated, reuse, Map.of(), events, List.of()),
          rejections,
          seconds,
          Through.EVENTS);
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
                    Article a = t._2();
                    Published p = inheritedB.value().get(a.id());
                    Article d = p == null ? a : a.withPublished(p);
                    out.add(
                        new Tuple2<>(
                            t._1(), new EventWindows.Placed(t._1(), d, extractor.extract(d))));
                  }
                  return out.iterator();
                })
            .persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, ClaimSet> claims =
        placed.values().mapToPair(p -> new Tuple2<>(p.article().id(), p.claims())).collectAsMap();
    articles.unpersist();
    at = lap(seconds, "claims", at);
    Dossier dossier;
    if (config.eventWindowDays() > 0) {
      List<Event> events =
          EventWindows.events(
              jsc,
              placed,
              dated,
              reuse,
              config.pipeline().events(),
              config.eventWindowDays(),
              parallelism(jsc));
      List<EventRecord> records =
          EventWindows.records(
              jsc, placed, events, reuse, config.pipeline().reconcile(), parallelism(jsc));
      dossier = new Dossier(dated, reuse, claims, events, records);
    } else {
      dossier =
          new Pipeline(config.pipeline())
              .finish(dated, reuse, new HashMap<>(claims), Pipeline.Listener.none());
    }
    placed.unpersist();
    lap(seconds, "events and reconcile", at);
    return new Result(dossier, rejections, seconds, Through.RECORDS);
  }

  private int parallelism(JavaSparkContext jsc) {
    return config.partitions() > 0 ? config.partitions() : jsc.defaultParallelism();
  }

  private static long lap(Map<String, Double> seconds, String step, long since) {
    long now = System.nanoTime();
    seconds.put(step, (now - since) / 1e9);
    return now;
  }

  /** Every input record in input order: files in the order given, folders in name order. */
  private static JavaPairRDD<Line, Long> read(
      SparkSession spark, JavaSparkContext jsc, List<String> inputs) throws IOException {
    Configuration hadoop = jsc.hadoopConfiguration();
    List<JavaRDD<Line>> parts = new ArrayList<>();
    for (String input : inputs) {
      for (String file : files(input, hadoop)) {
        if (file.toLowerCase(java.util.Locale.ROOT).endsWith(".parquet")) {
          parts.add(
              spark
                  .read()
                  .parquet(file)
                  .toJSON()
                  .javaRDD()
                  .zipWithIndex()
                  .map(t -> new Line(file + "[" + t._2() + "]", t._1())));
        } else {
          parts.add(
              jsc.textFile(file)
                  .zipWithIndex()
                  .filter(t -> !t._1().isBlank())
                  .map(t -> new Line(file + ":" + (t._2() + 1), t._1())));
        }
      }
    }
    if (parts.isEmpty()) {
      return jsc.<Line>emptyRDD().zipWithIndex();
    }
    @SuppressWarnings("unchecked")
    JavaRDD<Line>[] all = parts.toArray(new JavaRDD[0]);
    return (all.length == 1 ? all[0] : jsc.union(all)).zipWithIndex();
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

  /** Articles by input order, without what their outlet repeats (found per outlet group). */
  private JavaPairRDD<Long, Article> withoutRecurringLines(JavaRDD<Cleaned> cleaned) {
    RecurringLineRemover.Config recurring = config.recurring();
    JavaRDD<Cleaned> articles = cleaned.filter(c -> c.article() != null);
    JavaPairRDD<Long, Article> alone =
        articles
            .filter(c -> c.article().outlet() == null)
            .mapToPair(c -> new Tuple2<>(c.order(), c.article()));
    JavaPairRDD<Long, Article> grouped =
        articles
            .filter(c -> c.article().outlet() != null)
            .groupBy(c -> c.article().outlet())
            .flatMapToPair(
                group -> {
                  List<Cleaned> members = new ArrayList<>();
                  group._2().forEach(members::add);
                  members.sort(Comparator.comparingLong(Cleaned::order));
                  List<Article> kept =
                      new RecurringLineRemover(recurring)
                          .remove(members.stream().map(Cleaned::article).toList());
                  List<Tuple2<Long, Article>> out = new ArrayList<>();
                  for (int i = 0; i < kept.size(); i++) {
                    out.add(new Tuple2<>(members.get(i).order(), kept.get(i)));
                  }
                  return out.iterator();
                });
    return alone.union(grouped);
  }

  /** The reuse links among the articles, in the order of their index pairs. */
  private List<ReuseLink> links(
      JavaSparkContext jsc, JavaPairRDD<Integer, Article> articles, int n) {
    ReuseDetector.Config reuse = config.pipeline().reuse();
    CandidateFinder.Config search = reuse.candidates();

    JavaPairRDD<Integer, long[]> shingles =
        articles
            .mapValues(a -> CandidateFinder.shingles(a.text()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long total = shingles.map(t -> (long) t._2().length).fold(0L, Long::sum);
    int bits = CandidateFinder.counterBits(total);
    int[] df = new int[1 << bits];
    shingles
        .flatMapToPair(
            t -> {
              List<Tuple2<Integer, Integer>> out = new ArrayList<>(t._2().length);
              for (long h : t._2()) {
                out.add(new Tuple2<>(CandidateFinder.counterSlot(h, bits), 1));
              }
              return out.iterator();
            })
        .reduceByKey(Integer::sum)
        .collect()
        .forEach(t -> df[t._1()] = t._2());
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

    // Buckets of equal posting keys, each whole on one executor; agreements counted per pair.
    JavaRDD<Candidate> found =
        signatures
            .filter(t -> !representedB.value()[t._1()])
            .flatMapToPair(
                t -> {
                  long[] sig = t._2();
                  List<Tuple2<Long, Integer>> out = new ArrayList<>();
                  for (int k = 0; k < sig.length; k++) {
                    if (sig[k] != 0) {
                      out.add(new Tuple2<>(CandidateFinder.postingKey(sig[k], k, n), t._1()));
                    }
                  }
                  return out.iterator();
                })
            .groupByKey()
            .flatMapToPair(
                bucket -> {
                  List<Integer> holders = new ArrayList<>();
                  bucket._2().forEach(holders::add);
                  List<Tuple2<Long, Integer>> out = new ArrayList<>();
                  int size = holders.size();
                  if (size < 2) {
                    return out.iterator();
                  }
                  holders.sort(null);
                  int hubs = new CandidateFinder(search).hubs(size);
                  for (int x = 0; x < hubs; x++) {
                    for (int y = x + 1; y < size; y++) {
                      int dx = holders.get(x);
                      int dy = holders.get(y);
                      if (dx != dy) {
                        long key = dx < dy ? ((long) dx << 32) | dy : ((long) dy << 32) | dx;
                        out.add(new Tuple2<>(key, 1));
                      }
                    }
                  }
                  return out.iterator();
                })
            .reduceByKey(Integer::sum)
            .mapPartitions(
                (Iterator<Tuple2<Long, Integer>> it) -> {
                  CandidateFinder local = new CandidateFinder(search);
                  Sketch[] s = sketchesB.value();
                  List<Candidate> out = new ArrayList<>();
                  while (it.hasNext()) {
                    Tuple2<Long, Integer> t = it.next();
                    int a = (int) (t._1() >>> 32);
                    int b = (int) (long) t._1();
                    CandidateFinder.Pair p =
                        local.pair(
                            a,
                            b,
                            t._2(),
                            s[a].filled(),
                            s[b].filled(),
                            s[a].size(),
                            s[b].size(),
                            s[a].date(),
                            s[b].date());
                    if (p != null) {
                      out.add(Candidate.of(p));
                    }
                  }
                  return out.iterator();
                });
    signatures.unpersist();

    JavaRDD<Candidate> all = found.union(jsc.parallelize(candidates, 1));
    List<Found> links =
        all.mapToPair(c -> new Tuple2<>(c.a(), c))
            .join(articles)
            .mapToPair(t -> new Tuple2<>(t._2()._1().b(), t._2()))
            .join(articles)
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
                })
            .collect();
    List<Found> sorted = new ArrayList<>(links);
    sorted.sort(Comparator.comparingInt(Found::a).thenComparingInt(Found::b));
    return sorted.stream().map(Found::link).toList();
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
