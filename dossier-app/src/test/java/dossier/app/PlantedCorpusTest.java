package dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlantedCorpusTest {

  private static final List<String> BODIES =
      List.of(
          "Rebels said on Saturday they had seized the town.\n\nThe army denied it.\n\nResidents"
              + " fled towards the river.",
          "The central bank raised rates by half a point.\n\nMarkets fell.\n\nAnalysts had"
              + " expected a smaller rise.");

  @Test
  void makesTheSameCorpusFromTheSameSeed() {
    PlantedCorpus a = PlantedCorpus.generate(BODIES, 50, 0.5, 9);
    PlantedCorpus b = PlantedCorpus.generate(BODIES, 50, 0.5, 9);
    assertThat(a.articles().stream().map(Article::text).toList())
        .isEqualTo(b.articles().stream().map(Article::text).toList());
    assertThat(a.planted()).isEqualTo(b.planted());
  }

  @Test
  void plantsCopiesAfterTheStoriesTheyCopy() {
    PlantedCorpus c = PlantedCorpus.generate(BODIES, 50, 0.5, 9);
    assertThat(c.planted()).isNotEmpty();
    assertThat(c.articles()).hasSize(50 + c.planted().size());
    for (PlantedCorpus.Planted p : c.planted()) {
      assertThat(p.original()).isLessThan(50);
      assertThat(p.copy()).isGreaterThanOrEqualTo(50);
    }
    assertThat(c.planted())
        .filteredOn(p -> p.edit() == PlantedCorpus.Edit.VERBATIM)
        .allSatisfy(
            p ->
                assertThat(c.articles().get(p.copy()).text())
                    .endsWith(c.articles().get(p.original()).text()));
  }

  @Test
  void makesStoriesThatShareNoWordsWithTheirBody() {
    PlantedCorpus c = PlantedCorpus.generate(BODIES, 10, 0.0, 3);
    assertThat(c.articles().get(0).text()).isEqualTo(BODIES.get(0));
    assertThat(c.articles().get(2).text()).isNotEqualTo(BODIES.get(0));
    assertThat(c.articles().get(2).text().split("\n\n")).hasSize(3);
  }
}
