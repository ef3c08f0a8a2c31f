package dossier.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Counting letters (as a set, then as a multiset) never exceeds the edit distance, so checking the
 * counts before the distance keeps every near-spelling decision as it was, on random word pairs of
 * related and unrelated spellings in several scripts.
 */
class LexiconPropertyTest {

  private static final String LETTERS = "aeioutnsrlkdmzwéçöшиж0123456789-'";

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void letterCountingBoundsTheEditDistanceAndKeepsEveryDecision(long seed) {
    Random random = new Random(seed);
    int similar = 0;
    for (int n = 0; n < 20_000; n++) {
      String a = word(random);
      String b = random.nextBoolean() ? edited(a, random) : word(random);
      int distance = Lexicon.levenshtein(a, b, Integer.MAX_VALUE - 1);

      assertThat(Lexicon.letterSetDistance(Lexicon.letters(a), Lexicon.letters(b)))
          .isLessThanOrEqualTo(Lexicon.bagDistance(a, b));
      assertThat(Lexicon.bagDistance(a, b)).isLessThanOrEqualTo(distance);
      boolean expected = a.equals(b) || byDistance(a, b);
      assertThat(Lexicon.similarSpelling(a, b)).as(a + " / " + b).isEqualTo(expected);
      assertThat(Lexicon.similarSpelling(a, Lexicon.letters(a), b, Lexicon.letters(b)))
          .as("with letters given: " + a + " / " + b)
          .isEqualTo(expected);
      if (expected) {
        similar++;
      }
    }
    assertThat(similar).as("pairs spelled alike").isGreaterThan(1000);
  }

  /** The decision by edit distance alone, as it was made before letters were counted. */
  private static boolean byDistance(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (la < 4 || lb < 4 || a.charAt(0) != b.charAt(0) || Math.abs(la - lb) > 3) {
      return false;
    }
    if (Lexicon.isNumber(a) || Lexicon.isNumber(b)) {
      return false;
    }
    int limit = Math.max(1, (int) (0.3 * Math.max(la, lb)));
    return Lexicon.levenshtein(a, b, limit) <= limit;
  }

  private static String word(Random random) {
    StringBuilder out = new StringBuilder();
    for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
      out.append(LETTERS.charAt(random.nextInt(random.nextInt(4) == 0 ? LETTERS.length() : 10)));
    }
    return out.toString();
  }

  /** {@code word} with a few letters changed, added or removed (never its first). */
  private static String edited(String word, Random random) {
    StringBuilder out = new StringBuilder(word);
    for (int e = 0, n = random.nextInt(4); e < n && out.length() > 1; e++) {
      int at = 1 + random.nextInt(out.length() - 1);
      char c = LETTERS.charAt(random.nextInt(LETTERS.length()));
      switch (random.nextInt(3)) {
        case 0 -> out.setCharAt(at, c);
        case 1 -> out.insert(at, c);
        default -> out.deleteCharAt(at);
      }
    }
    return out.toString();
  }
}
