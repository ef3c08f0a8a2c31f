package dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
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

  private static final String[] PHRASES = {
    "follow",
    "us",
    "on",
    "Twitter",
    "share",
    "read also:",
    "Photo:",
    "©",
    "newsletter",
    "daily",
    "our",
    "the",
    "all rights reserved",
    "subscribe",
    "to",
    "get",
    "latest",
    "inbox",
    "source:",
    "https://example.org/x",
    "advertisement",
    "lire aussi :",
    "we need your support",
    "Reuters",
    "killed",
    "in",
    "Mali",
    "-",
    "|",
    "click here to read",
    "sponsored",
    "(c) 2024",
    "keep reading",
    "getty images",
    "AFP PHOTO",
    "image source",
    "Don't miss out",
    "newſletter",
    "ALL RIGHTS RESERVED",
    "\u212Aeep reading",
    "We need your help",
    "credit :",
    "weekly newsletters"
  };

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void namesTheFirstRuleAWholeLineScanFinds(long seed) throws Exception {
    List<String[]> rules = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Furniture.class.getResourceAsStream("furniture.tsv"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rules.add(line.split("\t"));
        }
      }
    }
    List<Pattern> patterns = new ArrayList<>();
    for (String[] r : rules) {
      patterns.add(
          Pattern.compile(
              r[1],
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
    }
    Random random = new Random(seed);
    int furniture = 0;
    for (int n = 0; n < 3000; n++) {
      StringBuilder line = new StringBuilder();
      for (int i = 1 + random.nextInt(8); i > 0; i--) {
        line.append(PHRASES[random.nextInt(PHRASES.length)])
            .append(random.nextInt(6) == 0 ? "" : " ");
      }
      String normal = line.toString().strip().replaceAll("\\s+", " ");
      Optional<String> expected = Optional.empty();
      for (int r = 0; r < rules.size() && !normal.isEmpty(); r++) {
        if (patterns.get(r).matcher(normal).find()) {
          expected = Optional.of(rules.get(r)[0]);
          break;
        }
      }
      furniture += expected.isPresent() ? 1 : 0;
      assertThat(Furniture.reason(line.toString())).as("[%s]", line).isEqualTo(expected);
    }
    assertThat(furniture).as("lines found to be furniture").isBetween(300, 2700);
  }

  @Test
  void tellsTheCharactersAnAnchoredRuleCanBeginWithOnlyWhenItsStartIsPlain() {
    assertThat(Furniture.firstCharacters("^(join|Follow|find)\\s+us")).isEqualTo("jff");
    assertThat(Furniture.firstCharacters("^(©|copyright\\b|\\(c\\)\\s)")).isEqualTo("©c(");
    assertThat(Furniture.firstCharacters("^(share( this)?|(?:tweet|Email))\\s*:?$"))
        .isEqualTo("ste");
    assertThat(Furniture.firstCharacters("^Подпишитесь")).isEqualTo("п");
    assertThat(Furniture.firstCharacters("^(a|b)?c")).isNull();
    assertThat(Furniture.firstCharacters("^(a|)c")).isNull();
    assertThat(Furniture.firstCharacters("^a?b")).isNull();
    assertThat(Furniture.firstCharacters("^[ab]c")).isNull();
    assertThat(Furniture.firstCharacters("^\\s*photo")).isNull();
    assertThat(Furniture.firstCharacters("^(?=a)b")).isNull();
    assertThat(Furniture.firstCharacters("photo")).isNull();
  }

  @Test
  void takesARuleAsAnchoredOnlyWhenNoAlternativeEscapesItsCaret() {
    assertThat(Furniture.anchored("^(a|b)c")).isTrue();
    assertThat(Furniture.anchored("^[|]x")).isTrue();
    assertThat(Furniture.anchored("^a\\|b")).isTrue();
    assertThat(Furniture.anchored("^a|b")).isFalse();
    assertThat(Furniture.anchored("(^|\\s)photo")).isFalse();
    assertThat(Furniture.anchored("\\bwe need")).isFalse();
  }
}
