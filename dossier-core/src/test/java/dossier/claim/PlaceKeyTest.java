package dossier.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceKeyTest {

  @ParameterizedTest
  @CsvSource({
    "Tinzaouaten, Tinzaouatene",
    "Tinzaouaten, Tinzawatene",
    "Tinzaouaten, Tinzawaten",
    "Tinzaouaten, Tinzahuaten",
    "In-Afarak, In Afaraq",
    "Abeïbara, Abeibara",
    "Ouagadougou, Wagadugu"
  })
  void mergesTransliterationVariants(String a, String b) {
    assertThat(PlaceKey.of(a)).isEqualTo(PlaceKey.of(b));
  }

  @Test
  void keepsDifferentPlacesApart() {
    assertThat(PlaceKey.of("Kidal")).isNotEqualTo(PlaceKey.of("Gao"));
    assertThat(PlaceKey.of("Mali")).isNotEqualTo(PlaceKey.of("Malé"));
  }
}
