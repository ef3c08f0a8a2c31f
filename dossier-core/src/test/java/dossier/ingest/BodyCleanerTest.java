package dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodyCleanerTest {

  private static final String[] PIECES = {
    "a",
    "w",
    "ww",
    "www.",
    ".",
    "/",
    "@",
    "h",
    "http",
    "https://",
    "://",
    "com",
    "me",
    "org",
    "io",
    "x-1",
    "_",
    " ",
    "  ",
    ")",
    "]",
    "é",
    "t.co/",
    "Read more",
    "ok"
  };

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void findsATrailingLinkExactlyWhereTheWholeLineScanDoes(long seed) {
    Random random = new Random(seed);
    int links = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder line = new StringBuilder();
      for (int i = 0, k = random.nextInt(12); i < k; i++) {
        line.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = line.toString();
      boolean expected = BodyCleaner.TRAILING_LINK.matcher(text).find();

      assertThat(BodyCleaner.endsWithLink(text)).as(text).isEqualTo(expected);
      if (expected) {
        links++;
      }
    }
    assertThat(links).as("lines ending with a link").isGreaterThan(1000);
  }
}
