package dossier.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.model.Article;
import dossier.reuse.CandidateFinder;
import java.io.BufferedReader;
import java.io.IOException;
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

  @Override
  public Integer call() throws IOException {
    List<Article> articles = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        String id = node.get("id").asText();
        index.put(id, articles.size());
        articles.add(Article.of(id, node.get("text").asText()));
      }
    }
    int[] family = families(truthFile(), index, articles.size());
    System.out.printf(
        Locale.ROOT,
        "corpus: %d reports, %d planted pairs; %d cores; load average %.1f%n",
        articles.size(),
        plantedPairs(family).size(),
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

    CandidateFinder finder = new CandidateFinder(CandidateFinder.Config.defaults());
    finder.find(articles.subList(0, Math.min(articles.size(), 2000))); // warm the JIT
    long wall = System.nanoTime();
    long cpu = cpuNanos();
    List<CandidateFinder.Pair> found = finder.find(articles);
    double oursWall = (System.nanoTime() - wall) / 1e9;
    double oursCpu = (cpuNanos() - cpu) / 1e9;
    List<long[]> ours = found.stream().map(p -> new long[] {p.a(), p.b()}).toList();
    report("dossier CandidateFinder (from text)", oursWall, oursCpu, ours, family);
    if (noPeer) {
      return 0;
    }

    wall = System.nanoTime();
    long[][] shingles = new long[articles.size()][];
    for (int i = 0; i < shingles.length; i++) {
      shingles[i] = CandidateFinder.shingles(articles.get(i).text());
    }
    double shingleSeconds = (System.nanoTime() - wall) / 1e9;
    try (SparkSession spark = SparkMain.session(master)) {
      spark.createDataFrame(rows(shingles, 200), schema()).count(); // warm the session
      // The vectors are loaded into Spark and cached outside the timing, which favours the peer:
      // Dossier's time includes making its shingles from the texts.
      Dataset<Row> reports =
          spark
              .createDataFrame(rows(shingles, Integer.MAX_VALUE), schema())
              .repartition(spark.sparkContext().defaultParallelism())
              .persist(StorageLevel.MEMORY_AND_DISK());
      reports.count();
      wall = System.nanoTime();
      cpu = cpuNanos();
      List<long[]> theirs = peer(reports);
      double peerWall = (System.nanoTime() - wall) / 1e9;
      double peerCpu = (cpuNanos() - cpu) / 1e9;
      report(
          String.format(
              Locale.ROOT,
              "Spark MLlib MinHashLSH (%d tables, distance < %.2f, %s; shingles made in %.1f s"
                  + " and loaded as cached vectors outside the timing)",
              tables,
              maxDistance,
              master,
              shingleSeconds),
          peerWall,
          peerCpu,
          theirs,
          family);
      System.out.printf(
          Locale.ROOT,
          "speed ratio dossier/MinHashLSH: %.1fx wall, %.1fx CPU%n",
          peerWall / oursWall,
          peerCpu / oursCpu);
    }
    return 0;
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
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(truth, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = json.readTree(line);
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
        .add("id", DataTypes.IntegerType, false)
        .add("features", SQLDataTypes.VectorType(), false);
  }

  /**
   * Each report with shingles as a sparse binary vector over 30-bit folded shingle hashes
   * (MinHashLSH takes at most 2038074743 dimensions).
   */
  private static List<Row> rows(long[][] shingles, int limit) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < shingles.length && rows.size() < limit; i++) {
      int[] indices =
          Arrays.stream(shingles[i])
              .mapToInt(h -> (int) ((h ^ (h >>> 31)) & 0x3fffffffL))
              .sorted()
              .distinct()
              .toArray();
      if (indices.length == 0) {
        continue; // MinHashLSH refuses empty sets
      }
      double[] ones = new double[indices.length];
      Arrays.fill(ones, 1.0);
      rows.add(RowFactory.create(i, Vectors.sparse(1 << 30, indices, ones)));
    }
    return rows;
  }

  private List<long[]> peer(Dataset<Row> reports) {
    MinHashLSHModel model =
        new MinHashLSH()
            .setNumHashTables(tables)
            .setInputCol("features")
            .setOutputCol("hashes")
            .setSeed(1)
            .fit(reports);
    Dataset<Row> hashed = model.transform(reports).persist(StorageLevel.MEMORY_AND_DISK());
    List<Row> joined =
        model
            .approxSimilarityJoin(hashed, hashed, maxDistance, "distance")
            .filter(functions.col("datasetA.id").lt(functions.col("datasetB.id")))
            .select(functions.col("datasetA.id"), functions.col("datasetB.id"))
            .collectAsList();
    hashed.unpersist();
    reports.unpersist();
    List<long[]> out = new ArrayList<>(joined.size());
    for (Row r : joined) {
      out.add(new long[] {r.getInt(0), r.getInt(1)});
    }
    return out;
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
