package dossier.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dossier.model.Article;
import dossier.model.Published;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CandidateFinderTest {

  private static final CandidateFinder FINDER =
      new CandidateFinder(CandidateFinder.Config.defaults());

  /** A random text of {@code words} words over a large vocabulary, in sentences. */
  static String randomText(Random random, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append(i % 15 == 0 ? "" : " ")
          .append("w")
          .append(Integer.toString(random.nextInt(50_000), 36));
      if (i % 15 == 14) {
        sb.append(".\n\n");
      }
    }
    return sb.toString();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void findsTrimmedCopiesAmongUnrelatedReports(long seed) {
    Random random = new Random(seed);
    List<Article> articles = new ArrayList<>();
    Set<List<Integer>> planted = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      articles.add(Article.of("o" + i, randomText(random, 300 + random.nextInt(400))));
    }
    for (int i = 0; i < 50; i++) {
      String original = articles.get(i).text();
      int keep = (int) (original.length() * (0.3 + 0.5 * random.nextDouble()));
      int cut = original.indexOf(".\n\n", keep);
      articles.add(
          Article.of("t" + i, original.substring(0, cut < 0 ? original.length() : cut + 1)));
      planted.add(List.of(i, articles.size() - 1));
    }
    List<CandidateFinder.Pair> pairs = FINDER.find(articles);
    Set<List<Integer>> found = new HashSet<>();
    for (CandidateFinder.Pair p : pairs) {
      found.add(List.of(p.a(), p.b()));
    }
    assertThat(found).containsAll(planted);
    assertThat(found).hasSizeLessThanOrEqualTo(planted.size() + 2);
    for (CandidateFinder.Pair p : pairs) {
      if (planted.contains(List.of(p.a(), p.b()))) {
        assertThat(p.containmentB()).isGreaterThan(0.7);
      }
    }
  }

  @Test
  void keepsEveryCopyOfAStoryHeldByManyReportsConnected() {
    Random random = new Random(11);
    String story = randomText(random, 400);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      articles.add(
          Article.of("c" + i, story + "\n\nw" + Integer.toString(900_000 + i, 36) + " tail."));
    }
    List<CandidateFinder.Pair> pairs = FINDER.find(articles);
    int[] parent = new int[articles.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (CandidateFinder.Pair p : pairs) {
      parent[root(parent, p.b())] = root(parent, p.a());
    }
    Set<Integer> roots = new HashSet<>();
    for (int i = 0; i < parent.length; i++) {
      roots.add(root(parent, i));
    }
    assertThat(roots).hasSize(1);
    assertThat(pairs.size()).isLessThan(300 * 40);
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }

  @Test
  void findsNoCandidatesAmongThousandsOfUnrelatedReports() {
    Random random = new Random(5);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      articles.add(Article.of("u" + i, randomText(random, 150)));
    }
    assertThat(FINDER.find(articles)).isEmpty();
  }

  @Test
  void dropsPairsOutsideTheTimeWindow() {
    String story = randomText(new Random(3), 300);
    List<Article> articles =
        List.of(
            Article.of("a", story).withPublished(new Published("2024-07-28", "field")),
            Article.of("b", story).withPublished(new Published("2024-07-29", "field")),
            Article.of("c", story).withPublished(new Published("2024-12-01", "field")));
    CandidateFinder windowed =
        new CandidateFinder(CandidateFinder.Config.defaults().withWindowDays(7));
    assertThat(windowed.find(articles))
        .extracting(p -> List.of(p.a(), p.b()))
        .containsExactly(List.of(0, 1));
    assertThat(FINDER.find(articles)).hasSize(2);
  }

  @Test
  void findsNothingInReportsWithoutContentWords() {
    assertThat(
            FINDER.find(
                List.of(
                    Article.of("a", ""), Article.of("b", "the of and"), Article.of("c", "Mali"))))
        .isEmpty();
  }

  @Test
  void rejectsBinsThatAreNotAPowerOfTwo() {
    assertThatThrownBy(() -> new CandidateFinder.Config(100, 5, 16, 0.1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsContentWordBigramsAcrossCaseAndAccents() {
    assertThat(Words.contentBigrams("Colonel Assimi Goïta"))
        .isEqualTo(Words.contentBigrams("colonel assimi goita"));
    assertThat(Words.contentBigrams("the army of Mali")).hasSize(1);
  }
}
