package dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

  private static final String ENGLISH =
      "Fighting broke out near the border town on Saturday, and the army said its soldiers had"
          + " withdrawn after heavy losses. Residents who fled to the nearest village described"
          + " hours of gunfire and several vehicles burning on the road out of town. ";

  private static final String GERMAN =
      "Die Kämpfe in der Grenzstadt dauerten nach Angaben der Bewohner den ganzen Tag an. Die"
          + " Armee erklärte am Abend, ihre Soldaten hätten sich nach schweren Verlusten"
          + " zurückgezogen, während Hilfsorganisationen von Hunderten Vertriebenen berichteten. ";

  @Test
  void readsOnlyTheFirstCharactersItIsGiven() {
    String text = ENGLISH + GERMAN.repeat(8);

    assertThat(LanguageGuesser.guess(text, ENGLISH.length())).isEqualTo("en");
    assertThat(LanguageGuesser.guess(GERMAN.repeat(3) + ENGLISH, GERMAN.length())).isEqualTo("de");
  }

  @Test
  void theIngestGuessReadsItsSampleLength() {
    String text = ENGLISH.repeat(LanguageGuesser.SAMPLE / ENGLISH.length() + 1) + GERMAN.repeat(20);

    assertThat(LanguageGuesser.guess(text)).isEqualTo("en");
  }

  @Test
  void aTextTooShortToTellHasNoGuess() {
    assertThat(LanguageGuesser.guess("Bamako, Mali", 1000)).isNull();
  }
}
