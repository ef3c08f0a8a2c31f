package dossier.app;

import dossier.model.Article;
import dossier.reuse.CandidateFinder;
import info.debatty.java.lsh.MinHash;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH micro-benchmarks of candidate search's hot loops, one thread, on {@value #REPORTS} reports of
 * the same planted-copy corpus {@code bench reuse} uses: shingling, weighted MinHash signing
 * (against java-lsh 0.12's MinHash signature of the same shingle sets) and the sort that groups
 * postings (against {@link Arrays#sort} and {@link Arrays#parallelSort}). Scores are reports per
 * second, or postings per second for the sorts. Run with {@code dossier bench jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CandidateSearchBenchmark {

  static final int REPORTS = 2000;
  static final int POSTINGS = REPORTS * 128;

  /** JSON of real article bodies, as for {@code bench reuse}. */
  @Param("../shared/data/extraction/aeb/ground-truth.json")
  public String data;

  private String[] texts;
  private long[][] shingles;
  private List<Set<Integer>> peerSets;
  private CandidateFinder.Signer signer;
  private MinHash peer;
  private long[] postings;

  @Setup
  public void setUp() throws IOException {
    List<String> bodies = GenCorpusCommand.bodies(Path.of(data));
    List<Article> articles = PlantedCorpus.generate(bodies, REPORTS, 0.25, 42).articles();
    texts = new String[REPORTS];
    shingles = new long[REPORTS][];
    peerSets = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < REPORTS; i++) {
      texts[i] = articles.get(i).text();
      shingles[i] = CandidateFinder.shingles(texts[i]);
      total += shingles[i].length;
      Set<Integer> set = new HashSet<>();
      for (long h : shingles[i]) {
        set.add((int) (h >>> 33));
      }
      peerSets.add(set);
    }
    int[] df = CandidateFinder.documentFrequencies(shingles, CandidateFinder.counterBits(total));
    CandidateFinder finder = new CandidateFinder(CandidateFinder.Config.defaults());
    signer = finder.signer(df, REPORTS);
    peer = new MinHash(BenchReuseCommand.PEER_HASHES, Integer.MAX_VALUE, 7L);
    postings = new long[POSTINGS];
    int p = 0;
    for (int i = 0; i < REPORTS; i++) {
      long[] sig = signer.sign(shingles[i]);
      for (int k = 0; k < sig.length && p < POSTINGS; k++) {
        postings[p++] = CandidateFinder.postingKey(sig[k], k, REPORTS) | i;
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(REPORTS)
  public void shingle(Blackhole out) {
    for (String text : texts) {
      out.consume(CandidateFinder.shingles(text));
    }
  }

  @Benchmark
  @OperationsPerInvocation(REPORTS)
  public void signDossier(Blackhole out) {
    for (long[] s : shingles) {
      out.consume(signer.sign(s));
    }
  }

  @Benchmark
  @OperationsPerInvocation(REPORTS)
  public void signJavaLsh(Blackhole out) {
    for (Set<Integer> s : peerSets) {
      if (!s.isEmpty()) {
        out.consume(peer.signature(s));
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(POSTINGS)
  public long[] sortPostingsByBucket() {
    return CandidateFinder.sortedByBucket(postings.clone());
  }

  @Benchmark
  @OperationsPerInvocation(POSTINGS)
  public long[] sortPostingsArraysSort() {
    long[] copy = postings.clone();
    Arrays.sort(copy);
    return copy;
  }

  @Benchmark
  @OperationsPerInvocation(POSTINGS)
  public long[] sortPostingsParallelSort() {
    long[] copy = postings.clone();
    Arrays.parallelSort(copy);
    return copy;
  }
}
