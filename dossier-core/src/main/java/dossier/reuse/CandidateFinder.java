package dossier.reuse;

import dossier.model.Article;
import dossier.model.Published;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A CandidateFinder picks, out of many reports, the pairs that may share text, without comparing
 * every pair. Each report becomes the set of its content-word bigrams (function words skipped, so
 * small rewordings keep most shingles); each shingle is weighted by its rarity in the input
 * (inverse document frequency), and a one-permutation weighted MinHash keeps, per bin, the shingle
 * with the smallest exponential key, so rare shingles win and boilerplate rarely does. Two reports
 * become a candidate pair when enough bins agree; containment both ways is then estimated from the
 * agreement and the set sizes, so a short trimmed copy of a long story is found although their
 * Jaccard similarity is low.
 *
 * <p>There is no cap on how many reports may share a shingle: a bin value held by more than {@code
 * fanout + 1} reports links each holder to the first {@code fanout} holders instead of to all,
 * which keeps widely syndicated stories connected at linear cost. Reports with identical
 * fingerprints are collapsed to one before indexing and linked to it directly. An optional time
 * window drops pairs published too far apart. Thread-safe; work is spread over the common pool.
 */
public final class CandidateFinder {

  /**
   * Settings of candidate search.
   *
   * @param bins MinHash bins (a power of two, at most 1024)
   * @param minAgreements bins that must agree for a pair to be considered
   * @param fanout how many holders of a crowded bin value each other holder is linked to
   * @param minContainment the least estimated containment (either way) a candidate must reach
   * @param windowDays the most days two dated reports may lie apart (0: no window)
   */
  public record Config(
      int bins, int minAgreements, int fanout, double minContainment, int windowDays)
      implements Serializable {
    public Config {
      if (bins < 8 || bins > 1024 || Integer.bitCount(bins) != 1) {
        throw new IllegalArgumentException("bins must be a power of two in [8, 1024]: " + bins);
      }
      if (minAgreements < 1 || minAgreements > bins) {
        throw new IllegalArgumentException("minAgreements outside [1, bins]: " + minAgreements);
      }
      if (fanout < 1) {
        throw new IllegalArgumentException("fanout must be positive: " + fanout);
      }
      if (minContainment < 0 || minContainment > 1) {
        throw new IllegalArgumentException("minContainment outside [0, 1]: " + minContainment);
      }
      if (windowDays < 0) {
        throw new IllegalArgumentException("negative windowDays: " + windowDays);
      }
    }

    public static Config defaults() {
      return new Config(128, 5, 16, 0.08, 0);
    }

    public Config withWindowDays(int days) {
      return new Config(bins, minAgreements, fanout, minContainment, days);
    }
  }

  /**
   * A candidate pair of reports, by index into the input list ({@code a < b}), with the estimated
   * weighted Jaccard similarity and the estimated share of each report's shingles found in the
   * other.
   */
  public record Pair(int a, int b, double jaccard, double containmentA, double containmentB) {
    public Pair {
      if (a < 0 || b <= a) {
        throw new IllegalArgumentException("need 0 <= a < b: " + a + ", " + b);
      }
    }
  }

  /** Reports assumed unseen when weighing rarity (a smoothing prior). */
  private static final double PRIOR_REPORTS = 1000;

  private final Config config;

  public CandidateFinder(Config config) {
    this.config = config;
  }

  /** The candidate pairs among the reports, ordered by {@code a} then {@code b}. */
  public List<Pair> find(List<Article> articles) {
    int n = articles.size();
    long[][] shingles = new long[n][];
    IntStream.range(0, n)
        .parallel()
        .forEach(i -> shingles[i] = Words.contentBigrams(articles.get(i).text()));
    return find(shingles, dates(articles));
  }

  /**
   * The shingles candidate search reads in a text: hashes of its content-word bigrams (function
   * words skipped, case and accents folded), distinct, in order of first occurrence. Public so that
   * benchmarks can feed the same shingles to other indexes.
   */
  public static long[] shingles(String text) {
    return Words.contentBigrams(text);
  }

  /**
   * Candidate pairs from precomputed shingle sets (see {@link #shingles}), with each report's date
   * for the time window ({@code dates} may be {@code null}: no window).
   */
  public List<Pair> find(long[][] shingles, LocalDate[] dates) {
    int n = shingles.length;

    // Document frequencies in a hashed counter: collisions only make a shingle look commoner.
    long total = 0;
    for (long[] s : shingles) {
      total += s.length;
    }
    int counterBits = counterBits(total);
    int[] df = documentFrequencies(shingles, counterBits);

    long[][] signatures = new long[n][];
    Signer signer = signer(df, n);
    IntStream.range(0, n).parallel().forEach(i -> signatures[i] = signer.sign(shingles[i]));

    List<Pair> out = new ArrayList<>();
    // Collapse identical fingerprints; the first holder represents the rest.
    Map<SignatureKey, Integer> firstHolder = new HashMap<>();
    boolean[] represented = new boolean[n];
    int[] filled = new int[n];
    for (int i = 0; i < n; i++) {
      for (long v : signatures[i]) {
        if (v != 0) {
          filled[i]++;
        }
      }
      if (filled[i] == 0) {
        continue;
      }
      Integer first =
          firstHolder.putIfAbsent(new SignatureKey(signatures[i], shingles[i].length), i);
      if (first != null) {
        represented[i] = true;
        if (withinWindow(dates, first, i)) {
          out.add(new Pair(first, i, 1, 1, 1));
        }
      }
    }

    // Posting entries: (bin value key, report) packed into one long and sorted.
    int entries = 0;
    for (int i = 0; i < n; i++) {
      if (!represented[i]) {
        entries += filled[i];
      }
    }
    long[] postings = new long[entries];
    int p = 0;
    for (int i = 0; i < n; i++) {
      if (represented[i]) {
        continue;
      }
      long[] sig = signatures[i];
      for (int k = 0; k < config.bins(); k++) {
        if (sig[k] != 0) {
          postings[p++] = postingKey(sig[k], k, n) | i;
        }
      }
    }
    postings = sortedByBucket(postings);

    PairCounter counter = new PairCounter(Math.max(1024, entries));
    countPairs(postings, n, counter);

    counter.forEach(
        (a, b, agreements) -> {
          Pair pair =
              pair(
                  a,
                  b,
                  agreements,
                  filled[a],
                  filled[b],
                  shingles[a].length,
                  shingles[b].length,
                  dates == null ? null : dates[a],
                  dates == null ? null : dates[b]);
          if (pair != null) {
            out.add(pair);
          }
        });
    out.sort(
        (x, y) -> x.a() != y.a() ? Integer.compare(x.a(), y.a()) : Integer.compare(x.b(), y.b()));
    return out;
  }

  /**
   * Document frequencies of the shingles in a hashed counter of {@code counterBits} bits. A few
   * tasks each count a share of the reports into their own counter (random writes, no locks), and
   * the counters are then summed.
   */
  public static int[] documentFrequencies(long[][] shingles, int counterBits) {
    int tasks = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    int[][] counts = new int[tasks][];
    IntStream.range(0, tasks)
        .parallel()
        .forEach(
            t -> {
              int[] df = new int[1 << counterBits];
              for (int i = t; i < shingles.length; i += tasks) {
                for (long h : shingles[i]) {
                  df[counterSlot(h, counterBits)]++;
                }
              }
              counts[t] = df;
            });
    int[] df = counts[0];
    if (tasks > 1) {
      int chunk = 1 << 16;
      IntStream.range(0, Math.max(1, df.length / chunk))
          .parallel()
          .forEach(
              c -> {
                for (int t = 1; t < tasks; t++) {
                  int[] other = counts[t];
                  for (int slot = c * chunk; slot < Math.min(df.length, (c + 1) * chunk); slot++) {
                    df[slot] += other[slot];
                  }
                }
              });
    }
    return df;
  }

  /**
   * The values sorted so that equal values lie together in ascending order: spread into buckets by
   * their 16 top bits, each bucket then sorted on its own (in parallel). Equal to a plain sort up
   * to the order of the buckets.
   */
  public static long[] sortedByBucket(long[] values) {
    int bucketBits = 16;
    int shift = 64 - bucketBits;
    int[] start = new int[(1 << bucketBits) + 1];
    for (long v : values) {
      start[(int) (v >>> shift) + 1]++;
    }
    for (int b = 0; b < 1 << bucketBits; b++) {
      start[b + 1] += start[b];
    }
    int[] next = Arrays.copyOf(start, 1 << bucketBits);
    long[] out = new long[values.length];
    for (long v : values) {
      out[next[(int) (v >>> shift)]++] = v;
    }
    int groups = 256;
    int perGroup = (1 << bucketBits) / groups;
    IntStream.range(0, groups)
        .parallel()
        .forEach(
            g -> {
              for (int b = g * perGroup; b < (g + 1) * perGroup; b++) {
                if (start[b + 1] - start[b] > 1) {
                  Arrays.sort(out, start[b], start[b + 1]);
                }
              }
            });
    return out;
  }

  private boolean withinWindow(LocalDate[] dates, int a, int b) {
    return dates == null || withinWindow(dates[a], dates[b]);
  }

  // The steps of candidate search one at a time, for engines that spread them over machines (the
  // Spark job): the same arithmetic as find(), so both give the same pairs.

  /** Bits of the hashed document-frequency counter for a corpus of {@code total} shingles. */
  public static int counterBits(long total) {
    return Math.max(16, Math.min(24, 64 - Long.numberOfLeadingZeros(total * 2)));
  }

  /** The slot of a shingle in a document-frequency counter of {@code bits} bits. */
  public static int counterSlot(long shingle, int bits) {
    return (int) (shingle ^ (shingle >>> 32)) & ((1 << bits) - 1);
  }

  /**
   * The signer of reports among {@code n} whose document frequencies are {@code df}, a counter of
   * {@link #counterBits} bits.
   */
  public Signer signer(int[] df, int n) {
    return new Signer(config.bins(), df, n);
  }

  /**
   * A Signer makes the weighted MinHash signature of one report: per bin, the shingle with the
   * smallest exponential key (0 for an empty bin), each shingle weighed by its rarity. Thread-safe.
   */
  public static final class Signer {
    private final int bins;
    private final int binShift;
    private final int[] df;
    private final int counterBits;
    private final double reports;
    private final double[] weightOf;
    private final double maxWeight;

    private Signer(int bins, int[] df, int n) {
      this.bins = bins;
      this.binShift = 64 - Integer.numberOfTrailingZeros(bins);
      this.df = df;
      this.counterBits = Integer.numberOfTrailingZeros(df.length);
      // Rarity weight ln(1 + (n + PRIOR) / df), tabled for small df. The prior of unseen reports
      // keeps a small input from weighing a shingle its two copies share far below a lone one.
      this.reports = n + PRIOR_REPORTS;
      this.weightOf = new double[4096];
      for (int d = 1; d < weightOf.length; d++) {
        weightOf[d] = Math.log1p(reports / d);
      }
      this.maxWeight = weightOf[1];
    }

    /**
     * The signature of a report's shingles. Each shingle's exponential variate is drawn first; per
     * bin the shingle with the smallest one is weighed, and another shingle of the bin is weighed
     * only when even the highest possible weight would let it win, which saves most lookups of the
     * rarity counter (the costly part: a random read of a large table).
     */
    public long[] sign(long[] shingles) {
      long[] sig = new long[bins];
      double[] leading = new double[bins];
      Arrays.fill(leading, Double.MAX_VALUE);
      double[] variate = new double[shingles.length];
      for (int s = 0; s < shingles.length; s++) {
        long h = shingles[s];
        int bin = (int) (h >>> binShift);
        double u = ((h >>> 11) & ((1L << 40) - 1)) + 0.5;
        double e = -Math.log(u * 0x1.0p-40);
        variate[s] = e;
        if (e < leading[bin]) {
          leading[bin] = e;
          sig[bin] = h;
        }
      }
      long[] leaders = sig.clone();
      double[] best = new double[bins];
      for (int bin = 0; bin < bins; bin++) {
        best[bin] = sig[bin] == 0 ? Double.MAX_VALUE : leading[bin] / weight(sig[bin]);
      }
      for (int s = 0; s < shingles.length; s++) {
        long h = shingles[s];
        int bin = (int) (h >>> binShift);
        if (h == leaders[bin] || variate[s] >= best[bin] * maxWeight) {
          continue;
        }
        double key = variate[s] / weight(h);
        if (key < best[bin]) {
          best[bin] = key;
          sig[bin] = h;
        }
      }
      return sig;
    }

    private double weight(long shingle) {
      int count = df[counterSlot(shingle, counterBits)];
      return count < weightOf.length ? weightOf[count] : Math.log1p(reports / count);
    }
  }

  /**
   * Counts into {@code counter} the bins each pair of reports agrees in, from postings (a {@link
   * #postingKey} with the report's index among {@code n} in its low bits) sorted so that equal keys
   * lie together and each key's reports ascend: a bucket links its {@link #hubs} to its later
   * holders.
   */
  public void countPairs(long[] sortedPostings, int n, PairCounter counter) {
    long docMask = (1L << docBits(n)) - 1;
    int start = 0;
    while (start < sortedPostings.length) {
      long key = sortedPostings[start] & ~docMask;
      int end = start + 1;
      while (end < sortedPostings.length && (sortedPostings[end] & ~docMask) == key) {
        end++;
      }
      int size = end - start;
      if (size > 1) {
        int hubs = hubs(size);
        for (int x = start; x < start + hubs; x++) {
          int dx = (int) (sortedPostings[x] & docMask);
          for (int y = x + 1; y < end; y++) {
            counter.add(dx, (int) (sortedPostings[y] & docMask));
          }
        }
      }
      start = end;
    }
  }

  /** Bits a posting key leaves free for the index of a report among {@code n}. */
  static int docBits(int n) {
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(n));
  }

  /**
   * The bucket key of a signature's non-empty bin {@code bin} holding {@code value}, for a corpus
   * of {@code n} reports: reports sharing a key agree in that bin (up to rare collisions).
   */
  public static long postingKey(long value, int bin, int n) {
    long key = Words.mix(value + bin * 0x9E3779B97F4A7C15L);
    return key & ~((1L << docBits(n)) - 1);
  }

  /**
   * How many holders of a bucket of {@code size} reports (in index order) are linked to every later
   * holder: all of them, or the first {@code fanout} of a crowded bucket.
   */
  public int hubs(int size) {
    return size <= config.fanout() + 1 ? size : config.fanout();
  }

  /** Whether two reports lie within the time window (always, when either is undated). */
  public boolean withinWindow(LocalDate a, LocalDate b) {
    if (config.windowDays() == 0 || a == null || b == null) {
      return true;
    }
    return Math.abs(ChronoUnit.DAYS.between(a, b)) <= config.windowDays();
  }

  /**
   * The candidate pair of reports {@code a < b} that agree in {@code agreements} bins, given each
   * one's non-empty bins, shingle count and date; {@code null} when it falls short of the settings.
   */
  public Pair pair(
      int a,
      int b,
      int agreements,
      int filledA,
      int filledB,
      int sizeA,
      int sizeB,
      LocalDate dateA,
      LocalDate dateB) {
    if (agreements < config.minAgreements() || !withinWindow(dateA, dateB)) {
      return null;
    }
    double j = Math.min(1.0, agreements / (double) Math.max(filledA, filledB));
    double shared = j * (sizeA + sizeB) / (1.0 + j);
    double ca = Math.min(1.0, shared / sizeA);
    double cb = Math.min(1.0, shared / sizeB);
    return Math.max(ca, cb) >= config.minContainment() ? new Pair(a, b, j, ca, cb) : null;
  }

  static LocalDate[] dates(List<Article> articles) {
    LocalDate[] out = new LocalDate[articles.size()];
    for (int i = 0; i < out.length; i++) {
      Published p = articles.get(i).published();
      out[i] = p == null ? null : p.date();
    }
    return out;
  }

  private record SignatureKey(long[] signature, int size) {
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
   * Counts agreements per unordered pair of report indexes in an open-addressing table of packed
   * pair keys ({@code a << 32 | b} with {@code a < b}). Counters filled apart (on several machines)
   * add up with {@link #add(long, int)}. Not thread-safe.
   */
  public static final class PairCounter {
    private long[] keys;
    private int[] counts;
    private int size;

    public PairCounter(int capacity) {
      int cap = Integer.highestOneBit(Math.max(16, capacity) * 2);
      keys = new long[cap];
      counts = new int[cap];
    }

    /** One more agreement of reports {@code x} and {@code y} (none when they are the same). */
    public void add(int x, int y) {
      if (x == y) {
        return;
      }
      add(x < y ? ((long) x << 32) | y : ((long) y << 32) | x, 1);
    }

    /** {@code count} more agreements of the pair packed in {@code key}. */
    public void add(long key, int count) {
      long stored = key + 1; // 0 marks an empty slot
      int mask = keys.length - 1;
      int slot = (int) Words.mix(stored) & mask;
      while (true) {
        if (keys[slot] == stored) {
          counts[slot] += count;
          return;
        }
        if (keys[slot] == 0) {
          keys[slot] = stored;
          counts[slot] = count;
          if (++size * 2 > keys.length) {
            grow();
          }
          return;
        }
        slot = (slot + 1) & mask;
      }
    }

    /** The number of pairs counted. */
    public int size() {
      return size;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldCounts = counts;
      keys = new long[oldKeys.length * 2];
      counts = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int s = 0; s < oldKeys.length; s++) {
        if (oldKeys[s] != 0) {
          int slot = (int) Words.mix(oldKeys[s]) & mask;
          while (keys[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = oldKeys[s];
          counts[slot] = oldCounts[s];
        }
      }
    }

    /** Receives a pair {@code a < b} and its count. */
    public interface Visitor {
      void visit(int a, int b, int count);
    }

    /** Visits every pair counted, in no particular order. */
    public void forEach(Visitor v) {
      for (int s = 0; s < keys.length; s++) {
        if (keys[s] != 0) {
          long key = keys[s] - 1;
          v.visit((int) (key >>> 32), (int) key, counts[s]);
        }
      }
    }
  }
}
