package dossier.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.Article;
import dossier.model.PlaceMention;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceExtractorTest {

  private static List<PlaceMention> places(String text) {
    return new PlaceExtractor(Gazetteer.shared()).extract(Discourse.of(Article.of("t", text)));
  }

  @Test
  void geocodesAKnownTown() {
    PlaceMention p = places("A bomb exploded in Kandahar on Tuesday.").get(0);
    assertThat(p.country()).isEqualTo("AF");
    assertThat(p.precision()).isEqualTo(1);
    assertThat(p.geonameId()).isNotNull();
    assertThat(p.basis()).isEqualTo("gazetteer");
  }

  @Test
  void placesAnUnknownVillageAtItsStatedRegionWithCoarserPrecision() {
    PlaceMention p =
        places("Gunmen attacked Zorbaqui, a village in the Mopti region of Mali.").get(0);
    assertThat(p.text()).isEqualTo("Zorbaqui");
    assertThat(p.geonameId()).isNull();
    assertThat(p.region()).isEqualTo("Mopti");
    assertThat(p.precision()).isEqualTo(4);
    assertThat(p.basis()).contains("stated region");
  }

  @Test
  void saysSoWhenItFallsBackToTheReportsCountry() {
    PlaceMention p =
        places("Malian troops were deployed in Zorbaqui on Monday, Malian officials said.").stream()
            .filter(x -> x.text().equals("Zorbaqui"))
            .findFirst()
            .orElseThrow();
    assertThat(p.country()).isEqualTo("ML");
    assertThat(p.precision()).isEqualTo(6);
    assertThat(p.basis()).contains("report's country");
  }

  @Test
  void marksTheDatelineAsWhereTheReportWasFiled() {
    List<PlaceMention> p = places("BAMAKO: Fighting resumed in Gao, officials said.");
    assertThat(p.get(0).text()).isEqualTo("BAMAKO");
    assertThat(p.get(0).dateline()).isTrue();
    assertThat(p.get(1).text()).isEqualTo("Gao");
    assertThat(p.get(1).dateline()).isFalse();
  }
}
