package dossier.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.Article;
import dossier.model.ClaimSet;
import org.junit.jupiter.api.Test;

class LongDigitRunTest {

  @Test
  void readsADigitRunTooLongForACountAsNoFigure() {
    Article a =
        Article.of(
            "long-digits",
            "Reference 10100797833190957521991 was filed. At least 12 people were killed in the"
                + " attack, police said.");
    ClaimSet claims = new ClaimExtractor(ClaimExtractor.Config.defaults()).extract(a);
    assertThat(claims.casualties()).anySatisfy(c -> assertThat(c.figure().low()).isEqualTo(12));
    assertThat(claims.casualties())
        .noneSatisfy(c -> assertThat(c.figure().text()).contains("10100797833190957521991"));
  }
}
