package dossier.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.Article;
import dossier.model.Claim;
import dossier.model.ClaimSet;
import dossier.model.Published;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property test: text stitched at random from the words, marks and numbers the rules react to never
 * breaks the extractor, and every claim's span still lies inside the text.
 */
class RandomTextTest {

  private static final String[] PIECES = {
    "said",
    "told",
    "AFP",
    "he",
    "added",
    "according",
    "to",
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "``",
    "''",
    ",",
    ".",
    ":",
    "at",
    "least",
    "15",
    "dozens",
    "and",
    "of",
    "killed",
    "or",
    "captured",
    "wounded",
    "dead",
    "soldiers",
    "Wagner",
    "fighters",
    "the",
    "army",
    "Malian",
    "in",
    "Kidal",
    "Tinzaouaten",
    "region",
    "on",
    "Saturday",
    "between",
    "Friday",
    "25",
    "July",
    "2024",
    "(",
    "JNIM",
    ")",
    "Support",
    "Group",
    "a",
    "spokesman",
    "for",
    "CSP-DPA",
    "suffered",
    "losses",
    "including",
    "'s",
    "-",
    "\n",
    "\n\n",
    "two",
    "a dozen",
    "1,000",
    "were",
    "had",
    "been",
    "it",
    "BAMAKO",
    "—",
    "people",
    "died",
    "toll",
    "among",
    "its",
    "own",
    "adding",
    "that"
  };

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
  void neverBreaksOnRandomText(long seed) {
    Random random = new Random(seed);
    StringBuilder b = new StringBuilder();
    int n = 40 + random.nextInt(200);
    for (int i = 0; i < n; i++) {
      b.append(PIECES[random.nextInt(PIECES.length)]);
      b.append(random.nextInt(4) == 0 ? "" : " ");
    }
    String text = random.nextBoolean() ? b.toString() : b.toString().toUpperCase();
    Article a = Article.of("r" + seed, text).withPublished(new Published("2024-07-28", "test"));
    ClaimSet claims = new ClaimExtractor(ClaimExtractor.Config.defaults()).extract(a);
    for (Claim c : claims.all()) {
      assertThat(c.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(c.span().length()).isPositive();
    }
  }
}
