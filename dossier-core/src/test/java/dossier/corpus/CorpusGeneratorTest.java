package dossier.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dossier.corpus.CopyEditor.Edit;
import dossier.corpus.CorpusGenerator.Corpus;
import dossier.corpus.CorpusGenerator.Planted;
import dossier.corpus.CorpusGenerator.Report;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorpusGeneratorTest {

  private static final List<String> BODIES =
      List.of(
          """
          Gunmen attacked a village in the north on Sunday, killing at least twelve people.

          The regional governor said the attackers arrived on motorcycles before dawn.

          Residents fled toward the provincial capital, aid workers said.""",
          """
          The central bank raised its main interest rate by half a point on Thursday.

          Officials said inflation had stayed above the target for a third quarter.

          Markets had expected a smaller increase, analysts said.""",
          """
          Heavy rain flooded several districts of the coastal city overnight.

          Emergency services rescued dozens of families from rooftops.

          The weather office warned of more storms later in the week.""");

  private static final CorpusGenerator GENERATOR =
      new CorpusGenerator(CorpusGenerator.Config.defaults());

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42})
  void sameSeedGivesSameCorpus(long seed) {
    assertThat(GENERATOR.generate(BODIES, 60, seed))
        .isEqualTo(GENERATOR.generate(BODIES, 60, seed));
    assertThat(GENERATOR.generate(BODIES, 60, seed))
        .isNotEqualTo(GENERATOR.generate(BODIES, 60, seed + 1));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5, 200})
  void makesExactlyTheArticlesAskedWithUniqueIds(int articles) {
    Corpus corpus = GENERATOR.generate(BODIES, articles, 3);
    assertThat(corpus.reports()).hasSize(articles);
    assertThat(corpus.reports().stream().map(Report::id).distinct()).hasSize(articles);
  }

  @ParameterizedTest
  @ValueSource(longs = {2, 11})
  void plantsCopiesAfterTheirStoryAtAboutTheConfiguredRate(long seed) {
    Corpus corpus = GENERATOR.generate(BODIES, 2000, seed);
    Map<String, Report> byId =
        corpus.reports().stream().collect(Collectors.toMap(Report::id, Function.identity()));
    long stories = corpus.reports().size() - corpus.planted().size();
    long copiedStories = corpus.planted().stream().map(Planted::story).distinct().count();
    assertThat(copiedStories / (double) stories).isBetween(0.2, 0.3);
    for (Planted p : corpus.planted()) {
      Report story = byId.get(p.story());
      Report copy = byId.get(p.copy());
      assertThat(copy.published()).isGreaterThanOrEqualTo(story.published());
      assertThat(copy.outlet()).isNotEqualTo(story.outlet());
      if (p.edit() == Edit.VERBATIM) {
        assertThat(copy.text()).endsWith(story.text());
      }
      if (p.edit() == Edit.TRIMMED) {
        assertThat(story.text()).startsWith(copy.text());
      }
    }
    assertThat(corpus.planted().stream().map(Planted::edit).distinct()).hasSize(5);
  }

  @ParameterizedTest
  @ValueSource(longs = {5})
  void listsEveryPairInsideAPlantedFamilyOnce(long seed) {
    Corpus corpus = GENERATOR.generate(BODIES, 300, seed);
    Map<String, Long> copies =
        corpus.planted().stream()
            .collect(Collectors.groupingBy(Planted::story, Collectors.counting()));
    long expected = copies.values().stream().mapToLong(k -> (k + 1) * k / 2).sum();
    assertThat(corpus.copyPairs()).hasSize((int) expected);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void rejectsNoArticlesOrNoBodies(int articles) {
    assertThatThrownBy(() -> GENERATOR.generate(BODIES, articles, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GENERATOR.generate(List.of(" "), 10, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
