package dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.CasualtyClaim.Kind;
import dossier.model.Contradiction;
import dossier.model.Dossier;
import dossier.model.EventRecord;
import dossier.model.Fact;
import dossier.model.Fact.Stance;
import dossier.model.Side;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden test: the record of the Tinzaouaten battle reads as an analyst would write it by hand.
 * Reports are named by the number of their seed file.
 */
class AnalyzeSeedsTest {

  static Dossier dossier;
  static EventRecord record;
  static final Map<String, String> NUMBER = new HashMap<>();

  @BeforeAll
  static void analyze() {
    SeedDossier.input()
        .articles()
        .forEach(
            a -> NUMBER.put(a.id(), Path.of(a.source()).getFileName().toString().substring(0, 3)));
    dossier = SeedDossier.dossier();
    assertThat(dossier.records()).hasSize(1);
    record = dossier.records().get(0);
  }

  private static List<String> numbers(List<String> ids) {
    return ids.stream().map(NUMBER::get).sorted().toList();
  }

  private static Fact fact(String claimantWord, Kind kind, long low) {
    return record.facts().stream()
        .filter(
            f -> f.claimant() != null && f.claimant().name().toLowerCase().contains(claimantWord))
        .filter(f -> f.kind() == kind && f.figure().low() == low)
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no fact " + claimantWord + " " + kind + " " + low + " in " + record.facts()));
  }

  @Test
  void groupsAllFiveReportsIntoOneEvent() {
    assertThat(numbers(record.reports())).containsExactly("000", "001", "002", "003", "004");
  }

  @Test
  void countsTwoIndependentSourcesWithTheWireCopiesAsOne() {
    assertThat(record.sources()).hasSize(2);
    assertThat(record.sources())
        .extracting(s -> numbers(s.reports()))
        .containsExactlyInAnyOrder(List.of("000", "001", "002", "003"), List.of("004"));
    assertThat(record.sources()).extracting(EventRecord.Source::label).contains("AFP");
  }

  @Test
  void datesTheBattleTwentyFifthToTwentySeventhOfJuly() {
    assertThat(record.dateStart()).isEqualTo(LocalDate.of(2024, 7, 25));
    assertThat(record.dateEnd()).isEqualTo(LocalDate.of(2024, 7, 27));
    assertThat(record.datePrecision()).isEqualTo(2);
  }

  @Test
  void placesItAtTinzaouatenInTheKidalRegionOfMali() {
    EventRecord.Location where = record.places().get(0);
    assertThat(where.spellings())
        .contains("Tinzaouaten", "Tinzawaten", "Tinzahuaten", "Tinzaouatene");
    assertThat(where.region()).isEqualTo("Kidal");
    assertThat(where.country()).isEqualTo("ML");
  }

  @Test
  void keepsEveryCasualtyClaimWithItsClaimantAndFamilies() {
    Fact politician = fact("local politician", Kind.DEAD, 17);
    assertThat(politician.stance()).isEqualTo(Stance.NEUTRAL);
    assertThat(numbers(politician.reports())).containsExactly("000", "001", "002");
    assertThat(politician.families()).hasSize(1);

    Fact unWorker = fact("former", Kind.KILLED_AND_CAPTURED, 15);
    assertThat(unWorker.victims()).contains("Wagner");
    assertThat(numbers(unWorker.reports())).contains("000", "001", "002");

    Fact inzoma =
        record.facts().stream()
            .filter(f -> f.claimant() != null && f.claimant().name().contains("Inzoma"))
            .findFirst()
            .orElseThrow();
    assertThat(inzoma.kind()).isIn(Kind.KILLED_OR_CAPTURED, Kind.KILLED_AND_CAPTURED);
    assertThat(inzoma.figure().vague()).isTrue();
    assertThat(numbers(inzoma.reports())).containsExactly("000", "001", "002", "003");
    assertThat(inzoma.stance()).isEqualTo(Stance.PARTISAN);
    assertThat(inzoma.families()).hasSize(1);

    assertThat(fact("", Kind.KILLED, 7).stance()).isEqualTo(Stance.ADMISSION);
    assertThat(fact("", Kind.KILLED, 7).side()).isEqualTo(Side.B);
    assertThat(fact("", Kind.WOUNDED, 12).stance()).isEqualTo(Stance.ADMISSION);
    assertThat(fact("army", Kind.DEAD, 2).stance()).isEqualTo(Stance.ADMISSION);
    assertThat(fact("army", Kind.DEAD, 2).side()).isEqualTo(Side.A);
    assertThat(fact("army", Kind.WOUNDED, 10).stance()).isEqualTo(Stance.ADMISSION);
    assertThat(fact("jnim", Kind.KILLED, 50).stance()).isEqualTo(Stance.PARTISAN);
    assertThat(fact("jnim", Kind.KILLED, 10).stance()).isEqualTo(Stance.PARTISAN);
    assertThat(fact("csp", Kind.DEAD_AND_WOUNDED, 24).stance()).isEqualTo(Stance.PARTISAN);
    assertThat(fact("wagner", Kind.CASUALTIES, 1).stance()).isEqualTo(Stance.ADMISSION);
    assertThat(fact("army", Kind.ACTION, 5).reports()).hasSize(2);
  }

  @Test
  void takesTheLocalPoliticiansSeventeenAsTheConservativeFloor() {
    assertThat(record.total().low()).isEqualTo(17);
    assertThat(record.total().lowBasis()).contains("local politician");
    assertThat(record.acledFatalities()).isEqualTo(17);
    assertThat(record.total().high()).isGreaterThanOrEqualTo(60);
  }

  @Test
  void listsChangedQuotesAndFiguresThatCannotBothBeTrue() {
    assertThat(record.contradictions())
        .filteredOn(c -> c.kind() == Contradiction.Kind.QUOTE_CHANGED)
        .extracting(Contradiction::description)
        .anySatisfy(d -> assertThat(d).contains("retrograde").contains("pullback"))
        .anySatisfy(d -> assertThat(d).contains("dozens and dozens"));
    assertThat(record.contradictions())
        .filteredOn(c -> c.kind() == Contradiction.Kind.FIGURES)
        .extracting(Contradiction::description)
        .anySatisfy(d -> assertThat(d).contains("two").contains("10"));
    assertThat(record.contradictions())
        .filteredOn(c -> c.kind() == Contradiction.Kind.ACRONYM)
        .extracting(Contradiction::description)
        .anySatisfy(
            d -> assertThat(d).contains("CSP-DPA").contains("Coalition").contains("Framework"));
    assertThat(record.contradictions())
        .filteredOn(c -> c.kind() == Contradiction.Kind.CLAIMANT)
        .extracting(Contradiction::description)
        .anySatisfy(d -> assertThat(d).contains("UN mission").contains("local sources"));
  }

  @Test
  void pointsEveryFactAtItsEvidence() {
    Map<String, String> texts = new HashMap<>();
    dossier.articles().forEach(a -> texts.put(a.id(), a.text()));
    for (Fact f : record.facts()) {
      f.evidence()
          .forEach(e -> assertThat(e.span().of(texts.get(e.articleId()))).isEqualTo(e.text()));
    }
  }
}
