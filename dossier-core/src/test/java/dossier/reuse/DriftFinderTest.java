package dossier.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.Drift;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DriftFinderTest {

  private static List<Drift> drift(String a, String b) {
    Sentence s = Sentence.of(a).get(0);
    Sentence t = Sentence.of(b).get(0);
    return DriftFinder.find(a, s, b, t).stream().filter(Drift::changesMeaning).toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Five soldiers were killed or captured in the raid. | Five soldiers were killed and captured in the raid. | CONNECTIVE | or | and",
        "At least 15 fighters were killed on Friday. | 15 fighters were killed on Friday. | QUALIFIER | At least 15 | 15",
        "Officials said 12 people died in the blast. | Officials said 17 people died in the blast. | NUMBER | 12 | 17",
        "Rebels hit a helicopter near the base. | Rebels rammed a helicopter near the base. | ACTION | hit | rammed",
        "He said \"we will never surrender\" to reporters. | He said \"we shall never surrender\" to reporters. | QUOTE | we will never surrender | we shall never surrender",
        "They claimed dozens and dozens of men were taken. | They claimed dozens of men were taken. | QUALIFIER | dozens and dozens | dozens",
        "Troops took control of all the districts. | Troops took control of the districts. | SCOPE | all | ''",
      })
  void typesAndLocatesAChangeOfMeaning(
      String a, String b, Drift.Kind kind, String textA, String textB) {
    assertThat(drift(a, b))
        .anySatisfy(
            d -> {
              assertThat(d.kind()).isEqualTo(kind);
              assertThat(d.textA()).isEqualTo(textA);
              assertThat(d.textB()).isEqualTo(textB);
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The army has retreated from the town. | The army has withdrawn from the town.",
        "Several accusations were made against the army. | Multiple accusations were made against the army.",
        "Fighting took place further south on Sunday. | Fighting broke out further south on Sunday.",
        "Fighters were killed or taken prisoner. | Fighters were killed or captured.",
      })
  void findsNoDriftInRewordingThatKeepsTheMeaning(String a, String b) {
    assertThat(drift(a, b)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Fighting broke out in Tinzaouatene on Thursday. | Fighting broke out in Tinzawatene on Thursday. | Tinzaouatene | Tinzawatene",
        "Mohamed Elmaouloud Ramadane spoke. | Mohamed Elmaould Ramadan spoke. | Elmaouloud | Elmaould",
      })
  void reportsARespelledNameAsAVariant(String a, String b, String textA, String textB) {
    Sentence s = Sentence.of(a).get(0);
    Sentence t = Sentence.of(b).get(0);
    List<Drift> all = DriftFinder.find(a, s, b, t);
    assertThat(all).noneMatch(Drift::changesMeaning);
    assertThat(all)
        .anySatisfy(
            d -> {
              assertThat(d.kind()).isEqualTo(Drift.Kind.NAME_VARIANT);
              assertThat(d.textA()).isEqualTo(textA);
              assertThat(d.textB()).isEqualTo(textB);
            });
  }
}
