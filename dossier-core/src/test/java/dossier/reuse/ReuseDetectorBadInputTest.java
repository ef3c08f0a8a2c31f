package dossier.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dossier.model.Article;
import dossier.model.ReuseGraph;
import dossier.model.ReuseLink;
import dossier.model.ReuseRelation;
import dossier.model.SourceFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bad and extreme inputs: nothing crashes, nothing grows quadratically, relations make sense. */
class ReuseDetectorBadInputTest {

  private static final String STORY =
      """
      Rebels said on Saturday they had seized the garrison town of Amara after two days of fighting.

      "Our fighters control the whole town," a rebel spokesman told Reuters by telephone.

      The army said its troops had withdrawn to regroup and denied that any soldiers were captured.

      At least 12 civilians were wounded in the shelling, a hospital official said.

      Residents said hundreds of families had fled towards the river crossing at Koro.
      """;

  private static final ReuseDetector WORDS_ONLY =
      new ReuseDetector(ReuseDetector.Config.defaults().withoutEmbeddings());

  @Test
  void returnsNothingForNoReports() {
    ReuseGraph g = WORDS_ONLY.detect(List.of());
    assertThat(g.links()).isEmpty();
    assertThat(g.families()).isEmpty();
  }

  @Test
  void linksNothingForEmptyAndOneWordReports() {
    ReuseGraph g =
        WORDS_ONLY.detect(
            List.of(
                Article.of("empty", ""),
                Article.of("blank", "  \n\n "),
                Article.of("word", "Mali"),
                Article.of("word2", "Mali"),
                Article.of("story", STORY)));
    assertThat(g.links()).isEmpty();
    assertThat(g.families()).isEmpty();
  }

  @Test
  void callsIdenticalReportsVerbatimCopies() {
    ReuseGraph g = WORDS_ONLY.detect(List.of(Article.of("a", STORY), Article.of("b", STORY)));
    assertThat(g.links())
        .singleElement()
        .extracting(ReuseLink::relation)
        .isEqualTo(ReuseRelation.VERBATIM);
    assertThat(g.links().get(0).drift()).isEmpty();
    assertThat(g.families())
        .singleElement()
        .extracting(SourceFamily::articles)
        .asList()
        .containsExactly("a", "b");
  }

  @Test
  void callsAReportPastedTwiceAVerbatimCopyOfTheReport() {
    ReuseGraph g =
        WORDS_ONLY.detect(
            List.of(Article.of("once", STORY), Article.of("twice", STORY + "\n\n" + STORY)));
    assertThat(g.links())
        .singleElement()
        .extracting(ReuseLink::relation)
        .isEqualTo(ReuseRelation.VERBATIM);
    assertThat(g.links().get(0).coverageA()).isEqualTo(1.0);
    assertThat(g.links().get(0).coverageB()).isEqualTo(1.0);
  }

  @Test
  void neverLinksAReportPastedTwiceToItself() {
    ReuseGraph g = WORDS_ONLY.detect(List.of(Article.of("twice", STORY + "\n\n" + STORY)));
    assertThat(g.links()).isEmpty();
    assertThat(g.families()).isEmpty();
  }

  @Test
  void groupsTenThousandCopiesOfOneStoryIntoOneFamily() {
    List<Article> copies = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      copies.add(Article.of(String.format("c%05d", i), STORY));
    }
    ReuseGraph g = WORDS_ONLY.detect(copies);
    assertThat(g.families()).hasSize(1);
    assertThat(g.families().get(0).articles()).hasSize(10_000);
    assertThat(g.families().get(0).members()).allMatch(m -> m.relation() == ReuseRelation.VERBATIM);
    assertThat(g.links()).hasSizeLessThan(10_000 * 20);
  }

  @Test
  void keepsSlightlyEditedCopiesOfAWidelySyndicatedStoryInOneFamily() {
    Random random = new Random(7);
    String[] places = {"Amara", "Koro", "Tessit", "Menaka", "Gao", "Ansongo", "Bourem"};
    List<Article> copies = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String edited =
          STORY
                  .replace("Saturday", random.nextBoolean() ? "Saturday" : "Sunday")
                  .replace("Koro", places[random.nextInt(places.length)])
              + "\n\nEditor's note "
              + i
              + ": reported with agencies in "
              + places[i % places.length]
              + ".";
      copies.add(Article.of("v" + i, edited));
    }
    ReuseGraph g = WORDS_ONLY.detect(copies);
    assertThat(g.families()).hasSize(1);
    assertThat(g.families().get(0).articles()).hasSize(400);
    assertThat(g.links()).hasSizeLessThan(400 * 40);
  }

  @Test
  void rejectsTwoReportsWithOneId() {
    assertThatThrownBy(
            () -> WORDS_ONLY.detect(List.of(Article.of("a", STORY), Article.of("a", "x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate");
  }
}
