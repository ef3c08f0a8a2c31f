package dossier.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast paths of candidate search against their plain definitions, on random inputs: shingling
 * through a folding table, weighted MinHash that weighs only the shingles that can win, and the
 * bucketed sort of postings.
 */
class CandidateSearchPropertyTest {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  private static final String[] PIECES = {
    "the",
    "of",
    "said",
    "army",
    "Army",
    "ARMY",
    "Goïta",
    "GOÏTA",
    "Kidal",
    "Straße",
    "ǅemal",
    "ﬁnal",
    "Tinzaouaten",
    "Тинзауатен",
    "Σεισμός",
    "ΟΔΟΣ",
    "地震",
    "İstanbul",
    "naïve",
    "Zoë",
    "2024",
    "17",
    "œuvre",
    "Ærø",
    "e\u0301",
    "ᾷ",
    "한국",
    "x"
  };

  private static final String[] GAPS = {" ", "  ", ", ", ". ", "\n\n", "-", "'", " « ", "\u00a0"};

  static String randomText(Random random) {
    StringBuilder sb = new StringBuilder();
    int words = random.nextInt(60);
    for (int i = 0; i < words; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextInt(4) == 0) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      sb.append(GAPS[random.nextInt(GAPS.length)]);
    }
    return sb.toString();
  }

  /** Content-word bigrams by definition: tokens, each character folded, function words out. */
  static long[] referenceBigrams(String text) {
    List<Long> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      String word = text.substring(start, i);
      StringBuilder folded = new StringBuilder();
      for (char c : word.toCharArray()) {
        folded.append(Words.fold(String.valueOf(c)));
      }
      boolean simple = folded.length() == word.length();
      long hash = simple ? Words.hash(folded) : Words.hash(Words.fold(word));
      if (!Words.isFunctionWord(simple ? folded.toString() : Words.fold(word))) {
        words.add(hash);
      }
    }
    Set<Long> out = new LinkedHashSet<>();
    for (int k = 1; k < words.size(); k++) {
      long shingle = Words.mix(words.get(k - 1) * 0x9E3779B97F4A7C15L + words.get(k));
      out.add(shingle == 0 ? 1 : shingle);
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void shinglesMatchTheirDefinitionOnMixedScripts(long seed) {
    String text = randomText(new Random(seed));
    assertThat(Words.contentBigrams(text)).as(text).containsExactly(referenceBigrams(text));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void signaturesEqualTheBruteForceWeightedMinHash(long seed) {
    Random random = new Random(seed);
    int bits = 16;
    int[] df = new int[1 << bits];
    for (int s = 0; s < df.length; s++) {
      df[s] = random.nextInt(3) == 0 ? 1 + random.nextInt(20_000) : 1 + random.nextInt(3);
    }
    int n = 10_000;
    CandidateFinder.Signer signer =
        new CandidateFinder(CandidateFinder.Config.defaults()).signer(df, n);
    long[] shingles = random.longs(random.nextInt(2_000)).filter(h -> h != 0).toArray();

    int bins = CandidateFinder.Config.defaults().bins();
    long[] expected = new long[bins];
    double[] best = new double[bins];
    Arrays.fill(best, Double.MAX_VALUE);
    for (long h : shingles) {
      int bin = (int) (h >>> (64 - Integer.numberOfTrailingZeros(bins)));
      double weight = Math.log1p((n + 1000.0) / df[CandidateFinder.counterSlot(h, bits)]);
      double u = ((h >>> 11) & ((1L << 40) - 1)) + 0.5;
      double key = -Math.log(u * 0x1.0p-40) / weight;
      if (key < best[bin]) {
        best[bin] = key;
        expected[bin] = h;
      }
    }
    assertThat(signer.sign(shingles)).containsExactly(expected);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void bucketedSortSortsLikeArraysSort(long seed) {
    Random random = new Random(seed);
    long[] values = new long[random.nextInt(50_000)];
    for (int k = 0; k < values.length; k++) {
      // Few distinct high parts, so buckets are crowded and hold many equal values.
      values[k] = ((long) random.nextInt(300) << 40) ^ random.nextInt(1 + random.nextInt(64));
      if (random.nextBoolean()) {
        values[k] = -values[k];
      }
    }
    long[] expected = values.clone();
    Arrays.sort(expected);
    long[] sorted = CandidateFinder.sortedByBucket(values);
    // Same values, each run of equal values contiguous and bucket contents ascending.
    assertThat(Arrays.stream(sorted).sorted().toArray()).containsExactly(expected);
    for (int k = 1; k < sorted.length; k++) {
      if ((sorted[k] >>> 48) == (sorted[k - 1] >>> 48)) {
        assertThat(sorted[k]).isGreaterThanOrEqualTo(sorted[k - 1]);
      }
    }
  }
}
