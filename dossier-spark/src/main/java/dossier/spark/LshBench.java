package dossier.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.model.Article;
import dossier.reuse.CandidateFinder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.Tuple2;

/**
 * {@code dossier spark-lsh}: Dossier's candidate search against Spark MLlib's {@link MinHashLSH}
 * {@code approxSimilarityJoin} on the same shingles ({@link CandidateFinder#shingles}), in one run,
 * on a corpus from {@code dossier gen-corpus}: wall and process CPU time, candidate pairs, and
 * recall and precision against the planted families of its truth file.
 *
 * <p>A planted pair is any two reports of one planted family (a story and its copies). "Direct"
 * recall counts a planted pair found as a candidate pair; "connected" counts it when the candidate
 * pairs join the two through other reports. A candidate pair is correct when both reports belong to
 * one planted family.
 */
@Command(
    name = "dossier spark-lsh",
    mixinStandardHelpOptions = true,
    description =
        "Candidate search: Dossier's CandidateFinder vs Spark MLlib MinHashLSH"
            + " approxSimilarityJoin on the same shingles, with planted-pair recall and precision.")
public final class LshBench implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reports shingled at a time. */
  private static final int SLICE = 20_000;

  @Parameters(index = "0", paramLabel = "CORPUS", description = "gen-corpus JSONL.")
  Path corpus;

  @Option(
      names = "--truth",
      paramLabel = "FILE",
      description = "gen-corpus truth JSONL (default: CORPUS with .truth.jsonl).")
  Path truth;

  @Option(
      names = "--master",
      paramLabel = "URL",
      defaultValue = "local[2]",
      description = "Spark master for the peer (default ${DEFAULT-VALUE}).")
  String master;

  @Option(
      names = "--tables",
      defaultValue = "5",
      description = "MinHashLSH hash tables (default ${DEFAULT-VALUE}).")
  int tables;

  @Option(
      names = "--max-distance",
      defaultValue = "0.9",
      description = "Largest Jaccard distance the join keeps (default ${DEFAULT-VALUE}).")
  double maxDistance;

  @Option(names = "--no-peer", description = "Time only Dossier's candidate search.")
  boolean noPeer;

  @Option(
      names = "--table-by-table",
      description =
          "Join one of the peer's hash tables at a time, over its vectors cached on disk: the same"
              + " pairs as the join of all tables at once, with one table's shuffle on disk at a"
              + " time.")
  boolean tableByTable;

  @Override
  public Integer call() throws IOException {
    Ours ours = ours(corpus, new CandidateFinder(CandidateFinder.Config.defaults()));
    int[] family = families(truthFile(), ours.index(), ours.index().size());
    System.out.printf(
        Locale.ROOT,
        "corpus: %d reports, %d planted pairs; %d cores; load average %.1f%n",
        family.length,
        plantedPairs(family).size(),
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    report(
        String.format(
            Locale.ROOT,
            "dossier CandidateFinder (from text; shingling %.1f s wall, %.1f s CPU)",
            ours.shingleWall(),
            ours.shingleCpu()),
        ours.wall(),
        ours.cpu(),
        ours.pairs(),
        family);
    if (noPeer) {
      return 0;
    }
    System.gc(); // the shingles are gone; give the heap to Spark

    try (SparkSession spark = SparkMain.session(master)) {
      Peer peer =
          tableByTable
              ? peerByTable(spark, corpus.toString(), ours.index(), tables, maxDistance)
              : peer(spark, corpus.toString(), ours.index(), tables, maxDistance);
      report(
          String.format(
              Locale.ROOT,
              "Spark MLlib MinHashLSH (%d tables%s, distance < %.2f, %s; vectors made from the"
                  + " texts on the executors and cached in %.1f s, outside the timing)",
              tables,
              tableByTable ? " joined one at a time" : "",
              maxDistance,
              master,
              peer.loadWall()),
          peer.wall(),
          peer.cpu(),
          peer.pairs(),
          family);
      System.out.printf(
          Locale.ROOT,
          "speed ratio dossier/MinHashLSH: %.1fx wall, %.1fx CPU%n",
          peer.wall() / ours.wall(),
          peer.cpu() / ours.cpu());
    }
    return 0;
  }

  /**
   * Dossier's candidate pairs, with the report index of each id (in corpus order) and the time they
   * took: shingling the texts plus the search. The corpus is read in slices and only the shingles
   * are kept, so that a corpus larger than the heap's share for texts goes through; reading and
   * parsing the lines are not timed.
   */
  record Ours(
      Map<String, Integer> index,
      List<long[]> pairs,
      double wall,
      double cpu,
      double shingleWall,
      double shingleCpu) {}

  static Ours ours(Path corpus, CandidateFinder finder) throws IOException {
    warm(corpus, finder);
    Map<String, Integer> index = new HashMap<>();
    List<long[]> shingles = new ArrayList<>();
    List<String> texts = new ArrayList<>(SLICE);
    long shingleWall = 0;
    long shingleCpu = 0;
    try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      while (true) {
        texts.clear();
        String line;
        while (texts.size() < SLICE && (line = in.readLine()) != null) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode node = JSON.readTree(line);
          index.put(node.get("id").asText(), index.size());
          texts.add(node.get("text").asText());
        }
        if (texts.isEmpty()) {
          break;
        }
        long wall = System.nanoTime();
        long cpu = cpuNanos();
        long[][] slice = new long[texts.size()][];
        IntStream.range(0, slice.length)
            .parallel()
            .forEach(i -> slice[i] = CandidateFinder.shingles(texts.get(i)));
        shingleWall += System.nanoTime() - wall;
        shingleCpu += cpuNanos() - cpu;
        shingles.addAll(Arrays.asList(slice));
      }
    }
    long[][] all = shingles.toArray(new long[0][]);
    shingles.clear();
    long wall = System.nanoTime();
    long cpu = cpuNanos();
    List<CandidateFinder.Pair> found = finder.find(all, null);
    long searchWall = System.nanoTime() - wall;
    long searchCpu = cpuNanos() - cpu;
    List<long[]> pairs = found.stream().map(p -> new long[] {p.a(), p.b()}).toList();
    return new Ours(
        index,
        pairs,
        (shingleWall + searchWall) / 1e9,
        (shingleCpu + searchCpu) / 1e9,
        shingleWall / 1e9,
        shingleCpu / 1e9);
  }

  /** Runs the search once on the corpus's first reports, so that the timed run meets a warm JIT. */
  private static void warm(Path corpus, CandidateFinder finder) throws IOException {
    List<Article> first = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      String line;
      while (first.size() < 2000 && (line = in.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode node = JSON.readTree(line);
          first.add(Article.of(node.get("id").asText(), node.get("text").asText()));
        }
      }
    }
    finder.find(first);
  }

  /** The peer's candidate pairs (as report indices), its timing and the untimed loading. */
  record Peer(List<long[]> pairs, double wall, double cpu, double loadWall) {}

  /**
   * MinHashLSH's self-join on the corpus's shingle vectors. The executors read the corpus and make
   * the vectors (the same shingles as Dossier's); they are cached before the timing, which favours
   * the peer: Dossier's time includes making its shingles from the texts.
   */
  static Peer peer(
      SparkSession spark,
      String corpus,
      Map<String, Integer> index,
      int tables,
      double maxDistance) {
    long load = System.nanoTime();
    JavaRDD<Row> rows = shingled(spark, corpus).map(Shingled::row);
    Dataset<Row> reports =
        spark.createDataFrame(rows, schema()).persist(StorageLevel.MEMORY_AND_DISK());
    reports.count();
    double loadWall = (System.nanoTime() - load) / 1e9;

    long wall = System.nanoTime();
    long cpu = cpuNanos();
    MinHashLSHModel model = fitted(reports, tables);
    Dataset<Row> hashed = model.transform(reports).persist(StorageLevel.MEMORY_AND_DISK());
    List<Row> joined = joined(model, hashed, maxDistance);
    double peerWall = (System.nanoTime() - wall) / 1e9;
    double peerCpu = (cpuNanos() - cpu) / 1e9;
    hashed.unpersist();
    reports.unpersist();
    List<long[]> out = new ArrayList<>(joined.size());
    for (Row r : joined) {
      out.add(new long[] {index.get(r.getString(0)), index.get(r.getString(1))});
    }
    return new Peer(out, peerWall, peerCpu, loadWall);
  }

  /**
   * The same join as {@link #peer}, one hash table at a time: a model of {@code tables} tables is
   * fitted as there (same seed, so the same hash functions), and each of its tables joins the
   * corpus alone as a one-table model; a pair is a candidate when any table finds it, as in the
   * join of all tables at once. The vectors are cached on disk as shingle indices, and each table's
   * join is collected before the next starts, so the disk holds the cache and one table's shuffle
   * (the join of all tables shuffles every vector once per table, and did not fit this machine's
   * disk at 10^6 reports).
   */
  static Peer peerByTable(
      SparkSession spark,
      String corpus,
      Map<String, Integer> index,
      int tables,
      double maxDistance) {
    long load = System.nanoTime();
    JavaRDD<Shingled> shingled = shingled(spark, corpus).persist(StorageLevel.DISK_ONLY());
    shingled.count();
    double loadWall = (System.nanoTime() - load) / 1e9;

    long wall = System.nanoTime();
    long cpu = cpuNanos();
    Dataset<Row> reports = spark.createDataFrame(shingled.map(Shingled::row), schema());
    MinHashLSHModel all = fitted(reports, tables);
    Set<Long> found = new HashSet<>();
    for (int t = 0; t < tables; t++) {
      @SuppressWarnings("unchecked")
      Tuple2<Object, Object>[] one = new Tuple2[] {all.randCoefficients()[t]};
      MinHashLSHModel table =
          new MinHashLSHModel(all.uid() + "_table" + t, one)
              .setInputCol("features")
              .setOutputCol("hashes");
      for (Row r : joined(table, reports, maxDistance)) {
        long a = index.get(r.getString(0));
        long b = index.get(r.getString(1));
        found.add(a << 32 | b);
      }
      System.gc(); // Spark's cleaner removes the table's shuffle files once its plan is collected
    }
    double peerWall = (System.nanoTime() - wall) / 1e9;
    double peerCpu = (cpuNanos() - cpu) / 1e9;
    shingled.unpersist();
    List<long[]> out = new ArrayList<>(found.size());
    for (long key : found) {
      out.add(new long[] {key >>> 32, key & 0xffffffffL});
    }
    return new Peer(out, peerWall, peerCpu, loadWall);
  }

  /** MinHashLSH with {@code tables} tables and seed 1 fitted to the reports' feature vectors. */
  private static MinHashLSHModel fitted(Dataset<Row> reports, int tables) {
    return new MinHashLSH()
        .setNumHashTables(tables)
        .setInputCol("features")
        .setOutputCol("hashes")
        .setSeed(1)
        .fit(reports);
  }

  /** The (id, id) pairs, first id lower, of the model's self-join of the reports. */
  private static List<Row> joined(MinHashLSHModel model, Dataset<Row> reports, double maxDistance) {
    return model
        .approxSimilarityJoin(reports, reports, maxDistance, "distance")
        .filter(functions.col("datasetA.id").lt(functions.col("datasetB.id")))
        .select(functions.col("datasetA.id"), functions.col("datasetB.id"))
        .collectAsList();
  }

  /** A report's id and its shingles as indices of the peer's vector, in order. */
  record Shingled(String id, int[] indices) implements Serializable {

    /** The report as a row of (id, its shingles as a sparse binary vector). */
    Row row() {
      double[] ones = new double[indices.length];
      Arrays.fill(ones, 1.0);
      return RowFactory.create(id, Vectors.sparse(1 << 30, indices, ones));
    }
  }

  private Path truthFile() {
    if (truth != null) {
      return truth;
    }
    String name = corpus.getFileName().toString().replaceFirst("\\.jsonl$", "");
    return corpus.resolveSibling(name + ".truth.jsonl");
  }

  /** The planted family of each report (its story's index), or -1. */
  private static int[] families(Path truth, Map<String, Integer> index, int n) throws IOException {
    int[] family = new int[n];
    Arrays.fill(family, -1);
    for (String line : Files.readAllLines(truth, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = JSON.readTree(line);
      Integer story = index.get(node.get("story").asText());
      Integer copy = index.get(node.get("copy").asText());
      if (story != null && copy != null) {
        family[story] = story;
        family[copy] = story;
      }
    }
    return family;
  }

  private static List<long[]> plantedPairs(int[] family) {
    Map<Integer, List<Integer>> members = new HashMap<>();
    for (int i = 0; i < family.length; i++) {
      if (family[i] >= 0) {
        members.computeIfAbsent(family[i], k -> new ArrayList<>()).add(i);
      }
    }
    List<long[]> out = new ArrayList<>();
    for (List<Integer> m : members.values()) {
      for (int x = 0; x < m.size(); x++) {
        for (int y = x + 1; y < m.size(); y++) {
          out.add(new long[] {m.get(x), m.get(y)});
        }
      }
    }
    return out;
  }

  private static StructType schema() {
    return new StructType()
        .add("id", DataTypes.StringType, false)
        .add("features", SQLDataTypes.VectorType(), false);
  }

  /** The corpus's reports with shingles, read by the executors (see {@link #shingled(String)}). */
  private static JavaRDD<Shingled> shingled(SparkSession spark, String corpus) {
    return spark
        .read()
        .textFile(corpus)
        .javaRDD()
        .filter(line -> !line.isBlank())
        .map(LshBench::shingled)
        .filter(s -> s != null);
  }

  /**
   * A corpus line's id and shingles as indices of a sparse binary vector over 30-bit folded shingle
   * hashes (MinHashLSH takes at most 2038074743 dimensions), or {@code null} for a text without
   * shingles (MinHashLSH refuses empty sets).
   */
  private static Shingled shingled(String line) throws IOException {
    JsonNode node = JSON.readTree(line);
    int[] indices =
        Arrays.stream(CandidateFinder.shingles(node.get("text").asText()))
            .mapToInt(h -> (int) ((h ^ (h >>> 31)) & 0x3fffffffL))
            .sorted()
            .distinct()
            .toArray();
    return indices.length == 0 ? null : new Shingled(node.get("id").asText(), indices);
  }

  private static void report(
      String name, double wall, double cpu, List<long[]> pairs, int[] family) {
    int n = family.length;
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Set<Long> found = new HashSet<>();
    int correct = 0;
    for (long[] p : pairs) {
      int a = (int) Math.min(p[0], p[1]);
      int b = (int) Math.max(p[0], p[1]);
      found.add((long) a << 32 | b);
      parent[root(parent, b)] = root(parent, a);
      if (family[a] >= 0 && family[a] == family[b]) {
        correct++;
      }
    }
    int direct = 0;
    int connected = 0;
    List<long[]> planted = plantedPairs(family);
    for (long[] p : planted) {
      int a = (int) Math.min(p[0], p[1]);
      int b = (int) Math.max(p[0], p[1]);
      if (found.contains((long) a << 32 | b)) {
        direct++;
      }
      if (root(parent, a) == root(parent, b)) {
        connected++;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%s%n  wall %.1f s (%.0f reports/s), process CPU %.1f s (%.0f reports per CPU-second)%n"
            + "  %d candidate pairs, precision %.3f; planted-pair recall direct %.3f, connected"
            + " %.3f (%d planted pairs)%n",
        name,
        wall,
        n / wall,
        cpu,
        n / cpu,
        found.size(),
        found.isEmpty() ? 0 : correct / (double) found.size(),
        direct / (double) Math.max(1, planted.size()),
        connected / (double) Math.max(1, planted.size()),
        planted.size());
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** CPU time of this process so far, all threads (Spark's local executors included). */
  private static long cpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new LshBench()).execute(args));
  }
}
