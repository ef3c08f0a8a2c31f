package dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FurnitureTest {

  private static final char[] ALPHABET = {
    'a', 'Z', '7', '.', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', '\u001C',
    'é'
  };

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void countsWordsAsASplitOnWhitespaceRunsDoes(long seed) {
    Random random = new Random(seed);
    for (int n = 0; n < 2000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
      }
      String stripped = text.toString().strip();
      int expected = stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
      assertThat(Furniture.words(text.toString())).as("%s", text).isEqualTo(expected);
    }
  }
}
