package dossier.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.Article;
import dossier.model.CasualtyClaim;
import dossier.model.CasualtyClaim.Kind;
import dossier.model.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;

class CasualtyExtractorTest {

  private static List<CasualtyClaim> casualties(String text) {
    return new CasualtyExtractor().extract(Discourse.of(Article.of("t", text)));
  }

  private static List<Quantity> quantities(String text) {
    return new QuantityExtractor().extract(Discourse.of(Article.of("t", text)));
  }

  @Test
  void splitsCoordinatedFiguresIntoOneClaimEach() {
    List<CasualtyClaim> c =
        casualties("Police said three soldiers were killed and 14 wounded in the attack.");
    assertThat(c).extracting(CasualtyClaim::kind).containsExactly(Kind.KILLED, Kind.WOUNDED);
    assertThat(c).extracting(x -> x.figure().low()).containsExactly(3L, 14L);
    assertThat(c.get(1).victims()).isEqualTo("soldiers");
    assertThat(c.get(0).claimant().name()).isEqualTo("Police");
  }

  @Test
  void keepsKilledOrCapturedAsItsOwnKind() {
    List<CasualtyClaim> c =
        casualties("The group claimed that 20 soldiers had been killed or captured.");
    assertThat(c)
        .singleElement()
        .extracting(CasualtyClaim::kind)
        .isEqualTo(Kind.KILLED_OR_CAPTURED);
  }

  @Test
  void readsCivilianVictimsAndTheirSide() {
    List<CasualtyClaim> c =
        casualties("At least 30 civilians died in the shelling, a local official told Reuters.");
    assertThat(c)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.kind()).isEqualTo(Kind.DEAD);
              assertThat(x.victimSides()).containsExactly("civilians");
              assertThat(x.claimant().name()).isEqualTo("a local official");
              assertThat(x.claimant().via()).isEqualTo("Reuters");
            });
  }

  @Test
  void doesNotCountDaysVehiclesOrForcesAsCasualties() {
    String text =
        "After three days of fighting, a convoy of a dozen vehicles arrived with 1,000 men.";
    assertThat(casualties(text)).isEmpty();
    assertThat(quantities(text))
        .extracting(Quantity::unit)
        .contains("days of fighting", "vehicles", "men");
  }

  @Test
  void readsAnActiveVerbBeforeTheFigure() {
    List<CasualtyClaim> c = casualties("The blast killed 12 people near the market.");
    assertThat(c)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.kind()).isEqualTo(Kind.KILLED);
              assertThat(x.victims()).isEqualTo("people");
            });
  }

  @Test
  void readsATollAsDeaths() {
    List<CasualtyClaim> c = casualties("The provisional death toll rose to 45, officials said.");
    assertThat(c).singleElement().extracting(CasualtyClaim::kind).isEqualTo(Kind.DEAD);
  }

  @Test
  void readsABarePluralAsAtLeastTwo() {
    List<CasualtyClaim> c = casualties("Malian soldiers were killed in the ambush, the army said.");
    assertThat(c)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.figure().low()).isEqualTo(2);
              assertThat(x.figure().high()).isNull();
              assertThat(x.figure().qualifier())
                  .isEqualTo(dossier.model.Figure.Qualifier.UNSPECIFIED);
              assertThat(x.victims()).isEqualTo("Malian soldiers");
              assertThat(x.victimSides()).containsExactly("Military Forces of Mali");
              assertThat(x.admission()).isTrue();
            });
  }

  @Test
  void doesNotCountPeopleTwiceWhenAFigureCountsThem() {
    assertThat(casualties("At least 15 fighters were killed, residents said.")).hasSize(1);
  }

  @Test
  void readsCommonNewswireCasualtyPatterns() {
    assertThat(casualties("Twelve people, including three children, were killed on Monday."))
        .extracting(c -> c.kind() + " " + c.figure().low())
        .contains("KILLED 12");
    assertThat(casualties("Two soldiers and a civilian were wounded, the army said."))
        .singleElement()
        .satisfies(c -> assertThat(c.victims()).isEqualTo("soldiers and a civilian"));
    assertThat(casualties("The car bomb killed five people, wounding 30 others."))
        .extracting(c -> c.kind() + " " + c.figure().low())
        .containsExactly("KILLED 5", "WOUNDED 30");
  }
}
