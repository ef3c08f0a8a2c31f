package dossier.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dossier.corpus.CorpusGenerator;
import dossier.model.Article;
import dossier.model.ReuseGraph;
import dossier.model.ReuseLink;
import dossier.text.MiniLmEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Candidate pairs are compared in rounds whose caches are dropped after each round: the graph must
 * not depend on the round size, and must be each pair compared on its own.
 */
class ReuseDetectorRoundsTest {

  private static List<Article> corpus;

  @BeforeAll
  static void generate() {
    List<String> bodies = Seeds.articles().stream().map(Article::text).toList();
    CorpusGenerator generator =
        new CorpusGenerator(CorpusGenerator.Config.defaults().withCopied(0.8));
    corpus =
        generator.generate(bodies, 40, 11).reports().stream()
            .map(r -> Article.of(r.id(), r.text()))
            .toList();
  }

  private static ReuseGraph detect(ReuseDetector.Config config, int pairsPerRound) {
    return new ReuseDetector(config, MiniLmEmbedder.INSTANCE, pairsPerRound).detect(corpus);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 17})
  void givesTheSameGraphWhateverTheRoundSize(int pairsPerRound) {
    ReuseDetector.Config lexical = ReuseDetector.Config.defaults().withoutEmbeddings();
    ReuseGraph whole = detect(lexical, Integer.MAX_VALUE);
    assertThat(whole.links()).hasSizeGreaterThan(50);
    assertThat(detect(lexical, pairsPerRound)).isEqualTo(whole);
  }

  @Test
  void givesTheSameGraphWithEmbeddingsWhateverTheRoundSize() {
    ReuseDetector.Config config = ReuseDetector.Config.defaults();
    assertThat(detect(config, 5)).isEqualTo(detect(config, Integer.MAX_VALUE));
  }

  @Test
  void linksAreThePairsComparedOneByOneInCandidateOrder() {
    ReuseDetector.Config lexical = ReuseDetector.Config.defaults().withoutEmbeddings();
    ReuseDetector detector = new ReuseDetector(lexical, MiniLmEmbedder.INSTANCE, 7);
    List<ReuseLink> oneByOne = new ArrayList<>();
    for (CandidateFinder.Pair p : new CandidateFinder(lexical.candidates()).find(corpus)) {
      oneByOne.add(detector.compare(corpus.get(p.a()), corpus.get(p.b()), p));
    }
    assertThat(detector.detect(corpus).links())
        .isEqualTo(oneByOne.stream().filter(Objects::nonNull).toList());
  }

  @Test
  void refusesARoundOfNoPairs() {
    assertThatThrownBy(
            () -> new ReuseDetector(ReuseDetector.Config.defaults(), MiniLmEmbedder.INSTANCE, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pairsPerRound");
  }
}
