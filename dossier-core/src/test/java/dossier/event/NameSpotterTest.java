package dossier.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
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
  void keysAsciiNamesAsTheFullNormalisationDoes() {
    Random random = new Random(11);
    String letters = "abcxyzABCXYZ'’-. 0éÉñ\u0301";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder name = new StringBuilder();
      for (int i = 0, k = 1 + random.nextInt(10); i < k; i++) {
        name.append(letters.charAt(random.nextInt(letters.length())));
      }
      if (random.nextBoolean()) {
        name.append("'s");
      }
      String surface = name.toString();
      String plain =
          Normalizer.normalize(surface, Normalizer.Form.NFD)
              .replaceAll("\\p{M}+", "")
              .replace('’', '\'');
      if (plain.endsWith("'s")) {
        plain = plain.substring(0, plain.length() - 2);
      }
      assertThat(NameSpotter.key(surface)).as(surface).isEqualTo(plain.toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void skipsWeekdaysMonthsAndPronouns() {
    assertThat(NameSpotter.spot("On Saturday in July, He said They left.").keySet()).isEmpty();
  }
}
