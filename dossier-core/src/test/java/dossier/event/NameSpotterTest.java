package dossier.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameSpotterTest {

  @Test
  void findsMultiWordNamesAndTheirLongerWords() {
    assertThat(
            NameSpotter.spot(
                    "Lindsay Lohan has checked into the Betty Ford Center to begin a 90-day stay.")
                .keySet())
        .contains("lindsay lohan", "lohan", "betty ford center", "betty");
  }

  @Test
  void dropsWordsCapitalisedOnlyBecauseTheyOpenASentence() {
    assertThat(NameSpotter.spot("Fighting broke out near the border. Officials fled.").keySet())
        .doesNotContain("fighting", "officials");
  }

  @Test
  void keepsASentenceOpeningNameSeenElsewhereInTheText() {
    assertThat(NameSpotter.spot("Reid left early. Friends of Reid said so.").keySet())
        .contains("reid");
  }

  @Test
  void joinsNamesAcrossParticlesAndKeepsAcronyms() {
    assertThat(
            NameSpotter.spot("Pirates seized a ship in the Gulf of Aden, the CSP-DPA said.")
                .keySet())
        .contains("gulf of aden", "csp-dpa");
  }

  @Test
  void foldsAccentsAndPossessives() {
    assertThat(NameSpotter.key("Tinzaouatène's")).isEqualTo("tinzaouatene");
  }

  @Test
  void skipsWeekdaysMonthsAndPronouns() {
    assertThat(NameSpotter.spot("On Saturday in July, He said They left.").keySet()).isEmpty();
  }
}
