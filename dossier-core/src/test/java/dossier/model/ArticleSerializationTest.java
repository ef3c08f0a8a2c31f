package dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Articles come back from Java serialization and from {@link PackedArticles} equal, whatever fields
 * they have or lack.
 */
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

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void comesBackFromPackingEqualInOrder(long seed) {
    Random random = new Random(seed);
    List<Article> articles = new ArrayList<>();
    for (int n = 0; n < 50; n++) {
      articles.add(article(random));
    }

    PackedArticles packed = PackedArticles.of(articles);

    assertThat(packed).hasSize(50).isEqualTo(articles);
    assertThat(packed.get(7)).isNotSameAs(packed.get(7)).isEqualTo(articles.get(7));
    assertThat(PackedArticles.of(List.of())).isEmpty();
  }

  @Test
  void mapReplacesTheArticlesTheFunctionChangesAndKeepsTheRest() {
    Random random = new Random(9);
    List<Article> articles = new ArrayList<>();
    for (int n = 0; n < 40; n++) {
      articles.add(article(random).withId("a" + n));
    }
    PackedArticles packed = PackedArticles.of(articles);

    PackedArticles mapped =
        packed.map(a -> a.id().endsWith("3") ? a.withId(a.id() + "-renamed") : a);

    assertThat(mapped).hasSize(40);
    for (int n = 0; n < 40; n++) {
      Article expected =
          n % 10 == 3 ? articles.get(n).withId("a" + n + "-renamed") : articles.get(n);
      assertThat(mapped.get(n)).isEqualTo(expected);
    }
    assertThat(packed.get(3).id()).isEqualTo("a3");
  }

  @Test
  void holdsARepetitiveTextInFewerBytesThanItsCharacters() {
    String text = "The river rose by “forty” centimetres overnight, officials said. ".repeat(200);
    PackedArticles packed = PackedArticles.of(List.of(Article.of("r", text)));
    assertThat(packed.packedBytes()).isLessThan(text.length() / 4);
    assertThat(packed.get(0).text()).isEqualTo(text);
  }

  @Test
  void refusesAnIndexOutsideTheList() {
    PackedArticles packed = PackedArticles.of(List.of(Article.of("r", "A report.")));
    assertThatThrownBy(() -> packed.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
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
