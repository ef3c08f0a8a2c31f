package dossier.app;

import dossier.model.Article;
import dossier.reuse.CandidateFinder;
import info.debatty.java.lsh.LSHMinHash;
import info.debatty.java.lsh.MinHash;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier bench reuse}: candidate search throughput and planted-pair recall on a generated
 * corpus of planted copies, for Dossier's {@link CandidateFinder} and, in the same run, for a peer:
 * java-lsh 0.12 MinHash signatures with its banded LSH and a plain bucket join, fed the same
 * shingles.
 */
@Command(
    name = "reuse",
    mixinStandardHelpOptions = true,
    description =
        "Candidate search: articles/s and recall of planted copies, Dossier vs java-lsh 0.12.")
public final class BenchReuseCommand implements Callable<Integer> {

  @Option(
      names = "--data",
      paramLabel = "FILE",
      description =
          "JSON of real article bodies (object of {articleBody}); default ${DEFAULT-VALUE}",
      defaultValue = "../shared/data/extraction/aeb/ground-truth.json")
  Path data;

  @Option(
      names = "--stories",
      description = "Distinct stories (default ${DEFAULT-VALUE}).",
      defaultValue = "40000")
  int stories;

  @Option(
      names = "--copied",
      description = "Share of stories with copies (default ${DEFAULT-VALUE}).",
      defaultValue = "0.25")
  double copied;

  @Option(
      names = "--seed",
      description = "Corpus seed (default ${DEFAULT-VALUE}).",
      defaultValue = "42")
  long seed;

  @Option(
      names = "--runs",
      description = "Timed runs per system (default ${DEFAULT-VALUE}).",
      defaultValue = "3")
  int runs;

  @Option(names = "--no-peer", description = "Skip the peer.")
  boolean noPeer;

  /** Peer settings: 128 hash functions, 64 bands of 2 rows, as many buckets per band. */
  static final int PEER_HASHES = 128;

  static final int PEER_BANDS = 64;
  static final int PEER_BUCKETS = 1 << 24;

  @Override
  public Integer call() throws IOException {
    List<String> bodies = GenCorpusCommand.bodies(data);
    long t0 = System.nanoTime();
    PlantedCorpus corpus = PlantedCorpus.generate(bodies, stories, copied, seed);
    List<Article> articles = corpus.articles();
    System.out.printf(
        Locale.ROOT,
        "corpus: %d articles (%d stories from %d real bodies, %d planted copies), seed %d,"
            + " made in %.1f s; %d cores%n",
        articles.size(),
        stories,
        bodies.size(),
        corpus.planted().size(),
        seed,
        (System.nanoTime() - t0) / 1e9,
        Runtime.getRuntime().availableProcessors());

    CandidateFinder finder = new CandidateFinder(CandidateFinder.Config.defaults());
    List<Article> warm = articles.subList(0, Math.min(articles.size(), 5000));
    finder.find(warm);
    if (!noPeer) {
      peer(warm);
    }
    List<long[]> ours = null;
    List<long[]> theirs = null;
    double[] oursSeconds = new double[runs];
    double[] peerSeconds = new double[runs];
    double[] oursCpu = new double[runs];
    double[] peerCpu = new double[runs];
    for (int r = 0; r < runs; r++) {
      long start = System.nanoTime();
      long cpu = processCpuNanos();
      List<CandidateFinder.Pair> pairs = finder.find(articles);
      oursSeconds[r] = (System.nanoTime() - start) / 1e9;
      oursCpu[r] = (processCpuNanos() - cpu) / 1e9;
      ours = new ArrayList<>();
      for (CandidateFinder.Pair p : pairs) {
        ours.add(new long[] {p.a(), p.b()});
      }
      if (!noPeer) {
        start = System.nanoTime();
        cpu = processCpuNanos();
        theirs = peer(articles);
        peerSeconds[r] = (System.nanoTime() - start) / 1e9;
        peerCpu[r] = (processCpuNanos() - cpu) / 1e9;
      }
    }
    report(
        "dossier CandidateFinder (weighted one-permutation MinHash, 128 bins, containment)",
        articles.size(),
        oursSeconds,
        oursCpu,
        ours,
        corpus);
    if (!noPeer) {
      report(
          "java-lsh 0.12 (MinHash 128, LSH 64 bands x 2 rows, plain bucket join)",
          articles.size(),
          peerSeconds,
          peerCpu,
          theirs,
          corpus);
      System.out.printf(
          Locale.ROOT,
          "speed ratio dossier/java-lsh: %.1fx%n",
          median(peerSeconds) / median(oursSeconds));
    }
    return Main.OK;
  }

  private static void report(
      String name,
      int n,
      double[] seconds,
      double[] cpu,
      List<long[]> pairs,
      PlantedCorpus corpus) {
    double median = median(seconds);
    Set<Long> found = new HashSet<>();
    for (long[] p : pairs) {
      found.add(p[0] << 32 | p[1]);
    }
    int[] component = new int[corpus.articles().size()];
    for (int i = 0; i < component.length; i++) {
      component[i] = i;
    }
    for (long[] p : pairs) {
      component[root(component, (int) p[1])] = root(component, (int) p[0]);
    }
    Map<PlantedCorpus.Edit, int[]> byEdit = new EnumMap<>(PlantedCorpus.Edit.class);
    for (PlantedCorpus.Planted p : corpus.planted()) {
      int[] counts = byEdit.computeIfAbsent(p.edit(), e -> new int[3]);
      counts[2]++;
      if (found.contains((long) p.original() << 32 | p.copy())) {
        counts[0]++;
      }
      if (root(component, p.original()) == root(component, p.copy())) {
        counts[1]++;
      }
    }
    int[] family = new int[corpus.articles().size()];
    for (int i = 0; i < family.length; i++) {
      family[i] = i;
    }
    for (PlantedCorpus.Planted p : corpus.planted()) {
      family[p.copy()] = p.original();
    }
    int correct = 0;
    for (long[] p : pairs) {
      if (family[(int) p[0]] == family[(int) p[1]]) {
        correct++;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%s%n  %.0f articles/s (median of %d runs: %s s), %d candidate pairs, precision %.3f%n",
        name,
        n / median,
        seconds.length,
        Arrays.toString(Arrays.stream(seconds).map(s -> Math.round(s * 100) / 100.0).toArray()),
        pairs.size(),
        pairs.isEmpty() ? 0 : correct / (double) pairs.size());
    StringBuilder recall =
        new StringBuilder("  recall of planted pairs, direct pair / same connected group:");
    int hit = 0;
    int connected = 0;
    int all = 0;
    for (var e : byEdit.entrySet()) {
      int[] c = e.getValue();
      recall.append(
          String.format(
              Locale.ROOT,
              "%n    %-11s %.3f / %.3f (%d planted)",
              e.getKey().name().toLowerCase(Locale.ROOT),
              c[0] / (double) c[2],
              c[1] / (double) c[2],
              c[2]));
      hit += c[0];
      connected += c[1];
      all += c[2];
    }
    recall.append(
        String.format(
            Locale.ROOT,
            "%n    %-11s %.3f / %.3f (%d planted)",
            "all",
            hit / (double) Math.max(1, all),
            connected / (double) Math.max(1, all),
            all));
    System.out.println(recall);
    System.out.printf(
        Locale.ROOT,
        "  process CPU time %.1f s per run (median): %.0f articles per CPU-second%n",
        median(cpu),
        n / median(cpu));
  }

  /** CPU time used by this process so far (all threads, JIT and GC included). */
  private static long processCpuNanos() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime();
    }
    return 0;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  /**
   * The peer: java-lsh MinHash signatures of the same shingle sets (as ints), its banded LSH, every
   * pair that shares a bucket in some band, kept when the signature estimate of containment either
   * way reaches the same floor as Dossier's.
   */
  static List<long[]> peer(List<Article> articles) {
    int n = articles.size();
    MinHash minHash = new MinHash(PEER_HASHES, Integer.MAX_VALUE, 7L);
    LSHMinHash lsh = new LSHMinHash(PEER_BANDS, PEER_BUCKETS, Integer.MAX_VALUE, 7L);
    int[][] signatures = new int[n][];
    int[][] buckets = new int[n][];
    int[] sizes = new int[n];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              long[] shingles = CandidateFinder.shingles(articles.get(i).text());
              Set<Integer> set = new HashSet<>();
              for (long h : shingles) {
                set.add((int) (h >>> 33));
              }
              sizes[i] = set.size();
              if (!set.isEmpty()) {
                signatures[i] = minHash.signature(set);
                buckets[i] = lsh.hashSignature(signatures[i]);
              }
            });
    Map<Long, List<Integer>> table = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (buckets[i] == null) {
        continue;
      }
      for (int band = 0; band < buckets[i].length; band++) {
        table.computeIfAbsent((long) band << 32 | buckets[i][band], k -> new ArrayList<>()).add(i);
      }
    }
    Set<Long> seen = new HashSet<>();
    List<long[]> out = new ArrayList<>();
    double floor = CandidateFinder.Config.defaults().minContainment();
    for (List<Integer> bucket : table.values()) {
      for (int x = 0; x < bucket.size(); x++) {
        for (int y = x + 1; y < bucket.size(); y++) {
          int a = bucket.get(x);
          int b = bucket.get(y);
          if (!seen.add((long) a << 32 | b)) {
            continue;
          }
          double j = minHash.similarity(signatures[a], signatures[b]);
          double shared = j * (sizes[a] + sizes[b]) / (1 + j);
          if (Math.max(shared / sizes[a], shared / sizes[b]) >= floor) {
            out.add(new long[] {a, b});
          }
        }
      }
    }
    return out;
  }
}
