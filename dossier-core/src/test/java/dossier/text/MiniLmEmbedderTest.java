package dossier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {

  @Test
  void answersEverySentenceWhenTheCacheEmptiesItselfDuringACall() {
    MiniLmEmbedder embedder = new MiniLmEmbedder(2);
    List<String> first =
        List.of("The army said two soldiers died.", "Rain fell on Monday.", "Roads closed.");
    List<float[]> before = embedder.embed(first);

    // Two cached sentences and a new one: the new one fills the cache past its limit.
    List<float[]> after =
        embedder.embed(List.of(first.get(0), "A new sentence about the floods.", first.get(1)));

    assertThat(after).doesNotContainNull().hasSize(3);
    assertThat(after.get(0)).isEqualTo(before.get(0));
    assertThat(after.get(2)).isEqualTo(before.get(1));
  }
}
