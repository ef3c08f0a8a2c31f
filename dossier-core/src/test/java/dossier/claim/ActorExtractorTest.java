package dossier.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.ActorMention;
import dossier.model.Article;
import dossier.model.ClaimSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActorExtractorTest {

  private static List<ActorMention> actors(String text) {
    return new ActorExtractor().extract(Discourse.of(Article.of("t", text)));
  }

  @Test
  void recordsTheExpansionOfAnUnknownAcronym() {
    List<ActorMention> a =
        actors(
            "Fighters of the Justice and Equality Movement (JEM) attacked the town. JEM said it"
                + " had withdrawn.");
    assertThat(a)
        .filteredOn(m -> m.actor().equals("JEM"))
        .hasSize(2)
        .allSatisfy(m -> assertThat(m.expansion()).isEqualTo("Justice and Equality Movement"));
    assertThat(a.get(0).kind()).isEqualTo(ActorMention.Kind.REBEL_GROUP);
  }

  @Test
  void mergesANationsForcesWhateverTheWording() {
    List<ActorMention> a =
        actors("Nigerien troops and the Nigerien army fought; Niger's military denied it.");
    assertThat(a).extracting(ActorMention::actor).containsOnly("Military Forces of Niger");
  }

  @Test
  void notesReportsThatExpandAnAcronymDifferently() {
    ClaimExtractor x = new ClaimExtractor(ClaimExtractor.Config.defaults());
    ClaimSet one = x.extract(Article.of("a", "The Movement for Unity (MFU) said so."));
    ClaimSet two = x.extract(Article.of("b", "The Mountain Front Union (MFU) denied it."));
    Map<String, Map<String, List<String>>> e = ClaimExtractor.expansions(List.of(one, two));
    assertThat(e.get("MFU")).containsOnlyKeys("Movement for Unity", "Mountain Front Union");
  }
}
