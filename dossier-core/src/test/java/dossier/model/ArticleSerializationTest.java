package dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Articles come back from Java serialization equal, whatever fields they have or lack. */
class ArticleSerializationTest {

  private static final String[] PIECES = {
    "Tinzaouaten",
    " ",
    "\n\n",
    "Kidal",
    "é",
    "Киев",
    "北京",
    "😀",
    "\ud800",
    "\udc00",
    "\u0000",
    "“",
    "'"
  };

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void comesBackFromJavaSerializationEqual(long seed) throws Exception {
    Random random = new Random(seed);
    List<Article> articles = new ArrayList<>();
    for (int n = 0; n < 50; n++) {
      articles.add(article(random));
    }

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(articles);
    }
    Object read;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = in.readObject();
    }

    assertThat(read).isEqualTo(articles);
  }

  private static Article article(Random random) {
    String text = text(random, 1 + random.nextInt(random.nextInt(8) == 0 ? 30_000 : 40));
    List<Span> headings = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      int start = random.nextInt(text.length());
      headings.add(new Span(start, start + random.nextInt(text.length() - start + 1)));
    }
    List<Removal> removed = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      removed.add(new Removal(text(random, 3), "promo"));
    }
    return new Article(
        "id" + random.nextInt(1000) + text(random, 1),
        "file.jsonl:" + random.nextInt(100),
        maybe(random, text(random, 2)),
        maybe(random, "https://example.org/" + random.nextInt(100)),
        random.nextBoolean() ? null : new Published("2024-07-2" + random.nextInt(10), "metadata"),
        maybe(random, "KIDAL"),
        maybe(random, text(random, 2)),
        random.nextBoolean() ? List.of() : List.of("AFP", text(random, 1)),
        maybe(random, text(random, 4)),
        text,
        headings,
        removed,
        maybe(random, "fr"));
  }

  private static String maybe(Random random, String value) {
    return random.nextBoolean() ? null : value;
  }

  private static String text(Random random, int pieces) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      out.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return out.toString();
  }
}
